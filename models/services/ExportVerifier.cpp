// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExportVerifier.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/CsvReader.h"
#include "security/CmsSignature.h"
#include "security/ExportSignature.h"
#include "security/Sha256.h"
#include "security/SigningKey.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "services/SigningKeyService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::ExportVerifier", text);
}

} // namespace

AuditEntry ExportVerifier::entryFromCsv(const QStringList& f)
{
    AuditEntry e;
    e.seq = f[0].toLongLong();
    e.atUtc = f[1];
    e.officerId = f[2].toLongLong();
    e.officerUsername = f[3];
    e.action = f[4];
    e.entity = f[5];
    e.entityId = f[6];
    e.subjectId = f[7].toLongLong();
    e.details = QJsonDocument::fromJson(f[9].toUtf8()).object();
    e.prevHash = f[10];
    e.hash = f[11];
    return e;
}

AuditEntry ExportVerifier::entryFromJson(const QJsonObject& o)
{
    AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.atUtc = o.value(QStringLiteral("at_utc")).toString();
    e.officerId = o.value(QStringLiteral("officer_id")).toInteger();
    e.officerUsername = o.value(QStringLiteral("officer")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.entity = o.value(QStringLiteral("entity")).toString();
    e.entityId = o.value(QStringLiteral("entity_id")).toString();
    e.subjectId = o.value(QStringLiteral("subject_id")).toInteger();
    e.details = o.value(QStringLiteral("details")).toObject();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

namespace {

// The database's chain, entry by entry.
class ChainLookup
{
public:
    explicit ChainLookup(Database& database)
        : m_hashOf(prepareQuery(database.connection(),
                                QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?")))
    {
    }
    QString hashAt(qint64 seq)
    {
        if (seq == 0)
            return QString::fromLatin1(AuditService::kGenesisHash);
        m_hashOf.bindValue(0, seq);
        execQuery(m_hashOf, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        QString hash = m_hashOf.next() ? m_hashOf.value(0).toString() : QString();
        m_hashOf.finish();
        return hash;
    }
    // The newest sealed entry's number (an unsealed one, on PostgreSQL, is numbered below zero).
    qint64 headSeq(Database& database)
    {
        QSqlQuery q = prepareQuery(database.connection(),
                                   QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

private:
    QSqlQuery m_hashOf;
};

// Checks exported entries one after another: each hashes to its recorded hash, follows the
// entry before it (in the export when they are consecutive, else in the chain when there is
// one: an export for one subject skips entries), and, with a chain, is the chain's.
class EntryChecker
{
public:
    explicit EntryChecker(ChainLookup* chain) : m_chain(chain) {}

    // Empty when the entry holds; else what is wrong, naming it (in ExportVerifier's context:
    // lupdate would file a tr() here under this class, which nothing asks for).
    QString check(const AuditEntry& entry, qint64 position)
    {
        if (entry.seq <= 0)
            //: %1: the entry's position in the export.
            return QCoreApplication::translate("dpo::ExportVerifier",
                                               "Entry %1 of the export is not an audit entry.")
                .arg(position);
        if (entry.computeHash() != entry.hash)
            //: %1: the entry's sequence number.
            return QCoreApplication::translate(
                       "dpo::ExportVerifier",
                       "Entry %1 of the export was changed: its fields do not hash to its "
                       "recorded hash.")
                .arg(entry.seq);
        QString expectedPrev;
        if (entry.seq == m_lastSeq + 1)
            expectedPrev = m_lastHash;
        else if (entry.seq == 1)
            expectedPrev = QString::fromLatin1(AuditService::kGenesisHash);
        else if (m_chain)
            expectedPrev = m_chain->hashAt(entry.seq - 1);
        else
            expectedPrev = entry.prevHash; // not knowable without the chain
        if (entry.prevHash != expectedPrev)
            //: %1: the entry's sequence number.
            return QCoreApplication::translate(
                       "dpo::ExportVerifier",
                       "Entry %1 of the export does not follow the entry before it in the chain.")
                .arg(entry.seq);
        if (m_chain && m_chain->hashAt(entry.seq) != entry.hash)
            //: %1: the entry's sequence number.
            return QCoreApplication::translate("dpo::ExportVerifier",
                                               "Entry %1 of the export does not match the chain.")
                .arg(entry.seq);
        m_lastSeq = entry.seq;
        m_lastHash = entry.hash;
        return {};
    }

private:
    ChainLookup* m_chain;
    qint64 m_lastSeq = -1;
    QString m_lastHash;
};

// The helpers' messages, in the verifier's translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(dpo::ExportVerifier)
};

// The entries themselves, where the format lets us read them back: each one's fields are hashed
// again and its link to the one before it checked, and with a database its hash is compared with
// the chain's, so that a row whose officer or action was changed is caught even under a valid
// signature. Empty when they hold (or the format is a PDF); else what is wrong.
QString checkEntries(QFile& file, const QString& path, ChainLookup* chain, ExportCheck& check)
{
    EntryChecker entries(chain);
    qint64 read = 0;
    const auto take = [&](const AuditEntry& entry) {
        ++read;
        return entries.check(entry, read);
    };
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        CsvReader reader(&file);
        CsvReader::Record record;
        reader.next(record); // the header
        while (reader.next(record)) {
            if (record.fields.size() < AuditExportService::kCsvColumns.size())
                //: %1: the line's number.
                return Words::tr("Line %1 of the export is not an audit entry.").arg(record.line);
            const QString problem = take(ExportVerifier::entryFromCsv(record.fields));
            if (!problem.isEmpty())
                return problem;
        }
    } else if (path.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QString problem =
                take(ExportVerifier::entryFromJson(QJsonDocument::fromJson(line).object()));
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (chain)
        check.entriesMatched = read;
    if (read > 0 && read != check.entries)
        //: %1 and %2: numbers of entries.
        return Words::tr("The export holds %1 entries, but its signature says %2.")
            .arg(read)
            .arg(check.entries);
    return {};
}

// One line of a set's manifest, "SHA256  NAME": the file NAME beside the manifest has that
// SHA-256 and its entries hold. Empty when it does; else what is wrong, naming the file.
QString checkListedFile(const QString& manifestPath, const QByteArray& line, ChainLookup* chain,
                        ExportCheck& check)
{
    static const QRegularExpression listed(QStringLiteral("^([0-9a-f]{64})  ([^/\\\\]+)$"));
    const QRegularExpressionMatch m = listed.match(QString::fromUtf8(line));
    const QString name = m.hasMatch() ? m.captured(2) : QString();
    if (!m.hasMatch() || name == QLatin1String(".") || name == QLatin1String(".."))
        return Words::tr(
            "The manifest has a line that is not \"SHA-256, two spaces, a file name\".");
    const QString path = QFileInfo(manifestPath).dir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the file's path; %2: the system's reason.
        return Words::tr("Cannot read %1: %2").arg(path, file.errorString());
    Sha256 sha;
    while (!file.atEnd())
        sha.add(file.read(1 << 20));
    if (QString::fromLatin1(sha.result().toHex()) != m.captured(1))
        //: %1: the file's name.
        return Words::tr("%1 changed after the set was signed: its SHA-256 is not the one in the "
                         "manifest.")
            .arg(name);
    file.seek(0);
    return checkEntries(file, path, chain, check);
}

ExportCheck failed(ExportCheck check, const QString& problem)
{
    check.ok = false;
    check.problem = problem;
    return check;
}
} // namespace

ExportCheck ExportVerifier::verify(const QString& exportPath, Database* database,
                                   const QString& trustedFingerprint)
{
    try {
        return verifyOrThrow(exportPath, database, trustedFingerprint);
    } catch (const Error& e) {
        // A malformed signature file or public key is a failed check, not bad usage.
        if (e.kind() != Error::Kind::BadInput)
            throw;
        return failed({}, e.message());
    }
}

ExportCheck ExportVerifier::verifyOrThrow(const QString& givenPath, Database* database,
                                          const QString& trustedFingerprint)
{
    ExportCheck check;
    // A set's folder is verified by its manifest.
    const QString exportPath =
        QFileInfo(givenPath).isDir()
            ? QDir(givenPath).filePath(QString::fromLatin1(AuditExportService::kManifestName))
            : givenPath;
    // A CMS signature (FILE.p7s) where there is one, else a signature of before (FILE.sig).
    const bool cms = QFile::exists(CmsSignature::pathFor(exportPath)) ||
                     !QFile::exists(ExportSignature::pathFor(exportPath));
    QFile signatureFile(cms ? CmsSignature::pathFor(exportPath)
                            : ExportSignature::pathFor(exportPath));
    if (!signatureFile.open(QIODevice::ReadOnly))
        return failed(check,
                      //: %1: the export file's path; %2: the signature file's name.
                      tr("%1 has no signature file %2.").arg(exportPath, signatureFile.fileName()));
    // What the signature binds, and whether it holds over it, from either kind.
    QString signedSha256;
    bool signatureValid = false;
    const auto takeSigned = [&](const auto& signature) {
        check.keyFingerprint = signature.keyFingerprint;
        check.entries = signature.entries;
        check.headSeq = signature.headSeq;
        check.headHash = signature.headHash;
        signedSha256 = signature.fileSha256;
    };
    if (cms) {
        const CmsSignature signature = CmsSignature::read(signatureFile.readAll());
        takeSigned(signature);
        signatureValid = signature.signatureValid;
        // A time-stamp of another signature, moved here, would date this one falsely.
        if (signature.timeStamp && !signature.timeStampMatches)
            return failed(check, tr("The time-stamp in the signature file is not over its "
                                    "signature."));
        if (signature.timeStamp)
            check.timeStampedAt = signature.timeStamp->time;
    } else {
        const ExportSignature signature = ExportSignature::parse(signatureFile.readAll());
        takeSigned(signature);
        const SigningKey key = SigningKey::fromPublicDer(signature.publicKeyDer);
        if (key.fingerprint() != signature.keyFingerprint)
            return failed(check,
                          tr("The public key in the signature file is not the key it names."));
        signatureValid = key.verify(signature.signedText(), signature.signature);
    }

    QFile file(exportPath);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the file's path; %2: the system's reason.
        return failed(check, tr("Cannot read %1: %2").arg(exportPath, file.errorString()));
    Sha256 sha;
    while (!file.atEnd())
        sha.add(file.read(1 << 20));
    if (QString::fromLatin1(sha.result().toHex()) != signedSha256)
        return failed(
            check, tr("The file changed after it was signed: its SHA-256 is not the signed one."));
    if (!signatureValid)
        return failed(check, tr("The signature does not verify: the signature file was changed or "
                                "made with another key."));
    // Anyone can sign a file with a key of their own and put its public half in the signature
    // file: a signature proves nothing until its key is known to be the organisation's.
    if (!trustedFingerprint.isEmpty() &&
        check.keyFingerprint.compare(trustedFingerprint, Qt::CaseInsensitive) != 0)
        //: %1 and %2: key fingerprints (hex).
        return failed(check, tr("The export was signed with key %1, not with the trusted key %2.")
                                 .arg(check.keyFingerprint, trustedFingerprint.toLower()));
    if (trustedFingerprint.isEmpty() && !database)
        //: %1: the key's fingerprint (hex).
        return failed(check, tr("The signer is unknown: key %1 is named only by the signature "
                                "file itself. Give the organisation's public key or its "
                                "fingerprint, or the database to check against.")
                                 .arg(check.keyFingerprint));
    std::optional<ChainLookup> chain;
    if (database) {
        if (!SigningKeyService(*database).isActiveKey(check.keyFingerprint))
            //: %1: the key's fingerprint (hex).
            return failed(check, tr("The export was signed with key %1, which is not a signing "
                                    "key of this database.")
                                     .arg(check.keyFingerprint));
        chain.emplace(*database);
        const QString held = check.headSeq > 0 ? chain->hashAt(check.headSeq) : check.headHash;
        // Told apart, since they mean different things: a chain that stops short lost its newest
        // entries (a restore from an older backup, a failover to a standby behind), a chain
        // with another entry at that number was rewritten or forked.
        if (held.isEmpty())
            //: %1: the last entry the database holds; %2: the head entry's number in the export.
            return failed(check, tr("This database's chain ends at entry %1, before the chain "
                                    "head recorded in the export (entry %2): the entries after "
                                    "%1 are missing from it (a restore from an earlier backup, "
                                    "or a failover that lost them).")
                                     .arg(chain->headSeq(*database))
                                     .arg(check.headSeq));
        if (held != check.headHash)
            //: %1: the head entry's sequence number.
            return failed(check, tr("The chain head recorded in the export (entry %1) is not in "
                                    "this database's chain: its entry %1 has another hash, so "
                                    "the history was rewritten or has forked since.")
                                     .arg(check.headSeq));
    }

    // A set: every file the manifest lists has the SHA-256 it lists, and its entries hold.
    if (QFileInfo(exportPath).fileName() == QLatin1String(AuditExportService::kManifestName)) {
        file.seek(0);
        const QList<QByteArray> lines = file.readAll().split('\n');
        qint64 listed = 0;
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            const QString problem =
                checkListedFile(exportPath, line, chain ? &*chain : nullptr, check);
            if (!problem.isEmpty())
                return failed(check, problem);
            ++listed;
        }
        if (listed == 0)
            return failed(check, tr("The manifest lists no file."));
    } else {
        file.seek(0);
        const QString problem = checkEntries(file, exportPath, chain ? &*chain : nullptr, check);
        if (!problem.isEmpty())
            return failed(check, problem);
    }
    check.ok = true;
    return check;
}

} // namespace dpo

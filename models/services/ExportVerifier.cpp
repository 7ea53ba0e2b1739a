// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExportVerifier.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/CsvReader.h"
#include "security/Ed25519.h"
#include "security/ExportSignature.h"
#include "security/Sha256.h"
#include "services/SigningKeyService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::ExportVerifier", text);
}

ExportCheck failed(ExportCheck check, const QString& problem)
{
    check.ok = false;
    check.problem = problem;
    return check;
}
} // namespace

ExportCheck ExportVerifier::verify(const QString& exportPath, Database* database)
{
    try {
        return verifyOrThrow(exportPath, database);
    } catch (const Error& e) {
        // A malformed signature file or public key is a failed check, not bad usage.
        if (e.kind() != Error::Kind::BadInput)
            throw;
        return failed({}, e.message());
    }
}

ExportCheck ExportVerifier::verifyOrThrow(const QString& exportPath, Database* database)
{
    ExportCheck check;
    QFile signatureFile(ExportSignature::pathFor(exportPath));
    if (!signatureFile.open(QIODevice::ReadOnly))
        return failed(check,
                      tr("%1 has no signature file %2.").arg(exportPath, signatureFile.fileName()));
    const ExportSignature signature = ExportSignature::parse(signatureFile.readAll());
    check.keyFingerprint = signature.keyFingerprint;
    check.entries = signature.entries;
    check.headSeq = signature.headSeq;
    check.headHash = signature.headHash;

    QFile file(exportPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(check, tr("Cannot read %1: %2").arg(exportPath, file.errorString()));
    Sha256 sha;
    while (!file.atEnd())
        sha.add(file.read(1 << 20));
    if (QString::fromLatin1(sha.result().toHex()) != signature.fileSha256)
        return failed(
            check, tr("The file changed after it was signed: its SHA-256 is not the signed one."));
    const Ed25519Key key = Ed25519Key::fromPublicDer(signature.publicKeyDer);
    if (key.fingerprint() != signature.keyFingerprint)
        return failed(check, tr("The public key in the signature file is not the key it names."));
    if (!key.verify(signature.signedText(), signature.signature))
        return failed(check, tr("The signature does not verify: the signature file was changed or "
                                "made with another key."));
    if (!database) {
        check.ok = true;
        return check;
    }

    if (!SigningKeyService(*database).isActiveKey(signature.keyFingerprint))
        return failed(
            check,
            tr("The export was signed with key %1, which is not a signing key of this database.")
                .arg(signature.keyFingerprint));
    const QSqlDatabase db = database->connection();
    QSqlQuery hashOf = prepareQuery(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    const auto chainHash = [&](qint64 seq) {
        hashOf.bindValue(0, seq);
        execQuery(hashOf, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        QString hash = hashOf.next() ? hashOf.value(0).toString() : QString();
        hashOf.finish();
        return hash;
    };
    if (signature.headSeq > 0 && chainHash(signature.headSeq) != signature.headHash)
        return failed(
            check,
            tr("The chain head recorded in the export (entry %1) is not in this database's chain.")
                .arg(signature.headSeq));

    // The entries themselves, where the format lets us read them back.
    file.seek(0);
    const auto compare = [&](qint64 seq, const QString& hash) -> QString {
        if (chainHash(seq) != hash)
            return tr("Entry %1 of the export does not match the chain.").arg(seq);
        ++check.entriesMatched;
        return {};
    };
    if (exportPath.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        CsvReader reader(&file);
        CsvReader::Record record;
        reader.next(record); // the header
        while (reader.next(record)) {
            if (record.fields.size() < 12)
                return failed(check,
                              tr("Line %1 of the export is not an audit entry.").arg(record.line));
            const QString problem = compare(record.fields[0].toLongLong(), record.fields[11]);
            if (!problem.isEmpty())
                return failed(check, problem);
        }
    } else if (exportPath.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString problem = compare(o.value(QStringLiteral("seq")).toInteger(),
                                            o.value(QStringLiteral("hash")).toString());
            if (!problem.isEmpty())
                return failed(check, problem);
        }
    }
    if (check.entriesMatched > 0 && check.entriesMatched != signature.entries)
        return failed(check, tr("The export holds %1 entries, but its signature says %2.")
                                 .arg(check.entriesMatched)
                                 .arg(signature.entries));
    check.ok = true;
    return check;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditAnchorService.h"

#include "core/Error.h"
#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/Sha256.h"
#include "security/TimeStamp.h"
#include "security/TimeStampAuthority.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"
#include "services/SigningKeyService.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::AuditAnchorService", text);
}

QString fileBase(const QString& dir, qint64 headSeq)
{
    return QDir(dir).filePath(QStringLiteral("anchor-%1").arg(headSeq));
}

// The chain's head now: the last entry's seq and hash, or 0 and the genesis hash.
std::pair<qint64, QString> chainHead(const QSqlDatabase& db)
{
    QSqlQuery head = prepareQuery(
        db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    execQuery(head, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    if (head.next())
        return {head.value(0).toLongLong(), head.value(1).toString()};
    return {0, QString::fromLatin1(AuditService::kGenesisHash)};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::BadInput,
                    //: %1: the file's path; %2: the system's reason.
                    QCoreApplication::translate("dpo::AuditAnchorService", "Cannot read %1: %2")
                        .arg(path, file.errorString()));
    return file.read(1 << 20);
}
} // namespace

AuditAnchorService::AuditAnchorService(Database& database) : m_database(database) {}

QByteArray AuditAnchorService::anchoredText(qint64 headSeq, const QString& headHash)
{
    return QStringLiteral("DPO Console audit chain anchor\nseq: %1\nhash: %2\n")
        .arg(headSeq)
        .arg(headHash)
        .toLatin1();
}

AuditAnchor AuditAnchorService::anchor(const Session& session) const
{
    requirePermission(m_database, session, Permission::ExportAuditTrail,
                      tr("anchor the audit chain"));
    const QString url = SigningKeyService(m_database).timeStampingUrl();
    if (url.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("No time-stamping authority is set: an anchor is its time-stamp "
                       "(dpo-console keys time-stamping URL)."));
    AuditAnchor anchor;
    std::tie(anchor.headSeq, anchor.headHash) = chainHead(m_database.connection());
    // Asked before the transaction: the authority may take seconds, and the chain's lock is not
    // held meanwhile. Entries appended in between follow the head anchored, which stays.
    const TimeStampToken token = TimeStampAuthority(QUrl(url)).stamp(
        Sha256::hash(anchoredText(anchor.headSeq, anchor.headHash)));
    anchor.token = token.der;
    anchor.stampedAt = token.time;
    anchor.authorityUrl = url;
    return runStep(m_database, session, Permission::ExportAuditTrail, tr("anchor the audit chain"),
                   [&](const QSqlDatabase& db) {
        QSqlQuery known =
            prepareQuery(db, QStringLiteral("SELECT stamped_at FROM audit_anchors WHERE "
                                            "head_seq = ?"));
        known.addBindValue(anchor.headSeq);
        execQuery(known, QT_TRANSLATE_NOOP("dpo::Sql", "read the anchors"));
        if (known.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the entry's sequence number; %2: the time (UTC) it was anchored.
                        tr("The chain's head, entry %1, was anchored already at %2 UTC.")
                            .arg(anchor.headSeq)
                            .arg(known.value(0).toString()));
        QSqlQuery insert = prepareQuery(
            db, QStringLiteral("INSERT INTO audit_anchors (head_seq, head_hash, stamped_at, token, "
                               "authority_url, created_by) VALUES (?, ?, ?, ?, ?, ?) "
                               "RETURNING id"));
        insert.addBindValue(anchor.headSeq);
        insert.addBindValue(anchor.headHash);
        insert.addBindValue(anchor.stampedAt.toString(Qt::ISODateWithMs));
        insert.addBindValue(anchor.token);
        insert.addBindValue(url);
        insert.addBindValue(session.officerId);
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "keep the anchor"));
        if (insert.next())
            anchor.id = insert.value(0).toLongLong();
        AuditService::append(
            db, session, QStringLiteral("audit.anchor"), QStringLiteral("audit_anchor"),
            QString::number(anchor.id), 0,
            QJsonObject{{QStringLiteral("head_seq"), anchor.headSeq},
                        {QStringLiteral("head_hash"), anchor.headHash},
                        {QStringLiteral("stamped_at"), anchor.stampedAt.toString(Qt::ISODate)},
                        {QStringLiteral("token_serial"), token.serial},
                        {QStringLiteral("authority"), url}});
        return anchor;
    });
}

QList<AuditAnchor> AuditAnchorService::anchors() const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT id, head_seq, head_hash, stamped_at, token, authority_url FROM "
                       "audit_anchors ORDER BY head_seq"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the anchors"));
    QList<AuditAnchor> anchors;
    while (q.next()) {
        AuditAnchor a;
        a.id = q.value(0).toLongLong();
        a.headSeq = q.value(1).toLongLong();
        a.headHash = q.value(2).toString();
        a.stampedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        a.token = q.value(4).toByteArray();
        a.authorityUrl = q.value(5).toString();
        anchors.append(a);
    }
    return anchors;
}

AnchorCheck AuditAnchorService::check(const QList<AuditAnchor>& anchors) const
{
    AnchorCheck result;
    QSqlQuery hashAt = prepareQuery(m_database.connection(),
                                    QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    for (const AuditAnchor& a : anchors) {
        QDateTime stampedAt = a.stampedAt; // a file's is its token's
        const auto broken = [&](const QString& problem) {
            result.brokenAt = a.headSeq;
            result.brokenStampedAt = stampedAt;
            result.brokenSource = a.source;
            result.problem = problem;
            return result;
        };
        TimeStampToken token;
        try {
            token = TimeStampToken::read(a.token);
        } catch (const Error& e) {
            //: %1: why, a sentence.
            return broken(tr("its time-stamp cannot be read: %1").arg(e.message()));
        }
        if (token.imprint != Sha256::hash(anchoredText(a.headSeq, a.headHash)))
            return broken(tr("its time-stamp is not over this entry and hash"));
        if (!stampedAt.isValid())
            stampedAt = token.time;
        if (token.time != stampedAt)
            return broken(tr("its recorded time is not its time-stamp's"));
        QString hash = QString::fromLatin1(AuditService::kGenesisHash);
        if (a.headSeq > 0) {
            hashAt.bindValue(0, a.headSeq);
            execQuery(hashAt, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
            hash = hashAt.next() ? hashAt.value(0).toString() : QString();
            hashAt.finish();
        }
        if (hash.isEmpty())
            return broken(tr("the chain has no such entry any more"));
        if (hash != a.headHash)
            //: %1: the hash the chain has at that entry now; %2: the anchored hash.
            return broken(tr("the chain's entry there now hashes to %1, the anchored entry to %2")
                              .arg(hash, a.headHash));
        ++result.checked;
        result.lastSeq = a.headSeq;
        result.lastStampedAt = stampedAt;
    }
    return result;
}

QStringList AuditAnchorService::writeFiles(const QList<AuditAnchor>& anchors, const QString& dir)
{
    if (!QDir().mkpath(dir))
        //: %1: the folder's path.
        throw Error(Error::Kind::BadInput, tr("Cannot make the folder %1.").arg(dir));
    QStringList tokens;
    for (const AuditAnchor& a : anchors) {
        const QString base = fileBase(dir, a.headSeq);
        writeFileAtomically(base + QStringLiteral(".txt"), anchoredText(a.headSeq, a.headHash));
        writeFileAtomically(base + QStringLiteral(".tst"), a.token);
        tokens << base + QStringLiteral(".tst");
    }
    return tokens;
}

QList<AuditAnchor> AuditAnchorService::readFiles(const QString& dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        //: %1: the folder's path.
        throw Error(Error::Kind::BadInput, tr("There is no folder %1.").arg(dir));
    static const QRegularExpression text(QStringLiteral(
        "^DPO Console audit chain anchor\nseq: (\\d{1,18})\nhash: ([0-9a-f]{64})\n$"));
    QList<AuditAnchor> anchors;
    for (const QString& name :
         folder.entryList({QStringLiteral("anchor-*.tst")}, QDir::Files, QDir::Name)) {
        AuditAnchor a;
        a.source = folder.filePath(name);
        const QString textPath = a.source.chopped(4) + QStringLiteral(".txt");
        const QRegularExpressionMatch m = text.match(QString::fromLatin1(readAll(textPath)));
        if (!m.hasMatch())
            //: %1: the file's path.
            throw Error(
                Error::Kind::BadInput,
                tr("%1 is not an anchor's text (docs/audit.md, \"Anchors\").").arg(textPath));
        a.headSeq = m.captured(1).toLongLong();
        a.headHash = m.captured(2);
        a.token = readAll(a.source);
        anchors.append(a);
    }
    std::sort(anchors.begin(), anchors.end(),
              [](const AuditAnchor& x, const AuditAnchor& y) { return x.headSeq < y.headSeq; });
    return anchors;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Sql.h"
#include "security/Sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDriver>

namespace dpo {

QByteArray AuditEntry::canonicalJson() const
{
    // QJsonObject keeps its keys sorted and Compact adds no whitespace.
    QJsonObject o;
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("at"), atUtc);
    o.insert(QStringLiteral("details"), details);
    o.insert(QStringLiteral("entity"), entity);
    o.insert(QStringLiteral("entity_id"), entityId.isEmpty() ? QJsonValue() : QJsonValue(entityId));
    o.insert(QStringLiteral("officer"), officerUsername);
    o.insert(QStringLiteral("officer_id"), officerId > 0 ? QJsonValue(officerId) : QJsonValue());
    o.insert(QStringLiteral("prev_hash"), prevHash);
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("subject_id"), subjectId > 0 ? QJsonValue(subjectId) : QJsonValue());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(Sha256::hashHex(canonicalJson()));
}

namespace {
AuditEntry officersEntry(const Session& session, const QString& action, const QString& entity,
                         const QString& entityId, qint64 subjectId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.officerId = session.officerId;
    entry.officerUsername = session.username;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.subjectId = subjectId;
    entry.details = details;
    return entry;
}
} // namespace

AuditEntry AuditService::append(const QSqlDatabase& db, const Session& session,
                                const QString& action, const QString& entity,
                                const QString& entityId, qint64 subjectId,
                                const QJsonObject& details)
{
    return appendEntry(db, officersEntry(session, action, entity, entityId, subjectId, details));
}

AuditEntry AuditService::appendNumbered(const QSqlDatabase& db, const Session& session,
                                        const QString& action, const QString& entity,
                                        const QString& entityId, qint64 subjectId,
                                        const QJsonObject& details)
{
    return appendEntry(db, officersEntry(session, action, entity, entityId, subjectId, details),
                       Numbering::AtOnce);
}

AuditEntry AuditService::appendAnonymous(const QSqlDatabase& db, const QString& actor,
                                         const QString& officerId, const QString& action,
                                         const QJsonObject& details)
{
    AuditEntry entry;
    entry.officerUsername = actor;
    entry.action = action;
    entry.entity = QStringLiteral("officer");
    entry.entityId = officerId;
    entry.details = details;
    return appendEntry(db, std::move(entry));
}

AuditEntry AuditService::appendEntry(const QSqlDatabase& db, AuditEntry entry, Numbering numbering)
{
    // On PostgreSQL the server's trigger also announces the entry (schema version 27).
    if (db.driverName() != QStringLiteral("QPSQL"))
        appendOnClient(db, entry);
    else
        appendOnServer(db, entry, numbering);
    return entry;
}

namespace {
void bindSubjectMatter(QSqlQuery& insert, const AuditEntry& entry)
{
    insert.addBindValue(entry.officerId > 0 ? QVariant(entry.officerId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(entry.officerUsername);
    insert.addBindValue(entry.action);
    insert.addBindValue(entry.entity);
    insert.addBindValue(entry.entityId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(entry.entityId));
    insert.addBindValue(entry.subjectId > 0 ? QVariant(entry.subjectId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
}
} // namespace

void AuditService::appendOnServer(const QSqlDatabase& db, AuditEntry& entry, Numbering numbering)
{
    // The server numbers, stamps and hashes the entry with its own clock (docs/audit.md, "Who
    // writes the chain"): from schema version 30 as the transaction commits, so that the chain's
    // lock is not held across this client's round trips; before it, at once. At once on request:
    // the sealing trigger fires at the end of the INSERT and keeps the lock to the commit.
    if (numbering == Numbering::AtOnce)
        execConstant(db, QStringLiteral("SET CONSTRAINTS audit_log_seal_at_commit IMMEDIATE"),
                     QT_TRANSLATE_NOOP("dpo::Sql", "append to the audit trail"));
    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, action, entity, "
                           "entity_id, subject_id, details) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING seq, at_utc, prev_hash, hash"));
    bindSubjectMatter(insert, entry);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "append to the audit trail"));
    if (!insert.next())
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("dpo::AuditService",
                                                "The server appended no audit entry."));
    const bool unsealed = insert.value(0).toLongLong() < 0;
    if (unsealed && numbering == Numbering::AtCommit)
        return; // unsealed until the commit: no number, time or hash yet
    if (unsealed) {
        // RETURNING shows the row before the sealing; sealed, under the lock held to the
        // commit, it is the chain's head.
        insert.finish();
        execConstant(db, QStringLiteral("SET CONSTRAINTS audit_log_seal_at_commit DEFERRED"),
                     QT_TRANSLATE_NOOP("dpo::Sql", "append to the audit trail"));
        insert =
            prepareQuery(db, QStringLiteral("SELECT seq, at_utc, prev_hash, hash FROM audit_log "
                                            "WHERE seq > 0 ORDER BY seq DESC LIMIT 1"));
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        if (!insert.next())
            throw Error(Error::Kind::Database,
                        QCoreApplication::translate("dpo::AuditService",
                                                    "The server appended no audit entry."));
    }
    entry.seq = insert.value(0).toLongLong();
    entry.atUtc = insert.value(1).toString();
    entry.prevHash = insert.value(2).toString();
    entry.hash = insert.value(3).toString();
}

void AuditService::appendOnClient(const QSqlDatabase& db, AuditEntry& entry)
{
    // One writer at a time: SQLite's write lock, taken by the caller's transaction.
    QSqlQuery head = prepareQuery(
        db, QStringLiteral("SELECT seq, hash, at_utc FROM audit_log ORDER BY seq DESC LIMIT 1"));
    execQuery(head, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    QString headAt;
    if (head.next()) {
        entry.seq = head.value(0).toLongLong() + 1;
        entry.prevHash = head.value(1).toString();
        headAt = head.value(2).toString();
    } else {
        entry.seq = 1;
        entry.prevHash = QString::fromLatin1(kGenesisHash);
    }
    head.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.atUtc = now.toString(Qt::ISODateWithMs);
    // The chain's times never go back (AuditVerifier refuses an entry that does): a workstation
    // whose clock was set back waits for it, rather than write an entry dated before the last.
    const QDateTime last = QDateTime::fromString(headAt, Qt::ISODateWithMs);
    if (last.isValid() && now < last)
        throw Error(Error::Kind::Database,
                    //: %1: this computer's time; %2: the last audit entry's number; %3: its
                    //: time. Both times in UTC, ISO 8601.
                    QCoreApplication::translate(
                        "dpo::AuditService",
                        "This computer's clock (%1) is behind the audit trail's last entry, "
                        "No. %2 of %3: set the clock right. Nothing was written.")
                        .arg(entry.atUtc)
                        .arg(entry.seq - 1)
                        .arg(headAt));
    entry.hash = entry.computeHash();

    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, action, entity, "
                           "entity_id, subject_id, details, seq, at_utc, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindSubjectMatter(insert, entry);
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.atUtc);
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "append to the audit trail"));
}

} // namespace dpo

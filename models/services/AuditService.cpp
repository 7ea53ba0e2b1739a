// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditService.h"

#include "core/Session.h"
#include "db/Sql.h"
#include "security/Sha256.h"

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

AuditEntry AuditService::append(const QSqlDatabase& db, const Session& session,
                                const QString& action, const QString& entity,
                                const QString& entityId, qint64 subjectId,
                                const QJsonObject& details)
{
    AuditEntry entry;
    entry.officerId = session.officerId;
    entry.officerUsername = session.username;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.subjectId = subjectId;
    entry.details = details;
    return appendEntry(db, std::move(entry));
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

AuditEntry AuditService::appendEntry(const QSqlDatabase& db, AuditEntry entry)
{
    // Several officers on one PostgreSQL database: a transaction-scoped advisory lock serialises
    // appends on the chain head, so that two transactions never both extend the same entry (the
    // primary key on seq would refuse the second anyway). It needs no privilege on audit_log,
    // whose UPDATE and DELETE the console's role does not have (docs/audit.md). Readers wait for
    // nothing.
    if (db.driverName() == QStringLiteral("QPSQL")) {
        QSqlQuery lock = prepareQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(kChainLockKey);
        execQuery(lock, QT_TRANSLATE_NOOP("dpo::Sql", "lock the audit trail"));
    }
    QSqlQuery head = prepareQuery(
        db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    execQuery(head, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    if (head.next()) {
        entry.seq = head.value(0).toLongLong() + 1;
        entry.prevHash = head.value(1).toString();
    } else {
        entry.seq = 1;
        entry.prevHash = QString::fromLatin1(kGenesisHash);
    }
    head.finish();
    entry.atUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.hash = entry.computeHash();

    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO audit_log (seq, at_utc, officer_id, officer_username, "
                           "action, entity, entity_id, subject_id, details, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.atUtc);
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
    insert.addBindValue(entry.prevHash);
    insert.addBindValue(entry.hash);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "append to the audit trail"));
    if (db.driverName() == QStringLiteral("QPSQL")) {
        QSqlQuery notify = prepareQuery(db, QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(QString::fromLatin1(kChangeChannel));
        notify.addBindValue(QStringLiteral("%1:%2:%3:%4")
                                .arg(entry.entity, entry.entityId, entry.action)
                                .arg(entry.subjectId));
        execQuery(notify, QT_TRANSLATE_NOOP("dpo::Sql", "announce a change"));
    }
    return entry;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What whoever controls the database can do to the audit trail: lift its append-only guard,
// change every entry from one on and recompute each hash and link, so that the chain verifies
// again. Only an anchor (or a signed export) kept elsewhere shows it.
#include "db/Database.h"
#include "services/AuditService.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dpo::test {

// An entry as stored, from a query whose columns are seq, at_utc, officer_id, officer_username,
// action, entity, entity_id, subject_id, details and, when there, prev_hash and hash.
inline AuditEntry storedEntry(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atUtc = q.value(1).toString();
    e.officerId = q.value(2).toLongLong();
    e.officerUsername = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toString();
    e.subjectId = q.value(7).toLongLong();
    e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

// Rewrites entries fromSeq..head: each one's details gain "rewritten": true. Returns false, with
// the database's message in `error`, when a statement fails.
inline bool rewriteChainFrom(Database& database, qint64 fromSeq, QString* error = nullptr)
{
    QSqlQuery q(database.connection());
    const auto fail = [&](const QSqlQuery& query) {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    const bool postgres = TestDatabase::isPostgres();
    if (postgres ? !q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"))
                 : !q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")))
        return fail(q);
    QString prev = QString::fromLatin1(AuditService::kGenesisHash);
    if (fromSeq > 1) {
        if (!q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = %1").arg(fromSeq - 1)) ||
            !q.next())
            return fail(q);
        prev = q.value(0).toString();
    }
    QList<AuditEntry> entries;
    if (!q.exec(QStringLiteral("SELECT seq, at_utc, officer_id, officer_username, action, entity, "
                               "entity_id, subject_id, details FROM audit_log WHERE seq >= %1 "
                               "ORDER BY seq")
                    .arg(fromSeq)))
        return fail(q);
    while (q.next()) {
        AuditEntry e = storedEntry(q);
        e.details.insert(QStringLiteral("rewritten"), true);
        entries.append(e);
    }
    QSqlQuery update(database.connection());
    update.prepare(
        QStringLiteral("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
    for (AuditEntry& e : entries) {
        e.prevHash = prev;
        e.hash = e.computeHash();
        update.addBindValue(
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        update.addBindValue(e.prevHash);
        update.addBindValue(e.hash);
        update.addBindValue(e.seq);
        if (!update.exec())
            return fail(update);
        prev = e.hash;
    }
    if (postgres && !q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")))
        return fail(q);
    return true;
}

} // namespace dpo::test

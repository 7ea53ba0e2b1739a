// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedFlags.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace dpo {

QStringList FeedFlags::kinds()
{
    return {QStringLiteral("reidentification"),
            QStringLiteral("minor"),
            QStringLiteral("transfer_after_withdrawal"),
            QStringLiteral("blocked_data"),
            QStringLiteral("erased_data"),
            QStringLiteral("consent_after_withdrawal")};
}

FeedFlags::FeedFlags(Database& database) : m_database(database) {}

QList<FeedFlags::Flag> FeedFlags::open(int limit) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT f.id, f.event_id, f.kind, f.detail, f.subject_id, s.platform_ref, "
                       "f.flagged_at FROM feed_flags f LEFT JOIN subjects s ON s.id = "
                       "f.subject_id WHERE f.reviewed_at IS NULL ORDER BY f.id LIMIT ?"));
    q.addBindValue(limit);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed's flags"));
    QList<Flag> flags;
    while (q.next())
        flags.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                      q.value(6).toDateTime().toUTC()});
    return flags;
}

qint64 FeedFlags::openCount() const
{
    QSqlQuery q =
        prepareQuery(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM feed_flags WHERE reviewed_at IS NULL"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed's flags"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void FeedFlags::review(const Session& session, qint64 flagId, const QString& note)
{
    if (note.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Say what was done about the flagged event: the note is the record of it."));
    runStep(m_database, session, Permission::WorkOnCases, tr("review a flagged feed event"),
            [&](const QSqlDatabase& db) {
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE feed_flags SET reviewed_at = ?, reviewed_by = ?, "
                               "review_note = ? WHERE id = ? AND reviewed_at IS NULL "
                               "RETURNING kind, subject_id"));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(session.officerId);
        q.addBindValue(note.trimmed());
        q.addBindValue(flagId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "review the flag"));
        if (!q.next())
            throw Error(Error::Kind::NotFound,
                        //: %1: the flag's number.
                        tr("Flag %1 does not exist or was reviewed already.").arg(flagId));
        const QString kind = q.value(0).toString();
        const qint64 subjectId = q.value(1).toLongLong();
        q.finish();
        AuditService::append(
            db, session, QStringLiteral("feed.review_flag"), QStringLiteral("feed_flag"),
            QString::number(flagId), subjectId,
            QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("note"), note.trimmed()}});
    });
}

} // namespace dpo

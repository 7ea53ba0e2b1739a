// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DashboardService.h"
#include "feed/FeedInbox.h"
#include "services/RetentionReviewService.h"

#include "domain/ClaimWorkflow.h"
#include "domain/DocumentLanguage.h"
#include "domain/WithdrawalWorkflow.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "services/DisclosureService.h"
#include "services/TaskService.h"

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QVariantList>

namespace dpo {

namespace {

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q = prepareQuery(db, sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count for the dashboard"));
    return q;
}

qint64 count(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q = run(db, sql, values);
    q.next();
    return q.value(0).toLongLong();
}

// The start of a Bishkek day (UTC+6, no daylight saving) as the instant stored in UTC.
QDateTime bishkekMidnight(const QDate& day)
{
    return bishkekMidnightUtc(day);
}

// Rows per month over `months` in `column` (a date or an instant): one indexed range count each,
// the same SQL on both backends.
QList<qint64> perMonth(const QSqlDatabase& db, const QString& table, const QString& column,
                       bool instant, const QString& condition, const QList<QDate>& months)
{
    QString sql =
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 >= ? AND %2 < ?").arg(table, column);
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    QList<qint64> counts;
    for (const QDate& month : months) {
        const QDate next = month.addMonths(1);
        counts << (instant ? count(db, sql, {bishkekMidnight(month), bishkekMidnight(next)})
                           : count(db, sql, {month, next}));
    }
    return counts;
}

// Open cases by band: `rows` of (band, count) where the band is computed by the database.
void addBands(const QSqlDatabase& db, const QString& table, const QString& openCondition,
              const QString& extra, const QDate& today,
              std::array<qint64, DashboardCharts::BandCount>& bands)
{
    QString sql = QStringLiteral("SELECT CASE WHEN due_on < ? THEN %1 WHEN due_on < ? THEN %2 WHEN "
                                 "due_on < ? THEN %3 ELSE %4 END AS band, "
                                 "count(*) FROM %5 WHERE %6")
                      .arg(DashboardCharts::Overdue)
                      .arg(DashboardCharts::UnderFive)
                      .arg(DashboardCharts::UnderTen)
                      .arg(DashboardCharts::TenOrMore)
                      .arg(table, openCondition);
    if (!extra.isEmpty())
        sql += QStringLiteral(" AND ") + extra;
    sql += QStringLiteral(" GROUP BY 1");
    QSqlQuery q = run(db, sql, {today, today.addDays(5), today.addDays(10)});
    while (q.next())
        bands[std::size_t(q.value(0).toInt())] += q.value(1).toLongLong();
}

QList<QPair<QString, qint64>> byCode(const QSqlDatabase& db, const QString& sql)
{
    QList<QPair<QString, qint64>> rows;
    QSqlQuery q = run(db, sql, {});
    while (q.next())
        rows << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return rows;
}
} // namespace

DashboardService::DashboardService(Database& database) : m_database(database) {}

DashboardCharts::Band DashboardService::bandOf(const QDate& due, const QDate& today)
{
    const qint64 left = today.daysTo(due);
    return left < 0    ? DashboardCharts::Overdue
           : left < 5  ? DashboardCharts::UnderFive
           : left < 10 ? DashboardCharts::UnderTen
                       : DashboardCharts::TenOrMore;
}

DashboardFigures DashboardService::figures(const QDate& today) const
{
    const QSqlDatabase db = m_database.connection();
    const QString openWithdrawal = WithdrawalWorkflow::openCondition(QStringLiteral("state"));
    const QString openClaim = ClaimWorkflow::openCondition(QStringLiteral("state"));
    const QString withdrawals =
        QStringLiteral("SELECT count(*) FROM withdrawal_requests WHERE %1 AND ")
            .arg(openWithdrawal);
    const QString claims =
        QStringLiteral("SELECT count(*) FROM claims WHERE %1 AND ").arg(openClaim);
    const QDate sunday = DeadlineCalendar::endOfWeek(today);
    DashboardFigures f;
    // A server keeps the number for every console's dashboard (schema version 31); a file counts.
    f.subjects =
        count(db, m_database.isPostgres() ? QStringLiteral("SELECT subjects FROM subject_total")
                                          : QStringLiteral("SELECT count(*) FROM subjects"));
    f.openWithdrawals = count(db, withdrawals + QStringLiteral("1 = 1"));
    f.overdueWithdrawals = count(db, withdrawals + QStringLiteral("due_on < ?"), {today});
    f.dueTodayWithdrawals = count(db, withdrawals + QStringLiteral("due_on = ?"), {today});
    f.dueThisWeekWithdrawals =
        count(db, withdrawals + QStringLiteral("due_on BETWEEN ? AND ?"), {today, sunday});
    f.openClaims = count(db, claims + QStringLiteral("1 = 1"));
    f.overdueClaims = count(db, claims + QStringLiteral("due_on < ?"), {today});
    f.dueTodayClaims = count(db, claims + QStringLiteral("due_on = ?"), {today});
    f.dueThisWeekClaims =
        count(db, claims + QStringLiteral("due_on BETWEEN ? AND ?"), {today, sunday});
    f.unnotifiedDisclosureSubjects = count(
        db, QStringLiteral(
                "SELECT count(*) FROM disclosure_subjects ds JOIN disclosures d ON d.id = "
                "ds.disclosure_id "
                "WHERE d.outside_platform = 1 AND NOT EXISTS (SELECT 1 FROM notifications n WHERE "
                "n.disclosure_id = ds.disclosure_id AND n.subject_id = ds.subject_id AND n.sent_at "
                "IS NOT NULL)")); // sent: deemed notified (4.6.4)
    DisclosureService::Filter unnotified;
    unnotified.unnotifiedOnly = true;
    f.lateDisclosures = DisclosureService(m_database).lateCount(unnotified, today);
    // As the disclosures register counts "undelivered": subjects of a disclosure with a failed
    // notice.
    f.failedNotifications =
        count(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT disclosure_id, subject_id "
                                 "FROM notifications WHERE state = 'failed') x"));
    // By the birth-date index: `status || ''` keeps SQLite from walking the million active rows of
    // the status index instead (2.3 s against a few ms at a million subjects).
    f.minors =
        count(db,
              QStringLiteral(
                  "SELECT count(*) FROM subjects WHERE birth_date > ? AND status || '' = 'active'"),
              {today.addYears(-18)});

    f.retentionDue = RetentionReviewService(m_database).dueCount(today);

    const FeedInbox::Status feed = FeedInbox(m_database).status();
    f.feedPending = feed.pending;
    f.feedOldestPending = feed.oldestPending;
    f.feedRejected = feed.rejected;
    f.feedFlags = feed.openFlags;
    const TaskService::Counts tasks = TaskService(m_database).counts(today);
    f.tasksPending = tasks.pending;
    f.tasksOverdue = tasks.overdue;

    QSqlQuery check = run(db,
                          QStringLiteral("SELECT at_utc, officer_username, details FROM audit_log "
                                         "WHERE action = 'audit.verify' ORDER BY seq DESC LIMIT 1"),
                          {});
    if (check.next()) {
        f.auditCheck.everVerified = true;
        f.auditCheck.atUtc = QDateTime::fromString(check.value(0).toString(), Qt::ISODateWithMs)
                                 .toUTC(); // text in the chain
        f.auditCheck.officer = check.value(1).toString();
        f.auditCheck.intact = QJsonDocument::fromJson(check.value(2).toString().toUtf8())
                                  .object()
                                  .value(QStringLiteral("intact"))
                                  .toBool();
    }
    return f;
}

DashboardCharts DashboardService::charts(const QDate& today) const
{
    const QSqlDatabase db = m_database.connection();
    DashboardCharts c;
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int i = 11; i >= 0; --i)
        c.months << thisMonth.addMonths(-i);
    c.withdrawalsPerMonth = perMonth(db, QStringLiteral("withdrawal_requests"),
                                     QStringLiteral("received_on"), false, {}, c.months);
    c.claimsPerMonth = perMonth(db, QStringLiteral("claims"), QStringLiteral("received_on"), false,
                                QStringLiteral("kind = 'pretrial_claim'"), c.months);
    c.accessRequestsPerMonth = perMonth(db, QStringLiteral("claims"), QStringLiteral("received_on"),
                                        false, QStringLiteral("kind = 'access_request'"), c.months);
    c.consentsGivenPerMonth =
        perMonth(db, QStringLiteral("consents"), QStringLiteral("given_at"), true, {}, c.months);
    c.consentsWithdrawnPerMonth = perMonth(db, QStringLiteral("consents"),
                                           QStringLiteral("withdrawn_at"), true, {}, c.months);

    addBands(db, QStringLiteral("withdrawal_requests"),
             WithdrawalWorkflow::openCondition(QStringLiteral("state")), {}, today,
             c.withdrawalBands);
    addBands(db, QStringLiteral("claims"), ClaimWorkflow::openCondition(QStringLiteral("state")),
             QStringLiteral("kind = 'pretrial_claim'"), today, c.claimBands);
    addBands(db, QStringLiteral("claims"), ClaimWorkflow::openCondition(QStringLiteral("state")),
             QStringLiteral("kind = 'access_request'"), today, c.accessRequestBands);

    c.disclosuresByGround =
        byCode(db, QStringLiteral("SELECT ground, count(*) FROM disclosures GROUP BY ground"));
    c.noticesByChannel =
        byCode(db, QStringLiteral("SELECT channel, count(*) FROM notifications GROUP BY channel"));
    return c;
}

} // namespace dpo

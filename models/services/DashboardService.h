// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace dpo {

class Database;

// The last time an officer verified the audit chain (an "audit.verify" entry), if ever.
struct AuditCheck
{
    bool everVerified = false;
    bool intact = false;
    QDateTime atUtc;
    QString officer; // the username written in the entry
};

// The cards the dashboard opens with: what is due, overdue, or needs attention.
struct DashboardFigures
{
    qint64 subjects = 0;
    qint64 openWithdrawals = 0;
    qint64 overdueWithdrawals = 0;
    qint64 dueTodayWithdrawals = 0;
    qint64 dueThisWeekWithdrawals = 0; // from today to Sunday; overdue ones are counted apart
    qint64 openClaims = 0;             // claims and access requests
    qint64 overdueClaims = 0;
    qint64 dueTodayClaims = 0;
    qint64 dueThisWeekClaims = 0;
    qint64 unnotifiedDisclosureSubjects = 0;
    qint64 lateDisclosures = 0; // a subject not notified within the notice period (docs/outbox.md)
    qint64 failedNotifications = 0; // a subject's latest notice of a disclosure failed
    qint64 minors = 0;
    qint64 retentionDue = 0; // items due for the retention review (docs/retention.md)
    // The change feed (docs/feed.md): events waiting in the inbox and since when (the lag),
    // rejected ones, and flagged events not yet reviewed.
    qint64 feedPending = 0;
    QDateTime feedOldestPending; // invalid: nothing waiting
    qint64 feedRejected = 0;
    qint64 feedFlags = 0;
    // What executed withdrawals ask of the platform's systems and recipients (docs/tasks.md): not
    // yet done, and of those past their due date.
    qint64 tasksPending = 0;
    qint64 tasksOverdue = 0;
    AuditCheck auditCheck;
};

// The charts: a year of requests and consents, the open cases by deadline band, disclosures.
struct DashboardCharts
{
    enum Band
    {
        TenOrMore,
        UnderTen,
        UnderFive,
        Overdue,
        BandCount
    };
    QList<QDate> months; // the first day of each of the last 12 months, oldest first
    QList<qint64> withdrawalsPerMonth, claimsPerMonth, accessRequestsPerMonth;
    QList<qint64> consentsGivenPerMonth, consentsWithdrawnPerMonth;
    // Open cases by days left to their due date: 10 or more, 5-9, 0-4, past it.
    std::array<qint64, BandCount> withdrawalBands{}, claimBands{}, accessRequestBands{};
    QList<QPair<QString, qint64>> disclosuresByGround; // vocabulary codes, most first
    QList<QPair<QString, qint64>> noticesByChannel;
};

class DashboardService
{
public:
    explicit DashboardService(Database& database);
    DashboardFigures figures(const QDate& today) const;
    DashboardCharts charts(const QDate& today) const;

    // The band of a case due on `due`, seen on `today` (the charts' and the registers' rule).
    static DashboardCharts::Band bandOf(const QDate& due, const QDate& today);

private:
    Database& m_database;
};

} // namespace dpo

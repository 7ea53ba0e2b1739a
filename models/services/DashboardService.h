// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace dpo {

class Database;

// The figures the dashboard opens with: what is due, overdue, or needs attention.
struct DashboardFigures
{
    qint64 subjects = 0;
    qint64 openWithdrawals = 0;
    qint64 overdueWithdrawals = 0;
    qint64 openClaims = 0;
    qint64 overdueClaims = 0;
    qint64 dueThisWeek = 0; // from today to Sunday; overdue ones are counted apart
    qint64 dueSoon = 0;     // the reminder: overdue or due within 3 working days (ReminderService)
    qint64 unnotifiedDisclosureSubjects = 0;
    qint64 lateDisclosures = 0; // a subject not notified within the notice period (docs/outbox.md)
    qint64 minors = 0;
};

class DashboardService
{
public:
    explicit DashboardService(Database& database);
    DashboardFigures figures(const QDate& today) const;

private:
    Database& m_database;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

class QSqlDatabase;

namespace dpo {

class Database;

// The Kyrgyz working-day calendar and the one rule for every due date in the console
// (docs/calendar.md): a period of N calendar days starts on the day after receipt; when its last
// day is a non-working day, the due date is the next working day. Weekends are non-working unless
// the calendar marks a day as a working day (a working Saturday by decree); holidays, days off by
// decree and public holidays that stay working days come from the calendar_days table, never from
// constants in code.
class DeadlineCalendar
{
public:
    // Holiday and DayOff are non-working; WorkingDay makes a Saturday or Sunday one to work;
    // WorkingHoliday is a public holiday that is a working day (23 February since 2025), so it is
    // what its weekday makes it.
    enum class DayKind
    {
        Holiday,
        DayOff,
        WorkingDay,
        WorkingHoliday
    };
    static DayKind kindFromCode(const QString& code); // the calendar_days.kind value

    DeadlineCalendar() = default;
    static DeadlineCalendar load(const Database& database);
    static DeadlineCalendar load(const QSqlDatabase& db);

    void setDay(const QDate& day, DayKind kind) { m_days.insert(day, kind); }
    bool isWorkingDay(const QDate& day) const;
    QDate dueDate(const QDate& received, int calendarDays) const;

    // The day `workingDays` working days after `from` (from itself not counted).
    QDate addWorkingDays(const QDate& from, int workingDays) const;
    // The last day of `today`'s week (Sunday): "due this week" is from today to this day.
    static QDate endOfWeek(const QDate& today) { return today.addDays(7 - today.dayOfWeek()); }

    // Calendar days from `today` to `due`: 0 on the due date, negative once it has passed.
    static int daysLeft(const QDate& due, const QDate& today) { return int(today.daysTo(due)); }
    static bool isOverdue(const QDate& due, const QDate& today) { return today > due; }
    // "5 days left", "due today", "overdue by 2 days" in the UI's language: what every register
    // and reminder says of an open case.
    static QString deadlineText(int daysLeft);

private:
    QHash<QDate, DayKind> m_days;
};

// The periods of the console's request types: the only place where they are written down.
namespace Periods {
constexpr int kPretrialClaimDays = 30; // policy 14.2
constexpr int kAccessRequestDays = 7;  // Law No. 58, Art. 17
// Law No. 58, Art. 17(g): the State Agency's or the Ombudsman's request, "within a week".
constexpr int kAuthorityRequestDays = 7;
// A request to correct data: the organisation's own target, not a rule (no article of Law No. 58
// setting a period for it was found; docs/claims.md, "Rectification").
constexpr int kRectificationTargetDays = 7;
constexpr int kWithdrawalTargetDays =
    30; // the organisation's own target, not a rule (docs/withdrawals.md)
constexpr int kReminderWorkingDays = 3; // the start-up reminder: due within 3 working days
} // namespace Periods

} // namespace dpo

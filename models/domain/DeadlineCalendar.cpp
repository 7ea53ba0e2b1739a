// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DeadlineCalendar.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace dpo {

DeadlineCalendar DeadlineCalendar::load(const Database& database)
{
    return load(database.connection());
}

DeadlineCalendar DeadlineCalendar::load(const QSqlDatabase& db)
{
    DeadlineCalendar calendar;
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT day, kind FROM calendar_days"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the calendar"));
    while (q.next())
        calendar.setDay(q.value(0).toDate(), kindFromCode(q.value(1).toString()));
    return calendar;
}

DeadlineCalendar::DayKind DeadlineCalendar::kindFromCode(const QString& code)
{
    if (code == QStringLiteral("working_day"))
        return DayKind::WorkingDay;
    if (code == QStringLiteral("working_holiday"))
        return DayKind::WorkingHoliday;
    if (code == QStringLiteral("holiday"))
        return DayKind::Holiday;
    return DayKind::DayOff;
}

bool DeadlineCalendar::isWorkingDay(const QDate& day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd() && *it != DayKind::WorkingHoliday)
        return *it == DayKind::WorkingDay;
    return day.dayOfWeek() < Qt::Saturday;
}

QDate DeadlineCalendar::dueDate(const QDate& received, int calendarDays) const
{
    QDate due = received.addDays(calendarDays);
    while (!isWorkingDay(due))
        due = due.addDays(1);
    return due;
}

QDate DeadlineCalendar::addWorkingDays(const QDate& from, int workingDays) const
{
    QDate day = from;
    for (int counted = 0; counted < workingDays;) {
        day = day.addDays(1);
        counted += isWorkingDay(day) ? 1 : 0;
    }
    return day;
}

QString DeadlineCalendar::deadlineText(int daysLeft)
{
    if (daysLeft == 0)
        return QCoreApplication::translate("dpo::DeadlineCalendar", "due today");
    if (daysLeft > 0)
        //: %n: a number of days until a deadline; shown in a table cell beside the due date.
        return QCoreApplication::translate("dpo::DeadlineCalendar", "%n day(s) left", nullptr,
                                           daysLeft);
    //: %n: a number of days after a missed deadline; shown in a table cell beside the due date.
    return QCoreApplication::translate("dpo::DeadlineCalendar", "overdue by %n day(s)", nullptr,
                                       -daysLeft);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpo {

class Database;
struct Session;

// Edits of the working-day calendar (docs/calendar.md): a holiday, a day off by decree, a
// working Saturday or Sunday by decree, or a public holiday that is a working day. Supervisors and
// administrators only; each edit audited. Due dates already fixed do not move
// (ClaimService::recalculateDueDate does that on request).
class CalendarService
{
public:
    explicit CalendarService(Database& database);

    // The kinds of a marked day: holiday and day_off (non-working), working_day (a Saturday or
    // Sunday worked by decree), working_holiday (a public holiday that is a working day).
    static QStringList kinds();
    // Why `kind` cannot mark `day` (a working_day is a Saturday or Sunday, a day_off a weekday),
    // or empty when it can.
    static QString kindProblem(const QDate& day, const QString& kind);

    struct Day
    {
        QDate day;
        QString kind; // one of kinds()
        QString name, decree;
    };
    // The marked days of a year (weekends are implicit), in date order.
    QList<Day> days(int year) const;

    // Every edit notes the decree or law it rests on (`decree`, required).

    // kind: one of kinds(). Replaces what the day was.
    void setDay(const Session& session, const QDate& day, const QString& kind, const QString& name,
                const QString& decree) const;
    void removeDay(const Session& session, const QDate& day, const QString& decree) const;
    // A day off moved by decree: the row of `from` goes to `to`.
    void moveDay(const Session& session, const QDate& from, const QDate& to,
                 const QString& decree) const;

private:
    Database& m_database;
};

} // namespace dpo

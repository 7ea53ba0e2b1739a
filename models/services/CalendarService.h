// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// Edits of the working-day calendar (docs/calendar.md): a holiday, a moved day off, or a
// working Saturday or Sunday by decree. Supervisors and administrators only; each edit audited.
// Due dates already fixed do not move (ClaimService::recalculateDueDate does that on request).
class CalendarService
{
public:
    explicit CalendarService(Database& database);

    struct Day
    {
        QDate day;
        QString kind; // holiday, day_off, working_day
        QString name, decree;
    };
    // The marked days of a year (weekends are implicit), in date order.
    QList<Day> days(int year) const;

    // Every edit notes the decree or law it rests on (`decree`, required).

    // kind: holiday, day_off, working_day. Replaces what the day was.
    void setDay(const Session& session, const QDate& day, const QString& kind, const QString& name,
                const QString& decree) const;
    void removeDay(const Session& session, const QDate& day, const QString& decree) const;
    // A day off moved by decree: the row of `from` goes to `to`.
    void moveDay(const Session& session, const QDate& from, const QDate& to, const QString& decree) const;

private:
    Database& m_database;
};

} // namespace dpo

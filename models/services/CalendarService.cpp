// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CalendarService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::CalendarService", text);
}

struct Entry
{
    bool exists = false;
    QString kind, name, decree;
};

Entry entryOf(const QSqlDatabase& db, const QDate& day)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT kind, name, decree FROM calendar_days WHERE day = ?"));
    q.addBindValue(day);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the calendar"));
    if (!q.next())
        return {};
    return {true, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

void checkKind(const QDate& day, const QString& kind)
{
    const QString problem = CalendarService::kindProblem(day, kind);
    if (!problem.isEmpty())
        throw Error(Error::Kind::BadInput, problem);
}

void writeDay(const QSqlDatabase& db, const QDate& day, const QString& kind, const QString& name,
              const QString& decree)
{
    QSqlQuery del = prepareQuery(db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"));
    del.addBindValue(day);
    execQuery(del, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
    QSqlQuery ins = prepareQuery(
        db,
        QStringLiteral("INSERT INTO calendar_days (day, kind, name, decree) VALUES (?, ?, ?, ?)"));
    ins.addBindValue(day);
    ins.addBindValue(kind);
    ins.addBindValue(name.trimmed());
    ins.addBindValue(decree.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(decree.trimmed()));
    execQuery(ins, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
}

QJsonObject describe(const Entry& e)
{
    return e.exists
               ? QJsonObject{{QStringLiteral("kind"), e.kind}, {QStringLiteral("name"), e.name}}
               : QJsonObject{};
}

void requireDecree(const QString& decree)
{
    if (decree.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("dpo::CalendarService",
                                                "Note the decree or law the change rests on."));
}
} // namespace

CalendarService::CalendarService(Database& database) : m_database(database) {}

QString CalendarService::kindProblem(const QDate& day, const QString& kind)
{
    if (!kinds().contains(kind))
        //: %1: the kind as given; %2: the kinds allowed, separated by commas.
        return QCoreApplication::translate("dpo::CalendarService",
                                           "\"%1\" is not a kind of day: use %2.")
            .arg(kind, kinds().join(QStringLiteral(", ")));
    const bool weekend = day.dayOfWeek() >= 6;
    if (kind == QStringLiteral("working_day") && !weekend)
        //: %1: a date (YYYY-MM-DD).
        return QCoreApplication::translate(
                   "dpo::CalendarService",
                   "%1 is a weekday: only a Saturday or Sunday can be made a working day.")
            .arg(day.toString(Qt::ISODate));
    if (kind == QStringLiteral("day_off") && weekend)
        //: %1: a date (YYYY-MM-DD).
        return QCoreApplication::translate(
                   "dpo::CalendarService",
                   "%1 is a weekend day already: a day off moves onto a weekday.")
            .arg(day.toString(Qt::ISODate));
    return {};
}

QStringList CalendarService::kinds()
{
    return {QStringLiteral("holiday"), QStringLiteral("day_off"), QStringLiteral("working_day"),
            QStringLiteral("working_holiday")};
}

QList<CalendarService::Day> CalendarService::days(int year) const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT day, kind, name, decree FROM calendar_days "
                                              "WHERE day >= ? AND day <= ? ORDER BY day"));
    q.addBindValue(QDate(year, 1, 1));
    q.addBindValue(QDate(year, 12, 31));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the calendar"));
    QList<Day> days;
    while (q.next())
        days << Day{q.value(0).toDate(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()};
    return days;
}

void CalendarService::setDay(const Session& session, const QDate& day, const QString& kind,
                             const QString& name, const QString& decree) const
{
    runStep(m_database, session, Permission::EditCalendar, tr("edit the calendar"),
            [&](const QSqlDatabase& db) {
        if (!day.isValid())
            throw Error(Error::Kind::BadInput, tr("The day is not a date."));
        checkKind(day, kind);
        if (name.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("Name the day (the holiday, or what the decree moves)."));
        requireDecree(decree);
        const Entry before = entryOf(db, day);
        writeDay(db, day, kind, name, decree);
        AuditService::append(db, session, QStringLiteral("calendar.set_day"),
                             QStringLiteral("calendar_day"), day.toString(Qt::ISODate), 0,
                             QJsonObject{{QStringLiteral("before"), describe(before)},
                                         {QStringLiteral("kind"), kind},
                                         {QStringLiteral("name"), name.trimmed()},
                                         {QStringLiteral("decree"), decree.trimmed()}});
    });
}

void CalendarService::removeDay(const Session& session, const QDate& day,
                                const QString& decree) const
{
    runStep(m_database, session, Permission::EditCalendar, tr("edit the calendar"),
            [&](const QSqlDatabase& db) {
        requireDecree(decree);
        const Entry before = entryOf(db, day);
        if (!before.exists)
            throw Error(Error::Kind::NotFound,
                        //: %1: a date (YYYY-MM-DD).
                        tr("%1 is not in the calendar.").arg(day.toString(Qt::ISODate)));
        QSqlQuery del = prepareQuery(db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"));
        del.addBindValue(day);
        execQuery(del, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
        AuditService::append(db, session, QStringLiteral("calendar.remove_day"),
                             QStringLiteral("calendar_day"), day.toString(Qt::ISODate), 0,
                             QJsonObject{{QStringLiteral("before"), describe(before)},
                                         {QStringLiteral("decree"), decree.trimmed()}});
    });
}

void CalendarService::moveDay(const Session& session, const QDate& from, const QDate& to,
                              const QString& decree) const
{
    runStep(m_database, session, Permission::EditCalendar, tr("edit the calendar"),
            [&](const QSqlDatabase& db) {
        requireDecree(decree);
        if (!to.isValid() || to == from)
            throw Error(Error::Kind::BadInput, tr("Choose the day it moves to."));
        const Entry moved = entryOf(db, from);
        if (!moved.exists)
            throw Error(Error::Kind::NotFound,
                        tr("%1 is not in the calendar.").arg(from.toString(Qt::ISODate)));
        if (entryOf(db, to).exists)
            throw Error(Error::Kind::BadInput,
                        //: %1: a date (YYYY-MM-DD).
                        tr("%1 is in the calendar already.").arg(to.toString(Qt::ISODate)));
        checkKind(to, moved.kind);
        QSqlQuery del = prepareQuery(db, QStringLiteral("DELETE FROM calendar_days WHERE day = ?"));
        del.addBindValue(from);
        execQuery(del, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
        writeDay(db, to, moved.kind, moved.name, decree);
        AuditService::append(db, session, QStringLiteral("calendar.move_day"),
                             QStringLiteral("calendar_day"), to.toString(Qt::ISODate), 0,
                             QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                         {QStringLiteral("kind"), moved.kind},
                                         {QStringLiteral("decree"), decree.trimmed()}});
    });
}

} // namespace dpo

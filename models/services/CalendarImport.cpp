// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CalendarImport.h"

#include "domain/ClaimWorkflow.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "import/CsvReader.h"
#include "security/Sha256.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/ClaimService.h"
#include "services/ServiceStep.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace dpo {

namespace {
// For the members below (lupdate files their tr() under dpo::CalendarImport); the free functions
// here name their context themselves.
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::CalendarImport", text);
}

constexpr int kMaxProblems = 20;

bool sameDay(const CalendarService::Day& a, const CalendarService::Day& b)
{
    return a.kind == b.kind && a.name == b.name && a.decree == b.decree;
}

// What the file does to the year's marked days, in date order.
QList<CalendarImport::Change> changesOf(const QList<CalendarService::Day>& current,
                                        const QList<CalendarService::Day>& wanted)
{
    QMap<QDate, CalendarImport::Change> changes;
    for (const CalendarService::Day& d : current)
        changes[d.day].before = d;
    for (const CalendarService::Day& d : wanted)
        changes[d.day].after = d;
    QList<CalendarImport::Change> out;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (sameDay(it->before, it->after))
            continue;
        it->day = it.key();
        out << *it;
    }
    return out;
}

bool sameChanges(const QList<CalendarImport::Change>& a, const QList<CalendarImport::Change>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].day != b[i].day || !sameDay(a[i].before, b[i].before) ||
            !sameDay(a[i].after, b[i].after))
            return false;
    }
    return true;
}

// The calendar as it would be with the file's year in place of the year's days now.
DeadlineCalendar calendarWith(const QSqlDatabase& db, int year,
                              const QList<CalendarService::Day>& days)
{
    DeadlineCalendar calendar;
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT day, kind FROM calendar_days WHERE day < ? OR day > ?"));
    q.addBindValue(QDate(year, 1, 1));
    q.addBindValue(QDate(year, 12, 31));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the calendar"));
    while (q.next())
        calendar.setDay(q.value(0).toDate(), DeadlineCalendar::kindFromCode(q.value(1).toString()));
    for (const CalendarService::Day& d : days)
        calendar.setDay(d.day, DeadlineCalendar::kindFromCode(d.kind));
    return calendar;
}

// Open claims and access requests whose fixed due date a recalculation on `calendar` would move.
QList<CalendarImport::MovedDue> movedDueDates(const QSqlDatabase& db,
                                              const DeadlineCalendar& calendar)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT id, kind, claimant_name, received_on, due_on FROM claims "
                           "WHERE %1 ORDER BY id")
                .arg(ClaimWorkflow::openCondition(QStringLiteral("state"))));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    QList<CalendarImport::MovedDue> moved;
    while (q.next()) {
        CalendarImport::MovedDue m;
        m.claimId = q.value(0).toLongLong();
        m.kind = q.value(1).toString();
        m.claimant = q.value(2).toString();
        m.receivedOn = q.value(3).toDate();
        m.fixedDue = q.value(4).toDate();
        m.recalculatedDue = calendar.dueDate(
            m.receivedOn, ClaimService::periodDays(ClaimService::kindFromCode(m.kind)));
        if (m.recalculatedDue != m.fixedDue)
            moved << m;
    }
    return moved;
}

QJsonObject describe(const CalendarService::Day& d)
{
    if (d.kind.isEmpty())
        return {};
    return {{QStringLiteral("kind"), d.kind},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("decree"), d.decree}};
}

struct Columns
{
    int date = -1, kind = -1, name = -1, decree = -1;
};

Columns columnsOf(const QStringList& header, const QString& source)
{
    Columns c;
    QStringList missing;
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header[i].trimmed().toLower();
        if (column == QStringLiteral("date") || column == QStringLiteral("day"))
            c.date = i;
        else if (column == QStringLiteral("kind"))
            c.kind = i;
        else if (column == QStringLiteral("name"))
            c.name = i;
        else if (column == QStringLiteral("decree"))
            c.decree = i;
    }
    if (c.date < 0)
        missing << QStringLiteral("date");
    if (c.kind < 0)
        missing << QStringLiteral("kind");
    if (c.name < 0)
        missing << QStringLiteral("name");
    if (c.decree < 0)
        missing << QStringLiteral("decree");
    if (!missing.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the calendar file's name; %2: the missing column names, separated by
                    //: commas.
                    QCoreApplication::translate("dpo::CalendarImport",
                                                "%1: the first line must name the columns date, "
                                                "kind, name and decree; it lacks %2.")
                        .arg(source, missing.join(QStringLiteral(", "))));
    return c;
}
} // namespace

CalendarImport::CalendarImport(Database& database) : m_database(database) {}

CalendarImport::Plan CalendarImport::plan(int year, const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the file's path; %2: the system's reason.
        throw Error(Error::Kind::BadInput, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return plan(year, &file, QFileInfo(path).fileName());
}

CalendarImport::Plan CalendarImport::plan(int year, QIODevice* csv, const QString& source) const
{
    if (year < 2000 || year > 2100)
        throw Error(Error::Kind::BadInput,
                    //: %1: the year as given.
                    tr("%1 is not a year the calendar holds (2000 to 2100).").arg(year));
    Plan plan;
    plan.year = year;
    plan.source = source;
    QByteArray bytes = csv->readAll();
    plan.sha256 = QString::fromLatin1(Sha256::hashHex(bytes));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvReader::Record record;
    if (!reader.next(record))
        //: %1: the calendar file's name.
        throw Error(Error::Kind::BadInput, tr("%1 is empty.").arg(source));
    if (!record.error.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the calendar file's name; %2: the line's number; %3: what is wrong with
                    //: it.
                    tr("%1, line %2: %3").arg(source).arg(record.line).arg(record.error));
    const Columns columns = columnsOf(record.fields, source);

    QStringList problems;
    int more = 0;
    const auto problem = [&](int line, const QString& text) {
        if (problems.size() < kMaxProblems)
            //: %1: the line's number; %2: what is wrong with it.
            problems << tr("line %1: %2").arg(line).arg(text);
        else
            ++more;
    };
    QHash<QDate, int> lineOf;
    while (reader.next(record)) {
        if (!record.error.isEmpty()) {
            problem(record.line, record.error);
            continue;
        }
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue; // a blank line
        const auto field = [&](int index) { return record.fields.value(index).trimmed(); };
        const QString kind = field(columns.kind);
        if (kind == QStringLiteral("weekend"))
            continue; // `calendar list` shows unmarked weekends too
        const QDate day = QDate::fromString(field(columns.date), Qt::ISODate);
        if (!day.isValid() || field(columns.date).size() != 10) {
            //: %1: the date as given.
            problem(record.line, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(field(columns.date)));
            continue;
        }
        if (day.year() != year) {
            //: %1: a date (YYYY-MM-DD); %2: the year being imported.
            problem(record.line, tr("%1 is not in %2.").arg(day.toString(Qt::ISODate)).arg(year));
            continue;
        }
        if (lineOf.contains(day)) {
            //: %1: a date (YYYY-MM-DD); %2: the other line's number.
            problem(record.line, tr("%1 is listed twice (also on line %2).")
                                     .arg(day.toString(Qt::ISODate))
                                     .arg(lineOf[day]));
            continue;
        }
        lineOf.insert(day, record.line);
        const QString kindProblem = CalendarService::kindProblem(day, kind);
        if (!kindProblem.isEmpty())
            problem(record.line, kindProblem);
        if (field(columns.name).isEmpty())
            //: %1: a date (YYYY-MM-DD).
            problem(record.line, tr("%1 has no name.").arg(day.toString(Qt::ISODate)));
        if (field(columns.decree).isEmpty())
            problem(record.line,
                    //: %1: a date (YYYY-MM-DD).
                    tr("%1 names no law or decree it rests on.").arg(day.toString(Qt::ISODate)));
        plan.days << CalendarService::Day{day, kind, field(columns.name), field(columns.decree)};
    }
    if (more > 0)
        //: Ends a list of problems. %1: the number of problems not listed.
        problems << tr("… and %1 more.").arg(more);
    if (!problems.isEmpty())
        //: %1: the calendar file's name; %2: its problems, one per line.
        throw Error(Error::Kind::BadInput, tr("%1 cannot be imported; nothing was changed:\n%2")
                                               .arg(source, problems.join(QLatin1Char('\n'))));
    if (plan.days.isEmpty())
        //: %1: the calendar file's name; %2: the year.
        throw Error(Error::Kind::BadInput, tr("%1 lists no day of %2.").arg(source).arg(year));
    std::sort(plan.days.begin(), plan.days.end(),
              [](const CalendarService::Day& a, const CalendarService::Day& b) {
        return a.day < b.day;
    });

    const QSqlDatabase db = m_database.connection();
    plan.changes = changesOf(CalendarService(m_database).days(year), plan.days);
    plan.moved = movedDueDates(db, calendarWith(db, year, plan.days));
    return plan;
}

void CalendarImport::apply(const Session& session, const Plan& plan) const
{
    runStep(m_database, session, Permission::EditCalendar, tr("import a year's calendar"),
            [&](const QSqlDatabase& db) {
        // Another officer may have edited the year since the file was checked: the preview would
        // lie.
        if (!sameChanges(changesOf(CalendarService(m_database).days(plan.year), plan.days),
                         plan.changes))
            throw Error(Error::Kind::Conflict,
                        //: %1: the year.
                        tr("The calendar of %1 was changed since the file "
                           "was checked; nothing was imported. "
                           "Check the file again.")
                            .arg(plan.year));
        if (plan.changes.isEmpty())
            return; // the year is already as the file says
        QSqlQuery del = prepareQuery(
            db, QStringLiteral("DELETE FROM calendar_days WHERE day >= ? AND day <= ?"));
        del.addBindValue(QDate(plan.year, 1, 1));
        del.addBindValue(QDate(plan.year, 12, 31));
        execQuery(del, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
        QSqlQuery ins = prepareQuery(
            db, QStringLiteral(
                    "INSERT INTO calendar_days (day, kind, name, decree) VALUES (?, ?, ?, ?)"));
        for (const CalendarService::Day& d : plan.days) {
            ins.bindValue(0, d.day);
            ins.bindValue(1, d.kind);
            ins.bindValue(2, d.name);
            ins.bindValue(3, d.decree);
            execQuery(ins, QT_TRANSLATE_NOOP("dpo::Sql", "change the calendar"));
        }
        QJsonArray changes;
        for (const Change& c : plan.changes)
            changes.append(QJsonObject{{QStringLiteral("day"), c.day.toString(Qt::ISODate)},
                                       {QStringLiteral("before"), describe(c.before)},
                                       {QStringLiteral("after"), describe(c.after)}});
        // The due dates the officer may now recalculate: counted anew here, on the calendar just
        // written.
        QJsonArray moved;
        for (const MovedDue& m : movedDueDates(db, DeadlineCalendar::load(db)))
            moved.append(m.claimId);
        AuditService::append(db, session, QStringLiteral("calendar.import"),
                             QStringLiteral("calendar_year"), QString::number(plan.year), 0,
                             QJsonObject{{QStringLiteral("file"), plan.source},
                                         {QStringLiteral("sha256"), plan.sha256},
                                         {QStringLiteral("days"), int(plan.days.size())},
                                         {QStringLiteral("changes"), changes},
                                         {QStringLiteral("claims_to_recalculate"), moved}});
    });
}

} // namespace dpo

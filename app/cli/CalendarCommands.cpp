// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CalendarCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/CalendarImport.h"
#include "services/CalendarService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace dpo::cli {

namespace {
int yearOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        throw Error(Error::Kind::BadInput, tr("--year must be a year such as 2026."));
    return year;
}

int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the marked days of a year (weekends, holidays, days "
                                        "off by decree, working Saturdays and Sundays, "
                                        "public holidays that are working days), from the calendar "
                                        "the due dates are counted on. Its CSV is the "
                                        "file calendar import reads."));
    parser.addOption(databaseOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("year"), tr("The year."), QStringLiteral("YYYY")});
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console calendar list --database URL --year YYYY --format csv"),
            code))
        return code;
    return runGuarded([&] {
        const int year = yearOption(parser);
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        auto database = openDatabase(parser);
        QHash<QDate, QStringList> named;
        for (const CalendarService::Day& day : CalendarService(*database).days(year))
            named.insert(day.day, {day.kind, day.name, day.decree});
        QList<QStringList> out;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const bool weekend = d.dayOfWeek() >= 6;
            const auto it = named.constFind(d);
            if (it == named.cend() && !weekend)
                continue;
            const QString kind = it == named.cend() ? QStringLiteral("weekend") : it->at(0);
            out << QStringList{d.toString(Qt::ISODate),
                               QLocale::c().dayName(d.dayOfWeek(), QLocale::ShortFormat), kind,
                               it == named.cend() ? QString() : it->at(1),
                               it == named.cend() ? QString() : it->at(2)};
        }
        printRows(format,
                  {QStringLiteral("day"), QStringLiteral("weekday"), QStringLiteral("kind"),
                   QStringLiteral("name"), QStringLiteral("decree")},
                  out);
        return int(Success);
    });
}

QString describeDay(const CalendarService::Day& d)
{
    //: A day's kind in the calendar when nothing marks it (an ordinary day).
    return d.kind.isEmpty() ? tr("not marked") : QStringLiteral("%1 (%2)").arg(d.kind, d.name);
}

int importCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Replaces the marked days of a year with a published "
                                        "calendar in a CSV file (columns date, kind, name, "
                                        "decree; kind is holiday, day_off, working_day or "
                                        "working_holiday). Prints what changes and which open "
                                        "claims' fixed due dates a recalculation would then move; "
                                        "they stay as they are until recalculated. "
                                        "With --preview nothing is changed."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("year"), tr("The year the file is the calendar of."),
                      QStringLiteral("YYYY")});
    parser.addOption(
        {QStringLiteral("preview"),
         tr("Check the file and show what it would change, without changing anything.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The year's calendar, CSV."));
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console calendar import --database URL --officer NAME "
                                     "--year YYYY [--preview] FILE.csv"),
                      code))
        return code;
    return runGuarded([&] {
        const int year = yearOption(parser);
        if (parser.positionalArguments().size() != 1)
            throw Error(Error::Kind::BadInput, tr("Give one file: the year's calendar as CSV."));
        auto database = openDatabase(parser);
        const bool preview = parser.isSet(QStringLiteral("preview"));
        // Sign in first: a refused officer learns nothing of the plan.
        const Session session = preview ? Session() : signInFromCommandLine(*database, parser);
        const CalendarImport import(*database);
        const CalendarImport::Plan plan = import.plan(year, parser.positionalArguments().first());
        QString out;
        //: %1: the calendar file's name or address; %2: the year.
        if (plan.changes.isEmpty())
            out += tr("%1 changes nothing in the calendar of %2.\n").arg(plan.source).arg(year);
        for (const CalendarImport::Change& c : plan.changes)
            out +=
                //: One changed day of the calendar. %1: the date (YYYY-MM-DD); %2: the day's kind
                //: before, e.g. "working day"; %3: its kind after.
                tr("%1: %2 -> %3\n")
                    .arg(c.day.toString(Qt::ISODate), describeDay(c.before), describeDay(c.after));
        for (const CalendarImport::MovedDue& m : plan.moved)
            out +=
                //: %1: the claim's number; %2: the claimant's name; %3: the date it was received;
                //: %4: its fixed due date; %5: the due date a recalculation would give.
                tr("claim %1 (%2, received %3): due %4 stays fixed; recalculated it would be %5\n")
                    .arg(m.claimId)
                    .arg(m.claimant, m.receivedOn.toString(Qt::ISODate),
                         m.fixedDue.toString(Qt::ISODate), m.recalculatedDue.toString(Qt::ISODate));
        printOut(terminalSafe(out, true));
        if (preview) {
            printErr(tr("Preview only: nothing was changed."));
            return int(Success);
        }
        import.apply(session, plan);
        //: %1: the year; %2: the calendar file's name or address; %3: the number of days in it; %4:
        //: the number of days that changed; %5: the file's SHA-256 hash.
        if (!plan.changes.isEmpty())
            printErr(tr("The calendar of %1 is imported from %2 (%3 days, %4 changed; SHA-256 %5).")
                         .arg(year)
                         .arg(plan.source)
                         .arg(plan.days.size())
                         .arg(plan.changes.size())
                         .arg(plan.sha256));
        return int(Success);
    });
}
} // namespace

int calendarCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments, {{"list", listCommand}, {"import", importCommand}},
        tr("Usage: dpo-console calendar list --database URL --year YYYY [--format "
           "table|csv|json]\n"
           "       dpo-console calendar import --database URL --officer NAME --year YYYY "
           "[--preview] FILE.csv\n"));
}

} // namespace dpo::cli

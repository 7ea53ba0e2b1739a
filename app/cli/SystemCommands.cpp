// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SystemCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/SystemsService.h"

#include <QCoreApplication>

namespace dpo::cli {

namespace {
int listCommand(const QStringList& arguments)
{
    return runListing(
        arguments,
        {tr("Lists the platform's data systems: what each holds and who confirms for it."),
         QStringLiteral(
             "dpo-console systems list --database URL --officer NAME [--format csv|json]"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("confirmed_by"), QStringLiteral("owner"), QStringLiteral("rotation_days"),
          QStringLiteral("active"), QStringLiteral("categories")},
         [](Database& database) {
        QList<QStringList> rows;
        for (const DataSystem& s : SystemsService(database).list())
            rows << QStringList{s.code,
                                s.name,
                                s.kind,
                                s.confirmedBy,
                                s.owner,
                                s.rotationDays > 0 ? QString::number(s.rotationDays) : QString(),
                                s.active ? QStringLiteral("yes") : QStringLiteral("no"),
                                s.categories.join(QLatin1Char(','))};
        return rows;
         }});
}

// The options add and change share; `change` leaves out what is not given.
void addFieldOptions(QCommandLineParser& parser)
{
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("code"), tr("The system's code (a-z, 0-9, '.', '_', '-')."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), tr("The system's name."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("kind"),
                      tr("core_database, photo_store, video_archive, crm, analytics, backup or "
                         "other."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("confirmed-by"),
                      tr("worker (its worker confirms through the task outbox) or person (by "
                         "hand)."),
                      QStringLiteral("WHO")});
    parser.addOption({QStringLiteral("owner"),
                      tr("Who answers for it: a team or a person, with how to reach them."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("rotation-days"),
                      tr("A backup: after how many days its copies are overwritten."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("categories"),
                      tr("The data categories it holds, by code, separated by commas."),
                      QStringLiteral("A,B")});
}

// The fields given on the command line put into `system`.
void applyFields(const QCommandLineParser& parser, DataSystem& system)
{
    if (!parser.positionalArguments().isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the unexpected argument as typed.
                    tr("Unexpected argument \"%1\"; give each field with its option.")
                        .arg(parser.positionalArguments().first()));
    const auto text = [&parser](const char* option, QString& field) {
        if (parser.isSet(QString::fromLatin1(option)))
            field = parser.value(QString::fromLatin1(option));
    };
    text("name", system.name);
    text("kind", system.kind);
    text("confirmed-by", system.confirmedBy);
    text("owner", system.owner);
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("rotation-days"));
        system.rotationDays = value.isEmpty() ? 0 : value.toInt(&ok);
        if (!value.isEmpty() && !ok)
            throw Error(Error::Kind::BadInput,
                        //: %1: the value typed after --rotation-days.
                        tr("--rotation-days must be a number of days, not \"%1\".").arg(value));
    }
    if (parser.isSet(QStringLiteral("categories")))
        system.categories =
            parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int addCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a data system to the register (administrators; audited)."));
    addFieldOptions(parser);
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console systems add --database URL --officer NAME --code "
                                     "CODE --name TEXT --kind KIND --confirmed-by worker|person "
                                     "--owner TEXT [--rotation-days N] --categories A,B"),
                      code))
        return code;
    return runGuarded([&] {
        DataSystem system;
        system.code = parser.value(QStringLiteral("code"));
        applyFields(parser, system);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        SystemsService(*database).add(session, system);
        //: %1: the data system's code, e.g. "crm".
        printErr(tr("Data system %1 added; withdrawals executed from now on give it tasks.")
                     .arg(system.code.trimmed()));
        return int(Success);
    });
}

int changeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes a data system; a field not given stays as it is (administrators; audited). "
           "--active no retires it: it gets no new tasks."));
    addFieldOptions(parser);
    parser.addOption({QStringLiteral("active"), tr("yes or no."), QStringLiteral("YES|NO")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console systems change --database URL --officer NAME "
                                     "--code CODE [--name TEXT] [--active yes|no] ..."),
                      code))
        return code;
    return runGuarded([&] {
        const QString wanted = parser.value(QStringLiteral("code")).trimmed();
        if (wanted.isEmpty())
            throw Error(Error::Kind::BadInput, tr("--code names the system to change."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        SystemsService service(*database);
        DataSystem system;
        for (const DataSystem& s : service.list())
            if (s.code == wanted)
                system = s;
        if (system.id == 0)
            throw Error(Error::Kind::NotFound,
                        //: %1: the code as typed.
                        tr("There is no data system with the code \"%1\".").arg(wanted.left(70)));
        applyFields(parser, system);
        if (parser.isSet(QStringLiteral("active"))) {
            const QString active = parser.value(QStringLiteral("active"));
            if (active != QLatin1String("yes") && active != QLatin1String("no"))
                throw Error(Error::Kind::BadInput, tr("--active must be yes or no."));
            system.active = active == QLatin1String("yes");
        }
        service.change(session, system);
        //: %1: the data system's code.
        printErr(tr("Data system %1 saved.").arg(system.code));
        return int(Success);
    });
}
} // namespace

int systemsCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments, {{"list", listCommand}, {"add", addCommand}, {"change", changeCommand}},
        tr("Usage: dpo-console systems list --database URL [--format table|csv|json]\n"
           "       dpo-console systems add --database URL --officer NAME --code CODE --name TEXT "
           "--kind KIND\n"
           "           --confirmed-by worker|person --owner TEXT [--rotation-days N] "
           "--categories A,B\n"
           "       dpo-console systems change --database URL --officer NAME --code CODE "
           "[--name TEXT] [--active yes|no] ...\n"));
}

} // namespace dpo::cli

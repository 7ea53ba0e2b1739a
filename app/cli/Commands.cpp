// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "cli/AuditCommands.h"
#include "cli/CalendarCommands.h"
#include "cli/ClaimCommands.h"
#include "cli/CliSupport.h"
#include "cli/DisclosureCommands.h"
#include "cli/FeedCommands.h"
#include "cli/HolderCommands.h"
#include "cli/KeyCommands.h"
#include "cli/OfficerCommands.h"
#include "cli/RetentionCommands.h"
#include "cli/SystemCommands.h"
#include "cli/TaskCommands.h"
#include "cli/WithdrawalCommands.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "demo/DemoDataService.h"
#include "domain/Inn.h"
#include "import/SubjectImportService.h"
#include "services/OfficerService.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectReportService.h"
#include "services/SubjectService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace dpo::cli {

namespace {
int initCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates the consent database, or migrates an older one to this program's schema, "
           "and adds its first administrator. The password comes from DPO_CONSOLE_PASSWORD or "
           "a prompt."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("admin"), tr("User name of the first administrator."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("display-name"), tr("The administrator's full name."),
                      QStringLiteral("TEXT")});
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console init --database URL --admin NAME [--display-name TEXT]"),
            code))
        return code;
    return runGuarded([&] {
        if (!parser.isSet(QStringLiteral("admin")))
            throw Error(Error::Kind::BadInput, tr("--admin NAME is required."));
        const QString admin = parser.value(QStringLiteral("admin"));
        OfficerService::validateUsername(admin);
        auto database = openDatabase(parser, true);
        try {
            Migrator migrator(*database);
            const int before = migrator.currentVersion();
            const QList<int> applied = migrator.migrate();
            //: %1: the schema's version number.
            if (applied.isEmpty())
                printErr(tr("The schema is at version %1, the latest.").arg(before));
            else
                //: %1: the schema's version before; %2: its version now.
                printErr(tr("Migrated the schema from version %1 to %2.")
                             .arg(before)
                             .arg(applied.last()));
            OfficerService officers(*database);
            const bool exists = officers.officerCount() > 0;
            const QString password =
                exists ? QString() : readPassword(tr("Password for %1:").arg(admin), true);
            if (officers.ensureFirstAdministrator(
                    admin, parser.value(QStringLiteral("display-name")), password)) {
                //: %1: the administrator's user name.
                printErr(tr("Administrator %1 created.").arg(admin));
            } else {
                //: %1: the administrator's user name.
                printErr(tr("Administrator %1 already exists.").arg(admin));
            }
        } catch (...) {
            database->discardCreatedFile(); // a failed init leaves no half-made file
            throw;
        }
        return int(Success);
    });
}

int demoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills an empty consent database with reproducible demo data: subjects, consents, "
           "transfers, withdrawal requests, claims and disclosures in every state."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("subjects"), tr("How many subjects (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Random seed; the same seed and date give the same data (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("The day open cases are placed around, YYYY-MM-DD (default today)."),
                      QStringLiteral("DATE")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console demo --database URL --officer NAME --subjects N "
                                     "[--seed S] [--as-of DATE]"),
                      code))
        return code;
    return runGuarded([&] {
        DemoDataService::Options options;
        bool ok = false;
        options.subjects = parser.value(QStringLiteral("subjects")).toLongLong(&ok);
        //: %1: the value typed after --subjects.
        if (!ok)
            throw Error(Error::Kind::BadInput, tr("--subjects must be a whole number, not \"%1\".")
                                                   .arg(parser.value(QStringLiteral("subjects"))));
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        //: %1: the value typed after --seed.
        if (!ok)
            throw Error(Error::Kind::BadInput, tr("--seed must be a whole number, not \"%1\".")
                                                   .arg(parser.value(QStringLiteral("seed"))));
        if (parser.isSet(QStringLiteral("as-of"))) {
            options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
            if (!options.asOf.isValid())
                throw Error(Error::Kind::BadInput, tr("--as-of must be a date YYYY-MM-DD."));
        }
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        QElapsedTimer timer;
        timer.start();
        const auto summary = DemoDataService(*database).generate(session, options);
        //: %1: the number of subjects; %2: how many of them are under 18; %3: the number of
        //: transfers; %4: of withdrawal requests; %5: of claims; %6: of disclosures; %7: of
        //: notifications; %8: seconds with one decimal.
        printErr(tr("Demo data: %1 subjects (%2 under 18), %3 transfers, %4 withdrawal requests, "
                    "%5 claims, %6 disclosures with %7 notifications, in %8 s.")
                     .arg(summary.subjects)
                     .arg(summary.minors)
                     .arg(summary.transfers)
                     .arg(summary.withdrawalRequests)
                     .arg(summary.claims)
                     .arg(summary.disclosures)
                     .arg(summary.notifications)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return int(Success);
    });
}

int importCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a platform export of subjects (UTF-8 CSV, docs/import.md). All or nothing: "
           "every problem is reported as FILE:LINE: column: reason and nothing is written."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("subjects"), tr("The CSV file of subjects."), QStringLiteral("FILE")});
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console import --database URL --officer NAME --subjects FILE.csv"),
            code))
        return code;
    return runGuarded([&] {
        if (!parser.isSet(QStringLiteral("subjects")))
            throw Error(Error::Kind::BadInput, tr("--subjects FILE.csv is required."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const auto result = SubjectImportService(*database).importSubjects(
            session, parser.value(QStringLiteral("subjects")));
        for (const QString& warning : result.warnings)
            printErr(warning);
        if (result.warningCount > result.warnings.size())
            printErr(
                //: %1: the number of warnings not printed.
                tr("… and %1 more warnings.").arg(result.warningCount - result.warnings.size()));
        //: %1: the number of subjects imported.
        printErr(tr("Imported %1 subjects.").arg(result.imported));
        return int(Success);
    });
}

int subjectsReportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the subject data report (everything held about one subject, Law No. 58 Art. 17) "
           "as PDF, in Kyrgyz or Russian. Nothing in it is masked; the report is audited."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("lang"), tr("The report's language: ky or ru."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PLATFORM_REF"),
                                 tr("The subject's platform reference."));
    const QString usage = QStringLiteral("dpo-console subjects report PLATFORM_REF --database URL "
                                         "--officer NAME --lang ky|ru --out FILE.pdf");
    int code = 0;
    if (!parseCommand(parser, arguments, usage, code))
        return code;
    return runGuarded([&] {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || positional[0].trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Give exactly one PLATFORM_REF."));
        if (!parser.isSet(QStringLiteral("out")))
            throw Error(Error::Kind::BadInput, tr("--out FILE.pdf is required."));
        const QString language = parser.value(QStringLiteral("lang"));
        if (language != QStringLiteral("ky") && language != QStringLiteral("ru"))
            throw Error(Error::Kind::BadInput, tr("--lang must be ky or ru."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const qint64 id = SubjectRecordService(*database).subjectIdByPlatformRef(positional[0]);
        const QString out = parser.value(QStringLiteral("out"));
        SubjectReportService(*database).writePdf(session, id, language, out);
        //: %1: the subject's number or platform reference as typed; %2: the report file's path.
        printErr(tr("Subject data report of %1 written to %2.").arg(positional[0], out));
        return int(Success);
    });
}

int subjectsSearchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds subjects by any word of the name (prefix, case-insensitive), a whole INN or "
           "phone number, or the platform reference, as a signed-in officer. INN and phone are "
           "masked; blocked values are neither matched nor shown; a search by INN or phone is "
           "written to the audit trail."));
    parser.addOption(databaseOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("limit"), tr("At most this many subjects (default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("with-personal-data"),
                      tr("INN and phone in full, not masked: written to the audit trail.")});
    parser.addOption(officerOption());
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("What to look for."));
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console subjects search TEXT --database URL --officer NAME "
                           "[--format table|csv|json] [--limit N] [--with-personal-data]"),
            code))
        return code;
    return runGuarded([&] {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1 || positional[0].trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("Give exactly one TEXT to search for (quote it when it has spaces)."));
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000)
            throw Error(Error::Kind::BadInput, tr("--limit must be between 1 and 100000."));
        auto database = openDatabase(parser);
        const bool personal = parser.isSet(QStringLiteral("with-personal-data"));
        const Session session = signInFromCommandLine(*database, parser);
        const auto subjects =
            SubjectService(*database).searchForExport(session, positional[0], limit, personal);
        // A blocked value reads "[blocked]", as in the console (docs/withdrawals.md).
        const auto shown = [](const SubjectSummary& s, const char* category, const QString& value) {
            return s.isBlocked(QLatin1StringView(category)) ? SubjectRecordService::blockedMarker()
                                                            : value;
        };
        QList<QStringList> rows;
        for (const SubjectSummary& s : subjects)
            rows << QStringList{s.platformRef,
                                shown(s, "identity_document", s.inn),
                                shown(s, "personal_details", s.surname),
                                s.givenName,
                                s.patronymic,
                                s.birthDate.toString(Qt::ISODate),
                                shown(s, "contacts", s.phone),
                                s.status};
        printRows(format,
                  {QStringLiteral("platform_ref"), QStringLiteral("inn"), QStringLiteral("surname"),
                   QStringLiteral("given_name"), QStringLiteral("patronymic"),
                   QStringLiteral("birth_date"), QStringLiteral("phone"), QStringLiteral("status")},
                  rows);
        //: %n: the number of subjects found.
        if (format == QStringLiteral("table"))
            printErr(QCoreApplication::translate("dpo::cli", "%n subject(s) found.", nullptr,
                                                 int(rows.size())));
        return int(Success);
    });
}

int subjectsCommand(const QStringList& arguments)
{
    return runSubcommand(arguments,
                         {{"search", subjectsSearchCommand}, {"report", subjectsReportCommand}},
                         tr("Usage: dpo-console subjects search TEXT --database URL --officer "
                            "NAME [--format table|csv|json] [--limit N]\n"
                            "       dpo-console subjects report PLATFORM_REF --database URL "
                            "--officer NAME --lang ky|ru --out FILE.pdf\n"));
}

// Every command once: its name, what runs it, its lines in the overview, and the subcommands that
// lay out a document (fonts need a QGuiApplication). isCommand, runCommand, the overview and
// needsGuiApplication all read this list.
struct Command
{
    const char* name;
    int (*run)(const QStringList& arguments);
    const char* overview;           // its lines in `dpo-console help`
    const char* documentSubcommand; // the one that lays out a document, or nullptr
};

// clang-format off
const Command kCommands[] = {
    {"init", initCommand, QT_TRANSLATE_NOOP("dpo::cli", "  init             create or migrate a database and its first administrator\n"), nullptr},
    {"demo", demoCommand, QT_TRANSLATE_NOOP("dpo::cli", "  demo             fill an empty database with demo data\n"), nullptr},
    {"import", importCommand, QT_TRANSLATE_NOOP("dpo::cli", "  import           import subjects from a platform export (CSV)\n"), nullptr},
    {"feed", feedCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  feed apply       apply a file of the platform's change feed (JSON Lines)\n"
                                   "  feed run         apply the feed's inbox as the platform writes it (a worker)\n"
                                   "  feed rejected|retry|dismiss  the inbox's rejected events\n"),
     nullptr},
    {"subjects", subjectsCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  subjects search  find subjects by name, INN, phone or platform reference\n"
                                   "  subjects report  write a subject's data report (PDF, ky or ru)\n"),
     "report"},
    {"audit", auditCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  audit verify     re-compute the audit chain and name the first entry that breaks\n"
                                   "  audit anchor|anchors  time-stamp the chain's head; list or copy out the anchors\n"
                                   "  audit export     export the audit trail: PDF (ky or ru), CSV or JSON Lines, signed\n"
                                   "  audit verify-export  check an export's signature, its signer and its entries\n"),
     "export"},
    {"keys", keysCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  keys init|public  create the organisation's key that signs exports; print its public half\n"
                                   "  keys certificate|import-certificate  print the key's certificate; store a certification authority's\n"
                                   "  keys time-stamping  the RFC 3161 authority that time-stamps every export's signature\n"),
     nullptr},
    {"claims", claimsCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  claims add|list|letter  register claims and access requests, list them with days left, print answers\n"
                                   "  claims correct|recipient-told  correct a subject's data on their request; record who was told\n"),
     "letter"},
    {"calendar", calendarCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  calendar list|import  the marked days of a year; a year's published calendar from a file\n"), nullptr},
    {"officers", officersCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  officers list|add|map-login|create-login\n"
                       "                       the console's officers; an administrator adds one, gives one a login\n"), nullptr},
    {"holder", holderCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  holder show|set  the holder of the data as letters name it: name, INN, address, signatory\n"), nullptr},
    {"withdrawals", withdrawalsCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  withdrawals list|show|register|open-minor|verify|reject|decide|approve|execute|recipient-told|allow-close|reply|letter|target\n      written withdrawal requests and the officer's cases for minors, each step as in the window\n"),
     "letter"},
    {"retention", retentionCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  retention list|open  what is due for the retention review (policy 6.2-6.3); its cases\n"), nullptr},
    {"systems", systemsCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  systems list|add|change  the platform's data systems: what each holds, who confirms for it\n"), nullptr},
    {"tasks", tasksCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  tasks list|confirm|retry|settle-backups  what executed withdrawals ask of each system and recipient\n"
                                   "  tasks receive    record the reports the systems' workers wrote on the server\n"), nullptr},
    {"disclosures", disclosuresCommand,
     QT_TRANSLATE_NOOP("dpo::cli", "  disclosures list|notice-period  disclosures to third parties and how many subjects were told; the days set for telling them\n"), nullptr},
};
// clang-format on

const Command* commandNamed(const QString& name)
{
    for (const Command& c : kCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}
} // namespace

bool needsGuiApplication(const QStringList& arguments)
{
    const Command* command = arguments.size() >= 2 ? commandNamed(arguments[0]) : nullptr;
    return command && command->documentSubcommand &&
           arguments[1] == QLatin1String(command->documentSubcommand);
}

bool isCommand(const QString& name)
{
    return name == QStringLiteral("help") || commandNamed(name) != nullptr;
}

QString commandOverview()
{
    QString overview = tr("Usage: dpo-console [--database URL]          open the console\n"
                          "       dpo-console COMMAND [options]         run a command\n\n"
                          "Commands:\n");
    for (const Command& c : kCommands)
        overview += tr(c.overview);
    return overview +
           tr("\ndpo-console COMMAND --help documents each command. Exit codes: 0 success, "
              "1 a check found a problem,\n2 bad usage or input, 3 the database or OpenSSL "
              "failed.\n");
}

int runCommand(const QStringList& arguments)
{
    takeSecretsFromEnvironment();
    if (const Command* command = commandNamed(arguments.first()))
        return command->run(arguments);
    printOut(commandOverview());
    return int(Success);
}

} // namespace dpo::cli

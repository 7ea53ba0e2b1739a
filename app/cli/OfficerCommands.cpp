// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/OfficerCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/OfficerService.h"

#include <QCoreApplication>

namespace dpo::cli {

namespace {
int listCommand(const QStringList& arguments)
{
    return runListing(
        arguments,
        {tr("Lists the console's officers: user name, name, role, whether they may sign in, and "
            "their own database login (PostgreSQL)."),
         QStringLiteral(
             "dpo-console officers list --database URL --officer NAME --format csv|json"),
         {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
          QStringLiteral("active"), QStringLiteral("locked"), QStringLiteral("login")},
         [](Database& database) {
        QList<QStringList> rows;
        for (const Officer& o : OfficerService(database).officers())
            rows << QStringList{o.username,
                                o.displayName,
                                roleCode(o.role),
                                o.active ? QStringLiteral("yes") : QStringLiteral("no"),
                                o.locked ? QStringLiteral("yes") : QStringLiteral("no"),
                                o.dbLogin};
        return rows;
         }});
}

int addCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("An administrator adds an officer (audited). The new officer's password comes from "
           "DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the terminal; the administrator's "
           "own from DPO_CONSOLE_PASSWORD."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("username"), tr("The new officer's user name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("name"), tr("Their name as letters and the trail show it."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("role"), tr("administrator, supervisor, officer or auditor."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("own-login"),
                      tr("PostgreSQL: also create their database login, named as the user name, "
                         "with this password as its first (the officer chooses their own at the "
                         "first sign-in).")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console officers add --database URL --officer ADMIN "
                                     "--username NAME --name \"TEXT\" --role ROLE [--own-login]"),
                      code))
        return code;
    return runGuarded([&] {
        for (const char* required : {"username", "name", "role"})
            if (!parser.isSet(QString::fromLatin1(required)))
                throw Error(Error::Kind::BadInput,
                            tr("--%1 is required.").arg(QLatin1String(required)));
        const QString username = parser.value(QStringLiteral("username"));
        const Role role = roleFromCode(parser.value(QStringLiteral("role")));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        OfficerService(*database).createOfficer(
            session, username, parser.value(QStringLiteral("name")), role,
            //: A prompt on the terminal. %1: the new officer's user name.
            readPassword(tr("Password for the new officer %1:").arg(username), true,
                         "DPO_CONSOLE_NEW_PASSWORD"),
            parser.isSet(QStringLiteral("own-login")) ? OfficerService::Login::OwnLogin
                                                      : OfficerService::Login::ConsolePassword);
        //: %1: the officer's user name; %2: the role's code, e.g. "officer" or "supervisor".
        printErr(tr("Officer %1 added as %2.").arg(username, roleCode(role)));
        if (parser.isSet(QStringLiteral("own-login"))) {
            //: %1: the officer's user name, which is also their database login.
            printErr(tr("They connect to the server as the login %1.").arg(username));
        }
        return int(Success);
    });
}

// The id of the officer with this user name; NotFound, named, when there is none.
qint64 officerNamed(const OfficerService& officers, const QString& username)
{
    for (const Officer& o : officers.officers())
        if (o.username == username)
            return o.id;
    throw Error(Error::Kind::NotFound,
                //: %1: the user name as typed.
                tr("There is no officer \"%1\".").arg(username));
}

int mapLoginCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PostgreSQL: an administrator makes an existing database login the officer's own "
           "(audited); the login joins the group of the officer's role and the officer connects "
           "with it from then on (docs/deployment.md, \"One login per officer\"). An empty "
           "--login takes the officer's login away."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("username"), tr("The officer's user name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("login"),
                      tr("The PostgreSQL login, made by the server's "
                         "administrator beforehand."),
                      QStringLiteral("LOGIN")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console officers map-login --database URL --officer "
                                     "ADMIN --username NAME --login LOGIN"),
                      code))
        return code;
    return runGuarded([&] {
        for (const char* required : {"username", "login"})
            if (!parser.isSet(QString::fromLatin1(required)))
                throw Error(Error::Kind::BadInput,
                            tr("--%1 is required.").arg(QLatin1String(required)));
        const QString username = parser.value(QStringLiteral("username"));
        const QString login = parser.value(QStringLiteral("login"));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        OfficerService officers(*database);
        officers.mapLogin(session, officerNamed(officers, username), login);
        //: %1: the officer's user name.
        const QString none = tr("Officer %1 has no database login of their own now.");
        //: %1: the officer's user name; %2: the database login.
        const QString mapped = tr("Officer %1 connects as %2 from now on.");
        printErr(login.isEmpty() ? none.arg(username) : mapped.arg(username, login));
        return int(Success);
    });
}
int createLoginCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PostgreSQL: an administrator creates the database login of an officer who has none, "
           "named as their user name (audited); it joins the group of the officer's role. Its "
           "first password comes from DPO_CONSOLE_NEW_PASSWORD or is asked for twice on the "
           "terminal; the officer chooses their own at the first sign-in (docs/deployment.md, "
           "\"One login per officer\")."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(
        {QStringLiteral("username"), tr("The officer's user name."), QStringLiteral("NAME")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console officers create-login --database URL --officer "
                                     "ADMIN --username NAME"),
                      code))
        return code;
    return runGuarded([&] {
        if (!parser.isSet(QStringLiteral("username")))
            throw Error(Error::Kind::BadInput,
                        tr("--%1 is required.").arg(QLatin1String("username")));
        const QString username = parser.value(QStringLiteral("username"));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        OfficerService officers(*database);
        officers.createLogin(session, officerNamed(officers, username),
                             //: A prompt on the terminal. %1: the officer's user name.
                             readPassword(tr("First password of the login %1:").arg(username), true,
                                          "DPO_CONSOLE_NEW_PASSWORD"));
        //: %1: the officer's user name, which is also their database login.
        printErr(tr("Officer %1 connects as the login %1 from now on.").arg(username));
        return int(Success);
    });
}
} // namespace

int officersCommand(const QStringList& arguments)
{
    return runSubcommand(arguments,
                         {{"list", listCommand},
                          {"add", addCommand},
                          {"map-login", mapLoginCommand},
                          {"create-login", createLoginCommand}},
                         tr("Usage: dpo-console officers list|add|map-login|create-login ... "
                            "(dpo-console officers add --help)\n"));
}

} // namespace dpo::cli

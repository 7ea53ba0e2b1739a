// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HolderCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "services/HolderService.h"

#include <QCoreApplication>

namespace dpo::cli {

namespace {
// Each detail's option and where it lives in a Holder.
struct Detail
{
    const char* option;
    QString Holder::*member;
    const char* help;
};

const Detail kDetails[] = {
    {"name-ky", &Holder::nameKy, QT_TRANSLATE_NOOP("dpo::cli", "The holder's name in Kyrgyz.")},
    {"name-ru", &Holder::nameRu, QT_TRANSLATE_NOOP("dpo::cli", "The holder's name in Russian.")},
    {"inn", &Holder::inn, QT_TRANSLATE_NOOP("dpo::cli", "The holder's INN (14 digits).")},
    {"address-ky", &Holder::addressKy,
     QT_TRANSLATE_NOOP("dpo::cli", "The holder's postal address in Kyrgyz.")},
    {"address-ru", &Holder::addressRu,
     QT_TRANSLATE_NOOP("dpo::cli", "The holder's postal address in Russian.")},
    {"position-ky", &Holder::positionKy,
     QT_TRANSLATE_NOOP("dpo::cli", "The signatory's position in Kyrgyz.")},
    {"position-ru", &Holder::positionRu,
     QT_TRANSLATE_NOOP("dpo::cli", "The signatory's position in Russian.")},
};

int showCommand(const QStringList& arguments)
{
    return runListing(arguments,
                      {tr("Shows the holder of the data as letters name it."),
                       QStringLiteral("dpo-console holder show --database URL [--format csv]"),
                       {QStringLiteral("detail"), QStringLiteral("value")},
                       [](Database& database) {
        const Holder holder = HolderService(database).holder();
        QList<QStringList> rows;
        for (const Detail& d : kDetails)
            rows << QStringList{QString::fromLatin1(d.option), holder.*d.member};
        return rows;
                       },
                       false}); // what every letter prints: no sign-in
}

int setCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes the holder's details that letters print; a detail not given stays as it is. "
           "Administrators only; every change is in the audit trail."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    for (const Detail& d : kDetails)
        parser.addOption({QString::fromLatin1(d.option), tr(d.help), QStringLiteral("TEXT")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console holder set --database URL --officer NAME "
                                     "[--name-ky TEXT] [--inn DIGITS] ..."),
                      code))
        return code;
    return runGuarded([&] {
        if (!parser.positionalArguments().isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the unexpected argument as typed.
                        tr("Unexpected argument \"%1\"; give each detail with its option.")
                            .arg(parser.positionalArguments().first()));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        HolderService service(*database);
        Holder holder = service.holder();
        for (const Detail& d : kDetails)
            if (parser.isSet(QString::fromLatin1(d.option)))
                holder.*d.member = parser.value(QString::fromLatin1(d.option));
        service.setHolder(session, holder);
        printErr(tr("The holder's details are saved; the next letters use them."));
        return int(Success);
    });
}
} // namespace

int holderCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments, {{"show", showCommand}, {"set", setCommand}},
        tr("Usage: dpo-console holder show --database URL [--format table|csv|json]\n"
           "       dpo-console holder set --database URL --officer NAME [--name-ky TEXT] "
           "[--name-ru TEXT] [--inn DIGITS]\n"
           "           [--address-ky TEXT] [--address-ru TEXT] [--position-ky TEXT] "
           "[--position-ru TEXT]\n"));
}

} // namespace dpo::cli

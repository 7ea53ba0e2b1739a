// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DisclosureCommands.h"

#include "cli/CliSupport.h"
#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "services/DisclosureService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpo::cli {

namespace {
int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists disclosures of personal data to third parties "
           "(policy 4.6.1-4.6.3, consent, treaties), newest first, with the recipient's "
           "country (ISO 3166-1), "
           "how many of their subjects were notified (4.6.4) and how "
           "many notices were not delivered."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(formatOption());
    parser.addOption(
        {QStringLiteral("unnotified"),
         tr("Only disclosures outside platform cooperation with a subject not yet notified.")});
    parser.addOption({QStringLiteral("abroad"),
                      tr("Only transfers to a recipient outside the Kyrgyz Republic.")});
    parser.addOption({QStringLiteral("from"), tr("Disclosed on or after this day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Disclosed on or before this day, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console disclosures list --database URL --officer NAME "
                           "[--unnotified] [--abroad] [--from D] [--to D] --format csv|json"),
            code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        DisclosureService::Filter filter;
        filter.unnotifiedOnly = parser.isSet(QStringLiteral("unnotified"));
        filter.abroadOnly = parser.isSet(QStringLiteral("abroad"));
        if (parser.isSet(QStringLiteral("from")))
            filter.from = dateOption(parser, QStringLiteral("from"));
        if (parser.isSet(QStringLiteral("to")))
            filter.to = dateOption(parser, QStringLiteral("to"));
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        QList<QStringList> out;
        for (const DisclosureService::Row& r :
             DisclosureService(*database).list(filter, bishkekToday()))
            out << QStringList{QString::number(r.id),
                               r.disclosedOn.toString(Qt::ISODate),
                               r.recipient,
                               r.country,
                               r.ground,
                               QString::number(r.subjects),
                               QString::number(r.notified),
                               QString::number(r.undelivered)};
        printRows(format,
                  {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("recipient"),
                   QStringLiteral("country"), QStringLiteral("ground"), QStringLiteral("subjects"),
                   QStringLiteral("notified"), QStringLiteral("undelivered")},
                  out);
        return int(Success);
    });
}
int noticePeriodCommand(const QStringList& arguments)
{
    return runDaysSetting(
        arguments,
        {tr("Sets how many working days after a disclosure its subjects must be notified before it "
            "is flagged (administrators; 3 by default)."),
         tr("Working days, 1 to 30."),
         QStringLiteral(
             "dpo-console disclosures notice-period --database URL --officer NAME --days N"),
         tr("--days must be a number of working days, 1 to 30."),
         [](Database& database, const Session& session, int days) {
        DisclosureService(database).setNoticeWorkingDays(session, days);
        //: %1: a number of working days.
        return tr("Subjects not notified %1 working days after a disclosure are flagged.\n")
            .arg(days);
         }});
}
} // namespace

int disclosuresCommand(const QStringList& arguments)
{
    return runSubcommand(arguments, {{"list", listCommand}, {"notice-period", noticePeriodCommand}},
                         tr("Usage: dpo-console disclosures list|notice-period ... (dpo-console "
                            "disclosures list --help)\n"));
}

} // namespace dpo::cli

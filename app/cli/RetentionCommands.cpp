// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/RetentionCommands.h"

#include "cli/CliSupport.h"
#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "services/RetentionReviewService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpo::cli {

namespace {
int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists what is due for the retention review (policy 6.2-6.3): every keep whose end date "
           "has passed, and every face photo or video held after the consent was withdrawn or the "
           "account closed, with the subject's open review case."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(formatOption());
    parser.addOption(countOnOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console retention list --database URL --officer NAME "
                                     "[--on YYYY-MM-DD] --format csv|json"),
                      code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        const QDate on = countOnDate(parser);
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        QList<QStringList> out;
        for (const RetentionReviewService::Item& item : RetentionReviewService(*database).due(on))
            out << QStringList{
                item.subjectRef, item.category,
                item.reason,     item.since.toString(Qt::ISODate),
                item.ground,     item.openCase > 0 ? QString::number(item.openCase) : QString()};
        printRows(format,
                  {QStringLiteral("subject"), QStringLiteral("category"), QStringLiteral("reason"),
                   QStringLiteral("since"), QStringLiteral("ground"), QStringLiteral("case")},
                  out);
        return int(Success);
    });
}

int openCommand(const QStringList& arguments)
{
    return runOpenCases(
        arguments,
        {tr("Opens a retention review case for a subject's due categories, or with --all for "
            "every subject with something due and no review case open (in one transaction); each "
            "case is decided (destroy, or keep on a ground until a new date) and executed with the "
            "withdrawals commands, and closed with reply --method none. Prints each case's "
            "number."),
         QStringLiteral("dpo-console retention open --database URL --officer NAME --subject REF | "
                        "--all"),
         tr("Every subject with something due."),
         //: %1: the number of review cases opened; %2: the number of subjects whose review case was
         //: already open.
         tr("Cases opened: %1; subjects whose review case was already open: %2."),
         {},
         nullptr,
         [](Database& database, const Session& session, const QCommandLineParser& parser) {
        return RetentionReviewService(database).openCase(session,
                                                         parser.value(QStringLiteral("subject")));
         },
         [](Database& database, const Session& session) {
        const RetentionReviewService::Opened opened =
            RetentionReviewService(database).openAll(session);
        return qMakePair(opened.opened, opened.alreadyOpen);
        }});
}
} // namespace

int retentionCommand(const QStringList& arguments)
{
    return runSubcommand(arguments, {{"list", listCommand}, {"open", openCommand}},
                         tr("Usage: dpo-console retention list|open ... (dpo-console retention "
                            "open --help)\n"));
}

} // namespace dpo::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/WithdrawalCommands.h"

#include "cli/CliSupport.h"
#include "cli/WithdrawalStepCommands.h"
#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "services/WithdrawalService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpo::cli {

namespace {
const QStringList kStates{
    QStringLiteral("received"), QStringLiteral("opened"),   QStringLiteral("identity_verified"),
    QStringLiteral("decided"),  QStringLiteral("approved"), QStringLiteral("executed"),
    QStringLiteral("closed"),   QStringLiteral("rejected")};

int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists written withdrawal requests: open ones first (the reply not yet sent), the "
           "nearest target date first, with the days left."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(formatOption());
    parser.addOption(
        {QStringLiteral("state"),
         //: Help for the --state option. %1: the state codes, separated by commas.
         tr("Only requests in this state: %1.").arg(kStates.join(QStringLiteral(", "))),
         QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("overdue"), tr("Only open ones past their target date.")});
    parser.addOption(countOnOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console withdrawals list --database URL --officer NAME "
                                     "[--state S] [--overdue] --format csv|json"),
                      code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        const QString state = parser.value(QStringLiteral("state"));
        if (!state.isEmpty() && !kStates.contains(state))
            throw Error(Error::Kind::BadInput,
                        //: %1: the state codes, separated by commas.
                        tr("--state must be one of %1.").arg(kStates.join(QStringLiteral(", "))));
        const QDate on = countOnDate(parser);
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        const auto rows = WithdrawalService(*database).list(on,
                                                            parser.isSet(QStringLiteral("overdue"))
                                                                ? WithdrawalService::Filter::Overdue
                                                                : WithdrawalService::Filter::All,
                                                            state);
        QList<QStringList> out;
        for (const WithdrawalService::Row& r : rows)
            out << QStringList{QString::number(r.id),
                               r.subjectRef,
                               r.receivedOn.toString(Qt::ISODate),
                               r.dueOn.toString(Qt::ISODate),
                               r.open ? QString::number(r.daysLeft) : QString(),
                               r.state,
                               r.officer};
        printRows(format,
                  {QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("received"),
                   QStringLiteral("due"), QStringLiteral("days_left"), QStringLiteral("state"),
                   QStringLiteral("officer")},
                  out);
        return int(Success);
    });
}
// A case for a subject under 18 (policy 9.1, 12.4), or one for every such subject at once.
int openMinorCommand(const QStringList& arguments)
{
    return runOpenCases(
        arguments,
        {tr("Opens a case to destroy the data of a subject under 18 (policy 9.1, 12.4) without "
            "waiting for a request, or, with --all, one for every subject under 18 who still holds "
            "data and has no case open (all in one transaction). Prints each case's number."),
         QStringLiteral(
             "dpo-console withdrawals open-minor --database URL --officer NAME --subject "
             "REF [--guardian-name N] [--guardian-address A] | --all"),
         tr("Every subject under 18 without an open case."),
         //: %1: the number of cases opened; %2: the number of subjects under 18 whose case was
         //: already open.
         tr("Cases opened: %1; subjects under 18 whose case was already open: %2."),
         {{QStringLiteral("guardian-name"),
           tr("The parent's or guardian's name, when known (default: \"the parent or legal "
              "guardian of\" the minor)."),
           QStringLiteral("NAME")},
          {QStringLiteral("guardian-address"),
           tr("Where the letter to the parent or guardian goes (default: the minor's residence "
              "address)."),
           QStringLiteral("ADDRESS")}},
         [](const QCommandLineParser& parser, bool all) {
        if (all && (parser.isSet(QStringLiteral("guardian-name")) ||
                    parser.isSet(QStringLiteral("guardian-address"))))
            throw Error(Error::Kind::BadInput,
                        tr("--guardian-name and --guardian-address name one minor's parent: use "
                           "them with --subject."));
         },
         [](Database& database, const Session& session, const QCommandLineParser& parser) {
        return WithdrawalService(database).openMinorCase(
            session, parser.value(QStringLiteral("subject")),
            parser.value(QStringLiteral("guardian-name")),
            parser.value(QStringLiteral("guardian-address")));
        },
        [](Database& database, const Session& session) {
        const WithdrawalService::MinorCases cases =
            WithdrawalService(database).openMinorCases(session);
        return qMakePair(cases.opened, cases.alreadyOpen);
        }});
}

int targetCommand(const QStringList& arguments)
{
    return runDaysSetting(
        arguments,
        {tr("Sets the internal target for closing a withdrawal request, in calendar days counted "
            "from receipt (administrators; requests already registered keep their date)."),
         tr("Calendar days, 1 to 90 (30 by default)."),
         QStringLiteral("dpo-console withdrawals target --database URL --officer NAME --days N"),
         tr("--days must be a number of days, 1 to 90."),
         [](Database& database, const Session& session, int days) {
        WithdrawalService(database).setTargetDays(session, days);
        //: %1: a number of calendar days.
        return tr("Withdrawal requests registered from now on are due %1 calendar days after "
                  "receipt.\n")
            .arg(days);
         }});
}
} // namespace

int withdrawalsCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"list", listCommand},
         {"show", withdrawalShowCommand},
         {"register", withdrawalRegisterCommand},
         {"open-minor", openMinorCommand},
         {"verify", withdrawalVerifyCommand},
         {"reject", withdrawalRejectCommand},
         {"decide", withdrawalDecideCommand},
         {"approve", withdrawalApproveCommand},
         {"execute", withdrawalExecuteCommand},
         {"recipient-told", withdrawalRecipientToldCommand},
         {"allow-close", withdrawalAllowCloseCommand},
         {"reply", withdrawalReplyCommand},
         {"letter", withdrawalLetterCommand},
         {"target", targetCommand}},
        tr("Usage: dpo-console withdrawals list|show|register|open-minor|verify|reject|decide|"
           "approve|execute|recipient-told|allow-close|reply|letter|target ... (dpo-console "
           "withdrawals register --help)\n"));
}

} // namespace dpo::cli

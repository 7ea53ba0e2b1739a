// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/WithdrawalStepCommands.h"

#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "domain/WithdrawalDecision.h"
#include "services/TaskService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"

#include <functional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::cli {

namespace {
QString requestRefusal()
{
    return tr("Name one withdrawal request by its number.");
}

// One step on one request: --database, --officer and the request's number, then `options`; the
// step signs in as the officer and returns what to print on stderr.
struct Step
{
    QString description;
    QString usage;
    QList<QCommandLineOption> options;
    std::function<QString(Database& database, const Session& session, qint64 requestId,
                          const QCommandLineParser& parser)>
        apply;
};

int runStep(const QStringList& arguments, const Step& step)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(step.description);
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    for (const QCommandLineOption& option : step.options)
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The request's number."));
    int code = 0;
    if (!parseCommand(parser, arguments, step.usage, code))
        return code;
    return runGuarded([&] {
        const qint64 id = recordNumberArgument(parser, requestRefusal());
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        printErr(step.apply(*database, session, id, parser));
        return int(Success);
    });
}

QString required(const QCommandLineParser& parser, const char* name)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        throw Error(Error::Kind::BadInput, tr("--%1 is required.").arg(option));
    return parser.value(option);
}

QCommandLineOption noteOption()
{
    return {QStringLiteral("note"), tr("A note for the record."), QStringLiteral("TEXT")};
}

// "CATEGORY=VALUE" options of `decide`, by category; a value without a category (no '=', or the
// text before it not a decided category) applies to every category.
QHash<QString, QString> byCategory(const QStringList& values, const QStringList& categories,
                                   const QString& option, QString* everyCategory = nullptr)
{
    QHash<QString, QString> out;
    for (const QString& value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QString category = equals > 0 ? value.left(equals).trimmed() : QString();
        if (categories.contains(category)) {
            out.insert(category, value.mid(equals + 1));
        } else if (everyCategory) {
            *everyCategory = value;
        } else {
            throw Error(Error::Kind::BadInput,
                        //: %1: the option's name, e.g. "until"; %2: the value typed; %3: the
                        //: categories given to --decision, separated by commas.
                        tr("--%1 \"%2\" must be CATEGORY=VALUE, the category one of those given "
                           "to --decision (%3).")
                            .arg(option, value, categories.join(QStringLiteral(", "))));
        }
    }
    return out;
}

QList<WithdrawalService::Decision> decisionsFrom(const QCommandLineParser& parser)
{
    QStringList categories;
    QList<WithdrawalService::Decision> decisions;
    for (const QString& value : parser.values(QStringLiteral("decision"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const auto action = DecisionActions::fromCode(value.mid(equals + 1).trimmed());
        if (equals <= 0 || !action)
            throw Error(Error::Kind::BadInput,
                        //: %1: the value typed after --decision.
                        tr("--decision \"%1\" must be CATEGORY=ACTION, the action one of destroy, "
                           "depersonalise, block, keep.")
                            .arg(value));
        WithdrawalService::Decision d;
        d.category = value.left(equals).trimmed();
        d.action = *action;
        categories << d.category;
        decisions << d;
    }
    if (decisions.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Give one --decision CATEGORY=ACTION for each data category in scope."));
    QString justification;
    const auto justifications =
        byCategory(parser.values(QStringLiteral("justification")), categories,
                   QStringLiteral("justification"), &justification);
    const auto grounds =
        byCategory(parser.values(QStringLiteral("ground")), categories, QStringLiteral("ground"));
    const auto untils =
        byCategory(parser.values(QStringLiteral("until")), categories, QStringLiteral("until"));
    for (WithdrawalService::Decision& d : decisions) {
        d.justification = justifications.value(d.category, justification);
        const QString ground = grounds.value(d.category);
        const qsizetype colon = ground.indexOf(QLatin1Char(':'));
        d.ground = colon < 0 ? ground : ground.left(colon);
        d.groundDetail = colon < 0 ? QString() : ground.mid(colon + 1);
        if (untils.contains(d.category)) {
            d.keepUntil = QDate::fromString(untils.value(d.category), Qt::ISODate);
            if (!d.keepUntil.isValid())
                //: %1: the category's code; %2: the value typed for it.
                throw Error(Error::Kind::BadInput, tr("--until %1=%2 must be a date YYYY-MM-DD.")
                                                       .arg(d.category, untils.value(d.category)));
        }
    }
    return decisions;
}

QJsonObject detailsJson(Database& database, const WithdrawalService::Details& d)
{
    QJsonArray decisions;
    for (const WithdrawalService::Decision& x : d.decisions)
        decisions.append(
            QJsonObject{{QStringLiteral("category"), x.category},
                        {QStringLiteral("action"), DecisionActions::code(x.action)},
                        {QStringLiteral("ground"), x.ground},
                        {QStringLiteral("ground_detail"), x.groundDetail},
                        {QStringLiteral("keep_until"), x.keepUntil.toString(Qt::ISODate)},
                        {QStringLiteral("justification"), x.justification},
                        {QStringLiteral("proposed_by"), x.proposedBy},
                        {QStringLiteral("approved_by"), x.approvedBy}});
    QJsonArray notices;
    for (const WithdrawalService::Notice& n : d.notices)
        notices.append(
            QJsonObject{{QStringLiteral("id"), n.id},
                        {QStringLiteral("recipient"), n.recipient},
                        {QStringLiteral("categories"), QJsonArray::fromStringList(n.categories)},
                        {QStringLiteral("told_on"), n.notifiedOn.toString(Qt::ISODate)},
                        {QStringLiteral("method"), n.method},
                        {QStringLiteral("note"), n.note}});
    QJsonArray tasks;
    TaskService::Filter filter;
    filter.requestId = d.row.id;
    for (const TaskService::Task& t : TaskService(database).list(filter))
        tasks.append(
            QJsonObject{{QStringLiteral("id"), t.id},
                        {QStringLiteral("kind"), t.kind},
                        {QStringLiteral("target"),
                         t.kind == QLatin1String("system") ? t.systemCode : t.recipient},
                        {QStringLiteral("category"), t.category},
                        {QStringLiteral("action"), t.action},
                        {QStringLiteral("state"), t.state},
                        {QStringLiteral("due"), t.dueOn.toString(Qt::ISODate)},
                        {QStringLiteral("attempt"), t.attempt},
                        {QStringLiteral("outcome_at"), t.outcomeAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("note"), t.outcomeNote},
                        {QStringLiteral("recorded_by"), t.recordedBy}});
    return QJsonObject{
        {QStringLiteral("id"), d.row.id},
        {QStringLiteral("subject"), d.row.subjectRef},
        {QStringLiteral("state"), d.row.state},
        {QStringLiteral("received"), d.row.receivedOn.toString(Qt::ISODate)},
        {QStringLiteral("due"), d.row.dueOn.toString(Qt::ISODate)},
        {QStringLiteral("channel"), d.channel},
        // "minor": the officer's case for a subject under 18 (policy 9.1); else the subject's.
        {QStringLiteral("origin"), d.row.origin},
        {QStringLiteral("scope"), d.scope},
        {QStringLiteral("categories_in_scope"), QJsonArray::fromStringList(d.heldCategories)},
        {QStringLiteral("identity_method"), d.identityMethod},
        {QStringLiteral("rejection_reason"), d.rejectionReason},
        {QStringLiteral("executed_at"), d.executedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reply_sent_on"), d.replySentOn.toString(Qt::ISODate)},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("notices"), notices},
        {QStringLiteral("tasks"), tasks}};
}
} // namespace

int withdrawalRegisterCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers a written request to withdraw consent (policy 12.1.3) with its letter, and "
           "prints its number and target date."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("subject"), tr("The subject's platform reference."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("received"), tr("The day it was received, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("channel"),
                      tr("How it came: post (default), in_person, email_scan, e_signature."),
                      QStringLiteral("CHANNEL"), QStringLiteral("post")});
    parser.addOption({QStringLiteral("purpose"),
                      tr("A partial withdrawal: a purpose it withdraws (may be repeated)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("category"),
                      tr("A partial withdrawal: a data category it names (may be repeated)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("scope-note"), tr("The scope in the letter's words."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reply-to-name"),
                      tr("Who the reply goes to, as the letter gives it (default: the subject)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("reply-to-address"),
                      tr("Where the reply goes (default: the subject's residence address)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption(
        {QStringLiteral("document"),
         tr("The written request (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated."),
         QStringLiteral("FILE")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console withdrawals register --database URL --officer "
                                     "NAME --subject REF --received YYYY-MM-DD --document FILE "
                                     "[--channel C] [--category C]... [--purpose P]..."),
                      code))
        return code;
    return runGuarded([&] {
        WithdrawalService::Registration r;
        r.subjectRef = required(parser, "subject");
        r.receivedOn = dateOption(parser, QStringLiteral("received"));
        if (!r.receivedOn.isValid())
            throw Error(Error::Kind::BadInput, tr("--received is required."));
        r.channel = parser.value(QStringLiteral("channel"));
        r.purposes = parser.values(QStringLiteral("purpose"));
        r.categories = parser.values(QStringLiteral("category"));
        r.fullScope = r.purposes.isEmpty() && r.categories.isEmpty();
        r.scopeNote = parser.value(QStringLiteral("scope-note"));
        r.replyToName = parser.value(QStringLiteral("reply-to-name"));
        r.replyToAddress = parser.value(QStringLiteral("reply-to-address"));
        for (const QString& path : parser.values(QStringLiteral("document")))
            r.documents << AttachmentService::readFile(path);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        WithdrawalService service(*database);
        const qint64 id = service.registerRequest(session, r);
        const WithdrawalService::Details d = service.details(id, bishkekToday());
        printOut(QStringLiteral("%1\n").arg(id));
        //: %1: the request's number; %2: the target date (YYYY-MM-DD).
        printErr(tr("Withdrawal request %1 registered; the target date is %2.")
                     .arg(id)
                     .arg(d.row.dueOn.toString(Qt::ISODate)));
        return int(Success);
    });
}

int withdrawalVerifyCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Records how the requester's identity was verified (id_in_person, notarised_letter, "
            "account_face_check, other with a note)."),
         QStringLiteral("dpo-console withdrawals verify ID --database URL --officer NAME "
                        "--method M [--note TEXT]"),
         {{QStringLiteral("method"), tr("How the identity was verified."), QStringLiteral("M")},
          noteOption()},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        WithdrawalService(database).verifyIdentity(session, id, required(p, "method"),
                                                   p.value(QStringLiteral("note")));
        //: %1: the request's number.
        return tr("The identity for request %1 is verified.").arg(id);
         }});
}

int withdrawalRejectCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Rejects a request (identity_not_established, not_written, not_this_holder); its "
            "letter "
            "says why."),
         QStringLiteral("dpo-console withdrawals reject ID --database URL --officer NAME "
                        "--reason R [--note TEXT]"),
         {{QStringLiteral("reason"), tr("Why it is rejected."), QStringLiteral("R")}, noteOption()},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        WithdrawalService(database).reject(session, id, required(p, "reason"),
                                           p.value(QStringLiteral("note")));
        //: %1: the request's number.
        return tr("Request %1 is rejected; its letter says why.").arg(id);
         }});
}

int withdrawalDecideCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Decides per data category what happens to it (one --decision for each category in "
            "scope; replaces earlier decisions until the request is executed). A keep names its "
            "ground (law58_art5, law58_art15:PARAGRAPH, aml_cft_record_keeping, other_law:LAW) "
            "and the date until which it is kept, and waits for a supervisor's approval."),
         QStringLiteral("dpo-console withdrawals decide ID --database URL --officer NAME "
                        "--decision CATEGORY=destroy|depersonalise|block|keep ... "
                        "--justification TEXT [--justification CATEGORY=TEXT] "
                        "[--ground CATEGORY=GROUND[:DETAIL]] [--until CATEGORY=YYYY-MM-DD]"),
         {{QStringLiteral("decision"), tr("CATEGORY=ACTION; one for each category in scope."),
           QStringLiteral("CATEGORY=ACTION")},
          {QStringLiteral("justification"),
           tr("Why: for every category, or CATEGORY=TEXT for one."), QStringLiteral("TEXT")},
          {QStringLiteral("ground"), tr("A keep's legal ground: CATEGORY=GROUND[:DETAIL]."),
           QStringLiteral("CATEGORY=GROUND")},
          {QStringLiteral("until"), tr("Until when a keep holds: CATEGORY=YYYY-MM-DD."),
           QStringLiteral("CATEGORY=DATE")}},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        WithdrawalService(database).decide(session, id, decisionsFrom(p));
        //: %1: the request's number.
        return tr("The decisions on request %1 are recorded.").arg(id);
         }});
}

int withdrawalApproveCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("A supervisor other than the officer who proposed a keep approves it (--officer is "
            "the supervisor)."),
         QStringLiteral("dpo-console withdrawals approve ID --database URL --officer SUPERVISOR"),
         {},
         [](Database& database, const Session& supervisor, qint64 id, const QCommandLineParser&) {
        WithdrawalService(database).approve(supervisor, id);
        //: %1: the request's number.
        return tr("Keeping data under request %1 is approved.").arg(id);
         }});
}

int withdrawalExecuteCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Executes the decisions in one transaction: destroyed and depersonalised values cannot "
            "be brought back. Writes one task per data system and category, and a notice per "
            "recipient (docs/tasks.md)."),
         QStringLiteral("dpo-console withdrawals execute ID --database URL --officer NAME"),
         {},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser&) {
        WithdrawalService(database).execute(session, id);
        //: %1: the request's number.
        return tr("Request %1 is executed; tell each recipient, then send the reply.").arg(id);
         }});
}

int withdrawalRecipientToldCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Records that a recipient of the subject's data was told of the withdrawal, by hand "
            "(its notice task is then done)."),
         QStringLiteral("dpo-console withdrawals recipient-told ID --database URL --officer NAME "
                        "--recipient NAME --on YYYY-MM-DD --method M [--note TEXT]"),
         {{QStringLiteral("recipient"), tr("The recipient's name, as `withdrawals show` gives it."),
           QStringLiteral("NAME")},
          {QStringLiteral("on"), tr("The day it was told, YYYY-MM-DD."), QStringLiteral("DATE")},
          {QStringLiteral("method"), tr("How: email, post, hand_delivery, platform, phone."),
           QStringLiteral("M")},
          noteOption()},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        const QString recipient = required(p, "recipient");
        WithdrawalService service(database);
        QStringList names;
        qint64 noticeId = 0;
        for (const WithdrawalService::Notice& n : service.details(id, bishkekToday()).notices) {
            names << n.recipient;
            if (n.recipient == recipient)
                noticeId = n.id;
        }
        if (noticeId == 0)
            throw Error(Error::Kind::NotFound,
                        //: %1: the request's number; %2: the recipient's name as typed; %3: the
                        //: request's recipients' names, separated by commas, or "none".
                        tr("Request %1 has no recipient \"%2\" to tell; its recipients: %3.")
                            .arg(id)
                            .arg(recipient,
                                 names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        service.recordNotice(session, noticeId, dateOption(p, QStringLiteral("on")),
                             required(p, "method"), p.value(QStringLiteral("note")));
        //: %1: the recipient's name.
        return tr("%1 is recorded as told.").arg(recipient);
         }});
}

int withdrawalAllowCloseCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Lets an executed request close while some of its tasks are not yet done "
            "(docs/tasks.md): a supervisor or administrator who did not execute it, with the "
            "reason (audited)."),
         QStringLiteral("dpo-console withdrawals allow-close ID --database URL "
                        "--officer SUPERVISOR --reason TEXT"),
         {{QStringLiteral("reason"),
           tr("Why the request may close before its tasks are done (10 to 1000 characters)."),
           QStringLiteral("TEXT")}},
         [](Database& database, const Session& supervisor, qint64 id, const QCommandLineParser& p) {
        WithdrawalService(database).allowCloseWithOpenTasks(supervisor, id,
                                                            p.value(QStringLiteral("reason")));
        //: %1: the request's number.
        return tr("Request %1 may close with its tasks open; they stay open until confirmed.")
            .arg(id);
         }});
}

int withdrawalReplyCommand(const QStringList& arguments)
{
    return runStep(
        arguments,
        {tr("Logs that the reply went out, which closes the request (every recipient told and "
            "every task done first, unless a supervisor allowed it: withdrawals allow-close)."),
         QStringLiteral("dpo-console withdrawals reply ID --database URL --officer NAME "
                        "--on YYYY-MM-DD --method M [--tracking NUMBER]"),
         {{QStringLiteral("on"), tr("The day it was sent, YYYY-MM-DD."), QStringLiteral("DATE")},
          {QStringLiteral("method"),
           tr("How: post, hand_delivery, email; none for a minor's case with no address "
              "known."),
           QStringLiteral("M")},
          {QStringLiteral("tracking"), tr("The tracking number."), QStringLiteral("NUMBER")}},
         [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        WithdrawalService(database).logReply(session, id, dateOption(p, QStringLiteral("on")),
                                             required(p, "method"),
                                             p.value(QStringLiteral("tracking")));
        //: %1: the request's number.
        return tr("The reply to request %1 is logged; the request is closed.").arg(id);
         }});
}

int withdrawalShowCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints one request as JSON: its state, decisions, recipients to tell and tasks."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The request's number."));
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console withdrawals show ID --database URL --officer NAME"), code))
        return code;
    return runGuarded([&] {
        const qint64 id = recordNumberArgument(parser, requestRefusal());
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        const auto details = WithdrawalService(*database).details(id, bishkekToday());
        printOut(terminalSafe(
            QString::fromUtf8(
                QJsonDocument(detailsJson(*database, details)).toJson(QJsonDocument::Indented)),
            true));
        return int(Success);
    });
}

int withdrawalLetterCommand(const QStringList& arguments)
{
    return runLetterCommand(
        arguments,
        {tr("Writes the letter to the subject about their request (once executed: what each "
            "system confirmed and when; once rejected: why) as PDF, in Kyrgyz or Russian."),
         QStringLiteral("dpo-console withdrawals letter ID --database URL --officer NAME "
                        "--lang ky|ru|ky+ru --out FILE.pdf"),
         //: %1: the request's number; %2: the path of the letter file.
         requestRefusal(), tr("The letter on request %1 is in %2."),
         [](Database& database) { return std::make_unique<WithdrawalLetterService>(database); }});
}

} // namespace dpo::cli

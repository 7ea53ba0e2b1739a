// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ClaimCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/LetterService.h"
#include "services/RectificationService.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::cli {

namespace {
int addCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers a pre-trial claim (answer due in 30 calendar days, policy 14.2), a "
           "subject's request for their own data (7 days, Law No. 58 Art. 17), a request of the "
           "State Agency for Personal Data Protection or the Ombudsman (7 days, Art. 17(g)) or a "
           "subject's request to correct their data (policy 12.3; the organisation's own target "
           "of 7 days) and prints its number and due date."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("received"), tr("The day it was received, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("claimant"), tr("Who wrote it (default: the subject's name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("summary"), tr("What it is about."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("subject"),
                      tr("The claimant's platform reference, when they are a subject."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("type"),
                      tr("claim (default), access, authority or rectification (needs --subject)."),
                      QStringLiteral("TYPE"), QStringLiteral("claim")});
    parser.addOption({QStringLiteral("authority"),
                      tr("For --type authority: state_agency or ombudsman."),
                      QStringLiteral("BODY")});
    parser.addOption({QStringLiteral("request-number"),
                      tr("For --type authority: the number on the body's request."),
                      QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("request-date"),
                      tr("For --type authority: the date of the body's request, YYYY-MM-DD."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("channel"),
                      tr("post (default), in_person, email or app_form."),
                      QStringLiteral("CHANNEL"), QStringLiteral("post")});
    parser.addOption(
        {QStringLiteral("document"),
         tr("The claim's letter (PDF, JPEG, PNG or TIFF, at most 20 MB); may be repeated."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    const QString usage = QStringLiteral(
        "dpo-console claims add --database URL --officer NAME --received YYYY-MM-DD "
        "--claimant \"NAME\" --summary \"TEXT\" [--subject REF] [--type "
        "claim|access|authority|rectification "
        "[--authority state_agency|ombudsman --request-number N --request-date YYYY-MM-DD]] "
        "[--document FILE] [--format json]");
    int code = 0;
    if (!parseCommand(parser, arguments, usage, code))
        return code;
    return runGuarded([&] {
        for (const char* required : {"received", "summary"})
            if (!parser.isSet(QString::fromLatin1(required)))
                throw Error(Error::Kind::BadInput,
                            //: %1: an option's name without its dashes, e.g. "received".
                            tr("--%1 is required.").arg(QLatin1String(required)));
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QStringLiteral("text") && format != QStringLiteral("json"))
            throw Error(Error::Kind::BadInput,
                        tr("Unknown format \"%1\": use text or json.").arg(format));
        ClaimService::Registration r;
        r.kind = ClaimService::kindFromCode(parser.value(QStringLiteral("type")));
        r.receivedOn = dateOption(parser, QStringLiteral("received"));
        r.claimantName = parser.value(QStringLiteral("claimant"));
        r.subjectRef = parser.value(QStringLiteral("subject"));
        r.subjectMatter = parser.value(QStringLiteral("summary"));
        r.channel = parser.value(QStringLiteral("channel"));
        r.authority = parser.value(QStringLiteral("authority"));
        r.requestNumber = parser.value(QStringLiteral("request-number"));
        if (parser.isSet(QStringLiteral("request-date")))
            r.requestDate = dateOption(parser, QStringLiteral("request-date"));
        for (const QString& path : parser.values(QStringLiteral("document")))
            r.documents << AttachmentService::readFile(path);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const ClaimService::Row row = ClaimService(*database).registerClaim(session, r);
        if (format == QStringLiteral("json"))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), row.id},
                                                                 {QStringLiteral("due"),
                                                                  row.dueOn.toString(Qt::ISODate)}})
                                           .toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
        else
            //: %1: the claim's number; %2: the due date (YYYY-MM-DD).
            printOut(tr("Claim %1 registered; the answer is due on %2.\n")
                         .arg(row.id)
                         .arg(row.dueOn.toString(Qt::ISODate)));
        return int(Success);
    });
}

int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists claims and access requests, open ones first, nearest due date first."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("open"), tr("Only open ones (no answer sent yet).")});
    parser.addOption({QStringLiteral("overdue"), tr("Only open ones past their due date.")});
    parser.addOption(countOnOption());
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console claims list --database URL --officer NAME [--open] "
                           "[--overdue] [--on YYYY-MM-DD] --format csv|json"),
            code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        const QDate on = countOnDate(parser);
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        const auto rows = ClaimService(*database).list(
            on, parser.isSet(QStringLiteral("overdue")) ? ClaimService::Filter::Overdue
                : parser.isSet(QStringLiteral("open"))  ? ClaimService::Filter::Open
                                                        : ClaimService::Filter::All);
        QList<QStringList> out;
        for (const ClaimService::Row& r : rows)
            out << QStringList{
                QString::number(r.id),
                r.kind == ClaimService::Kind::AccessRequest      ? QStringLiteral("access")
                : r.kind == ClaimService::Kind::AuthorityRequest ? QStringLiteral("authority")
                : r.kind == ClaimService::Kind::RectificationRequest
                    ? QStringLiteral("rectification")
                    : QStringLiteral("claim"),
                r.claimant,
                r.receivedOn.toString(Qt::ISODate),
                r.dueOn.toString(Qt::ISODate),
                r.open ? QString::number(r.daysLeft) : QString(),
                r.state};
        printRows(format,
                  {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("claimant"),
                   QStringLiteral("received"), QStringLiteral("due"), QStringLiteral("days_left"),
                   QStringLiteral("state")},
                  out);
        return int(Success);
    });
}
// One step on one claim: --database, --officer, the claim's number and `options`.
int runClaimStep(const QStringList& arguments, const QString& description, const QString& usage,
                 const QList<QCommandLineOption>& options,
                 const std::function<QString(Database&, const Session&, qint64,
                                             const QCommandLineParser&)>& apply)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The claim's number."));
    int code = 0;
    if (!parseCommand(parser, arguments, usage, code))
        return code;
    return runGuarded([&] {
        const qint64 id = recordNumberArgument(parser, tr("Name one claim by its number."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        printErr(apply(*database, session, id, parser));
        return int(Success);
    });
}

int correctCommand(const QStringList& arguments)
{
    return runClaimStep(
        arguments,
        tr("Corrects the subject's data for their request to correct it (policy 12.3), all the "
           "fields at once; lists the recipients to tell of it."),
        QStringLiteral("dpo-console claims correct ID --database URL --officer NAME --set "
                       "FIELD=VALUE [--set FIELD=VALUE ...]"),
        {{QStringLiteral("set"),
          //: Help for the --set option. %1: the field names, separated by commas, e.g. "phone,
          //: address".
          tr("A field and its corrected value; may be repeated. Fields: %1.")
              .arg(RectificationService::fields().join(QStringLiteral(", "))),
          QStringLiteral("FIELD=VALUE")}},
        [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        QList<RectificationService::Correction> corrections;
        for (const QString& set : p.values(QStringLiteral("set"))) {
            const qsizetype eq = set.indexOf(QLatin1Char('='));
            if (eq <= 0)
                throw Error(Error::Kind::BadInput,
                            //: %1: what the user gave to --set.
                            tr("--set %1: write it as FIELD=VALUE.").arg(set));
            corrections << RectificationService::Correction{set.left(eq).trimmed(),
                                                            set.mid(eq + 1)};
        }
        RectificationService service(database);
        service.correct(session, id, corrections);
        QStringList recipients;
        for (const RectificationService::Notice& n : service.details(id).notices)
            if (!n.notifiedOn.isValid())
                recipients << n.recipient;
        return recipients.isEmpty()
                   ?
                   //: %1: the claim's number.
                   tr("Claim %1: the data is corrected; no recipient received it.\n").arg(id)
                   :
                   //: %1: the claim's number; %2: the recipients' names, separated by commas.
                   tr("Claim %1: the data is corrected; tell %2.\n")
                       .arg(id)
                       .arg(recipients.join(QStringLiteral(", ")));
        });
}

int recipientToldCommand(const QStringList& arguments)
{
    return runClaimStep(
        arguments, tr("Records that a recipient of the subject's data was told of the correction."),
        QStringLiteral("dpo-console claims recipient-told ID --database URL --officer NAME "
                       "--recipient NAME --on YYYY-MM-DD --method M [--note TEXT]"),
        {{QStringLiteral("recipient"), tr("The recipient's name."), QStringLiteral("NAME")},
         {QStringLiteral("on"), tr("The day it was told, YYYY-MM-DD."), QStringLiteral("DATE")},
         {QStringLiteral("method"), tr("How: email, post, hand_delivery, platform, phone."),
          QStringLiteral("M")},
         {QStringLiteral("note"), tr("A note for the record."), QStringLiteral("TEXT")}},
        [](Database& database, const Session& session, qint64 id, const QCommandLineParser& p) {
        for (const char* option : {"recipient", "on", "method"})
            if (!p.isSet(QString::fromLatin1(option)))
                throw Error(Error::Kind::BadInput,
                            tr("--%1 is required.").arg(QLatin1String(option)));
        const QString recipient = p.value(QStringLiteral("recipient"));
        RectificationService service(database);
        QStringList names;
        qint64 noticeId = 0;
        for (const RectificationService::Notice& n : service.details(id).notices) {
            names << n.recipient;
            if (n.recipient == recipient)
                noticeId = n.id;
        }
        if (noticeId == 0)
            throw Error(Error::Kind::NotFound,
                        //: %1: the claim's number; %2: the recipient's name as typed; %3: the
                        //: claim's recipients' names, separated by commas, or "none".
                        tr("Claim %1 has no recipient \"%2\" to tell; its recipients: %3.")
                            .arg(id)
                            .arg(recipient,
                                 names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        service.recordNotice(session, noticeId, dateOption(p, QStringLiteral("on")),
                             p.value(QStringLiteral("method")), p.value(QStringLiteral("note")));
        //: %1: the claim's number; %2: the recipient's name.
        return tr("Claim %1: %2 is recorded as told.\n").arg(id).arg(recipient);
        });
}

int letterCommand(const QStringList& arguments)
{
    return runLetterCommand(
        arguments,
        {tr("Writes the answer letter of a claim (its drafted answer) as PDF, in Kyrgyz or "
            "Russian."),
         QStringLiteral("dpo-console claims letter ID --database URL --officer NAME "
                        "--lang ky|ru|ky+ru --out FILE.pdf"),
         tr("Give the claim's number."),
         //: %1: the claim's number; %2: the path of the letter file.
         tr("The answer letter of claim %1 is in %2."),
         [](Database& database) { return std::make_unique<ClaimLetterService>(database); }});
}
} // namespace

int claimsCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"letter", letterCommand},
         {"add", addCommand},
         {"list", listCommand},
         {"correct", correctCommand},
         {"recipient-told", recipientToldCommand}},
        tr("Usage: dpo-console claims add|list|letter|correct|recipient-told ... (dpo-console "
           "claims add --help)\n"));
}

} // namespace dpo::cli

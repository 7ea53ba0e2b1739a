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

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::cli", text);
}

int addCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers a pre-trial claim (answer due in 30 calendar days, policy 14.2), a "
           "subject's request for their own data (7 days, Law No. 58 Art. 17) or a request of the "
           "State Agency for Personal Data Protection or the Ombudsman (7 days, Art. 17(g)) and "
           "prints its number and due date."));
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
    parser.addOption({QStringLiteral("type"), tr("claim (default), access or authority."),
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
        "--claimant \"NAME\" --summary \"TEXT\" [--subject REF] [--type claim|access|authority "
        "[--authority state_agency|ombudsman --request-number N --request-date YYYY-MM-DD]] "
        "[--document FILE] [--format json]");
    int code = 0;
    if (!parseCommand(parser, arguments, usage, code))
        return code;
    return runGuarded([&] {
        for (const char* required : {"received", "summary"})
            if (!parser.isSet(QString::fromLatin1(required)))
                throw Error(Error::Kind::BadInput,
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
int letterCommand(const QStringList& arguments)
{
    return runLetterCommand(
        arguments,
        {tr("Writes the answer letter of a claim (its drafted answer) as PDF, in Kyrgyz or "
            "Russian."),
         QStringLiteral("dpo-console claims letter ID --database URL --officer NAME "
                        "--lang ky|ru|ky+ru --out FILE.pdf"),
         tr("Give the claim's number."), tr("The answer letter of claim %1 is in %2."),
         [](Database& database) { return std::make_unique<ClaimLetterService>(database); }});
}
} // namespace

int claimsCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments, {{"letter", letterCommand}, {"add", addCommand}, {"list", listCommand}},
        tr("Usage: dpo-console claims add|list|letter ... (dpo-console claims add --help)\n"));
}

} // namespace dpo::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FeedCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "feed/FeedService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::cli", text);
}

QJsonObject resultObject(const FeedService::Result& r)
{
    QJsonObject applied;
    for (auto it = r.applied.cbegin(); it != r.applied.cend(); ++it)
        applied.insert(it.key(), it.value());
    return {{QStringLiteral("file"), r.fileName},   {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("batch"), r.batchId},   {QStringLiteral("events"), r.events()},
            {QStringLiteral("applied"), applied},   {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("refused"), r.refused}, {QStringLiteral("flagged"), r.flagged}};
}

QString resultText(const FeedService::Result& r)
{
    if (r.batchId == 0)
        return tr("%1: nothing new: each of its %2 events was applied before; nothing changed.\n")
            .arg(r.fileName)
            .arg(r.events());
    QString out =
        tr("%1 applied as batch %2 (SHA-256 %3):\n").arg(r.fileName).arg(r.batchId).arg(r.sha256);
    for (auto it = r.applied.cbegin(); it != r.applied.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key(), -22).arg(it.value());
    out += tr("  skipped (applied before) %1\n"
              "  refused (privacy rules)  %2\n"
              "  flagged for the officer  %3\n")
               .arg(r.skipped)
               .arg(r.refused)
               .arg(r.flagged);
    return out;
}

int applyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Applies a file of the platform's change feed (JSON Lines, docs/feed.md) in one "
           "transaction: all of it or nothing. Every problem is reported as FILE:LINE: field: "
           "reason (exit 2, nothing written); an event applied before is skipped; events a "
           "privacy rule refuses or flags are listed for the officer."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The feed file, JSON Lines."));
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console feed apply --database URL --officer NAME "
                                     "[--format text|json] FILE.jsonl"),
                      code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QStringLiteral("text") && format != QStringLiteral("json"))
            throw Error(Error::Kind::BadInput,
                        tr("--format must be text or json, not \"%1\".").arg(format));
        if (parser.positionalArguments().size() != 1)
            throw Error(Error::Kind::BadInput, tr("Give one file: the feed, JSON Lines."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const FeedService::Result result =
            FeedService(*database).applyFile(session, parser.positionalArguments().first());
        for (const QString& flag : result.flags)
            printErr(tr("%1 (flagged for the officer)").arg(flag));
        if (result.flagged > result.flags.size())
            printErr(tr("… and %1 more flags.").arg(result.flagged - result.flags.size()));
        if (format == QStringLiteral("json"))
            printOut(QString::fromUtf8(
                QJsonDocument(resultObject(result)).toJson(QJsonDocument::Compact) + '\n'));
        else
            printOut(terminalSafe(resultText(result), true));
        return int(Success);
    });
}
} // namespace

int feedCommand(const QStringList& arguments)
{
    return runSubcommand(arguments, {{"apply", applyCommand}},
                         tr("Usage: dpo-console feed apply --database URL --officer NAME "
                            "[--format text|json] FILE.jsonl\n"));
}

} // namespace dpo::cli

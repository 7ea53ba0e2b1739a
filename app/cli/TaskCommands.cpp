// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TaskCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "services/AttachmentService.h"
#include "services/TaskService.h"

#include <QCoreApplication>

namespace dpo::cli {

namespace {
qint64 taskIdArgument(const QCommandLineParser& parser)
{
    return recordNumberArgument(parser, tr("Name one task by its number (tasks list shows them)."));
}

int listCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the tasks that carry executed withdrawals to the platform's data systems and "
           "recipients: per request, its systems first, then its recipients."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("open"), tr("Only tasks not yet done (open or failed).")});
    parser.addOption(
        {QStringLiteral("overdue"), tr("Only tasks not yet done past their due date.")});
    parser.addOption({QStringLiteral("request"), tr("Only the tasks of this withdrawal request."),
                      QStringLiteral("ID")});
    parser.addOption(countOnOption());
    int code = 0;
    if (!parseCommand(
            parser, arguments,
            QStringLiteral("dpo-console tasks list --database URL --officer NAME [--open] "
                           "[--overdue] [--request ID] --format csv|json"),
            code))
        return code;
    return runGuarded([&] {
        const QString format = parser.value(QStringLiteral("format"));
        requireFormat(format);
        TaskService::Filter filter;
        filter.pendingOnly = parser.isSet(QStringLiteral("open"));
        filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
        filter.on = countOnDate(parser);
        if (parser.isSet(QStringLiteral("request"))) {
            bool ok = false;
            filter.requestId = parser.value(QStringLiteral("request")).toLongLong(&ok);
            if (!ok || filter.requestId <= 0)
                throw Error(Error::Kind::BadInput, tr("--request must be a request's number."));
        }
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        QList<QStringList> rows;
        for (const TaskService::Task& t : TaskService(*database).list(filter))
            rows << QStringList{
                QString::number(t.id),
                QString::number(t.requestId),
                t.kind,
                t.kind == QLatin1String("system") ? t.systemCode : t.recipient,
                t.category,
                t.action,
                t.subjectRef,
                t.state,
                t.dueOn.toString(Qt::ISODate),
                QString::number(t.attempt),
                t.outcomeAt.isValid() ? t.outcomeAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
                t.recordedBy,
                t.outcomeNote};
        printRows(format,
                  {QStringLiteral("id"), QStringLiteral("request"), QStringLiteral("kind"),
                   QStringLiteral("target"), QStringLiteral("category"), QStringLiteral("action"),
                   QStringLiteral("subject_ref"), QStringLiteral("state"), QStringLiteral("due"),
                   QStringLiteral("attempt"), QStringLiteral("outcome_at"),
                   QStringLiteral("recorded_by"), QStringLiteral("note")},
                  rows);
        return int(Success);
    });
}

int confirmCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Confirms a task done or failed (a failure with its reason in --note); by hand, a "
           "document may be attached to the request as evidence."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("done"), tr("The system did what it was asked.")});
    parser.addOption({QStringLiteral("failed"), tr("It could not; say why in --note.")});
    parser.addOption(
        {QStringLiteral("note"), tr("What was done, or why it failed."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("at"),
         tr("When it was done or failed (ISO 8601 with its zone); now when not given."),
         QStringLiteral("TIME")});
    parser.addOption(
        {QStringLiteral("evidence"),
         tr("A document (PDF, JPEG, PNG, TIFF) that shows it, attached to the request."),
         QStringLiteral("FILE")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console tasks confirm ID --database URL --officer NAME "
                                     "--done|--failed [--note TEXT] [--at TIME] [--evidence FILE]"),
                      code))
        return code;
    return runGuarded([&] {
        const qint64 id = taskIdArgument(parser);
        const bool done = parser.isSet(QStringLiteral("done"));
        if (done == parser.isSet(QStringLiteral("failed")))
            throw Error(Error::Kind::BadInput, tr("Give one of --done and --failed."));
        TaskService::Outcome outcome;
        outcome.done = done;
        outcome.note = parser.value(QStringLiteral("note"));
        outcome.at = QDateTime::currentDateTimeUtc();
        if (parser.isSet(QStringLiteral("at"))) {
            outcome.at =
                QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODateWithMs);
            if (!outcome.at.isValid() || outcome.at.timeSpec() == Qt::LocalTime)
                throw Error(Error::Kind::BadInput,
                            tr("--at must be a time in ISO 8601 with its zone, such as "
                               "2026-12-04T15:30:00+06:00."));
        }
        if (parser.isSet(QStringLiteral("evidence")))
            outcome.evidence =
                AttachmentService::readFile(parser.value(QStringLiteral("evidence")));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        TaskService(*database).confirm(session, id, outcome);
        //: %1: the task's number.
        printErr(done ? tr("Task %1 is done.").arg(id) :
                      //: %1: the task's number.
                     tr("Task %1 failed; retry it when the system can try again.").arg(id));
        return int(Success);
    });
}

int retryCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Opens a failed task again for another attempt."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("note"), tr("Why it may work now."), QStringLiteral("TEXT")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console tasks retry ID --database URL --officer NAME "
                                     "[--note TEXT]"),
                      code))
        return code;
    return runGuarded([&] {
        const qint64 id = taskIdArgument(parser);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        TaskService(*database).retry(session, id, parser.value(QStringLiteral("note")));
        //: %1: the task's number.
        printErr(tr("Task %1 is open again.").arg(id));
        return int(Success);
    });
}

int receiveCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("On a server: records the reports the data systems' workers wrote (docs/tasks.md), "
           "each as its task's confirmation or rejected with the reason, then exits; `feed run` "
           "does the same as the reports arrive."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console tasks receive --database URL --officer NAME"),
                      code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        if (!database->isPostgres())
            throw Error(Error::Kind::BadInput,
                        tr("Reports come from the workers' role on a PostgreSQL server; on SQLite "
                           "confirm tasks with tasks confirm."));
        const Session session = signInFromCommandLine(*database, parser);
        TaskService::Received total;
        for (;;) {
            const TaskService::Received r = TaskService(*database).receiveReports(session);
            if (r.recorded + r.rejected == 0)
                break;
            total.recorded += r.recorded;
            total.rejected += r.rejected;
        }
        //: %1: the number of task reports recorded; %2: the number rejected.
        printOut(tr("recorded %1, rejected %2\n").arg(total.recorded).arg(total.rejected));
        return int(Success);
    });
}

int settleCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Marks done every backup's task whose rotation has come round: the copies that held "
           "the data are overwritten."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console tasks settle-backups --database URL --officer "
                                     "NAME"),
                      code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const int settled = TaskService(*database).settleRotatedBackups(session, bishkekToday());
        //: %n: the number of backup tasks.
        printErr(QCoreApplication::translate(
            "dpo::cli", "%n backup task(s) done by their rotation.", nullptr, settled));
        return int(Success);
    });
}
} // namespace

int tasksCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"list", listCommand},
         {"confirm", confirmCommand},
         {"retry", retryCommand},
         {"receive", receiveCommand},
         {"settle-backups", settleCommand}},
        tr("Usage: dpo-console tasks list --database URL [--open] [--overdue] [--request ID] "
           "--format csv|json\n"
           "       dpo-console tasks confirm ID --database URL --officer NAME --done|--failed "
           "[--note TEXT] [--at TIME] [--evidence FILE]\n"
           "       dpo-console tasks retry ID --database URL --officer NAME [--note TEXT]\n"
           "       dpo-console tasks receive --database URL --officer NAME\n"
           "       dpo-console tasks settle-backups --database URL --officer NAME\n"));
}

} // namespace dpo::cli

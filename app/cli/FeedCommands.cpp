// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FeedCommands.h"

#include "cli/CliSupport.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "feed/FeedInbox.h"
#include "feed/FeedService.h"
#include "services/TaskService.h"

#include <atomic>
#include <csignal>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QTimer>
#include <unistd.h>

namespace dpo::cli {

namespace {
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
        //: %1: the feed file's name; %2: the number of events in it.
        return tr("%1: nothing new: each of its %2 events was applied before; nothing changed.\n")
            .arg(r.fileName)
            .arg(r.events());
    QString out =
        //: %1: the feed file's name; %2: the batch's number; %3: the file's SHA-256 hash. Lines of
        //: counts follow.
        tr("%1 applied as batch %2 (SHA-256 %3):\n").arg(r.fileName).arg(r.batchId).arg(r.sha256);
    for (auto it = r.applied.cbegin(); it != r.applied.cend(); ++it)
        out += QStringLiteral("  %1 %2\n").arg(it.key(), -22).arg(it.value());
    //: Three lines of a table, the labels aligned; %1, %2, %3: numbers of events.
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
                        //: %1: the value typed after --format.
                        tr("--format must be text or json, not \"%1\".").arg(format));
        if (parser.positionalArguments().size() != 1)
            throw Error(Error::Kind::BadInput, tr("Give one file: the feed, JSON Lines."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        const FeedService::Result result =
            FeedService(*database).applyFile(session, parser.positionalArguments().first());
        //: %1: why the event was flagged, a sentence.
        for (const QString& flag : result.flags)
            printErr(tr("%1 (flagged for the officer)").arg(flag));
        //: %1: the number of flags not printed.
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

// SIGTERM and SIGINT: the flag the worker checks between batches, and a byte down a pipe that
// wakes the event loop (a signal handler may do no more than that).
std::atomic<bool> g_stopping{false};
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    g_stopping = true;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QString passText(const FeedInbox::Pass& p)
{
    //: Counts of the inbox's events in one pass; %1 to %6: numbers.
    return tr("applied %1, skipped %2, refused %3, rejected %4, flagged %5, held back %6")
        .arg(p.applied)
        .arg(p.skipped)
        .arg(p.refused)
        .arg(p.rejected)
        .arg(p.flagged)
        .arg(p.heldBack);
}

// The data systems' reports on their tasks (docs/tasks.md), recorded while they are there, and
// once a day the backups whose rotation has come round settled; what was done is said on stderr.
void workTasks(Database& database, const Session& session)
{
    const TaskService tasks(database);
    static QDate settledOn; // the Bishkek day the backups were last settled by this worker
    if (settledOn != bishkekToday()) {
        const int settled = tasks.settleRotatedBackups(session, bishkekToday());
        settledOn = bishkekToday();
        if (settled > 0)
            //: A line of the worker's log. %1: the time (ISO 8601); %2: the number of backup tasks
            //: settled.
            printErr(tr("%1 feed run: backup tasks settled by their rotation %2")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                         .arg(settled));
    }
    for (;;) {
        const TaskService::Received r = tasks.receiveReports(session);
        if (r.recorded + r.rejected == 0)
            return;
        //: A line of the worker's log. %1: the time (ISO 8601); %2: the number of task reports
        //: recorded; %3: the number rejected.
        printErr(tr("%1 feed run: task reports recorded %2, rejected %3")
                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                     .arg(r.recorded)
                     .arg(r.rejected));
        if (g_stopping)
            return;
    }
}

// Drains the inbox whenever it is woken (NOTIFY on a server, a poll on SQLite and as a fallback),
// until SIGTERM or SIGINT; a lost connection is retried at the next poll.
class InboxWorker : public QObject
{
public:
    InboxWorker(Database& database, Session session, int batch, int pollSeconds)
        : m_database(database), m_session(std::move(session)), m_inbox(database), m_batch(batch)
    {
        m_poll.setInterval(pollSeconds * 1000);
        connect(&m_poll, &QTimer::timeout, this, &InboxWorker::wake);
        m_poll.start();
        QTimer::singleShot(0, this, &InboxWorker::wake);
    }

    void wake()
    {
        if (g_stopping) {
            QCoreApplication::quit();
            return;
        }
        try {
            listen();
            const FeedInbox::Pass pass = m_inbox.drain(
                m_session, [] { return g_stopping.load(); }, m_batch);
            workTasks(m_database, m_session);
            if (pass.handled() > 0)
                printErr(QStringLiteral("%1 feed run: %2")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                  passText(pass)));
        } catch (const Error& e) {
            // Nothing may leave Qt's event loop by an exception: what cannot get better by waiting
            // (a role that may not import, say) ends the worker with its message.
            if (e.kind() != Error::Kind::Connection && e.kind() != Error::Kind::Database) {
                printErr(e.message());
                m_failed = true;
                QCoreApplication::quit();
                return;
            }
            // Spelled out: inside this QObject, tr() would be QObject's, under another context.
            printErr(
                //: A line of the worker's log. %1: the time (ISO 8601); %2: the error, a sentence;
                //: %3: seconds before the next try.
                QCoreApplication::translate("dpo::cli", "%1 feed run: %2 (trying again in %3 s)")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), e.message())
                    .arg(m_poll.interval() / 1000));
        }
        if (g_stopping)
            QCoreApplication::quit();
    }

private:
    // LISTEN on this connection (again after a reconnection made a new one).
    void listen()
    {
        if (!m_database.isPostgres())
            return;
        QSqlDriver* driver = m_database.connection().driver();
        if (driver == m_driver)
            return;
        m_driver = driver;
        driver->subscribeToNotification(QString::fromLatin1(FeedInbox::kChannel));
        driver->subscribeToNotification(QString::fromLatin1(TaskService::kReportChannel));
        connect(driver, &QSqlDriver::notification, this, [this] { wake(); });
    }

public:
    bool failed() const { return m_failed; }

private:
    Database& m_database;
    Session m_session;
    FeedInbox m_inbox;
    bool m_failed = false;
    int m_batch;
    QTimer m_poll;
    QPointer<QSqlDriver> m_driver;
};

int positiveOption(const QCommandLineParser& parser, const char* name, int fallback, int most)
{
    if (!parser.isSet(QLatin1String(name)))
        return fallback;
    bool ok = false;
    const int value = parser.value(QLatin1String(name)).toInt(&ok);
    if (!ok || value < 1 || value > most)
        throw Error(
            Error::Kind::BadInput,
            //: %1: the option's name without dashes; %2: the largest number allowed.
            tr("--%1 must be a whole number from 1 to %2.").arg(QLatin1String(name)).arg(most));
    return value;
}

int runCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Applies the events the platform writes into the inbox (docs/feed.md), in order, a "
           "batch per transaction, woken by each insert on PostgreSQL and every --poll seconds; "
           "stops cleanly on SIGTERM or SIGINT. A rejected event holds back the later events of "
           "its subject until it is retried or dismissed; on a server it also records the data "
           "systems' reports on their tasks (docs/tasks.md). With --once, applies what is "
           "pending and exits."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    parser.addOption({QStringLiteral("once"), tr("Apply what is pending, then exit.")});
    parser.addOption({QStringLiteral("batch"), tr("Events per transaction, 1 to 10000."),
                      QStringLiteral("N"), QString::number(FeedInbox::kDefaultBatch)});
    parser.addOption({QStringLiteral("poll"), tr("Seconds between polls, 1 to 3600."),
                      QStringLiteral("SECONDS"), QStringLiteral("5")});
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console feed run --database URL --officer NAME [--once] "
                                     "[--batch N] [--poll SECONDS]"),
                      code))
        return code;
    return runGuarded([&] {
        const int batch = positiveOption(parser, "batch", FeedInbox::kDefaultBatch, 10000);
        const int poll = positiveOption(parser, "poll", 5, 3600);
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        if (parser.isSet(QStringLiteral("once"))) {
            printOut(passText(FeedInbox(*database).drain(session, {}, batch)) + QLatin1Char('\n'));
            workTasks(*database, session);
            return int(Success);
        }
        if (::pipe(g_signalPipe) != 0)
            throw Error(Error::Kind::Database, tr("Cannot watch for signals."));
        QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&notifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onStopSignal);
        std::signal(SIGINT, onStopSignal);
        //: %1: the database's address (no password); %2: the officer's user name.
        printErr(tr("feed run: applying the inbox of %1 as %2; SIGTERM stops.")
                     .arg(database->url().toDisplayString(), session.username));
        InboxWorker worker(*database, session, batch, poll);
        QCoreApplication::exec();
        if (worker.failed())
            return int(Failure);
        printErr(tr("feed run: stopped."));
        return int(Success);
    });
}

QString rejectedText(const QList<FeedInbox::Rejected>& rows)
{
    QString out;
    for (const FeedInbox::Rejected& r : rows)
        out += QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(r.seq)
                   .arg(r.receivedAt.toString(Qt::ISODate), r.subjectRef, r.reason);
    return out;
}

int rejectedCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the inbox's rejected events, oldest first: seq, "
                                        "received, platform reference, reason; and the inbox's "
                                        "state (pending, oldest pending, open flags)."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    int code = 0;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("dpo-console feed rejected --database URL --officer NAME"),
                      code))
        return code;
    return runGuarded([&] {
        auto database = openDatabase(parser);
        signInToRead(*database, parser);
        const FeedInbox inbox(*database);
        printOut(terminalSafe(rejectedText(inbox.rejected(1000)), true));
        const FeedInbox::Status s = inbox.status();
        //: %1: the number of pending events; %2: when the oldest was received (ISO 8601) or empty;
        //: %3: the number of rejected events; %4: the number of open flags.
        printErr(tr("%1 pending (oldest received %2), %3 rejected, %4 flags not yet reviewed.")
                     .arg(s.pending)
                     .arg(s.oldestPending.isValid() ? s.oldestPending.toString(Qt::ISODate)
                                                    : QStringLiteral("—"))
                     .arg(s.rejected)
                     .arg(s.openFlags));
        return int(Success);
    });
}

// feed retry SEQ / feed dismiss SEQ --reason TEXT
int resolveCommand(const QStringList& arguments, bool retry)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        retry ? tr("Puts a rejected inbox event back to pending (once what it named exists); the "
                   "worker applies it next, and its subject's later events after it.")
              : tr("Dismisses a rejected inbox event for good, with the reason; its subject's "
                   "later events go on."));
    parser.addOption(databaseOption());
    parser.addOption(officerOption());
    if (!retry)
        parser.addOption(
            {QStringLiteral("reason"), tr("Why the event is dismissed."), QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("SEQ"), tr("The event's number in the inbox."));
    int code = 0;
    if (!parseCommand(parser, arguments,
                      retry ? QStringLiteral("dpo-console feed retry --database URL --officer "
                                             "NAME SEQ")
                            : QStringLiteral("dpo-console feed dismiss --database URL --officer "
                                             "NAME --reason TEXT SEQ"),
                      code))
        return code;
    return runGuarded([&] {
        bool ok = false;
        const qint64 seq = parser.positionalArguments().value(0).toLongLong(&ok);
        if (parser.positionalArguments().size() != 1 || !ok || seq < 1)
            throw Error(Error::Kind::BadInput, tr("Give the event's number in the inbox."));
        auto database = openDatabase(parser);
        const Session session = signInFromCommandLine(*database, parser);
        FeedInbox inbox(*database);
        if (retry)
            inbox.retry(session, seq);
        else
            inbox.dismiss(session, seq, parser.value(QStringLiteral("reason")));
        //: %1: the inbox event's sequence number.
        printErr(retry ? tr("Inbox event %1 is pending again.").arg(seq) :
                       //: %1: the inbox event's sequence number.
                     tr("Inbox event %1 is dismissed.").arg(seq));
        return int(Success);
    });
}
} // namespace

int feedCommand(const QStringList& arguments)
{
    return runSubcommand(
        arguments,
        {{"apply", applyCommand},
         {"run", runCommand},
         {"rejected", rejectedCommand},
         {"retry", [](const QStringList& a) { return resolveCommand(a, true); }},
         {"dismiss", [](const QStringList& a) { return resolveCommand(a, false); }}},
        tr("Usage: dpo-console feed apply --database URL --officer NAME [--format text|json] "
           "FILE.jsonl\n"
           "       dpo-console feed run --database URL --officer NAME [--once] [--batch N] "
           "[--poll SECONDS]\n"
           "       dpo-console feed rejected --database URL\n"
           "       dpo-console feed retry --database URL --officer NAME SEQ\n"
           "       dpo-console feed dismiss --database URL --officer NAME --reason TEXT SEQ\n"));
}

} // namespace dpo::cli

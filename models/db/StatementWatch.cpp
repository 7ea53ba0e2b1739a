// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/StatementWatch.h"

#include "db/LibpqHandle.h"

#include <libpq-fe.h>
#include <poll.h>
#include <QByteArrayList>
#include <QSqlDriver>
#include <QVariant>
#include <sys/socket.h>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace dpo {

namespace {

using Clock = std::chrono::steady_clock;

// A server process idle this long, while the console still waits for its answer, is not working
// on the statement: it answered (and the answer was lost on the way) or never had it.
constexpr std::chrono::seconds kQuiet{2};

// libpq's options for the question's own connection: those of the watched connection, but for
// the one server it is connected to (not the URL's list, nor target_session_attrs, which might
// pick another), as a watch. Kept on the driver (its password included, as libpq keeps it) for
// the statements after, keyed by the connection and its server process: a connection made anew
// (after a loss, a failover to another server, a new password) may reuse the freed connection's
// address, never its process. Keywords and values in turn.
QByteArrayList questionOptions(const QSqlDriver* driver, pg_conn* connection)
{
    static const char* const kConnection = "dpo_watch_connection";
    static const char* const kOptions = "dpo_watch_options";
    const QByteArray key = QByteArray::number(quintptr(connection)) + ':' +
                           QByteArray::number(PQbackendPID(connection));
    if (driver->property(kConnection).toByteArray() == key)
        return driver->property(kOptions).value<QByteArrayList>();
    QByteArrayList options;
    static const QByteArrayList kReplaced{
        "host", "hostaddr", "port", "target_session_attrs", "connect_timeout", "application_name"};
    PQconninfoOption* all = PQconninfo(connection);
    for (const PQconninfoOption* o = all; o && o->keyword; ++o) {
        if (o->val && !kReplaced.contains(QByteArray(o->keyword)))
            options << QByteArray(o->keyword) << QByteArray(o->val);
    }
    PQconninfoFree(all);
    options << "host" << QByteArray(PQhost(connection)) << "port" << QByteArray(PQport(connection))
            << "application_name"
            << "dpo-console statement watch";
    auto* writable = const_cast<QSqlDriver*>(driver); // a cache, not the driver's state
    writable->setProperty(kConnection, key);
    writable->setProperty(kOptions, QVariant::fromValue(options));
    return options;
}

struct Watched
{
    int socket = -1;
    int backendPid = 0;
    QByteArrayList options;
    int connectSeconds = 2; // libpq's least
    Clock::time_point due;
    bool asking = false;
};

enum class Answer
{
    Working, // the server is on it: wait on
    Gone,    // the way is gone: shut the socket
    Unclear  // ask again soon
};

// The question's own statement, answered within `seconds` or not at all: a way that freezes in the
// middle of the question must not hold the watch (one thread asks for every statement of the
// process; a question left waiting let a statement after it pass a frozen way unasked, seen in
// scripts/load.sh). Null when no answer came in time or the connection failed.
PGresult* answerWithin(PGconn* question, const char* sql, const char* const* parameters, int count,
                       int seconds)
{
    if (PQsendQueryParams(question, sql, count, nullptr, parameters, nullptr, nullptr, 0) != 1)
        return nullptr;
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    while (true) {
        if (PQconsumeInput(question) == 0)
            return nullptr;
        if (PQisBusy(question) == 0)
            break;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return nullptr;
        pollfd readable{PQsocket(question), POLLIN, 0};
        ::poll(&readable, 1, int(left.count()));
    }
    PGresult* result = PQgetResult(question);
    while (PGresult* more = PQgetResult(question)) // the end of the results, for PQfinish
        PQclear(more);
    return result;
}

Answer ask(const Watched& watched)
{
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (qsizetype i = 0; i + 1 < watched.options.size(); i += 2) {
        keywords.push_back(watched.options[i].constData());
        values.push_back(watched.options[i + 1].constData());
    }
    const QByteArray connectSeconds = QByteArray::number(watched.connectSeconds);
    keywords.push_back("connect_timeout");
    values.push_back(connectSeconds.constData());
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* question = PQconnectdbParams(keywords.data(), values.data(), 0);
    Answer answer = Answer::Unclear;
    if (PQstatus(question) != CONNECTION_OK) {
        // No server answered at all: the way is gone. One that answered and refused (every
        // connection slot taken, say) says nothing of the statement.
        if (!QByteArray(PQerrorMessage(question)).contains("FATAL"))
            answer = Answer::Gone;
    } else {
        const QByteArray pid = QByteArray::number(watched.backendPid);
        const QByteArray quiet = QByteArray::number(qint64(kQuiet.count())) + " seconds";
        const char* const parameters[] = {pid.constData(), quiet.constData()};
        PGresult* result = answerWithin(question,
                                        "SELECT state = 'active', clock_timestamp() - state_change "
                                        ">= $2::interval FROM pg_stat_activity WHERE pid = $1::int",
                                        parameters, 2, watched.connectSeconds);
        if (!result) {
            answer = Answer::Gone; // the server reached, then no answer: the way froze meanwhile
        } else if (PQresultStatus(result) == PGRES_TUPLES_OK) {
            if (PQntuples(result) == 0)
                answer = Answer::Gone; // the session ended (a restart, a failover)
            else if (qstrcmp(PQgetvalue(result, 0, 0), "t") == 0)
                answer = Answer::Working;
            else if (qstrcmp(PQgetvalue(result, 0, 1), "t") == 0)
                answer = Answer::Gone;
        }
        PQclear(result);
    }
    PQfinish(question);
    return answer;
}

// The one thread that asks, for every watched statement of the process.
class Watcher
{
public:
    static Watcher& instance()
    {
        static Watcher watcher;
        return watcher;
    }

    quint64 add(Watched watched)
    {
        const std::lock_guard lock(m_mutex);
        watched.due = Clock::now() + m_patience;
        watched.connectSeconds = int(std::max<qint64>(
            2, std::chrono::duration_cast<std::chrono::seconds>(m_patience).count()));
        const quint64 id = ++m_lastId;
        m_watched.emplace(id, std::move(watched));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        return id; // the thread wakes when it is due, not now
    }
    void remove(quint64 id)
    {
        const std::lock_guard lock(m_mutex);
        m_watched.erase(id);
    }
    void setPatience(std::chrono::milliseconds patience)
    {
        const std::lock_guard lock(m_mutex);
        m_patience = patience;
        m_wake.notify_all();
    }
    int shut()
    {
        const std::lock_guard lock(m_mutex);
        return m_shut;
    }

    ~Watcher()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    Watcher() = default;

    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            auto next = m_watched.end();
            for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
                if (!it->second.asking &&
                    (next == m_watched.end() || it->second.due < next->second.due))
                    next = it;
            }
            const auto now = Clock::now();
            if (next == m_watched.end() || next->second.due > now) {
                // A statement added meanwhile is due a patience from now: a second's sleep at
                // most keeps it within a second of its time.
                m_wake.wait_for(lock, std::chrono::seconds(1));
                continue;
            }
            const quint64 id = next->first;
            next->second.asking = true;
            const Watched copy = next->second;
            lock.unlock();
            const Answer answer = ask(copy);
            lock.lock();
            const auto it = m_watched.find(id);
            if (it == m_watched.end())
                continue; // the statement ended meanwhile
            it->second.asking = false;
            if (answer == Answer::Gone) {
                // Still registered, so the statement is still waiting and the socket still its
                // connection's (a statement ends, and its connection closes, only after remove()).
                ::shutdown(it->second.socket, SHUT_RDWR);
                ++m_shut;
                m_watched.erase(it);
            } else {
                it->second.due = Clock::now() + (answer == Answer::Working ? m_patience : kQuiet);
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<quint64, Watched> m_watched;
    std::chrono::milliseconds m_patience{10000};
    quint64 m_lastId = 0;
    int m_shut = 0;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the rest is there
};

} // namespace

StatementWatch::StatementWatch(const QSqlDriver* driver)
{
    pg_conn* connection = libpqConnection(driver);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return;
    Watched watched;
    watched.socket = PQsocket(connection);
    watched.backendPid = PQbackendPID(connection);
    watched.options = questionOptions(driver, connection);
    m_id = Watcher::instance().add(std::move(watched));
}

StatementWatch::~StatementWatch()
{
    if (m_id != 0)
        Watcher::instance().remove(m_id);
}

void StatementWatch::setPatience(std::chrono::milliseconds patience)
{
    Watcher::instance().setPatience(patience);
}

int StatementWatch::connectionsShut()
{
    return Watcher::instance().shut();
}

} // namespace dpo

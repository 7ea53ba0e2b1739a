// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace dpo {

class Database;

// A thread of its own, with its own connection (Database hands one out per thread), for reading
// that must not hold up the window: a register's count and pages. Jobs run one after another in
// the order given; each one's answer comes back to the thread that owns the worker, through its
// event loop, and never after the worker is gone. The thread starts with the first job. The
// destructor waits for the job under way (on a server that stopped answering, the connection's
// network timeout ends it) and closes the thread's connection on that thread.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    DatabaseWorker(Database& database, const QString& threadName, QObject* parent = nullptr);
    ~DatabaseWorker() override;
    DatabaseWorker(const DatabaseWorker&) = delete;
    DatabaseWorker& operator=(const DatabaseWorker&) = delete;

    // Runs `work` on the worker's thread; `done` gets what it returned, or `failed` the message of
    // the dpo::Error it threw, on the owning thread, while `receiver` (an object of that thread)
    // still exists.
    template <typename T>
    void run(QObject* receiver, std::function<T()> work, std::function<void(const T&)> done,
             std::function<void(const QString&)> failed)
    {
        post([this, receiver = QPointer<QObject>(receiver), work = std::move(work),
              done = std::move(done), failed = std::move(failed)] {
            std::optional<T> result;
            QString error;
            try {
                result = work();
            } catch (const Error& e) {
                error = e.message();
            } catch (const std::exception& e) {
                error = QString::fromLocal8Bit(e.what());
            }
            answer([receiver, result, error, done, failed] {
                if (!receiver) // read here, on the receiver's own thread
                    return;
                if (result)
                    done(*result);
                else
                    failed(error);
            });
        });
    }
    int pendingJobs() const { return m_pending; }

signals:
    void idle(); // every job given so far has answered

private:
    void post(std::function<void()> job);       // on the owning thread
    void answer(std::function<void()> deliver); // on the worker's thread

    Database& m_database;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are its queued calls
    int m_pending = 0;
};

} // namespace dpo

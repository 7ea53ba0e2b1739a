// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JobProgress.h"

#include <functional>
#include <memory>
#include <QObject>

class QThread;
class QTimer;

namespace dpo {

class Database;

// A long job (an import, a bulk action) on a thread of its own with its own database connection,
// closed when the job ends. The window reads its JobProgress every 100 ms (`progressed`) and may
// cancel it; `done` is called on the owner's thread once the job has ended, never after the
// JobThread is gone. Destroying it cancels the job under way and waits for it.
class JobThread : public QObject
{
    Q_OBJECT
public:
    explicit JobThread(Database& database, QObject* parent = nullptr);
    ~JobThread() override;
    JobThread(const JobThread&) = delete;
    JobThread& operator=(const JobThread&) = delete;

    // False, and nothing started, while a job runs. `observer` (optional) is the JobProgress's.
    bool start(std::function<void(JobProgress&)> work, std::function<void()> done,
               JobProgress::Observer observer = {});
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // The last job's progress (null before the first).
    const JobProgress* progress() const { return m_progress.get(); }

signals:
    void progressed(); // every 100 ms while the job runs

private:
    void finished(const std::function<void()>& done);

    Database& m_database;
    std::unique_ptr<JobProgress> m_progress;
    QThread* m_thread = nullptr;
    QTimer* m_poll;
};

} // namespace dpo

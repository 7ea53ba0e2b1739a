// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JobThread.h"

#include "db/Database.h"

#include <QThread>
#include <QTimer>

namespace dpo {

JobThread::JobThread(Database& database, QObject* parent)
    : QObject(parent), m_database(database), m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &JobThread::progressed);
}

JobThread::~JobThread()
{
    if (!m_thread)
        return;
    m_progress->cancel();
    m_thread->wait();
    delete m_thread;
}

bool JobThread::start(std::function<void(JobProgress&)> work, std::function<void()> done,
                      JobProgress::Observer observer)
{
    if (m_thread)
        return false;
    m_progress = std::make_unique<JobProgress>();
    if (observer)
        m_progress->observe(std::move(observer));
    JobProgress* progress = m_progress.get();
    m_thread = QThread::create([this, progress, work = std::move(work), done = std::move(done)] {
        work(*progress);
        m_database.closeThreadConnection();
        // Queued to this object: dropped, not run, if it is destroyed first (it waits for the
        // thread, so the call is still pending then).
        QMetaObject::invokeMethod(
            this, [this, done] { finished(done); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("dpo-job"));
    m_thread->start();
    m_poll->start();
    return true;
}

void JobThread::cancel()
{
    if (m_thread)
        m_progress->cancel();
}

void JobThread::finished(const std::function<void()>& done)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
    emit progressed(); // the last reading
    done();
}

} // namespace dpo

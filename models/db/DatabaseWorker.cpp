// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseWorker.h"

#include "db/Database.h"

namespace dpo {

DatabaseWorker::DatabaseWorker(Database& database, const QString& threadName, QObject* parent)
    : QObject(parent), m_database(database), m_context(new QObject)
{
    m_thread.setObjectName(threadName);
    m_context->moveToThread(&m_thread);
    // The thread's connection is closed on that thread, as it ends.
    connect(
        &m_thread, &QThread::finished, m_context, [&database] { database.closeThreadConnection(); },
        Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

DatabaseWorker::~DatabaseWorker()
{
    if (!m_thread.isRunning()) {
        delete m_context;
        return;
    }
    // Jobs not yet started are dropped with the thread's event loop; answers already on their way
    // here are discarded with this object's posted events.
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> job)
{
    if (!m_thread.isRunning())
        m_thread.start();
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
        if (!m_thread.isInterruptionRequested()) // the worker is going: its answer would be too
            job();
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::answer(std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, deliver = std::move(deliver)] {
        --m_pending;
        deliver();
        if (m_pending == 0)
            emit idle();
        },
        Qt::QueuedConnection);
}

} // namespace dpo

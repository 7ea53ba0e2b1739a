// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseWorker.h"

#include <QObject>
#include <QTimer>

namespace dpo {

class Database;

// Watches a PostgreSQL database for the thread that owns the monitor (the GUI's): every few
// seconds a cheap probe runs on a thread of its own, on that thread's connection, so that a
// server that stops answering (a network that drops packets) never holds up the window. A probe
// that fails, or that has not answered within the answer time, says "lost"; the probes go on
// every two seconds until one answers, and then, before "restored", the owning thread's own
// connection is made anew if it was cut. SQLite has nothing to watch.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(Database& database, QObject* parent = nullptr);
    ~ConnectionMonitor() override;
    bool isConnected() const { return m_connected; }
    void setInterval(int milliseconds);
    void setAnswerTime(int milliseconds); // default 5 s
    // Starts a probe now unless one is under way; its answer comes back as a signal.
    void check();
    bool isProbing() const { return m_probing; }

signals:
    void lost(const QString& reason);
    void restored();
    void probeStarted(); // the probe thread was asked (tests watch the GUI thread meanwhile)
    void probeAnswered();

private:
    void probed(bool ok, const QString& reason);
    void overdue();
    void setConnected(bool connected, const QString& reason);

    Database& m_database;
    QTimer m_timer;
    QTimer m_deadline;
    int m_interval = 5000;
    bool m_connected = true;
    bool m_probing = false;
    DatabaseWorker m_probe; // last: destroyed first, its thread ended before the rest goes
};

} // namespace dpo

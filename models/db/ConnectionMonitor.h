// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace dpo {

class Database;

// Watches a PostgreSQL connection from the thread that owns it (the GUI's): a cheap probe every
// few seconds; when the server has gone (a restart, a network cut) it says so, then tries again
// every two seconds until a new connection is made. SQLite has nothing to watch.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(Database& database, QObject* parent = nullptr);
    bool isConnected() const { return m_connected; }
    void setInterval(int milliseconds);
    void check();

signals:
    void lost(const QString& reason);
    void restored();

private:
    Database& m_database;
    QTimer m_timer;
    int m_interval = 5000;
    bool m_connected = true;
};

} // namespace dpo

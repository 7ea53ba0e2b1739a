// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ConnectionMonitor.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QCoreApplication>

namespace dpo {

namespace {
constexpr int kRetryMs = 2000;

void probe(Database& database)
{
    // A dropped connection is closed by the failed probe (Sql.cpp); the next one opens it anew.
    execConstant(database.connection(), QStringLiteral("SELECT 1"),
                 QT_TRANSLATE_NOOP("dpo::Sql", "check the connection"));
}
} // namespace

ConnectionMonitor::ConnectionMonitor(Database& database, QObject* parent)
    : QObject(parent), m_database(database),
      m_probe(database, QStringLiteral("dpo-connection-probe"))
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(5000);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionMonitor::overdue);
    if (m_database.backend() == Backend::PostgreSQL)
        m_timer.start(m_interval);
}

ConnectionMonitor::~ConnectionMonitor()
{
    m_timer.stop();
    m_deadline.stop();
    // m_probe goes last: a probe still waiting for a silent server ends with its network timeout.
}

void ConnectionMonitor::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_timer.isActive())
        m_timer.start(m_connected ? m_interval : std::min(m_interval, kRetryMs));
}

void ConnectionMonitor::setAnswerTime(int milliseconds)
{
    m_deadline.setInterval(milliseconds);
}

void ConnectionMonitor::check()
{
    if (m_probing || m_database.backend() != Backend::PostgreSQL)
        return;
    m_probing = true;
    m_deadline.start();
    // On the probe's thread, with that thread's own connection: a probe that hangs on a silent
    // network hangs only there.
    Database& database = m_database;
    m_probe.run<bool>(
        this,
        [&database] {
        probe(database);
        return true;
        },
        [this](bool) { probed(true, QString()); },
        [this](const QString& reason) { probed(false, reason); });
    emit probeStarted();
}

void ConnectionMonitor::overdue()
{
    // The probe is still waiting; its answer, whenever it comes, is taken as it is.
    //: %n: a number of seconds.
    setConnected(false, tr("The database has not answered for %n second(s).", nullptr,
                           m_deadline.interval() / 1000));
}

void ConnectionMonitor::probed(bool ok, const QString& reason)
{
    m_probing = false;
    m_deadline.stop();
    emit probeAnswered();
    if (ok && !m_connected) {
        // The server answers again: this thread's connection, if the outage cut it, is closed by
        // the first failed statement and opened by the next (quick now that the server is back).
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                probe(m_database);
                break;
            } catch (const Error& e) {
                if (attempt == 1)
                    return setConnected(false, e.message());
            }
        }
    }
    setConnected(ok, reason);
}

void ConnectionMonitor::setConnected(bool connected, const QString& reason)
{
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_timer.start(connected ? m_interval : std::min(m_interval, kRetryMs));
    if (connected)
        emit restored();
    else
        emit lost(reason);
}

} // namespace dpo

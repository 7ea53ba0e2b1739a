// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ConnectionMonitor.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"

namespace dpo {

ConnectionMonitor::ConnectionMonitor(Database& database, QObject* parent) : QObject(parent), m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    if (m_database.backend() == Backend::PostgreSQL)
        m_timer.start(m_interval);
}

void ConnectionMonitor::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_timer.isActive())
        m_timer.start(m_connected ? m_interval : std::min(m_interval, 2000));
}

void ConnectionMonitor::check()
{
    try {
        // A dropped connection is closed by the failed probe (Sql.cpp); connection() opens anew.
        execConstant(m_database.connection(), QStringLiteral("SELECT 1"), QT_TRANSLATE_NOOP("dpo::Sql", "check the connection"));
    } catch (const Error& e) {
        if (m_connected) {
            m_connected = false;
            m_timer.start(std::min(m_interval, 2000));
            emit lost(e.message());
        }
        return;
    }
    if (!m_connected) {
        m_connected = true;
        m_timer.start(m_interval);
        emit restored();
    }
}

} // namespace dpo

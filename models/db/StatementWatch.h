// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

class QSqlDriver;

namespace dpo {

// A PostgreSQL statement whose answer is long in coming is asked after over a connection of its
// own, to the same server: a server still working on it (its process "active": running, or
// waiting for a lock) is waited for, however long; a server that has answered and waits for the
// console (its process idle for a while), one that no longer has the session, or one that cannot
// be reached at all means the way between them is gone (a proxy or a firewall that holds the
// connection open and passes nothing, where neither TCP's timeouts nor keepalives ever fire). The
// console's socket is then shut, so that libpq returns and the officer is told, as of any lost
// connection (docs/reliability.md). One thread asks for every connection of the process.
class StatementWatch
{
public:
    // Watches the statement about to run on `driver`'s connection until destroyed; nothing for
    // another driver.
    explicit StatementWatch(const QSqlDriver* driver);
    ~StatementWatch();
    StatementWatch(const StatementWatch&) = delete;
    StatementWatch& operator=(const StatementWatch&) = delete;

    // How long a statement waits before it is asked after, and again after each answer that it is
    // still running (10 s; tests set less). The question's own connection is given as long, two
    // seconds at least (libpq's least).
    static void setPatience(std::chrono::milliseconds patience);
    // How many connections the watch has shut since the process began (tests).
    static int connectionsShut();

private:
    quint64 m_id = 0; // 0: nothing watched
};

} // namespace dpo

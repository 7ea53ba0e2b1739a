// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace dpo {

// Prepared statements that throw dpo::Error (Database) naming the statement's purpose.
QSqlQuery prepareQuery(const QSqlDatabase& db, const QString& sql);
void execQuery(QSqlQuery& query, const char* purpose);
// Prepares `sql`, binds `values` in order and runs it: a call of a server function, mostly.
QSqlQuery execBound(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                    const char* purpose);
// Marks a query as read once, in order, so that the driver need not keep the rows it passed: on
// SQLite only. On PostgreSQL Qt's driver then reads the rows one at a time as next() asks for
// them, where a connection lost half-way ends the rows as if there were no more (a record, a page
// of the trail, cut short without a word) and the statement watch does not see the wait; read
// whole by exec(), a lost connection is an error there. Callers page large reads on PostgreSQL.
void readForwardOnly(QSqlQuery& query);
// A constant statement with no values that a server cannot prepare (LOCK, PRAGMA, DDL).
// Never build `sql` from user input: it has no placeholders on purpose.
void execConstant(const QSqlDatabase& db, const QString& sql, const char* purpose);

// Closes the driver's connection, so that the next Database::connection() opens a new one, and
// throws Error::Connection saying whether the change may have been saved (`committing`).
[[noreturn]] void throwConnectionLost(QSqlDriver* driver, bool committing);

// For the benchmarks only: called on this thread after each statement execQuery runs, with its
// text and bound values, so that a benchmark can run the same statements raw as its reference.
// Nothing in the console installs one: the values are personal data and are never logged.
using StatementObserver = std::function<void(const QSqlQuery& query)>;
void setStatementObserver(StatementObserver observer);

// Begins a transaction on construction and rolls it back on destruction unless commit() was
// called: one user action, one transaction, nothing half-written when a step throws.
class TransactionGuard
{
public:
    // A transaction that writes takes SQLite's write lock at once (see Sql.cpp); one that only
    // reads a consistent snapshot does not, so that it never waits for a writer.
    enum class Intent
    {
        Write,
        Read
    };
    explicit TransactionGuard(const QSqlDatabase& db, Intent intent = Intent::Write);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;
    void commit();

    // Runs `work` once no transaction of this thread is open: at once, or when the outermost
    // guard has committed or rolled back. A refused call's audit entry is written so, after the
    // rollback that undoes the call (AccessControl).
    static void whenNoTransaction(std::function<void()> work);

private:
    QSqlDatabase m_db; // a handle for this scope only
    bool m_done = false;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"

#include <QList>
#include <utility>

#include "core/Error.h"
#include "db/LibpqHandle.h"
#include "db/StatementWatch.h"

#include <libpq-fe.h>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace dpo {

namespace {
// The purposes, marked QT_TRANSLATE_NOOP("dpo::Sql", ...) where they are written. The messages
// below call QCoreApplication::translate themselves, so that lupdate files them under dpo::Sql.
QString translatedPurpose(const char* text)
{
    return QCoreApplication::translate("dpo::Sql", text);
}
// Runs one call to the server under a statement watch (db/StatementWatch.h) and returns its answer.
template <typename Call> bool watched(const QSqlDriver* driver, Call call)
{
    const StatementWatch watch(driver);
    return call();
}
} // namespace

// Declared in db/LibpqHandle.h, for the few that talk to libpq beside Qt's driver.
pg_conn* libpqConnection(const QSqlDriver* driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.constData());
}

// A PostgreSQL connection the server dropped (a restart, a network cut): closed here, so that
// the next Database::connection() opens a new one. SQLSTATE class 08 is a connection exception,
// 57P01-57P03 the server shutting down; libpq's own messages carry no code.
static void throwIfConnectionLost(QSqlDriver* driver, const QSqlError& error, bool committing)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return;
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    // libpq's own word first: bad once the server or the network dropped the connection,
    // whatever the message (over TLS a server process that ended at once reads as "SSL SYSCALL
    // error: EOF detected", which names no connection).
    pg_conn* connection = libpqConnection(driver);
    const bool lost = (connection && PQstatus(connection) == CONNECTION_BAD) ||
                      code.startsWith(QStringLiteral("08")) ||
                      code.startsWith(QStringLiteral("57P0")) ||
                      text.contains(QStringLiteral("server closed the connection")) ||
                      text.contains(QStringLiteral("no connection to the server")) ||
                      text.contains(QStringLiteral("connection to server")) ||
                      text.contains(QStringLiteral("terminating connection"));
    if (!lost)
        return;
    throwConnectionLost(driver, committing);
}

void throwConnectionLost(QSqlDriver* driver, bool committing)
{
    driver->close();
    throw Error(Error::Kind::Connection,
                committing
                    ? QCoreApplication::translate("dpo::Sql",
                                                  "The connection to the database was lost while "
                                                  "saving: the change may or may not have been "
                                                  "saved. The console connects again; look at the "
                                                  "record before you do it once more.")
                    : QCoreApplication::translate("dpo::Sql",
                                                  "The connection to the database was lost; "
                                                  "nothing of this was saved. The console connects "
                                                  "again: do it once more."));
}

QSqlQuery prepareQuery(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    // PostgreSQL prepares on the server.
    if (!watched(db.driver(), [&] { return query.prepare(sql); })) {
        throwIfConnectionLost(db.driver(), query.lastError(), false);
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate(
                        "dpo::Sql", "The database could not prepare a statement: %1\n%2")
                        .arg(query.lastError().text(), sql.simplified().left(200)));
    }
    return query;
}

namespace {
thread_local StatementObserver t_statementObserver;
} // namespace

void setStatementObserver(StatementObserver observer)
{
    t_statementObserver = std::move(observer);
}

void execQuery(QSqlQuery& query, const char* purpose)
{
    if (!watched(query.driver(), [&] { return query.exec(); })) {
        throwIfConnectionLost(const_cast<QSqlDriver*>(query.driver()), query.lastError(), false);
        // 42501, insufficient_privilege: the server refused the officer (a privilege of their
        // group, or a function's check of their role), not the statement.
        const bool refusedOfficer = query.lastError().nativeErrorCode() == QLatin1String("42501");
        throw Error(refusedOfficer ? Error::Kind::Forbidden : Error::Kind::Database,
                    QCoreApplication::translate("dpo::Sql", "The database refused to %1: %2")
                        .arg(translatedPurpose(purpose), query.lastError().text()));
    }
    if (t_statementObserver)
        t_statementObserver(query);
}

void readForwardOnly(QSqlQuery& query)
{
    if (query.driver() && query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        query.setForwardOnly(true);
}

QSqlQuery execBound(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                    const char* purpose)
{
    QSqlQuery query = prepareQuery(db, sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    execQuery(query, purpose);
    return query;
}

void execConstant(const QSqlDatabase& db, const QString& sql, const char* purpose)
{
    QSqlQuery query(db);
    if (!watched(db.driver(), [&] { return query.exec(sql); })) {
        throwIfConnectionLost(db.driver(), query.lastError(), false);
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("dpo::Sql", "The database refused to %1: %2")
                        .arg(translatedPurpose(purpose), query.lastError().text()));
    }
}

namespace {
thread_local int t_openGuards = 0;
thread_local QList<std::function<void()>> t_afterTransactions;
} // namespace

void TransactionGuard::whenNoTransaction(std::function<void()> work)
{
    if (t_openGuards == 0)
        work();
    else
        t_afterTransactions << std::move(work);
}

TransactionGuard::TransactionGuard(const QSqlDatabase& db, Intent intent) : m_db(db)
{
    // SQLite: take the write lock at the start. A deferred transaction that reads and then writes
    // (every audit append reads the chain head first) fails at once with "database is locked"
    // when another connection wrote meanwhile, whatever the busy timeout; an immediate one waits.
    if (intent == Intent::Write && m_db.driverName() == QStringLiteral("QSQLITE")) {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw Error(Error::Kind::Database,
                        //: %1: the database's own message.
                        QCoreApplication::translate("dpo::Sql", "Cannot start a transaction: %1")
                            .arg(begin.lastError().text()));
        ++t_openGuards;
        return;
    }
    // PostgreSQL: a reading transaction sees one snapshot for all its statements, as a SQLite
    // one does (READ COMMITTED, the default, takes a new one for each statement, and a record
    // read in parts could mix two moments). Asked for in its BEGIN: one round trip, and one
    // statement whose failure is told as a lost connection when it is one (a second statement's
    // was told as the database's refusal, and the officer not told the connection was lost).
    const bool snapshot = intent == Intent::Read && m_db.driverName() == QStringLiteral("QPSQL");
    QSqlQuery begin(m_db);
    const bool begun = watched(m_db.driver(), [&] {
        return snapshot ? begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"))
                        : m_db.transaction();
    });
    if (!begun) {
        const QSqlError error = snapshot ? begin.lastError() : m_db.lastError();
        throwIfConnectionLost(m_db.driver(), error, false);
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("dpo::Sql", "Cannot start a transaction: %1")
                        .arg(error.text()));
    }
    ++t_openGuards;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_done) // a way gone must not hold the caller here
        watched(m_db.driver(), [this] { return m_db.rollback(); });
    if (--t_openGuards > 0 || t_afterTransactions.isEmpty())
        return;
    const QList<std::function<void()>> work = std::exchange(t_afterTransactions, {});
    for (const auto& w : work) {
        try {
            w();
        } catch (const std::exception& e) {
            qWarning("work after a transaction failed: %s",
                     e.what()); // a destructor must not throw
        }
    }
}

void TransactionGuard::commit()
{
    if (!watched(m_db.driver(), [this] { return m_db.commit(); })) {
        throwIfConnectionLost(m_db.driver(), m_db.lastError(), true);
        throw Error(Error::Kind::Database,
                    //: %1: the database's own message.
                    QCoreApplication::translate("dpo::Sql", "Cannot commit the transaction: %1")
                        .arg(m_db.lastError().text()));
    }
    m_done = true;
}

} // namespace dpo

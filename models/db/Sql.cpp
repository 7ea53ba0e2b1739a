// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"

#include <QList>
#include <utility>

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::Sql", text);
}
} // namespace

QSqlQuery prepareQuery(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw Error(Error::Kind::Database,
                    tr("The database could not prepare a statement: %1\n%2")
                        .arg(query.lastError().text(), sql.simplified().left(200)));
    return query;
}

void execQuery(QSqlQuery& query, const char* purpose)
{
    if (!query.exec())
        throw Error(Error::Kind::Database, tr("The database refused to %1: %2")
                                               .arg(tr(purpose), query.lastError().text()));
}

void execConstant(const QSqlDatabase& db, const QString& sql, const char* purpose)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Error(Error::Kind::Database, tr("The database refused to %1: %2")
                                               .arg(tr(purpose), query.lastError().text()));
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
                        tr("Cannot start a transaction: %1").arg(begin.lastError().text()));
        ++t_openGuards;
        return;
    }
    if (!m_db.transaction())
        throw Error(Error::Kind::Database,
                    tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
    ++t_openGuards;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_done)
        m_db.rollback();
    if (--t_openGuards > 0 || t_afterTransactions.isEmpty())
        return;
    const QList<std::function<void()>> work = std::exchange(t_afterTransactions, {});
    for (const auto& w : work) {
        try {
            w();
        } catch (const std::exception& e) {
            qWarning("work after a transaction failed: %s", e.what()); // a destructor must not throw
        }
    }
}

void TransactionGuard::commit()
{
    if (!m_db.commit())
        throw Error(Error::Kind::Database,
                    tr("Cannot commit the transaction: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace dpo

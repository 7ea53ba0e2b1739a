// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <QHash>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace dpo {

// Inserts many rows with one prepared multi-row statement, `INSERT ... VALUES (?,?),(?,?),...`,
// bound and executed per batch: a few hundred times fewer round trips than a statement per row,
// on SQLite and PostgreSQL alike. Call flush() before the transaction commits.
//
// On SQLite the values are bound through the sqlite3 C API on the connection's own handle
// (QSqlDriver::handle()), the same statements and values as QSqlQuery would bind, without Qt's
// per-value bookkeeping, which costs more than SQLite's own work in a million-row load. Values
// are written as QSQLITE writes them (dates and times as ISO-8601 text).
//
// On PostgreSQL the rows go in with COPY ... FROM STDIN through libpq on the driver's own
// connection, inside the caller's transaction: the server parses no statement per batch (QPSQL
// would send each batch as one EXECUTE with every value a literal), the bulk load's floor.
class BulkInserter
{
public:
    enum class Conflict
    {
        Refuse, // a row that breaks a unique key fails the batch
        Ignore, // such a row is left out (ON CONFLICT DO NOTHING; on PostgreSQL without COPY)
    };
    BulkInserter(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                 int rowsPerStatement = 200, Conflict conflict = Conflict::Refuse);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    // Rows of `parent` are written before any of ours, so that foreign keys always find them.
    void flushParentFirst(BulkInserter* parent) { m_parent = parent; }

    void addRow(const QVariantList& values);
    void flush();
    qint64 rowCount() const { return m_rowCount; }

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    using SqliteStatement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    QString statement(int rows) const;
    void execute(int rows);
    void executeSqlite(sqlite3_stmt* statement);
    sqlite3_stmt* sqliteStatement(int rows);
    void appendCopyRow(const QVariantList& values);
    void copyToPostgres();

    QSqlDatabase m_db; // a handle for the life of one bulk load inside a transaction
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    Conflict m_conflict;
    QSqlQuery m_full;
    QHash<int, QSqlQuery> m_tails; // partial batches, prepared once per size
    sqlite3* m_sqlite = nullptr;   // the connection's handle; owned by the Qt driver
    std::map<int, SqliteStatement> m_sqliteStatements; // unique_ptr: QHash would want copies
    pg_conn* m_postgres = nullptr; // the connection's handle; owned by the Qt driver
    QByteArray m_copy;             // rows in COPY's text format, waiting for copyToPostgres()
    BulkInserter* m_parent = nullptr;
    QVariantList m_pending;
    qint64 m_rowCount = 0;
};

} // namespace dpo

namespace dpo {

// Bulk loads choose their own ids so that child rows can refer to them without a round trip
// per row. Call lockForBulkLoad() first (PostgreSQL: no concurrent writer takes the same ids),
// then nextFreeId(), and syncIdentity() after inserting (PostgreSQL: the identity sequence
// moves past the ids we used).
void lockForBulkLoad(const QSqlDatabase& db, const QStringList& tables);
qint64 nextFreeId(const QSqlDatabase& db, const QString& table);
void syncIdentity(const QSqlDatabase& db, const QString& table);
// PostgreSQL plans each statement from the tables' statistics, which a load inside the running
// transaction leaves as they were: the statements that follow it in that transaction would be
// planned as for empty tables (a subject's consent summary then walked a million consents by
// date, 0.8 s a subject). ANALYZE samples the loaded rows, which the transaction sees; a role
// that does not own the tables gets a warning and the old statistics. SQLite: nothing is done.
void refreshStatistics(const QSqlDatabase& db, const QStringList& tables);

} // namespace dpo

namespace dpo {

// For a large load into empty tables on SQLite: drops the tables' secondary indexes (those made
// by CREATE INDEX, never the primary key or UNIQUE constraints) and builds them again, sorted, in
// restore(), inside the same transaction. Building an index once is far cheaper than inserting a
// million random keys into it. PostgreSQL keeps its indexes (nothing is done there).
class DeferredIndexes
{
public:
    DeferredIndexes(const QSqlDatabase& db, const QStringList& tables);
    void restore();

private:
    QSqlDatabase m_db; // for the life of one bulk load inside a transaction
    QStringList m_definitions;
};

} // namespace dpo

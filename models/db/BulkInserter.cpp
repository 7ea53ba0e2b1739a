// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BulkInserter.h"

#include "core/Error.h"
#include "db/Sql.h"

namespace dpo {

BulkInserter::BulkInserter(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                           int rowsPerStatement)
    : m_db(db), m_table(table), m_columns(columns), m_rowsPerStatement(rowsPerStatement)
{
    m_full = prepareQuery(m_db, statement(m_rowsPerStatement));
    m_pending.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

QString BulkInserter::statement(int rows) const
{
    QString placeholders = QStringLiteral("(?");
    for (int i = 1; i < m_columns.size(); ++i)
        placeholders += QStringLiteral(",?");
    placeholders += QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i)
        tuples << placeholders;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
}

void BulkInserter::addRow(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_pending.append(values);
    ++m_rowCount;
    if (m_pending.size() == m_rowsPerStatement * m_columns.size()) {
        if (m_parent)
            m_parent->flush();
        for (int i = 0; i < m_pending.size(); ++i)
            m_full.bindValue(i, m_pending.at(i));
        execQuery(m_full, QT_TRANSLATE_NOOP("dpo::Sql", "insert rows"));
        m_pending.clear();
    }
}

void BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return;
    if (m_parent)
        m_parent->flush();
    const int rows = int(m_pending.size() / m_columns.size());
    auto it = m_tails.find(rows);
    if (it == m_tails.end())
        it = m_tails.insert(rows, prepareQuery(m_db, statement(rows)));
    QSqlQuery& tail = *it;
    for (int i = 0; i < m_pending.size(); ++i)
        tail.bindValue(i, m_pending.at(i));
    execQuery(tail, QT_TRANSLATE_NOOP("dpo::Sql", "insert rows"));
    m_pending.clear();
}

} // namespace dpo

namespace dpo {

namespace {
bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QStringLiteral("QPSQL");
}
} // namespace

void lockForBulkLoad(const QSqlDatabase& db, const QStringList& tables)
{
    if (!isPostgres(db)) {
        // SQLite: the write transaction already excludes other writers. A large page cache keeps
        // a big load's index pages in memory instead of spilling them to the WAL again and again.
        execConstant(db, QStringLiteral("PRAGMA cache_size = -1048576"),
                     QT_TRANSLATE_NOOP("dpo::Sql", "lock tables for a bulk load"));
        return;
    }
    execConstant(db, QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(tables.join(QStringLiteral(", "))),
                 QT_TRANSLATE_NOOP("dpo::Sql", "lock tables for a bulk load"));
}

qint64 nextFreeId(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "allocate ids"));
    q.next();
    return q.value(0).toLongLong();
}

void syncIdentity(const QSqlDatabase& db, const QString& table)
{
    if (!isPostgres(db))
        return;
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                           "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                .arg(table));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "advance an id sequence"));
}

} // namespace dpo

namespace dpo {

DeferredIndexes::DeferredIndexes(const QSqlDatabase& db, const QStringList& tables) : m_db(db)
{
    if (isPostgres(m_db))
        return;
    QStringList names;
    for (const QString& table : tables) {
        QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE "
                                                        "type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
        q.addBindValue(table);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the index definitions"));
        while (q.next()) {
            names << q.value(0).toString();
            m_definitions << q.value(1).toString();
        }
    }
    for (const QString& name : std::as_const(names)) {
        // Index names come from sqlite_master, not from the user.
        execConstant(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name),
                     QT_TRANSLATE_NOOP("dpo::Sql", "set indexes aside for a bulk load"));
    }
}

void DeferredIndexes::restore()
{
    for (const QString& definition : std::as_const(m_definitions)) {
        execConstant(m_db, definition, QT_TRANSLATE_NOOP("dpo::Sql", "rebuild indexes after a bulk load"));
    }
    m_definitions.clear();
}

} // namespace dpo

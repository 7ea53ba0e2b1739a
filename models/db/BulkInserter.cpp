// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/BulkInserter.h"

#include "core/Error.h"
#include "db/LibpqHandle.h"
#include "db/Sql.h"
#include "db/StatementWatch.h"

#include <cstdio>
#include <libpq-fe.h>
#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <sqlite3.h>

namespace dpo {

namespace {
// The error of a batch the database would not take, worded as execQuery words a refusal.
Error refusedToInsert(const QString& reason)
{
    return Error(Error::Kind::Database,
                 //: %1: what the database was asked to do, a verb phrase such as "insert rows"; %2:
                 //: the database's own message.
                 QCoreApplication::translate("dpo::Sql", "The database refused to %1: %2")
                     .arg(QCoreApplication::translate("dpo::Sql", "insert rows"), reason));
}
} // namespace

BulkInserter::BulkInserter(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                           int rowsPerStatement, Conflict conflict)
    : m_db(db), m_table(table), m_columns(columns), m_rowsPerStatement(rowsPerStatement),
      m_conflict(conflict)
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3* const*>(handle.constData());
    else if (conflict == Conflict::Refuse)
        m_postgres = libpqConnection(m_db.driver());
    if (!m_sqlite && !m_postgres)
        m_full = prepareQuery(m_db, statement(m_rowsPerStatement));
    m_pending.reserve(qsizetype(m_rowsPerStatement) * m_columns.size());
}

BulkInserter::~BulkInserter() = default;

void BulkInserter::StatementDeleter::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
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
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
        .arg(m_table, m_columns.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')),
             m_conflict == Conflict::Ignore ? QStringLiteral(" ON CONFLICT DO NOTHING")
                                            : QString());
}

void BulkInserter::addRow(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns.size());
    if (m_postgres) {
        appendCopyRow(values);
        ++m_rowCount;
        // One COPY per few megabytes: few round trips, little memory.
        if (m_copy.size() >= 4 * 1024 * 1024)
            flush();
        return;
    }
    m_pending.append(values);
    ++m_rowCount;
    if (m_pending.size() == m_rowsPerStatement * m_columns.size())
        execute(m_rowsPerStatement);
}

void BulkInserter::flush()
{
    if (m_postgres) {
        if (m_parent)
            m_parent->flush();
        copyToPostgres();
        return;
    }
    if (!m_pending.isEmpty())
        execute(int(m_pending.size() / m_columns.size()));
}

void BulkInserter::execute(int rows)
{
    if (m_parent)
        m_parent->flush();
    if (m_sqlite) {
        executeSqlite(sqliteStatement(rows));
    } else {
        QSqlQuery* query = &m_full;
        if (rows != m_rowsPerStatement) {
            auto it = m_tails.find(rows);
            if (it == m_tails.end())
                it = m_tails.insert(rows, prepareQuery(m_db, statement(rows)));
            query = &*it;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            query->bindValue(i, m_pending.at(i));
        execQuery(*query, QT_TRANSLATE_NOOP("dpo::Sql", "insert rows"));
    }
    m_pending.clear();
}

sqlite3_stmt* BulkInserter::sqliteStatement(int rows)
{
    const auto it = m_sqliteStatements.find(rows);
    if (it != m_sqliteStatements.end())
        return it->second.get();
    const QByteArray sql = statement(rows).toUtf8();
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &prepared, nullptr) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        sqlite3_finalize(prepared);
        throw Error(Error::Kind::Database,
                    //: %1: the database's own message; %2: the beginning of the statement (SQL, on
                    //: its own line).
                    QCoreApplication::translate(
                        "dpo::Sql", "The database could not prepare a statement: %1\n%2")
                        .arg(reason, QString::fromUtf8(sql.left(200))));
    }
    m_sqliteStatements.emplace(rows, SqliteStatement(prepared));
    return prepared;
}

namespace {
// The text QSQLITE writes for a UTC QDateTime (Qt::ISODateWithMs, "2024-07-01T10:00:00.000Z")
// or a QDate ("2024-07-01"), made without QString's printf machinery.
int formatIsoUtc(const QDateTime& value, char* out)
{
    const QDate d = value.date();
    const QTime t = value.time();
    return std::snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(),
                         d.day(), t.hour(), t.minute(), t.second(), t.msec());
}

int formatIsoDate(const QDate& d, char* out)
{
    return std::snprintf(out, 16, "%04d-%02d-%02d", d.year(), d.month(), d.day());
}
} // namespace

void BulkInserter::executeSqlite(sqlite3_stmt* statement)
{
    char buffer[32];
    int rc = SQLITE_OK;
    for (int i = 0; i < m_pending.size() && rc == SQLITE_OK; ++i) {
        const QVariant& value = m_pending.at(i);
        const int index = i + 1;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime: {
            // As QSQLITE writes it, so that every row reads back alike.
            const QDateTime dateTime = value.toDateTime();
            if (dateTime.timeSpec() == Qt::UTC && dateTime.date().year() >= 1000) {
                rc = sqlite3_bind_text(statement, index, buffer, formatIsoUtc(dateTime, buffer),
                                       SQLITE_TRANSIENT);
            } else {
                const QByteArray text = dateTime.toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            break;
        }
        case QMetaType::QDate: {
            const QDate date = value.toDate();
            if (date.year() >= 1000 && date.year() <= 9999) {
                rc = sqlite3_bind_text(statement, index, buffer, formatIsoDate(date, buffer),
                                       SQLITE_TRANSIENT);
            } else {
                const QByteArray text = date.toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                   SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QString reason =
        rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_OK)
        throw refusedToInsert(reason);
}

} // namespace dpo

namespace dpo {

namespace {
struct PgResultDeleter
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// A value in COPY's text format: \N for NULL; a backslash, tab, line feed and carriage return
// escaped; bytes as bytea's hex form; dates and instants as ISO-8601, as QPSQL sends them.
void appendCopyValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Bool:
        out += value.toBool() ? 't' : 'f';
        return;
    case QMetaType::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        out += "\\\\x" + value.toByteArray().toHex();
        return;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QDateTime: // in UTC, as QPSQL sends an instant
        text = value.toDateTime()
                   .toUTC()
                   .toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz"))
                   .toUtf8() +
               'Z';
        break;
    default:
        text = value.toString().toUtf8();
        break;
    }
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
            break;
        }
    }
}
} // namespace

void BulkInserter::appendCopyRow(const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_copy += '\t';
        appendCopyValue(m_copy, values.at(i));
    }
    m_copy += '\n';
}

void BulkInserter::copyToPostgres()
{
    if (m_copy.isEmpty())
        return;
    const auto refused = [this](const QString& reason) {
        m_copy.clear();
        if (PQstatus(m_postgres) != CONNECTION_OK)
            throwConnectionLost(m_db.driver(), false);
        throw refusedToInsert(reason.trimmed());
    };
    // Table and column names come from the program, never from input.
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(m_table, m_columns.join(QLatin1Char(',')))
                               .toUtf8();
    const StatementWatch watch(m_db.driver()); // the whole COPY, sent and answered
    const PgResult started(PQexec(m_postgres, sql.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        refused(QString::fromUtf8(PQresultErrorMessage(started.get())));
    const bool sent = PQputCopyData(m_postgres, m_copy.constData(), int(m_copy.size())) == 1;
    const bool ended =
        PQputCopyEnd(m_postgres, sent ? nullptr : "the console could not send the rows") == 1;
    QString failure = sent && ended ? QString() : QString::fromUtf8(PQerrorMessage(m_postgres));
    while (PGresult* raw = PQgetResult(m_postgres)) {
        const PgResult result(raw);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result.get()));
    }
    if (!failure.isEmpty())
        refused(failure);
    m_copy.clear();
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
    // SQLite: the write transaction already excludes other writers. Its page cache stays at the
    // connection's 64 MB: a 1 GB cache here (once thought to spare the WAL a big load's index
    // pages) made a million-subject import peak at 1.1 GB and bought no time, since a first load
    // builds its indexes at the end (DeferredIndexes) and a smaller one fits (docs/performance.md).
    if (!isPostgres(db))
        return;
    execConstant(db,
                 QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE")
                     .arg(tables.join(QStringLiteral(", "))),
                 QT_TRANSLATE_NOOP("dpo::Sql", "lock tables for a bulk load"));
}

qint64 nextFreeId(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "allocate ids"));
    q.next();
    return q.value(0).toLongLong();
}

void refreshStatistics(const QSqlDatabase& db, const QStringList& tables)
{
    if (!isPostgres(db))
        return;
    // Only the tables this role may analyze (their owner's rights): another role would only get
    // a server warning per table, which QPSQL prints on the console's output.
    QStringList placeholders;
    for (qsizetype i = 0; i < tables.size(); ++i)
        placeholders << QStringLiteral("to_regclass(?)");
    QSqlQuery owned = prepareQuery(
        db, QStringLiteral(
                "SELECT relname FROM pg_class WHERE oid IN (%1) AND pg_has_role(relowner, 'USAGE')")
                .arg(placeholders.join(QStringLiteral(", "))));
    for (const QString& table : tables)
        owned.addBindValue(table);
    execQuery(owned, QT_TRANSLATE_NOOP("dpo::Sql", "update the statistics after a bulk load"));
    QStringList mine;
    while (owned.next())
        mine << owned.value(0).toString();
    if (mine.isEmpty())
        return;
    // The names come from pg_class, for tables the program named.
    execConstant(db, QStringLiteral("ANALYZE %1").arg(mine.join(QStringLiteral(", "))),
                 QT_TRANSLATE_NOOP("dpo::Sql", "update the statistics after a bulk load"));
}

void syncIdentity(const QSqlDatabase& db, const QString& table)
{
    if (!isPostgres(db))
        return;
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
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
        QSqlQuery q = prepareQuery(
            m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE "
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
        execConstant(m_db, definition,
                     QT_TRANSLATE_NOOP("dpo::Sql", "rebuild indexes after a bulk load"));
    }
    m_definitions.clear();
}

} // namespace dpo

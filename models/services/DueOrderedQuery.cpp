// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DueOrderedQuery.h"

#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"

#include <utility>

namespace dpo {

DueOrderedQuery::DueOrderedQuery(QString table, QString joins, QString open, QString due,
                                 QString id)
    : m_table(std::move(table)), m_joins(std::move(joins)), m_open(std::move(open)),
      m_due(std::move(due)), m_id(std::move(id))
{
}

void DueOrderedQuery::applyFilter(CaseFilter filter, const QDate& on)
{
    m_openOnly = filter != CaseFilter::All;
    if (m_openOnly)
        where(m_open);
    if (filter == CaseFilter::Overdue)
        where(m_due + QStringLiteral(" < ?"), {on});
    else if (filter == CaseFilter::DueThisWeek) // the overdue ones have their own view
        where(m_due + QStringLiteral(" BETWEEN ? AND ?"), {on, DeadlineCalendar::endOfWeek(on)});
    else if (filter == CaseFilter::DueToday)
        where(m_due + QStringLiteral(" = ?"), {on});
}

void DueOrderedQuery::where(const QString& condition, const QVariantList& values)
{
    m_where << QLatin1Char('(') + condition + QLatin1Char(')');
    m_values << values;
}

QString DueOrderedQuery::whereClause(const QStringList& extra) const
{
    const QStringList all = m_where + extra;
    return all.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

qint64 DueOrderedQuery::countWhere(const QSqlDatabase& db, const QStringList& extra,
                                   const QVariantList& values) const
{
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT count(*) FROM ") + m_table + whereClause(extra));
    for (const QVariant& v : m_values + values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the register's rows"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DueOrderedQuery::count(const QSqlDatabase& db) const
{
    return countWhere(db, {}, {});
}

qint64 DueOrderedQuery::overdueCount(const QSqlDatabase& db, const QDate& on) const
{
    return countWhere(db, {m_open, m_due + QStringLiteral(" < ?")}, {on});
}

QList<qint64> DueOrderedQuery::partIds(const QSqlDatabase& db, bool open, const DueOrderKey* after,
                                       qint64 offset, int limit) const
{
    QStringList extra{open ? m_open : QStringLiteral("NOT (%1)").arg(m_open)};
    QVariantList values;
    if (after) { // the row values compare as the ORDER BY does, on both backends
        extra << QStringLiteral("(%1, %2) > (?, ?)").arg(m_due, m_id);
        values << after->dueOn << after->id;
    }
    QString sql = QStringLiteral("SELECT %1 FROM ").arg(m_id) + m_table + whereClause(extra) +
                  QStringLiteral(" ORDER BY %1, %2 LIMIT ?").arg(m_due, m_id);
    values << limit;
    if (offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values << offset;
    }
    QSqlQuery q = prepareQuery(db, sql);
    for (const QVariant& v : m_values + values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QSqlQuery DueOrderedQuery::rows(const QSqlDatabase& db, const QString& columns, qint64 offset,
                                int limit, const DueOrderKey* after) const
{
    const QString rank = QStringLiteral("CASE WHEN %1 THEN 0 ELSE 1 END").arg(m_open);
    const QString order = QStringLiteral(" ORDER BY %1, %2, %3").arg(rank, m_due, m_id);
    const QString select =
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + m_table + m_joins;
    if (limit < 0) { // every row at once (a list, not a page)
        QSqlQuery q = prepareQuery(db, select + whereClause({}) + order);
        for (const QVariant& v : m_values)
            q.addBindValue(v);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register"));
        return q;
    }
    // A page: the open cases in due order, then the closed ones, each part read along its index
    // (sorting the whole register for every page would cost a hundred times more at 400,000
    // cases); then the page's rows with their columns.
    QList<qint64> ids;
    const auto closedAfterOpen = [&] { // a page that runs past the last open case
        if (ids.size() < limit && !m_openOnly)
            ids += partIds(db, false, nullptr, 0, limit - int(ids.size()));
    };
    if (after) {
        if (after->open) {
            ids = partIds(db, true, after, 0, limit);
            closedAfterOpen();
        } else if (!m_openOnly) {
            ids = partIds(db, false, after, 0, limit);
        }
    } else {
        // `offset` rows in, with no page before it loaded: among the open cases or the closed.
        const qint64 openCount =
            offset > 0 && !m_openOnly ? countWhere(db, {m_open}, {}) : offset + 1;
        if (offset < openCount) {
            ids = partIds(db, true, nullptr, offset, limit);
            closedAfterOpen();
        } else {
            ids = partIds(db, false, nullptr, offset - openCount, limit);
        }
    }
    // The ids were chosen by the view's conditions: the rows are found by their numbers alone
    // (with the conditions repeated, a planner may walk a state index instead).
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q = prepareQuery(
        db,
        select +
            (ids.isEmpty()
                 ? QStringLiteral(" WHERE 1 = 0")
                 : QStringLiteral(" WHERE %1 IN (%2)").arg(m_id, marks.join(QLatin1Char(',')))) +
            order);
    for (const qint64 id : ids)
        q.addBindValue(id);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register"));
    return q;
}

} // namespace dpo

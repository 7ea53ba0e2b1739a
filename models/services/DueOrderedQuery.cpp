// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DueOrderedQuery.h"

#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"

#include <utility>

namespace dpo {

DueOrderedQuery::DueOrderedQuery(QString from, QString open, QString due, QString id)
    : m_from(std::move(from)), m_open(std::move(open)), m_due(std::move(due)), m_id(std::move(id))
{
}

void DueOrderedQuery::applyFilter(CaseFilter filter, const QDate& on)
{
    if (filter != CaseFilter::All)
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

qint64 DueOrderedQuery::count(const QSqlDatabase& db) const
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT count(*) ") + m_from + whereClause({}));
    for (const QVariant& v : m_values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the register's rows"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DueOrderedQuery::overdueCount(const QSqlDatabase& db, const QDate& on) const
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT count(*) ") + m_from +
                                       whereClause({m_open, m_due + QStringLiteral(" < ?")}));
    for (const QVariant& v : m_values)
        q.addBindValue(v);
    q.addBindValue(on);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the register's rows"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QSqlQuery DueOrderedQuery::rows(const QSqlDatabase& db, const QString& columns, qint64 offset,
                                int limit, const DueOrderKey* after) const
{
    const QString rank = QStringLiteral("CASE WHEN %1 THEN 0 ELSE 1 END").arg(m_open);
    QStringList extra;
    if (after) // the row values compare as the ORDER BY does, on both backends
        extra << QStringLiteral("(%1, %2, %3) > (?, ?, ?)").arg(rank, m_due, m_id);
    QString sql = QStringLiteral("SELECT ") + columns + QLatin1Char(' ') + m_from +
                  whereClause(extra) +
                  QStringLiteral(" ORDER BY %1, %2, %3").arg(rank, m_due, m_id);
    const bool paged = limit >= 0;
    const bool skip = paged && !after && offset > 0;
    if (paged)
        sql += skip ? QStringLiteral(" LIMIT ? OFFSET ?") : QStringLiteral(" LIMIT ?");
    QSqlQuery q = prepareQuery(db, sql);
    for (const QVariant& v : m_values)
        q.addBindValue(v);
    if (after) {
        q.addBindValue(after->open ? 0 : 1);
        q.addBindValue(after->dueOn);
        q.addBindValue(after->id);
    }
    if (paged)
        q.addBindValue(limit);
    if (skip)
        q.addBindValue(offset);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register"));
    return q;
}

} // namespace dpo

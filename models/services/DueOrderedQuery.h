// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseFilter.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dpo {

// Where a row of a due-ordered register stands: the next page starts after it.
struct DueOrderKey
{
    bool open = false;
    QDate dueOn;
    qint64 id = 0;
};

// The query behind every register of cases with a due date (claims, withdrawal requests): open
// cases first, then by due date and number, filtered by the register's view and its own
// conditions, and read a page at a time: after the previous page's last row (keyset: no row is
// skipped or repeated when rows come and go between pages) or, for a page far down, by offset.
class DueOrderedQuery
{
public:
    // `table`: the cases' table and its alias, "claims c"; `joins`: what the rows' columns need
    // besides ("LEFT JOIN subjects s ON …"; the count and the paging read the table alone, so the
    // conditions name its columns only); `open`: the SQL condition of an open case; `due`, `id`:
    // the due date's and the number's column.
    DueOrderedQuery(QString table, QString joins, QString open, QString due, QString id);

    void applyFilter(CaseFilter filter, const QDate& on);
    void where(const QString& condition, const QVariantList& values = {});

    qint64 count(const QSqlDatabase& db) const;
    qint64 overdueCount(const QSqlDatabase& db, const QDate& on) const;
    // `columns` selected, in the register's order; limit < 0: every row (the offset is then 0).
    QSqlQuery rows(const QSqlDatabase& db, const QString& columns, qint64 offset, int limit,
                   const DueOrderKey* after) const;
    // A page of the register's rows, each made by `rowFrom(query)`: after `after` (keyset; a Row
    // has open, dueOn and id) or from `offset`.
    template <typename Row, typename RowFrom>
    QList<Row> page(const QSqlDatabase& db, const QString& columns, qint64 offset, int limit,
                    const Row* after, RowFrom rowFrom) const
    {
        const DueOrderKey key =
            after ? DueOrderKey{after->open, after->dueOn, after->id} : DueOrderKey{};
        QSqlQuery q = rows(db, columns, offset, limit, after ? &key : nullptr);
        QList<Row> page;
        while (q.next())
            page << rowFrom(q);
        return page;
    }

private:
    QString whereClause(const QStringList& extra) const;
    // The numbers of up to `limit` cases of one part (the open ones, or the closed ones) in due
    // order: after `after` (keyset) or from `offset`. Along the (due_on, state) index.
    QList<qint64> partIds(const QSqlDatabase& db, bool open, const DueOrderKey* after,
                          qint64 offset, int limit) const;
    qint64 countWhere(const QSqlDatabase& db, const QStringList& extra,
                      const QVariantList& values) const;

    QString m_table, m_joins, m_open, m_due, m_id;
    bool m_openOnly = false; // the view holds open cases only: there is no closed part
    QStringList m_where;
    QVariantList m_values;
};

} // namespace dpo

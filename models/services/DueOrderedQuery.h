// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseFilter.h"

#include <QDate>
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
    // `from`: "FROM claims c LEFT JOIN …"; `open`: the SQL condition of an open case; `due`,
    // `id`: the due date's and the number's column.
    DueOrderedQuery(QString from, QString open, QString due, QString id);

    void applyFilter(CaseFilter filter, const QDate& on);
    void where(const QString& condition, const QVariantList& values = {});

    qint64 count(const QSqlDatabase& db) const;
    qint64 overdueCount(const QSqlDatabase& db, const QDate& on) const;
    // `columns` selected, in the register's order; limit < 0: every row (the offset is then 0).
    QSqlQuery rows(const QSqlDatabase& db, const QString& columns, qint64 offset, int limit,
                   const DueOrderKey* after) const;

private:
    QString whereClause(const QStringList& extra) const;

    QString m_from, m_open, m_due, m_id;
    QStringList m_where;
    QVariantList m_values;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/CaseRegisterModel.h"

#include <QCoreApplication>
#include <QDate>

namespace dpo {

class Database;

// A register of cases with a due date (claims, withdrawal requests) over its service, whose
// count, overdueCount and page take the day and the view (DueOrderedQuery underneath): the case
// type's register says only its columns and how a row reads (toRow).
template <typename Service> class DueRegister : public CaseRegisterSource
{
public:
    using View = typename Service::View;
    using Row = typename Service::Row;

    DueRegister(Database& database, QDate on, View view)
        : m_database(database), m_on(on), m_view(std::move(view))
    {
    }
    qint64 count() const override { return Service(m_database).count(m_on, m_view); }
    qint64 overdueCount() const override { return Service(m_database).overdueCount(m_on, m_view); }
    QList<CaseRegisterRow> page(qint64 offset, int limit,
                                const CaseRegisterRow* after) const override
    {
        Row last; // where the previous page ended, as the service's keyset reads it
        if (after) {
            last.id = after->id;
            last.open = after->open;
            last.dueOn = after->sortDate;
        }
        QList<CaseRegisterRow> out;
        for (const Row& r :
             Service(m_database).page(m_on, m_view, offset, limit, after ? &last : nullptr)) {
            CaseRegisterRow row = toRow(r);
            row.id = r.id;
            row.open = r.open;
            row.overdue = r.overdue;
            row.daysLeft = r.daysLeft;
            row.sortDate = r.dueOn;
            out << row;
        }
        return out;
    }

protected:
    // The row's cells (and its subject, if the register opens it).
    virtual CaseRegisterRow toRow(const Row& row) const = 0;

private:
    Database& m_database;
    QDate m_on;
    View m_view;
};

// A register's column names, translated in `context`.
inline QStringList translatedHeaders(const char* context, std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* name : names)
        out << QCoreApplication::translate(context, name);
    return out;
}

} // namespace dpo

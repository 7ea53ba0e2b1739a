// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/WindowedTableModel.h"
#include "services/AuditListService.h"

namespace dpo {

class Database;

// The audit trail, newest first, a million entries or more, loaded a page at a time as the view
// asks (a "Loading…" placeholder until then) with a bounded cache: the subjects list's approach.
class AuditListModel : public WindowedTableModel<AuditListRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Time,
        Officer,
        Action,
        Entity,
        Subject,
        Details,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 30;

    explicit AuditListModel(Database& database, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<AuditListRow> fetchPage(qint64 offset, int limit,
                                  const QList<AuditListRow>* previous) const override;

private:
    Database& m_database;
    AuditFilter m_filter;
    AuditSpan m_span;
};

} // namespace dpo

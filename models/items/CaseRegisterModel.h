// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/WindowedTableModel.h"

#include <memory>
#include <optional>
#include <QDate>
#include <QSet>
#include <QStringList>

namespace dpo {

// One row of a case register as every case type's register shows it: its cells already in
// words, and what the deadline column and the keyset paging need.
struct CaseRegisterRow
{
    qint64 id = 0;
    qint64 subjectId = 0; // 0: no subject on file
    QStringList cells;
    bool open = false;
    bool overdue = false;
    int daysLeft = 0;
    QDate sortDate;     // the date the register is ordered by: the due date, a disclosure's date
    bool banded = true; // the deadline column in its band's colour (else only when overdue)
};

// What differs between case types' registers (ClaimRegister, WithdrawalRegister): the columns,
// and how to count the rows of the chosen view and read a page of them.
class CaseRegisterSource
{
public:
    virtual ~CaseRegisterSource() = default;
    virtual QStringList headers() const = 0;
    virtual int deadlineColumn() const = 0; // -1: none
    virtual qint64 count() const = 0;
    virtual qint64 overdueCount() const = 0;
    // Rows [offset, offset + limit); `after`: the previous page's last row, when it is loaded.
    virtual QList<CaseRegisterRow> page(qint64 offset, int limit,
                                        const CaseRegisterRow* after) const = 0;
};

class DatabaseWorker;

// A case register of any size as a windowed table (pages of kPageSize rows fetched when a view
// first shows them, a bounded cache): a register of 400,000 requests opens as one of 4,000 does.
// The deadline column is in its band's colour, bold when overdue; every cell carries the case's
// id and its subject's.
//
// Given a worker (setWorker), the model reads on the worker's thread: a reload keeps the rows
// it shows until the new view's count and first page arrive, a page shows "Loading…" until its
// rows do, and an answer to an earlier reload (the officer changed the filter twice, quickly) is
// dropped. Without one it reads on the calling thread (tests of the rows themselves).
class CaseRegisterModel : public WindowedTableModel<CaseRegisterRow>
{
    Q_OBJECT
public:
    enum Role
    {
        DeadlineBandRole = Qt::UserRole, // the band's colour name (#rrggbb)
        IdRole,
        SubjectIdRole,
    };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 20;

    explicit CaseRegisterModel(QObject* parent = nullptr, int pageSize = kPageSize);

    void setWorker(DatabaseWorker* worker);
    // A new view of the register (new filters): counted anew, rows fetched as they are shown.
    void setSource(std::shared_ptr<const CaseRegisterSource> source);
    void reload(); // the same view, read again; `reloaded` says when its count is in
    bool isReloading() const { return m_reloading; }
    qint64 overdueCount() const { return m_overdue; }
    // The row of case `id` among the rows loaded so far; -1 when it is not.
    int loadedRowOf(qint64 id) const;
    // Loads the first page now (a reload shows it at once and can select in it).
    void loadFirstPage();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void fetchWantedPages() override;

signals:
    // The reload's count (and, read on a worker, its first page) is in, or loadFailed said why not.
    void reloaded();

protected:
    QList<CaseRegisterRow> fetchPage(qint64 offset, int limit,
                                     const QList<CaseRegisterRow>* previous) const override;

private:
    struct FirstPage
    {
        qint64 total = 0;
        qint64 overdue = 0;
        QList<CaseRegisterRow> rows;
    };
    void reloadOnWorker();
    void fetchOnWorker(int page);

    std::shared_ptr<const CaseRegisterSource> m_source;
    QStringList m_headers;
    qint64 m_overdue = 0;
    DatabaseWorker* m_worker = nullptr;
    quint64 m_generation = 0; // counts reloads: an answer to an earlier one is dropped
    bool m_reloading = false;
    QSet<int> m_requested; // pages asked of the worker, not yet answered
};

} // namespace dpo

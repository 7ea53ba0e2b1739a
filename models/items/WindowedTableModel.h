// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "items/PageCache.h"

#include <climits>
#include <functional>
#include <QAbstractTableModel>

namespace dpo {

// The part of a windowed table model that cannot be a template: its signal and the queued fetch.
class WindowedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    qint64 totalCount() const { return m_total; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(qMin<qint64>(m_total, INT_MAX));
    }
    // Loads the pages the view has asked for now, not at the next turn of the event loop.
    virtual void fetchWantedPages() = 0;

signals:
    void loadFailed(const QString& message);

protected:
    // data() asked for a row that is not loaded: fetch its page once control returns to the loop.
    void queueFetch() const;
    void fetchStarted() { m_fetchQueued = false; }

    qint64 m_total = 0;

private:
    mutable bool m_fetchQueued = false;
};

// A table of millions of rows that loads the rows a view shows, a page at a time, when it first
// asks for them ("Loading…" until then), and keeps a bounded cache of pages. The subclass says how
// many rows there are and how to read a page: by keyset after the previous page when that one is
// loaded, by offset otherwise.
template <typename Row> class WindowedTableModel : public WindowedModelBase
{
public:
    WindowedTableModel(int pageSize, int cachedPages, QObject* parent)
        : WindowedModelBase(parent), m_pages(pageSize, cachedPages)
    {
    }

    // The row when its page is loaded; nullptr (and the page wanted) otherwise.
    const Row* loadedRow(int row) const
    {
        const Row* loaded = m_pages.row(row);
        if (!loaded)
            queueFetch();
        return loaded;
    }
    void fetchWantedPages() override
    {
        for (int page : takeWantedPages())
            loadPage(page);
    }
    int cachedPageCount() const { return m_pages.pageCount(); }
    // A page when it is loaded, without asking for it (nullptr otherwise).
    const QList<Row>* loadedPage(int page) const { return m_pages.page(page); }
    int pageSize() const { return m_pages.pageSize(); }
    void setCachedPageLimit(int pages) { m_pages.setLimit(pages); }

protected:
    // Rows [offset, offset + limit); `previous` is the full page before them when it is loaded.
    virtual QList<Row> fetchPage(qint64 offset, int limit, const QList<Row>* previous) const = 0;

    // Empties the cache and counts the rows again; a failure leaves an empty list and says why.
    void resetRows(const std::function<qint64()>& count)
    {
        QString error;
        qint64 total = 0;
        try {
            total = count();
        } catch (const Error& e) {
            error = e.message();
        }
        resetRowsTo(total);
        if (!error.isEmpty())
            emit loadFailed(error);
    }
    // Empties the cache; the list now has `total` rows, none loaded.
    void resetRowsTo(qint64 total)
    {
        beginResetModel();
        m_pages.clear();
        m_total = total;
        endResetModel();
    }
    // The pages a view has asked for since the last call that are neither loaded nor past the end.
    QList<int> takeWantedPages()
    {
        fetchStarted();
        QList<int> out;
        for (int page : m_pages.takeWanted())
            if (!m_pages.contains(page) && qint64(page) * m_pages.pageSize() < m_total)
                out << page;
        return out;
    }
    // The page before `page` when it is loaded and full (a keyset page can start after it).
    const QList<Row>* fullPageBefore(int page) const
    {
        const QList<Row>* previous = m_pages.page(page - 1);
        return previous && previous->size() == m_pages.pageSize() ? previous : nullptr;
    }
    void insertPage(int page, QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        const qint64 offset = qint64(page) * m_pages.pageSize();
        const int count = int(rows.size());
        m_pages.insert(page, std::move(rows));
        emit dataChanged(index(int(offset), 0), index(int(offset) + count - 1, columnCount() - 1));
    }

private:
    void loadPage(int page)
    {
        const int size = m_pages.pageSize();
        QList<Row> rows;
        try {
            rows = fetchPage(qint64(page) * size, size, fullPageBefore(page));
        } catch (const Error& e) {
            emit loadFailed(e.message());
            return;
        }
        insertPage(page, std::move(rows));
    }

    PageCache<Row> m_pages;
};

} // namespace dpo

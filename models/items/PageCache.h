// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace dpo {

// The pages of rows a windowed table model holds: at most `limit` pages, the least recently
// used page evicted first, and the pages a view asked for that are not loaded yet.
template <typename Row> class PageCache
{
public:
    explicit PageCache(int pageSize, int limit) : m_pageSize(pageSize), m_limit(limit) {}

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
        m_wanted.clear();
    }
    void setLimit(int pages) { m_limit = qMax(1, pages); }
    int pageCount() const { return int(m_pages.size()); }
    int pageSize() const { return m_pageSize; }

    // The row, or nullptr when its page is not loaded (the page is then wanted).
    const Row* row(int index) const
    {
        const int page = index / m_pageSize;
        const auto it = m_pages.constFind(page);
        if (it == m_pages.constEnd() || index % m_pageSize >= it->size()) {
            m_wanted.insert(page);
            return nullptr;
        }
        touch(page);
        return &it->at(index % m_pageSize);
    }
    const QList<Row>* page(int page) const
    {
        const auto it = m_pages.constFind(page);
        return it == m_pages.constEnd() ? nullptr : &*it;
    }
    bool contains(int page) const { return m_pages.contains(page); }
    QSet<int> takeWanted() { return std::exchange(m_wanted, {}); }

    void insert(int page, QList<Row> rows)
    {
        m_pages.insert(page, std::move(rows));
        touch(page);
        while (m_pages.size() > m_limit && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
    }

private:
    void touch(int page) const
    {
        m_recent.removeOne(page);
        m_recent.append(page);
    }

    int m_pageSize;
    int m_limit;
    QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent; // most recently used last
    mutable QSet<int> m_wanted;
};

} // namespace dpo

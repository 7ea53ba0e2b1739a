// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SubjectListService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace dpo {

class Database;

// The subjects list as a table of every matching subject, a million or more, without loading
// them: rows come in pages of kPageSize when the view first asks for them (a "Loading…"
// placeholder until then), at most kCachedPages pages are kept, and the least recently used page
// goes first. INN and phone are masked; subjects under 18 are marked.
class SubjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlatformRef, Inn, Surname, GivenName, Patronymic, BirthDate, Phone, Consent, Status, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 30; // the default bound of the cache

    explicit SubjectListModel(Database& database, QObject* parent = nullptr);

    void setFilter(const SubjectFilter& filter);
    const SubjectFilter& filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    // A search matched more subjects than it shows (SubjectFilter::searchCap).
    bool hasMoreMatches() const { return m_more; }

    // The subject of a loaded row; nullptr while its page is loading.
    const SubjectListRow* loadedRow(int row) const;
    // Loads the pages the view has asked for now, not at the next turn of the event loop.
    void fetchWantedPages();
    int cachedPageCount() const { return int(m_pages.size()); }
    void setCachedPageLimit(int pages) { m_cachedPageLimit = qMax(1, pages); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusDisplayName(const QString& status);
    static QString consentStateDisplayName(const QString& state);

signals:
    void loadFailed(const QString& message);

private:
    void loadPage(int page);
    void touch(int page) const;

    Database& m_database;
    SubjectFilter m_filter;
    qint64 m_total = 0;
    bool m_more = false;
    QHash<int, QList<SubjectListRow>> m_pages;
    mutable QList<int> m_recent;  // most recently used last
    mutable QSet<int> m_wanted;   // pages data() asked for
    mutable bool m_fetchQueued = false;
    int m_cachedPageLimit = kCachedPages;
};

} // namespace dpo

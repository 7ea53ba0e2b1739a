// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "items/WindowedTableModel.h"
#include "services/SubjectListService.h"

namespace dpo {

class Database;

// The subjects list as a table of every matching subject, a million or more, without loading
// them: rows come in pages of kPageSize when the view first asks for them (a "Loading…"
// placeholder until then), at most kCachedPages pages are kept, and the least recently used page
// goes first. INN and phone are masked; blocked values read "[blocked]"; subjects under 18 are
// marked. It reads as `session`, which must be allowed to read personal data.
class SubjectListModel : public WindowedTableModel<SubjectListRow>
{
    Q_OBJECT
public:
    enum Column
    {
        PlatformRef,
        Inn,
        Surname,
        GivenName,
        Patronymic,
        BirthDate,
        Phone,
        Consent,
        Status,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 30; // the default bound of the cache

    SubjectListModel(Database& database, Session session, QObject* parent = nullptr);

    void setFilter(const SubjectFilter& filter);
    const SubjectFilter& filter() const { return m_filter; }
    // A search matched more subjects than it shows (SubjectFilter::searchCap).
    bool hasMoreMatches() const { return m_more; }
    // How many subjects the search matches, counted up to SubjectFilter::matchCountCap; and
    // whether more than that do.
    qint64 matchedCount() const { return m_matched; }
    bool hasMoreThanCounted() const { return m_matchedMore; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusDisplayName(const QString& status);
    static QString consentStateDisplayName(const QString& state);

protected:
    QList<SubjectListRow> fetchPage(qint64 offset, int limit,
                                    const QList<SubjectListRow>* previous) const override;

private:
    Database& m_database;
    const Session m_session;
    SubjectFilter m_filter;
    bool m_more = false;
    qint64 m_matched = 0;
    bool m_matchedMore = false;
};

} // namespace dpo

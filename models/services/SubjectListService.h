// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SubjectService.h"

#include <QDate>
#include <QList>
#include <QVariantList>

namespace dpo {

class Database;
struct Session;

// What the subjects list shows: an optional search, filters, and an order.
struct SubjectFilter
{
    enum class Sort
    {
        Name,
        Inn,
        ConsentDate,
        Status
    };

    QString search; // as SubjectService::search understands it
    Sort sort = Sort::Name;
    bool descending = false;
    QString status;             // active, blocked, depersonalised, destroyed; empty for any
    QString consentState;       // given, withdrawn (of the latest consent); empty for any
    bool openCasesOnly = false; // an open withdrawal request or an unanswered claim
    bool minorsOnly = false;    // under 18 on `today` (policy 9.1)
    QDate today = QDate::currentDate();
    // A search shows at most this many subjects, the first in the list's order; more matches
    // ask the officer to refine the search (a broad prefix matches tens of thousands).
    int searchCap = 1000;
    // How far a search's matches are counted: the officer is told how many match up to this
    // many, "more than" beyond (counting every match of a broad prefix would read the index to
    // its end).
    int matchCountCap = 10000;
};

struct SubjectCount
{
    qint64 rows = 0;          // what the list shows
    bool more = false;        // a search matched more than searchCap subjects
    qint64 matched = 0;       // how many match, counted up to matchCountCap
    bool matchedMore = false; // more than matchCountCap match
};

struct SubjectListRow
{
    SubjectSummary subject;
    bool minor = false;
    QVariantList key; // the values of the order's columns, for keyset paging
};

// Windows of the subjects list for a table model that shows a million rows without loading them.
// A window that continues a known row is read by keyset (WHERE (key) > (last key)), which an
// index answers at once; any other window is read with OFFSET from whichever end of the order is
// nearer, so that a jump to the end costs as little as the start.
// Every call needs a session allowed to read personal data (data.read). Blocked values are never
// matched and come back empty (SubjectSummary::blockedCategories); the minors filter leaves out a
// subject whose birth date is blocked.
class SubjectListService
{
public:
    SubjectListService(Database& database, const Session& session);

    // A search that is a lookup by a whole INN or phone number is audited here, as
    // "subject.lookup" with the subjects it found: the list counts before it shows any row.
    SubjectCount count(const SubjectFilter& filter) const;
    // Rows [offset, offset + limit) of `total` (the count for the same filter).
    QList<SubjectListRow> window(const SubjectFilter& filter, qint64 offset, int limit,
                                 qint64 total) const;
    // The `limit` rows that follow `after` in the filter's order; falls back to nothing when
    // the key holds a NULL (the caller then asks window()).
    QList<SubjectListRow> after(const SubjectFilter& filter, const SubjectListRow& after,
                                int limit) const;

private:
    QList<SubjectListRow> run(const SubjectFilter& filter, const QString& extraCondition,
                              const QVariantList& extraValues, bool reversed, qint64 offset,
                              int limit) const;
    SubjectCount countLookup(const SubjectFilter& filter, const SearchBranches& search) const;
    void requireReading() const;
    Database& m_database;
    const Session& m_session;
};

} // namespace dpo

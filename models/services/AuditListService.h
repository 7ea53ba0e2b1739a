// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpo {

class Database;

// Which audit entries the audit section shows; empty fields do not filter.
struct AuditFilter
{
    QDate from, to;     // days in Bishkek time, both included
    QString officer;    // user name, exactly
    QString action;     // exactly, or a prefix ending in "." ("subject.")
    QString subjectRef; // the subject's platform reference
    QString entity;     // exactly
};

// How many entries a filter matches, and the first and last seq among them.
struct AuditSpan
{
    qint64 rows = 0;
    qint64 firstSeq = 0, lastSeq = 0;
};

struct AuditListRow
{
    qint64 seq = 0;
    QDateTime at;  // parsed from atUtc; invalid in forEachOldestFirst's rows (an export's)
    QString atUtc; // as stored, the text the hash covers
    QString officer, action, entity, entityId, subjectRef, details, prevHash, hash;
    qint64 subjectId = 0;
    qint64 officerId = 0; // 0: none (a failed sign-in)
};

// Windows of the audit trail, newest first, for a list of millions of entries: a window that
// continues a loaded one is read by keyset (seq below the last one), any other by offset from
// the nearer end; the subject's platform reference comes with each row. A period is counted on
// the time index, and its windows read on the primary key between the period's first and last
// seq: a period of a million entries costs no sort.
class AuditListService
{
public:
    explicit AuditListService(Database& database);

    AuditSpan count(const AuditFilter& filter) const;
    // `span` is count()'s answer for the same filter: it bounds the rows read by seq.
    QList<AuditListRow> window(const AuditFilter& filter, const AuditSpan& span, qint64 offset,
                               int limit) const;
    QList<AuditListRow> after(const AuditFilter& filter, const AuditSpan& span, qint64 lastSeq,
                              int limit) const;
    // Every matching entry, oldest first, read in pages; `visit` returns false to stop. The rows
    // carry atUtc only (an export writes the text; parsing a million times costs a tenth).
    void forEachOldestFirst(const AuditFilter& filter,
                            const std::function<bool(const AuditListRow&)>& visit) const;
    // The officers and actions the trail holds, for the filter's lists.
    QStringList officers() const;
    QStringList actions() const;

private:
    QList<AuditListRow> run(const AuditFilter& filter, const AuditSpan& span, const QString& extra,
                            const QVariantList& extraValues, bool oldestFirst, qint64 offset,
                            int limit, bool parseTime = true) const;
    Database& m_database;
};

} // namespace dpo

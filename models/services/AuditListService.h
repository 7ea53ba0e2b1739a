// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpo {

class Database;

// Which audit entries the audit section shows; empty fields do not filter.
struct AuditFilter
{
    QDate from, to;          // days in Bishkek time, both included
    QString officer;         // user name, exactly
    QString action;          // exactly, or a prefix ending in "." ("subject.")
    QString subjectRef;      // the subject's platform reference
    QString entity;          // exactly
};

struct AuditListRow
{
    qint64 seq = 0;
    QDateTime at;
    QString officer, action, entity, entityId, subjectRef, details, prevHash, hash;
    qint64 subjectId = 0;
};

// Windows of the audit trail, newest first, for a list of millions of entries: a window that
// continues a loaded one is read by keyset (seq below the last one), any other by offset from
// the nearer end; the subject's platform reference comes with each row.
class AuditListService
{
public:
    explicit AuditListService(Database& database);

    qint64 count(const AuditFilter& filter) const;
    QList<AuditListRow> window(const AuditFilter& filter, qint64 offset, int limit, qint64 total) const;
    QList<AuditListRow> after(const AuditFilter& filter, qint64 lastSeq, int limit) const;
    // The officers and actions the trail holds, for the filter's lists.
    QStringList officers() const;
    QStringList actions() const;

private:
    QList<AuditListRow> run(const AuditFilter& filter, const QString& extra, const QVariantList& extraValues,
                            bool oldestFirst, qint64 offset, int limit) const;
    Database& m_database;
};

} // namespace dpo

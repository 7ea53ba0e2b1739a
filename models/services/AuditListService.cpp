// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditListService.h"
#include "domain/DocumentLanguage.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <algorithm>
#include <QTimeZone>

namespace dpo {

namespace {
struct Where
{
    QString sql;
    QVariantList values;
};

// at_utc is ISO-8601 UTC text on both backends, so that a period is a text range on its index.
QString utcText(const QDate& bishkekDay)
{
    return bishkekMidnightUtc(bishkekDay).toString(Qt::ISODateWithMs);
}

// With a span, a period is read on the primary key between its first and last seq (the time
// condition stays, kept off its index by `|| ''`, so that an entry out of time order is never
// shown wrongly); without one, on the time index.
Where conditions(const AuditFilter& f, const AuditSpan* span = nullptr)
{
    QStringList parts;
    Where w;
    const bool bySpan = span && span->lastSeq > 0 && (f.from.isValid() || f.to.isValid());
    const QString at = bySpan ? QStringLiteral("(a.at_utc || '')") : QStringLiteral("a.at_utc");
    if (bySpan) {
        parts << QStringLiteral("a.seq BETWEEN ? AND ?");
        w.values << span->firstSeq << span->lastSeq;
    }
    if (f.from.isValid()) {
        parts << at + QStringLiteral(" >= ?");
        w.values << utcText(f.from);
    }
    if (f.to.isValid()) {
        parts << at + QStringLiteral(" < ?");
        w.values << utcText(f.to.addDays(1));
    }
    if (!f.officer.isEmpty()) {
        parts << QStringLiteral("a.officer_username = ?");
        w.values << f.officer;
    }
    if (f.action.endsWith(QLatin1Char('.'))) {
        // A family of actions: a range, not LIKE, so that no character of the text is a pattern.
        // `|| ''` keeps SQLite off the action index here: a family spans many actions, and reading
        // it by that index means sorting all of them by seq (1.1 s for subject.* at a million
        // entries, against a walk down seq that stops at a page). An exact action uses the index.
        parts << QStringLiteral("a.action || '' >= ? AND a.action || '' < ?");
        w.values << f.action << f.action.chopped(1) + QLatin1Char('/'); // '/' follows '.'
    } else if (!f.action.isEmpty()) {
        parts << QStringLiteral("a.action = ?");
        w.values << f.action;
    }
    if (!f.subjectRef.isEmpty()) {
        parts << QStringLiteral(
            "a.subject_id = (SELECT s.id FROM subjects s WHERE s.platform_ref = ?)");
        w.values << f.subjectRef.trimmed();
    }
    if (!f.entity.isEmpty()) {
        parts << QStringLiteral("a.entity = ?");
        w.values << f.entity;
    }
    w.sql = parts.join(QStringLiteral(" AND "));
    return w;
}

QStringList distinctValues(const QSqlDatabase& db, const QString& column)
{
    // Column names are constants of this file, never input.
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}
} // namespace

AuditListService::AuditListService(Database& database) : m_database(database) {}

AuditSpan AuditListService::count(const AuditFilter& filter) const
{
    const Where w = conditions(filter);
    // The seq bounds only serve a period; without one, count(*) alone is cheaper.
    const bool period = filter.from.isValid() || filter.to.isValid();
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        (period ? QStringLiteral("SELECT count(*), min(a.seq), max(a.seq) FROM audit_log a")
                : QStringLiteral("SELECT count(*), 0, 0 FROM audit_log a")) +
            (w.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.sql));
    for (int i = 0; i < w.values.size(); ++i)
        q.bindValue(i, w.values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

QList<AuditListRow> AuditListService::run(const AuditFilter& filter, const AuditSpan& span,
                                          const QString& extra, const QVariantList& extraValues,
                                          bool oldestFirst, qint64 offset, int limit,
                                          bool parseTime) const
{
    Where w = conditions(filter, &span);
    if (!extra.isEmpty()) {
        w.sql = w.sql.isEmpty() ? extra : w.sql + QStringLiteral(" AND ") + extra;
        w.values << extraValues;
    }
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral(
            "SELECT a.seq, a.at_utc, a.officer_username, a.action, a.entity, a.entity_id, "
            "a.subject_id, "
            "s.platform_ref, a.details, a.prev_hash, a.hash, a.officer_id FROM audit_log a "
            "LEFT JOIN subjects s ON s.id = a.subject_id%1 ORDER BY a.seq %2 LIMIT ? OFFSET ?")
            .arg(w.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.sql,
                 oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    // Read once, in order: the driver need not keep every row it has passed (an export reads a
    // million, five thousand at a time).
    readForwardOnly(q);
    w.values << limit << offset;
    for (int i = 0; i < w.values.size(); ++i)
        q.bindValue(i, w.values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    QList<AuditListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        AuditListRow r;
        r.seq = q.value(0).toLongLong();
        r.atUtc = q.value(1).toString();
        if (parseTime)
            r.at = QDateTime::fromString(r.atUtc, Qt::ISODateWithMs);
        r.officer = q.value(2).toString();
        r.action = q.value(3).toString();
        r.entity = q.value(4).toString();
        r.entityId = q.value(5).toString();
        r.subjectId = q.value(6).toLongLong();
        r.subjectRef = q.value(7).toString();
        r.details = q.value(8).toString();
        r.prevHash = q.value(9).toString();
        r.hash = q.value(10).toString();
        r.officerId = q.value(11).toLongLong();
        rows.append(std::move(r));
    }
    if (oldestFirst)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<AuditListRow> AuditListService::window(const AuditFilter& filter, const AuditSpan& span,
                                             qint64 offset, int limit) const
{
    const qint64 total = span.rows;
    const qint64 end = qMin(offset + limit, total);
    if (offset >= end)
        return {};
    if (offset <= total - end)
        return run(filter, span, QString(), {}, false, offset, int(end - offset));
    return run(filter, span, QString(), {}, true, total - end,
               int(end - offset)); // the oldest end is nearer
}

QList<AuditListRow> AuditListService::after(const AuditFilter& filter, const AuditSpan& span,
                                            qint64 lastSeq, int limit) const
{
    return run(filter, span, QStringLiteral("a.seq < ?"), {lastSeq}, false, 0, limit);
}

void AuditListService::forEachOldestFirst(
    const AuditFilter& filter, const std::function<bool(const AuditListRow&)>& visit) const
{
    constexpr int kPage = 5000;
    qint64 after = 0;
    for (;;) {
        // Oldest first by keyset: run() reverses what it reads oldest-first, so read newest-first
        // within the page's bounds and walk it backwards.
        const QList<AuditListRow> page =
            run(filter, AuditSpan{}, QStringLiteral("a.seq > ?"), {after}, true, 0, kPage, false);
        for (auto it = page.crbegin(); it != page.crend(); ++it)
            if (!visit(*it))
                return;
        if (page.size() < kPage)
            return;
        after = page.first().seq; // the newest of this page
    }
}

QStringList AuditListService::officers() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT username FROM officers ORDER BY username"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the officers"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList AuditListService::actions() const
{
    return distinctValues(m_database.connection(), QStringLiteral("action"));
}

} // namespace dpo

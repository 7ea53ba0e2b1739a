// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectListService.h"

#include "domain/ClaimWorkflow.h"
#include "domain/WithdrawalWorkflow.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "services/AccessControl.h"

#include <QCoreApplication>

#include <algorithm>

namespace dpo {

namespace {
// Each order matches an index column for column (schema version 2).
QStringList orderColumns(SubjectFilter::Sort sort)
{
    switch (sort) {
    case SubjectFilter::Sort::Inn:
        return {QStringLiteral("inn"), QStringLiteral("surname_fold"),
                QStringLiteral("given_name_fold"), QStringLiteral("id")};
    case SubjectFilter::Sort::ConsentDate:
        return {QStringLiteral("consent_given_at"), QStringLiteral("surname_fold"),
                QStringLiteral("given_name_fold"), QStringLiteral("id")};
    case SubjectFilter::Sort::Status:
        return {QStringLiteral("status"), QStringLiteral("surname_fold"),
                QStringLiteral("given_name_fold"), QStringLiteral("id")};
    case SubjectFilter::Sort::Name:
        break;
    }
    return {QStringLiteral("surname_fold"), QStringLiteral("given_name_fold"),
            QStringLiteral("id")};
}

// ORDER BY with explicit NULL placement where a column can hold NULL (the INN, the consent
// date), so that both backends agree (NULLs first), as their indexes do (schema versions 2 and 3).
// The name folds and the id are never NULL, and take no NULLS clause: PostgreSQL's indexes serve
// ASC (NULLS LAST) forwards and DESC (NULLS FIRST) backwards, and an ORDER BY with any other
// placement made it sort the million subjects for every page (250 ms; bench.sh).
QString orderBy(const QStringList& columns, bool descending)
{
    QStringList parts;
    for (const QString& c : columns) {
        const bool nullable = c == QStringLiteral("inn") || c == QStringLiteral("consent_given_at");
        parts << QStringLiteral("s.%1 %2").arg(
            c, nullable ? (descending ? QStringLiteral("DESC NULLS LAST")
                                      : QStringLiteral("ASC NULLS FIRST"))
                        : (descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    }
    return parts.join(QStringLiteral(", "));
}

struct Where
{
    QString sql;
    QVariantList values;
};

// The filters other than the search.
Where plainFilters(const SubjectFilter& filter)
{
    QStringList parts;
    Where where;
    if (!filter.status.isEmpty()) {
        parts << QStringLiteral("s.status = ?");
        where.values << filter.status;
    }
    if (!filter.consentState.isEmpty()) {
        parts << QStringLiteral("s.consent_state = ?");
        where.values << filter.consentState;
    }
    if (filter.minorsOnly) {
        parts << QStringLiteral("s.birth_date > ?") + notBlocked("personal_details");
        where.values << filter.today.addYears(-18);
    }
    if (filter.openCasesOnly)
        parts << QStringLiteral("(EXISTS (SELECT 1 FROM withdrawal_requests w WHERE w.subject_id = "
                                "s.id AND %1) OR EXISTS (SELECT 1 FROM claims c "
                                "WHERE c.subject_id = s.id AND %2))")
                     .arg(WithdrawalWorkflow::openCondition(QStringLiteral("w.state")),
                          ClaimWorkflow::openCondition(QStringLiteral("c.state")));
    where.sql = parts.join(QStringLiteral(" AND "));
    return where;
}

// The first `perBranch` rows of each search branch in the list's order, filters applied, united:
// their first `perBranch` rows in that order are the first of all matches. Unordered (the few
// subjects a whole INN or phone number finds, read to be audited), the branches stop at any
// `perBranch` rows.
Where searchCandidates(const SubjectFilter& filter, const SearchBranches& search, qint64 perBranch,
                       bool ordered)
{
    const Where filters = plainFilters(filter);
    const QString order = ordered ? QStringLiteral(" ORDER BY ") +
                                        orderBy(orderColumns(filter.sort), filter.descending)
                                  : QString();
    QStringList parts;
    Where where;
    for (const SearchBranches::Branch& branch : search.branches) {
        parts << QStringLiteral(
                     "SELECT id FROM (SELECT s.id FROM subjects s WHERE %1%2%3%4 LIMIT ?) b%5")
                     .arg(branch.condition, search.narrowing,
                          filters.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + filters.sql,
                          order)
                     .arg(parts.size());
        where.values << branch.values << search.narrowingValues << filters.values << perBranch;
    }
    where.sql = parts.join(QStringLiteral(" UNION "));
    return where;
}

// The condition of the list's rows up to row `rowsNeeded`: the search candidates, or the plain
// filters.
Where filterCondition(const SubjectFilter& filter, qint64 rowsNeeded)
{
    const SearchBranches search = subjectSearchBranches(filter.search);
    if (search.isEmpty())
        return plainFilters(filter);
    Where where =
        searchCandidates(filter, search, qMin<qint64>(rowsNeeded, filter.searchCap), true);
    where.sql = QStringLiteral("s.id IN (%1)").arg(where.sql);
    return where;
}

// A search's matches, counted up to `limit`: each branch yields only the subjects no branch before
// it matched, so the branches are disjoint, their rows are not gathered for a union, and the count
// stops at the limit, in the first branch if that one alone reaches it (a broad prefix: four
// branches of 10,001 rows each were read and united for every keystroke, the busiest statement of
// a team of 50 under load; docs/performance.md).
Where disjointMatches(const SubjectFilter& filter, const SearchBranches& search, qint64 limit)
{
    const Where filters = plainFilters(filter);
    QStringList parts;
    Where where;
    QString earlier;
    QVariantList earlierValues;
    for (const SearchBranches::Branch& branch : search.branches) {
        parts << QStringLiteral("SELECT 1 FROM subjects s WHERE %1%2%3%4")
                     .arg(branch.condition, search.narrowing,
                          filters.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + filters.sql,
                          earlier);
        where.values << branch.values << search.narrowingValues << filters.values << earlierValues;
        // NULL (a subject without a second surname) is not a match: IS NOT TRUE, not NOT.
        earlier += QStringLiteral(" AND (%1) IS NOT TRUE").arg(branch.condition);
        earlierValues << branch.values;
    }
    where.sql = parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" LIMIT ?");
    where.values << limit;
    return where;
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
}
} // namespace

SubjectListService::SubjectListService(Database& database, const Session& session)
    : m_database(database), m_session(session)
{
}

void SubjectListService::requireReading() const
{
    requirePermission(m_database, m_session, Permission::ReadPersonalData,
                      QCoreApplication::translate("dpo::SubjectService", "search subjects"));
}

SubjectCount SubjectListService::countLookup(const SubjectFilter& filter,
                                             const SearchBranches& search) const
{
    // The few subjects a whole INN, phone number or platform reference finds, read and audited
    // in one transaction.
    const Where where = searchCandidates(filter, search, filter.searchCap, false);
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT id FROM (%1) candidates").arg(where.sql));
    bindAll(q, where.values);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    recordSubjectLookup(db, m_session, search.lookups, ids);
    transaction.commit();
    return {qMin<qint64>(ids.size(), filter.searchCap), ids.size() >= filter.searchCap, ids.size(),
            false};
}

SubjectCount SubjectListService::count(const SubjectFilter& filter) const
{
    requireReading();
    const SearchBranches search = subjectSearchBranches(filter.search);
    if (!search.lookups.isEmpty())
        return countLookup(filter, search);
    // A search's matches are counted up to one past the larger cap.
    const qint64 cap = filter.matchCountCap;
    const Where where =
        search.isEmpty() ? plainFilters(filter)
                         : disjointMatches(filter, search, qMax<qint64>(cap, filter.searchCap) + 1);
    const QString sql =
        search.isEmpty()
            ? QStringLiteral("SELECT count(*) FROM subjects s") +
                  (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql)
            : QStringLiteral("SELECT count(*) FROM (%1) matches").arg(where.sql);
    QSqlQuery q = prepareQuery(m_database.connection(), sql);
    bindAll(q, where.values);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
    q.next();
    const qint64 n = q.value(0).toLongLong();
    if (search.isEmpty())
        return {n, false, n, false};
    return {qMin<qint64>(n, filter.searchCap), n > filter.searchCap, qMin(n, cap), n > cap};
}

QList<SubjectListRow> SubjectListService::run(const SubjectFilter& filter,
                                              const QString& extraCondition,
                                              const QVariantList& extraValues, bool reversed,
                                              qint64 offset, int limit) const
{
    requireReading();
    const QStringList columns = orderColumns(filter.sort);
    // A keyset continuation may need any candidate; a window only the rows up to its end.
    Where where =
        filterCondition(filter, extraCondition.isEmpty() ? offset + limit : filter.searchCap);
    QString condition = where.sql;
    if (!extraCondition.isEmpty()) {
        condition = condition.isEmpty() ? extraCondition
                                        : condition + QStringLiteral(" AND ") + extraCondition;
        where.values << extraValues;
    }
    QStringList keyColumns;
    for (const QString& c : columns)
        keyColumns << QStringLiteral("s.") + c;
    const QString sql =
        QStringLiteral("SELECT s.id, s.platform_ref, s.inn, s.surname, s.given_name, s.patronymic, "
                       "s.birth_date, s.phone, s.status, s.consent_state, s.consent_given_at, %1 "
                       "FROM subjects s%2 ORDER BY %3 LIMIT ? OFFSET ?")
            .arg(keyColumns.join(QStringLiteral(", ")),
                 condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition,
                 orderBy(columns, filter.descending != reversed));
    QSqlQuery q = prepareQuery(m_database.connection(), sql);
    where.values << limit << offset;
    bindAll(q, where.values);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "list subjects"));
    const QDate adult = filter.today.addYears(-18);
    QList<SubjectListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        SubjectListRow row;
        SubjectSummary& s = row.subject;
        s.id = q.value(0).toLongLong();
        s.platformRef = q.value(1).toString();
        s.inn = q.value(2).toString();
        s.surname = q.value(3).toString();
        s.givenName = q.value(4).toString();
        s.patronymic = q.value(5).toString();
        s.birthDate = q.value(6).toDate();
        s.phone = q.value(7).toString();
        s.status = q.value(8).toString();
        s.consentState = q.value(9).toString();
        s.consentGivenAt = q.value(10).toDateTime();
        for (int k = 0; k < columns.size(); ++k)
            row.key << q.value(11 + k);
        rows.append(std::move(row));
    }
    q.finish();
    QList<SubjectSummary*> summaries;
    for (SubjectListRow& row : rows)
        summaries << &row.subject;
    hideBlockedValues(m_database.connection(), summaries);
    for (SubjectListRow& row : rows)
        row.minor = row.subject.birthDate.isValid() && row.subject.birthDate > adult;
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<SubjectListRow> SubjectListService::window(const SubjectFilter& filter, qint64 offset,
                                                 int limit, qint64 total) const
{
    const qint64 end = qMin(offset + limit, total);
    if (offset >= end)
        return {};
    // From the far end only without a search: a capped search's candidates can outnumber the
    // rows shown, and it is small enough to read forwards anyway.
    if (offset <= total - end || !filter.search.trimmed().isEmpty())
        return run(filter, QString(), {}, false, offset, int(end - offset));
    return run(filter, QString(), {}, true, total - end, int(end - offset));
}

QList<SubjectListRow> SubjectListService::after(const SubjectFilter& filter,
                                                const SubjectListRow& last, int limit) const
{
    // NULL keys do not compare; and in descending INN or consent-date order the NULLs come last,
    // where a row-value comparison would never reach them. Those windows are read by offset
    // instead.
    if (filter.descending && (filter.sort == SubjectFilter::Sort::Inn ||
                              filter.sort == SubjectFilter::Sort::ConsentDate))
        return {};
    for (const QVariant& v : last.key)
        if (v.isNull())
            return {};
    const QStringList columns = orderColumns(filter.sort);
    QStringList keyColumns, placeholders;
    for (const QString& c : columns) {
        keyColumns << QStringLiteral("s.") + c;
        placeholders << QStringLiteral("?");
    }
    // Row values: (a, b, id) > (?, ?, ?) is one index seek on both backends.
    const QString condition =
        QStringLiteral("(%1) %2 (%3)")
            .arg(keyColumns.join(QStringLiteral(", ")),
                 filter.descending ? QStringLiteral("<") : QStringLiteral(">"),
                 placeholders.join(QStringLiteral(", ")));
    return run(filter, condition, last.key, false, 0, limit);
}

} // namespace dpo

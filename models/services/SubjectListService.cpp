// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectListService.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <algorithm>

namespace dpo {

namespace {
QStringList orderColumns(SubjectFilter::Sort sort)
{
    switch (sort) {
    case SubjectFilter::Sort::Inn: return {QStringLiteral("inn"), QStringLiteral("id")};
    case SubjectFilter::Sort::Status: return {QStringLiteral("status"), QStringLiteral("id")};
    case SubjectFilter::Sort::Name: break;
    }
    return {QStringLiteral("surname_fold"), QStringLiteral("given_name_fold"), QStringLiteral("id")};
}

// ORDER BY with explicit NULL placement, so that both backends agree (NULL INNs first).
QString orderBy(const QStringList& columns, bool descending)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << QStringLiteral("s.%1 %2").arg(c, descending ? QStringLiteral("DESC NULLS LAST")
                                                              : QStringLiteral("ASC NULLS FIRST"));
    return parts.join(QStringLiteral(", "));
}

struct Where
{
    QString sql;
    QVariantList values;
};

Where filterCondition(const SubjectFilter& filter)
{
    QStringList parts;
    Where where;
    const SearchCondition search = subjectSearchCondition(filter.search);
    if (!search.isEmpty()) {
        parts << search.sql;
        where.values << search.values;
    }
    if (!filter.status.isEmpty()) {
        parts << QStringLiteral("s.status = ?");
        where.values << filter.status;
    }
    if (filter.minorsOnly) {
        parts << QStringLiteral("s.birth_date > ?");
        where.values << filter.today.addYears(-18);
    }
    if (filter.openCasesOnly)
        parts << QStringLiteral(
            "(EXISTS (SELECT 1 FROM withdrawal_requests w WHERE w.subject_id = s.id AND w.state IN "
            "('received', 'identity_verified', 'decided', 'approved')) OR EXISTS (SELECT 1 FROM claims c "
            "WHERE c.subject_id = s.id AND c.state IN ('open', 'answer_drafted')))");
    where.sql = parts.join(QStringLiteral(" AND "));
    return where;
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
}
} // namespace

SubjectListService::SubjectListService(Database& database) : m_database(database) {}

qint64 SubjectListService::count(const SubjectFilter& filter) const
{
    const Where where = filterCondition(filter);
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT count(*) FROM subjects s") +
                                   (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql));
    bindAll(q, where.values);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
    q.next();
    return q.value(0).toLongLong();
}

QList<SubjectListRow> SubjectListService::run(const SubjectFilter& filter, const QString& extraCondition,
                                              const QVariantList& extraValues, bool reversed,
                                              qint64 offset, int limit) const
{
    const QStringList columns = orderColumns(filter.sort);
    Where where = filterCondition(filter);
    QString condition = where.sql;
    if (!extraCondition.isEmpty()) {
        condition = condition.isEmpty() ? extraCondition : condition + QStringLiteral(" AND ") + extraCondition;
        where.values << extraValues;
    }
    QStringList keyColumns;
    for (const QString& c : columns)
        keyColumns << QStringLiteral("s.") + c;
    const QString sql =
        QStringLiteral("SELECT s.id, s.platform_ref, s.inn, s.surname, s.given_name, s.patronymic, "
                       "s.birth_date, s.phone, s.status, %1 FROM subjects s%2 ORDER BY %3 LIMIT ? OFFSET ?")
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
        row.minor = s.birthDate.isValid() && s.birthDate > adult;
        for (int k = 0; k < columns.size(); ++k)
            row.key << q.value(9 + k);
        rows.append(std::move(row));
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<SubjectListRow> SubjectListService::window(const SubjectFilter& filter, qint64 offset, int limit,
                                                 qint64 total) const
{
    const qint64 end = qMin(offset + limit, total);
    if (offset >= end)
        return {};
    if (offset <= total - end) // nearer the start
        return run(filter, QString(), {}, false, offset, int(end - offset));
    return run(filter, QString(), {}, true, total - end, int(end - offset));
}

QList<SubjectListRow> SubjectListService::after(const SubjectFilter& filter, const SubjectListRow& last,
                                                int limit) const
{
    // NULL keys do not compare; and in descending INN order the NULL INNs come last, where a
    // row-value comparison would never reach them. Those windows are read by offset instead.
    if (filter.sort == SubjectFilter::Sort::Inn && filter.descending)
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
    const QString condition = QStringLiteral("(%1) %2 (%3)")
                                  .arg(keyColumns.join(QStringLiteral(", ")),
                                       filter.descending ? QStringLiteral("<") : QStringLiteral(">"),
                                       placeholders.join(QStringLiteral(", ")));
    return run(filter, condition, last.key, false, 0, limit);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectService.h"
#include "core/Session.h"
#include "domain/Inn.h"
#include "import/SubjectFields.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"
#include <QJsonArray>
#include <QJsonObject>

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Inn.h"

#include <QHash>
#include <QRegularExpression>
#include <QVariantList>

namespace dpo {

namespace {
// What a search may search by: printable characters, at most 100 of them. Control characters,
// the replacement characters of invalid UTF-8, unpaired surrogates and non-characters match no
// name, INN or phone, and some would reach the server as bytes it refuses (found by
// tst_hostileinput: "unterminated quoted string" on PostgreSQL).
QString searchableText(const QString& text)
{
    constexpr int kLongest = 100;
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kLongest));
    for (const QChar ch : text) {
        if (out.size() >= kLongest)
            break;
        if (ch.isSpace())
            out += QLatin1Char(' ');
        else if (ch.isPrint() && !ch.isSurrogate() && !ch.isNonCharacter() &&
                 ch != QChar::ReplacementCharacter)
            out += ch;
    }
    return out;
}
} // namespace

QString notBlocked(const char* category)
{
    return QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM subject_categories sc WHERE "
                          "sc.subject_id = s.id AND sc.category_code = '%1' AND "
                          "sc.state = 'blocked')")
        .arg(QLatin1String(category));
}

bool SubjectSummary::isBlocked(QLatin1StringView category) const
{
    return blockedCategories.contains(category);
}

SearchBranches subjectSearchBranches(const QString& text)
{
    SearchBranches search;
    const QString trimmed = searchableText(text).trimmed();
    if (trimmed.isEmpty())
        return search;
    const auto addRange = [&](const char* column) {
        return QStringLiteral("s.%1 >= ? AND s.%1 < ?").arg(QLatin1String(column)) +
               notBlocked("personal_details");
    };

    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()-]*$"));
    QStringList nameWords;
    if (phoneLike.match(trimmed).hasMatch()) {
        // Only a whole number, exactly: what a prefix found would tell the masked digits.
        QString digits = trimmed;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (Inn::isWellFormed(digits)) {
            search.branches.append(
                {QStringLiteral("s.inn = ?") + notBlocked("identity_document"), {digits}});
            search.lookups << QStringLiteral("inn");
        }
        const QString phone = SubjectFields::normalisePhone(trimmed);
        if (!phone.isEmpty()) {
            search.branches.append(
                {QStringLiteral("s.phone = ?") + notBlocked("contacts"), {phone}});
            search.lookups << QStringLiteral("phone");
        }
    } else {
        nameWords = NameFold::fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString& first = nameWords.first();
        const QString upper = NameFold::prefixUpperBound(first);
        // surname_part_fold: the part of a double surname after its hyphen (schema 22).
        for (const char* column :
             {"surname_fold", "surname_part_fold", "given_name_fold", "patronymic_fold"})
            search.branches.append({addRange(column), {first, upper}});
    }
    search.branches.append({QStringLiteral("s.platform_ref = ?"), {trimmed}});
    // Further words narrow the result: each must start some part of the name.
    for (int i = 1; i < nameWords.size(); ++i) {
        search.narrowing +=
            QStringLiteral(" AND ((s.surname_fold >= ? AND s.surname_fold < ?) OR "
                           "(s.surname_part_fold >= ? AND s.surname_part_fold < ?) OR "
                           "(s.given_name_fold >= ? AND s.given_name_fold < ?) OR "
                           "(s.patronymic_fold >= ? AND s.patronymic_fold < ?))");
        const QString upper = NameFold::prefixUpperBound(nameWords[i]);
        for (int k = 0; k < 4; ++k)
            search.narrowingValues << nameWords[i] << upper;
    }
    return search;
}

void recordSubjectLookup(const QSqlDatabase& db, const Session& session, const QStringList& fields,
                         const QList<qint64>& found)
{
    QJsonArray ids;
    for (const qint64 id : found)
        ids << id;
    AuditService::append(db, session, QStringLiteral("subject.lookup"), QStringLiteral("subject"),
                         found.size() == 1 ? QString::number(found.first()) : QString(),
                         found.size() == 1 ? found.first() : 0,
                         QJsonObject{{QStringLiteral("by"), QJsonArray::fromStringList(fields)},
                                     {QStringLiteral("found"), qint64(found.size())},
                                     {QStringLiteral("subjects"), ids}});
}

namespace {
void hideBlockedCategory(SubjectSummary& s, const QString& category)
{
    if (s.blockedCategories.contains(category))
        return;
    s.blockedCategories << category;
    if (category == QStringLiteral("personal_details")) {
        s.surname.clear();
        s.givenName.clear();
        s.patronymic.clear();
        s.birthDate = {};
    } else if (category == QStringLiteral("identity_document")) {
        s.inn.clear();
    } else {
        s.phone.clear();
    }
}
} // namespace

void hideBlockedValues(const QSqlDatabase& db, const QList<SubjectSummary*>& subjects)
{
    // In chunks: an export of a search may hold 100,000 subjects, and one IN list of 70,000 bound
    // values cost SQLite 13 s more than chunks of 500 (tst_subjectlistmodel, Debug, 2 cores).
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < subjects.size(); from += kChunk) {
        const QList<SubjectSummary*> chunk = subjects.mid(from, kChunk);
        QHash<qint64, SubjectSummary*> byId;
        for (SubjectSummary* s : chunk)
            byId.insert(s->id, s);
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("SELECT subject_id, category_code FROM subject_categories WHERE "
                               "state = 'blocked' AND category_code IN ('personal_details', "
                               "'identity_document', 'contacts') AND subject_id IN (%1)")
                    .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const SubjectSummary* s : chunk)
            q.addBindValue(s->id);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "search subjects"));
        while (q.next())
            if (SubjectSummary* s = byId.value(q.value(0).toLongLong()))
                hideBlockedCategory(*s, q.value(1).toString());
    }
}

SubjectService::SubjectService(Database& database) : m_database(database) {}

QList<SubjectSummary> SubjectService::find(const QSqlDatabase& db, const SearchBranches& search,
                                           int limit) const
{
    QList<SubjectSummary> result;
    const QString order = QStringLiteral("s.surname_fold, s.given_name_fold, s.id");
    QStringList parts;
    QVariantList values;
    for (const SearchBranches::Branch& branch : search.branches) {
        parts << QStringLiteral("SELECT id FROM (SELECT s.id FROM subjects s WHERE %1%2 ORDER BY "
                                "%3 LIMIT ?) b%4")
                     .arg(branch.condition, search.narrowing, order)
                     .arg(parts.size());
        values << branch.values << search.narrowingValues << limit;
    }
    const QString sql =
        QStringLiteral("SELECT s.id, s.platform_ref, s.inn, s.surname, s.given_name, "
                       "s.patronymic, s.birth_date, s.phone, s.status FROM subjects s "
                       "WHERE s.id IN (%1) ORDER BY %2 LIMIT ?")
            .arg(parts.join(QStringLiteral(" UNION ")), order);
    values << limit;

    QSqlQuery q = prepareQuery(db, sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "search subjects"));
    while (q.next()) {
        SubjectSummary s;
        s.id = q.value(0).toLongLong();
        s.platformRef = q.value(1).toString();
        s.inn = q.value(2).toString();
        s.surname = q.value(3).toString();
        s.givenName = q.value(4).toString();
        s.patronymic = q.value(5).toString();
        s.birthDate = q.value(6).toDate();
        s.phone = q.value(7).toString();
        s.status = q.value(8).toString();
        result.append(s);
    }
    q.finish();
    QList<SubjectSummary*> found;
    for (SubjectSummary& s : result)
        found << &s;
    hideBlockedValues(db, found);
    return result;
}

QList<SubjectSummary> SubjectService::findAndRecord(const QSqlDatabase& db, const Session& session,
                                                    const SearchBranches& search, int limit) const
{
    const QList<SubjectSummary> rows = find(db, search, limit);
    if (!search.lookups.isEmpty()) {
        QList<qint64> ids;
        for (const SubjectSummary& s : rows)
            ids << s.id;
        recordSubjectLookup(db, session, search.lookups, ids);
    }
    return rows;
}

QList<SubjectSummary> SubjectService::search(const Session& session, const QString& text,
                                             int limit) const
{
    requirePermission(m_database, session, Permission::ReadPersonalData,
                      QCoreApplication::translate("dpo::SubjectService", "search subjects"));
    const SearchBranches search = subjectSearchBranches(text);
    if (search.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    if (search.lookups.isEmpty())
        return find(db, search, limit);
    // A lookup by INN or phone is read and audited in one transaction: no result without its entry.
    TransactionGuard transaction(db);
    QList<SubjectSummary> rows = findAndRecord(db, session, search, limit);
    transaction.commit();
    return rows;
}

QList<SubjectSummary> SubjectService::searchForExport(const Session& session, const QString& text,
                                                      int limit, bool withPersonalData) const
{
    if (!withPersonalData) {
        QList<SubjectSummary> rows = search(session, text, limit);
        for (SubjectSummary& s : rows) {
            s.inn = Mask::inn(s.inn);
            s.phone = Mask::phone(s.phone);
        }
        return rows;
    }
    const SearchBranches search = subjectSearchBranches(text);
    return runStep(m_database, session, Permission::ExportPersonalData,
                   QCoreApplication::translate("dpo::SubjectService",
                                               "export subjects with their personal data"),
                   [&](const QSqlDatabase& db) {
        const QList<SubjectSummary> rows =
            search.isEmpty() ? QList<SubjectSummary>() : findAndRecord(db, session, search, limit);
        AuditService::append(
            db, session, QStringLiteral("subjects.export"), QStringLiteral("subject"), QString(), 0,
            QJsonObject{{QStringLiteral("personal_data"), true},
                        {QStringLiteral("subjects"), qint64(rows.size())},
                        {QStringLiteral("fields"),
                         QJsonArray{QStringLiteral("inn"), QStringLiteral("phone")}}});
        return rows;
    });
}

qint64 SubjectService::subjectCount() const
{
    QSqlQuery q =
        prepareQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM subjects"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
    q.next();
    return q.value(0).toLongLong();
}

} // namespace dpo

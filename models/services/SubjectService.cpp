// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectService.h"
#include "core/Session.h"
#include "domain/Inn.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"
#include <QJsonArray>
#include <QJsonObject>

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Inn.h"

#include <QRegularExpression>
#include <QVariantList>

namespace dpo {

namespace {
// Phone numbers are stored as +996XXXXXXXXX. A typed 0555… or 996555… means the same number.
QString phonePrefix(const QString& digits)
{
    if (digits.startsWith(QStringLiteral("996")))
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1Char('0')) && digits.size() > 1)
        return QStringLiteral("+996") + digits.mid(1);
    return {};
}
} // namespace

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

SearchBranches subjectSearchBranches(const QString& text)
{
    SearchBranches search;
    const QString trimmed = searchableText(text).trimmed();
    if (trimmed.isEmpty())
        return search;
    const auto addRange = [&](const char* column, const QString& prefix) {
        search.branches.append({QStringLiteral("s.%1 >= ? AND s.%1 < ?").arg(QLatin1String(column)),
                                {prefix, NameFold::prefixUpperBound(prefix)}});
    };

    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()-]*$"));
    QStringList nameWords;
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits = trimmed;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        addRange("inn", digits);
        const QString phone =
            trimmed.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + digits : phonePrefix(digits);
        if (!phone.isEmpty())
            addRange("phone", phone);
    } else {
        nameWords = NameFold::fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString& first = nameWords.first();
        addRange("surname_fold", first);
        addRange("given_name_fold", first);
        addRange("patronymic_fold", first);
    }
    search.branches.append({QStringLiteral("s.platform_ref = ?"), {trimmed}});
    // Further words narrow the result: each must start some part of the name.
    for (int i = 1; i < nameWords.size(); ++i) {
        search.narrowing += QStringLiteral(" AND ((s.surname_fold >= ? AND s.surname_fold < ?) OR "
                                           "(s.given_name_fold >= ? AND s.given_name_fold < ?) OR "
                                           "(s.patronymic_fold >= ? AND s.patronymic_fold < ?))");
        const QString upper = NameFold::prefixUpperBound(nameWords[i]);
        for (int k = 0; k < 3; ++k)
            search.narrowingValues << nameWords[i] << upper;
    }
    return search;
}

SubjectService::SubjectService(Database& database) : m_database(database) {}

QList<SubjectSummary> SubjectService::search(const QString& text, int limit) const
{
    QList<SubjectSummary> result;
    const SearchBranches search = subjectSearchBranches(text);
    if (search.isEmpty())
        return result;
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

    QSqlQuery q = prepareQuery(m_database.connection(), sql);
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
    return result;
}

QList<SubjectSummary> SubjectService::searchForExport(const Session* session, const QString& text,
                                                      int limit, bool withPersonalData) const
{
    if (!withPersonalData) {
        QList<SubjectSummary> rows = search(text, limit);
        for (SubjectSummary& s : rows) {
            s.inn = Mask::inn(s.inn);
            s.phone = Mask::phone(s.phone);
        }
        return rows;
    }
    if (!session || session->officerId <= 0)
        throw Error(
            Error::Kind::Unauthenticated,
            QCoreApplication::translate("dpo::SubjectService",
                                        "Sign in to export subjects with their personal data."));
    return runStep(m_database, *session, Permission::ExportPersonalData,
                   QCoreApplication::translate("dpo::SubjectService",
                                               "export subjects with their personal data"),
                   [&](const QSqlDatabase& db) {
        const QList<SubjectSummary> rows = search(text, limit);
        AuditService::append(
            db, *session, QStringLiteral("subjects.export"), QStringLiteral("subject"), QString(),
            0,
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

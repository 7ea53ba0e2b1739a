// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OutgoingLetterService.h"

#include "domain/LetterKind.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"

#include <optional>

namespace dpo {

namespace {
// Each letter with its addressee as the case holds it now (each kind's expression from its row of
// LetterKinds: constants, never input).
QString registerSql()
{
    QString addressee = QStringLiteral("CASE o.kind");
    for (const LetterKind& kind : LetterKinds::all())
        addressee += QStringLiteral(" WHEN '%1' THEN %2")
                         .arg(QLatin1String(kind.code), QLatin1String(kind.addresseeSql));
    addressee += QStringLiteral(" END AS addressee");
    return QStringLiteral(
               "SELECT o.id, o.number, o.registered_on, o.kind, o.case_id, o.subject_id, "
               "o.language, f.display_name AS officer, %1 "
               "FROM outgoing_letters o JOIN officers f ON f.id = o.officer_id")
        .arg(addressee);
}

OutgoingLetterService::Letter letterFrom(const QSqlQuery& q)
{
    OutgoingLetterService::Letter l;
    l.id = q.value(0).toLongLong();
    l.number = q.value(1).toString();
    l.registeredOn = q.value(2).toDate();
    l.kind = q.value(3).toString();
    l.caseId = q.value(4).toLongLong();
    l.subjectId = q.value(5).toLongLong();
    l.language = q.value(6).toString();
    l.officer = q.value(7).toString();
    l.addressee = q.value(8).toString();
    return l;
}

// Each word with its first letter capital and the rest small: how names are written, whatever
// case the officer typed them in (SQLite's LIKE folds ASCII only, not Cyrillic).
QString nameCase(const QString& text)
{
    QString out = text.toLower();
    bool wordStart = true;
    for (QChar& c : out) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = !c.isLetter();
    }
    return out;
}

// The search as the register's WHERE: the whole number ("2026/14"), the number within its year
// ("14"), or a part of the addressee's name as typed or written as names are. The officer's text
// is matched literally (LIKE's wildcards in it are escaped).
QString searchCondition(const QString& search, QVariantList& values)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return {};
    const auto literal = [](QString t) {
        return t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    };
    const auto contains = [&](const QString& t) {
        return QLatin1Char('%') + literal(t) + QLatin1Char('%');
    };
    values << text << QStringLiteral("%/") + literal(text) << contains(text)
           << contains(nameCase(text));
    return QStringLiteral("(x.number = ? OR x.number LIKE ? ESCAPE '\\' OR "
                          "x.addressee LIKE ? ESCAPE '\\' OR x.addressee LIKE ? ESCAPE '\\')");
}
} // namespace

std::optional<OutgoingLetterService::Letter>
OutgoingLetterService::findLetter(const QSqlDatabase& db, const QString& kind, qint64 caseId,
                                  qint64 subjectId)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT * FROM (%1) x WHERE x.kind = ? AND x.case_id = ? AND "
                           "x.subject_id = ?")
                .arg(registerSql()));
    q.addBindValue(kind);
    q.addBindValue(caseId);
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register of outgoing letters"));
    if (!q.next())
        return std::nullopt;
    return letterFrom(q);
}

OutgoingLetterService::Letter OutgoingLetterService::registerLetter(const QSqlDatabase& db,
                                                                    const Session& session,
                                                                    const QString& kind,
                                                                    qint64 caseId, qint64 subjectId,
                                                                    const QString& language)
{
    if (const auto known = findLetter(db, kind, caseId, subjectId))
        return *known;
    // The year's next number and today's date; on PostgreSQL a trigger sets both itself.
    const QDate today = bishkekToday();
    QSqlQuery next = prepareQuery(
        db,
        QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM outgoing_letters WHERE year = ?"));
    next.addBindValue(today.year());
    execQuery(next, QT_TRANSLATE_NOOP("dpo::Sql", "number an outgoing letter"));
    const int seq = next.next() ? next.value(0).toInt() : 1;
    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO outgoing_letters (year, seq, number, registered_on, kind, "
                           "case_id, subject_id, language, officer_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(today.year());
    insert.addBindValue(seq);
    insert.addBindValue(QStringLiteral("%1/%2").arg(today.year()).arg(seq));
    insert.addBindValue(today);
    insert.addBindValue(kind);
    insert.addBindValue(caseId);
    insert.addBindValue(subjectId);
    insert.addBindValue(language);
    insert.addBindValue(session.officerId);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "number an outgoing letter"));
    const auto made = findLetter(db, kind, caseId, subjectId);
    if (!made)
        throw Error(Error::Kind::Database,
                    tr("The outgoing letter was numbered but cannot be read back."));
    return *made;
}

qint64 OutgoingLetterService::count(const QString& search) const
{
    QVariantList values;
    const QString where = searchCondition(search, values);
    QSqlQuery q =
        execBound(m_database.connection(),
                  QStringLiteral("SELECT count(*) FROM (%1) x").arg(registerSql()) +
                      (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                  values, QT_TRANSLATE_NOOP("dpo::Sql", "read the register of outgoing letters"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<OutgoingLetterService::Letter> OutgoingLetterService::page(const QString& search,
                                                                 qint64 offset, int limit,
                                                                 const Letter* after) const
{
    QVariantList values;
    QStringList where;
    if (const QString s = searchCondition(search, values); !s.isEmpty())
        where << s;
    if (after) { // newest first: the next page holds the letters that sort before `after`
        where << QStringLiteral("(x.registered_on, x.id) < (?, ?)");
        values << after->registeredOn << after->id;
    }
    QString sql = QStringLiteral("SELECT * FROM (%1) x").arg(registerSql());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY x.registered_on DESC, x.id DESC LIMIT ?");
    values << limit;
    if (!after && offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values << offset;
    }
    QSqlQuery q = execBound(m_database.connection(), sql, values,
                            QT_TRANSLATE_NOOP("dpo::Sql", "read the register of outgoing letters"));
    QList<Letter> letters;
    while (q.next())
        letters << letterFrom(q);
    return letters;
}

OutgoingLetterService::Letter OutgoingLetterService::letter(qint64 id) const
{
    QSqlQuery q =
        prepareQuery(m_database.connection(),
                     QStringLiteral("SELECT * FROM (%1) x WHERE x.id = ?").arg(registerSql()));
    q.addBindValue(id);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the register of outgoing letters"));
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    //: %1: the letter's number in the register.
                    tr("Outgoing letter %1 is not in the register.").arg(id));
    return letterFrom(q);
}

} // namespace dpo

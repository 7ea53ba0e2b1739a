// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace dpo {

class Database;

struct SubjectSummary
{
    qint64 id = 0;
    QString platformRef;
    QString inn;
    QString surname;
    QString givenName;
    QString patronymic;
    QDate birthDate;
    QString phone;
    QString status;
};

// The condition that selects the subjects a search text finds: `s.id IN (...)` plus one
// narrowing condition per further word, with its bound values in order. Empty for an empty text.
struct SearchCondition
{
    QString sql;
    QVariantList values;
    bool isEmpty() const { return sql.isEmpty(); }
};
SearchCondition subjectSearchCondition(const QString& text);

// Reading subjects. Every search is served by an index on both backends (docs/schema.md).
class SubjectService
{
public:
    explicit SubjectService(Database& database);

    // TEXT finds by any word of the name by prefix (case-insensitive, Kyrgyz letters folded),
    // INN or phone by prefix, platform reference exactly. Several words must all match.
    QList<SubjectSummary> search(const QString& text, int limit = 100) const;

    qint64 subjectCount() const;

private:
    Database& m_database;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

namespace dpo {

class Database;
struct Session;

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
    QString consentState;     // given, withdrawn, none: the latest consent's (schema version 3)
    QDateTime consentGivenAt; // when the latest consent was given; invalid when none
};

// What a search text finds, as branches over `subjects s`: one per field it may match (a name
// word's prefix in surname, given name or patronymic; an INN or phone prefix; the platform
// reference), each an indexed condition, plus the conditions every further word adds. A caller
// takes the first rows of each branch in its order and unites them: the first k rows of the
// union are the first k rows of all matches.
struct SearchBranches
{
    struct Branch
    {
        QString condition;
        QVariantList values;
    };
    QList<Branch> branches;
    QString narrowing; // "" or "AND (...) AND (...)"
    QVariantList narrowingValues;
    bool isEmpty() const { return branches.isEmpty(); }
};
SearchBranches subjectSearchBranches(const QString& text);

// Reading subjects. Every search is served by an index on both backends (docs/schema.md).
class SubjectService
{
public:
    explicit SubjectService(Database& database);

    // TEXT finds by any word of the name by prefix (case-insensitive, Kyrgyz letters folded),
    // INN or phone by prefix, platform reference exactly. Several words must all match.
    QList<SubjectSummary> search(const QString& text, int limit = 100) const;

    // What a search finds, for an export (the command line's csv and json): INN and phone masked,
    // unless `withPersonalData`, which only a session may ask for and which is audited as
    // "subjects.export" (the count, never the search text), in the transaction that reads them.
    QList<SubjectSummary> searchForExport(const Session* session, const QString& text, int limit,
                                          bool withPersonalData) const;

    qint64 subjectCount() const;

private:
    Database& m_database;
};

} // namespace dpo

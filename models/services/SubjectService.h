// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
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
    // The categories blocked under a withdrawal of consent whose values this summary leaves
    // empty (personal_details: the names and birth date; identity_document: the INN; contacts:
    // the phone). Shown as SubjectRecordService::blockedMarker().
    QStringList blockedCategories;
    bool isBlocked(QLatin1StringView category) const;
};

// What a search text finds, as branches over `subjects s`: one per field it may match (a name
// word's prefix in surname (either part of a double one), given name or patronymic; a whole INN
// or phone number, exactly; the platform reference, exactly), each an indexed condition, plus the
// conditions every further word adds. A caller takes the first rows of each branch in its order and
// unites them: the first k rows of the union are the first k rows of all matches. INN and phone are
// never matched by prefix: the list masks them, and prefixes would recover a masked value digit by
// digit. A value in a blocked category is never matched.
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
    // "inn", "phone": the text is a whole INN or phone number, a lookup that the search writes to
    // the audit trail as "subject.lookup" (recordSubjectLookup).
    QStringList lookups;
    bool isEmpty() const { return branches.isEmpty(); }
};
SearchBranches subjectSearchBranches(const QString& text);

// " AND NOT EXISTS (…)": the subject `s` has no blocked `category` (a primary-key probe).
QString notBlocked(const char* category);

// The audit entry of a lookup by INN or phone: the fields looked up by and the subjects found,
// never the value typed. On `db`, inside the reading transaction.
void recordSubjectLookup(const QSqlDatabase& db, const Session& session, const QStringList& fields,
                         const QList<qint64>& found);

// Empties the values of blocked categories in `subjects` and names those categories in each
// summary's blockedCategories (policy 12.1.4: blocked data is shown nowhere until unblocked).
void hideBlockedValues(const QSqlDatabase& db, const QList<SubjectSummary*>& subjects);

// Reading subjects. Every search is served by an index on both backends (docs/schema.md).
class SubjectService
{
public:
    explicit SubjectService(Database& database);

    // TEXT finds by any word of the name by prefix (case-insensitive, Kyrgyz letters folded), a
    // whole INN or phone number, or the platform reference. Several words must all match. Needs
    // a session allowed to read personal data (data.read); a lookup by INN or phone is audited.
    // Blocked values are neither matched nor returned (SubjectSummary::blockedCategories).
    QList<SubjectSummary> search(const Session& session, const QString& text,
                                 int limit = 100) const;

    // What a search finds, for an export (the command line's csv and json): INN and phone masked,
    // unless `withPersonalData` (permission subjects.export), audited as "subjects.export" (the
    // count, never the search text), in the transaction that reads them.
    QList<SubjectSummary> searchForExport(const Session& session, const QString& text, int limit,
                                          bool withPersonalData) const;

    qint64 subjectCount() const;

private:
    QList<SubjectSummary> find(const QSqlDatabase& db, const SearchBranches& search,
                               int limit) const;
    // find(), and the lookup's audit entry when the search is one; inside the caller's transaction.
    QList<SubjectSummary> findAndRecord(const QSqlDatabase& db, const Session& session,
                                        const SearchBranches& search, int limit) const;
    Database& m_database;
};

} // namespace dpo

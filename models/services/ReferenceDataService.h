// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SubjectRecordService.h"

#include <QHash>
#include <QList>

namespace dpo {

class Database;

// The data categories (policy section 3) and processing purposes (3.3-3.4, 12.1.2) with their
// names in each language, in the policy's order, the countries a recipient may be in, and the
// recipients: what forms offer.
class ReferenceDataService
{
public:
    struct Entry
    {
        QString code, policyClause;
        LocalizedName name;
    };

    struct Recipient
    {
        qint64 id = 0;
        QString name, kind;
        QString country; // ISO 3166-1 alpha-2; "KG" at home
    };

    explicit ReferenceDataService(Database& database);
    QList<Entry> categories() const;
    QList<Entry> purposes() const;
    // The Kyrgyz Republic first, then by name in the UI's language.
    QList<Entry> countries() const;
    QList<Recipient> recipients() const; // by name
    // Code -> name in the UI's language, for showing codes.
    QHash<QString, QString> categoryNames() const { return namesOf(categories()); }
    QHash<QString, QString> purposeNames() const { return namesOf(purposes()); }
    QHash<QString, QString> countryNames() const { return namesOf(countries()); }
    static QHash<QString, QString> namesOf(const QList<Entry>& entries);

    // The UI's language for LocalizedName: ru or en by the default locale, else ky.
    static QString uiLanguage();

private:
    QList<Entry> read(const char* table, const char* clauseColumn = "policy_clause") const;
    Database& m_database;
};

} // namespace dpo

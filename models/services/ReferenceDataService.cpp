// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReferenceDataService.h"

#include "domain/DocumentLanguage.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QLocale>

#include <algorithm>

namespace dpo {

ReferenceDataService::ReferenceDataService(Database& database) : m_database(database) {}

QString ReferenceDataService::uiLanguage()
{
    return languageCodeOf(QLocale());
}

QList<ReferenceDataService::Entry> ReferenceDataService::read(const char* table,
                                                              const char* clauseColumn) const
{
    // The table and column names are constants, never input.
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT code, %2, name_ky, name_ru, "
                                              "name_en FROM %1 ORDER BY sort_order, code")
                                   .arg(QLatin1String(table), QLatin1String(clauseColumn)));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
    QList<Entry> entries;
    while (q.next())
        entries << Entry{
            q.value(0).toString(), q.value(1).toString(),
            LocalizedName{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}};
    return entries;
}

QHash<QString, QString> ReferenceDataService::namesOf(const QList<Entry>& entries)
{
    const QString language = uiLanguage();
    QHash<QString, QString> names;
    for (const Entry& e : entries)
        names.insert(e.code, e.name.in(language));
    return names;
}

QList<ReferenceDataService::Entry> ReferenceDataService::categories() const
{
    return read("data_categories");
}

QList<ReferenceDataService::Entry> ReferenceDataService::purposes() const
{
    return read("processing_purposes");
}

QList<ReferenceDataService::Entry> ReferenceDataService::countries() const
{
    QList<Entry> entries = read("countries", "''");
    const QString language = uiLanguage();
    // The home country (sort order 0) stays first; the others by their name.
    std::stable_sort(entries.begin() + (entries.isEmpty() ? 0 : 1), entries.end(),
                     [&](const Entry& a, const Entry& b) {
        return QString::localeAwareCompare(a.name.in(language), b.name.in(language)) < 0;
    });
    return entries;
}

QList<ReferenceDataService::Recipient> ReferenceDataService::recipients() const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT id, name, kind, country FROM recipients ORDER BY name"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
    QList<Recipient> out;
    while (q.next())
        out << Recipient{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
    return out;
}

} // namespace dpo

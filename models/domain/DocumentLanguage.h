// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QTranslator>

namespace dpo {

// How the console writes a date (25.11.2026) and an instant, in Bishkek time (UTC+6, no
// daylight saving), where the platform and its officers work: 25.11.2026 14:05.
QString displayDate(const QDate& date);
QString displayInstant(const QDateTime& utc);
// Bishkek time, the only time zone the console speaks: UTC+6 all year (Kyrgyzstan keeps no
// daylight saving). Every conversion between a stored UTC instant and a Bishkek day goes through
// these.
QTimeZone bishkekZone();
// Today in Bishkek, the day every "today" in the console means.
QDate bishkekToday();
// The first instant of a Bishkek day, in UTC (how instants are stored).
QDateTime bishkekMidnightUtc(const QDate& day);
// The Bishkek day an instant falls on.
QDate bishkekDate(const QDateTime& instant);
// Loads a translation by its base name (dpo_ky, qtbase_ky): the installed file
// (share/dpo-console/translations beside the executable's bin/) when there is one that loads,
// else the copy embedded in the program (:/i18n). False when neither loads.
bool loadTranslation(QTranslator& translator, const QString& baseName);
// The console's code for a locale's language: ru, en, else ky (the platform's own).
QString languageCodeOf(const QLocale& locale);
// The parts that are not empty, joined with "; " (a state and its reason, a ground and its date).
QString joinNonEmpty(const QStringList& parts);

// The language a letter or report is made in, independent of the UI's: its own translator over
// the console's translations (loadTranslation: dpo_ky or dpo_ru) and its own locale for dates.
class DocumentLanguage
{
public:
    // Throws Error(BadInput) for a language other than ky or ru.
    explicit DocumentLanguage(const QString& code);

    const QString& code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }
    QString translate(const char* context, const char* source, const char* comment = nullptr,
                      int n = -1) const;
    QString date(const QDate& date) const;       // 25.11.2026
    QString instant(const QDateTime& utc) const; // 25.11.2026 14:05, Bishkek time (UTC+6)

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace dpo

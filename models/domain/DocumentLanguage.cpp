// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DocumentLanguage.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace dpo {

DocumentLanguage::DocumentLanguage(const QString& code)
    : m_code(code), m_locale(code == QLatin1String("ru") ? QLocale::Russian : QLocale::Kyrgyz,
                             QLocale::Kyrgyzstan),
      m_translator(std::make_shared<QTranslator>())
{
    if (code != QLatin1String("ky") && code != QLatin1String("ru"))
        throw Error(Error::Kind::BadInput,
                    //: %1: the language code asked for.
                    QCoreApplication::translate("dpo::DocumentLanguage",
                                                "A document is made in ky or ru, not \"%1\".")
                        .arg(code));
    if (!loadTranslation(*m_translator, QStringLiteral("dpo_") + code))
        throw Error(Error::Kind::NotFound,
                    //: %1: the language code, ky or ru.
                    QCoreApplication::translate("dpo::DocumentLanguage",
                                                "The %1 translation is missing from this build.")
                        .arg(code));
}

QString DocumentLanguage::translate(const char* context, const char* source, const char* comment,
                                    int n) const
{
    const QString text = m_translator->translate(context, source, comment, n);
    QString result = text.isEmpty() ? QString::fromUtf8(source) : text;
    if (n >= 0)
        result.replace(QStringLiteral("%n"), m_locale.toString(n));
    return result;
}

QString languageCodeOf(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Russian:
        return QStringLiteral("ru");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("ky");
    }
}

bool loadTranslation(QTranslator& translator, const QString& baseName)
{
    if (QCoreApplication::instance()) {
        const QString installed =
            QCoreApplication::applicationDirPath() +
            QStringLiteral("/../share/dpo-console/translations/%1.qm").arg(baseName);
        if (QFileInfo::exists(installed) && translator.load(installed))
            return true;
    }
    return translator.load(QStringLiteral(":/i18n/") + baseName);
}

QString displayDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString displayInstant(const QDateTime& utc)
{
    return utc.isValid()
               ? utc.toTimeZone(bishkekZone()).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
               : QString();
}

QTimeZone bishkekZone()
{
    // Made once: each QTimeZone(offset) formats its own name, a tenth of the time of checking an
    // import's row (two instants a row).
    static const QTimeZone zone(6 * 3600);
    return zone;
}

QDate bishkekToday()
{
    return bishkekDate(QDateTime::currentDateTimeUtc());
}

QDateTime bishkekMidnightUtc(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), bishkekZone()).toUTC();
}

QDate bishkekDate(const QDateTime& instant)
{
    return instant.toTimeZone(bishkekZone()).date();
}

QString joinNonEmpty(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(QStringLiteral("; "));
}

QString DocumentLanguage::date(const QDate& date) const
{
    return displayDate(date);
}

QString DocumentLanguage::instant(const QDateTime& utc) const
{
    return displayInstant(utc);
}

} // namespace dpo

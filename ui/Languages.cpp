// SPDX-License-Identifier: GPL-3.0-or-later
#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dpo {

QString installTranslations(QCoreApplication& app, const QString& requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (language.isEmpty())
        language = QLocale::system().name().startsWith(QStringLiteral("ru")) ? QStringLiteral("ru")
                                                                             : QStringLiteral("ky");
    if (language != QStringLiteral("ru"))
        language = QStringLiteral("ky");
    QLocale::setDefault(QLocale(language == QStringLiteral("ru") ? QLocale::Russian : QLocale::Kyrgyz,
                                QLocale::Kyrgyzstan));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/dpo-console_") + language))
        QCoreApplication::installTranslator(own);
    // Qt ships qtbase_ru but no Kyrgyz; ours is in translations/qtbase_ky.ts.
    auto* qt = new QTranslator(&app);
    if (language == QStringLiteral("ru")
            ? qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            : qt->load(QStringLiteral(":/i18n/qtbase_ky")))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace dpo

namespace dpo {

void installCommandLineTranslations(QCoreApplication& app)
{
    const QString language = qEnvironmentVariable("DPO_CONSOLE_LANGUAGE");
    if (language == QStringLiteral("ky") || language == QStringLiteral("ru"))
        installTranslations(app, language);
}

} // namespace dpo

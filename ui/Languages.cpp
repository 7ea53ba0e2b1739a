// SPDX-License-Identifier: GPL-3.0-or-later
#include "Languages.h"

#include "domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace dpo {

namespace {
QString g_current = QStringLiteral("ky");
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void replaceTranslator(QPointer<QTranslator>& slot, QTranslator* translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}
} // namespace

const QList<std::pair<QString, QString>>& uiLanguages()
{
    static const QList<std::pair<QString, QString>> languages{
        {QStringLiteral("ky"), QStringLiteral("Кыргызча")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    return languages;
}

QString chooseUiLanguage(const QString& requested)
{
    const auto known = [](const QString& code) {
        for (const auto& language : uiLanguages())
            if (language.first == code)
                return true;
        return false;
    };
    if (known(requested))
        return requested;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (known(saved))
        return saved;
    return languageCodeOf(QLocale::system());
}

void installUiLanguage(const QString& code)
{
    g_current = code;
    QLocale::setDefault(
        code == QStringLiteral("ru")   ? QLocale(QLocale::Russian, QLocale::Kyrgyzstan)
        : code == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan));
    // English is the source: its translation holds only plural forms, and Qt's strings are English.
    QTranslator* own = new QTranslator(QCoreApplication::instance());
    if (!loadTranslation(*own, QStringLiteral("dpo_") + code)) {
        delete own;
        own = nullptr;
    }
    QTranslator* qt = nullptr;
    if (code != QStringLiteral("en")) {
        // Qt ships qtbase_ru but no Kyrgyz; ours is translations/qtbase_ky.ts.
        qt = new QTranslator(QCoreApplication::instance());
        const bool loaded = code == QStringLiteral("ru")
                                ? qt->load(QStringLiteral("qtbase_ru"),
                                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                : loadTranslation(*qt, QStringLiteral("qtbase_ky"));
        if (!loaded) {
            delete qt;
            qt = nullptr;
        }
    }
    replaceTranslator(g_own, own);
    replaceTranslator(g_qt, qt);
}

QString currentUiLanguage()
{
    return g_current;
}

QString installTranslations(QCoreApplication& /*app*/, const QString& requested)
{
    const QString language = chooseUiLanguage(requested);
    installUiLanguage(language);
    return language;
}

void installCommandLineTranslations(QCoreApplication& app)
{
    const QString language = qEnvironmentVariable("DPO_CONSOLE_LANGUAGE");
    if (language == QStringLiteral("ky") || language == QStringLiteral("ru")) {
        installTranslations(app, language);
        return;
    }
    // English is the source; its catalogue holds the plural forms ("1 subject", "2 subjects").
    // The locale stays the system's: scripts read the English output.
    auto* plurals = new QTranslator(&app);
    if (loadTranslation(*plurals, QStringLiteral("dpo_en")))
        replaceTranslator(g_own, plurals);
    else
        delete plurals;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

class QCoreApplication;

namespace dpo {

// The interface's languages in menu order: code and name in its own language (never translated).
const QList<std::pair<QString, QString>>& uiLanguages();

// The language to start in: `requested` when it is one of uiLanguages(), else the saved choice
// (settings "ui/language"), else the system locale's (ru, en), else Kyrgyz.
QString chooseUiLanguage(const QString& requested);

// Installs the console's translation and Qt's own for `code` in place of the ones installed
// before, and makes the UI language's QLocale the default. Qt then sends every widget a
// QEvent::LanguageChange. English installs only its plural forms: the sources are English.
void installUiLanguage(const QString& code);
// The code installed last (ky before any).
QString currentUiLanguage();

// chooseUiLanguage + installUiLanguage; returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& requested);

// The command line speaks English, stable for scripts, unless DPO_CONSOLE_LANGUAGE is ky or ru.
void installCommandLineTranslations(QCoreApplication& app);

} // namespace dpo

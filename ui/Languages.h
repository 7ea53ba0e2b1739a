// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace dpo {

// Installs the console's translation (Kyrgyz or Russian) and Qt's own; returns the language
// in use: `requested` when given, else the saved choice, else the system's, else Kyrgyz.
QString installTranslations(QCoreApplication& app, const QString& requested);

// The command line speaks English, stable for scripts, unless DPO_CONSOLE_LANGUAGE is ky or ru.
void installCommandLineTranslations(QCoreApplication& app);

} // namespace dpo

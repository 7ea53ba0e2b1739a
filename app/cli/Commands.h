// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// True when `name` is a command; the executable opens the GUI otherwise.
bool isCommand(const QString& name);

// Runs `dpo-console COMMAND ARGS...`; `arguments` starts with the command's name.
int runCommand(const QStringList& arguments);

QString commandOverview();

// True when the command lays out documents (fonts need a QGuiApplication, offscreen is enough).
bool needsGuiApplication(const QStringList& arguments);

} // namespace dpo::cli

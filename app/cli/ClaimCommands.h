// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console claims add|list ...` and `dpo-console calendar list ...`; `arguments` starts with
// the command's name.
int claimsCommand(const QStringList& arguments);
int calendarCommand(const QStringList& arguments);

} // namespace dpo::cli

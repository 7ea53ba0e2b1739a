// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console calendar list|import ...`; `arguments` starts with the command's name.
int calendarCommand(const QStringList& arguments);

} // namespace dpo::cli

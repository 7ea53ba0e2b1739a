// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console tasks list|confirm|retry|settle-backups ...`; `arguments` starts with "tasks".
int tasksCommand(const QStringList& arguments);

} // namespace dpo::cli

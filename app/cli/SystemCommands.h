// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console systems list|add|change ...`; `arguments` starts with "systems".
int systemsCommand(const QStringList& arguments);

} // namespace dpo::cli

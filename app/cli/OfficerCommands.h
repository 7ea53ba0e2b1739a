// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console officers list|add ...`: the console's officers, as the Officers page keeps them.
int officersCommand(const QStringList& arguments);

} // namespace dpo::cli

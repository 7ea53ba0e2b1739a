// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console holder show|set ...`: the holder of the data as letters name it.
int holderCommand(const QStringList& arguments);

} // namespace dpo::cli

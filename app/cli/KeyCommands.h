// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console keys SUBCOMMAND ...`: the organisation's export-signing keys and their
// certificates; `arguments` starts with "keys".
int keysCommand(const QStringList& arguments);

} // namespace dpo::cli

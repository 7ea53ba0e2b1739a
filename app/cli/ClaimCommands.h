// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console claims add|list|letter ...`; `arguments` starts with the command's name.
int claimsCommand(const QStringList& arguments);

} // namespace dpo::cli

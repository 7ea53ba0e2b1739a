// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console audit SUBCOMMAND ...`; `arguments` starts with "audit".
int auditCommand(const QStringList& arguments);

} // namespace dpo::cli

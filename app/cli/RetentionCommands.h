// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console retention list|open ...` (policy 6.2-6.3); `arguments` starts with "retention".
int retentionCommand(const QStringList& arguments);

} // namespace dpo::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console withdrawals list ...`; `arguments` starts with "withdrawals".
int withdrawalsCommand(const QStringList& arguments);

} // namespace dpo::cli

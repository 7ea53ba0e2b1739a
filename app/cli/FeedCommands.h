// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console feed apply ...`; `arguments` starts with "feed".
int feedCommand(const QStringList& arguments);

} // namespace dpo::cli

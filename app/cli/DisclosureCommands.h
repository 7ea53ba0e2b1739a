// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo::cli {

// `dpo-console disclosures list ...`; `arguments` starts with "disclosures".
int disclosuresCommand(const QStringList& arguments);

} // namespace dpo::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoDataService.h"
#include "domain/DocumentLanguage.h"

namespace dpo::test {

// The demo's subjects and cases, as of today, for a window test that needs a full database.
inline void addDemoData(Database& database, const Session& admin, int subjects)
{
    DemoDataService::Options options;
    options.subjects = subjects;
    options.asOf = bishkekToday();
    DemoDataService(database).generate(admin, options);
}

} // namespace dpo::test

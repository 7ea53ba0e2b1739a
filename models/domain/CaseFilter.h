// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dpo {

// The views of every register of cases with a due date (claims and access requests, withdrawal
// requests): all, the open ones, and the open ones due today, due by the end of this week (the
// overdue ones aside) or overdue. The dashboard's cards open the same views.
enum class CaseFilter
{
    All,
    Open,
    DueToday,
    DueThisWeek,
    Overdue
};

} // namespace dpo

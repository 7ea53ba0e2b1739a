// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CalendarImport.h"
#include "widgets/SubmitDialog.h"

namespace dpo {

// The preview of a year's calendar file before it is imported: each day it changes (what the day
// is now and what it becomes), and each open claim's fixed due date a recalculation would then
// move. Import applies it; the due dates stay fixed until recalculated.
class CalendarImportDialog : public SubmitDialog
{
    Q_OBJECT
public:
    explicit CalendarImportDialog(const CalendarImport::Plan& plan, QWidget* parent = nullptr);
    const CalendarImport::Plan& plan() const { return m_plan; }

private:
    CalendarImport::Plan m_plan;
};

} // namespace dpo

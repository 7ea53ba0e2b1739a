// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseWorkPage.h"
#include "core/Session.h"
#include "services/ClaimService.h"

class QComboBox;

namespace dpo {

class ClaimDialog;
class ClaimPane;
class Database;
class UserPrompts;

// Pre-trial claims and requests for own data (a CaseRegisterPage): open ones first, the nearest
// due date first, days left in colour (10 or more, under 10, under 5, overdue); a filter for
// open, due this week and overdue; Register… opens ClaimDialog; the selected claim is worked on
// in ClaimPane below.
class ClaimsPage : public CaseWorkPage
{
    Q_OBJECT
public:
    ClaimsPage(Database& database, Session session, UserPrompts& prompts,
               QWidget* parent = nullptr);
    void setView(ClaimService::Filter view);
    ClaimDialog* openRegistration(); // the dialog, shown without blocking
    void selectClaim(qint64 claimId) { selectCase(claimId); }
    ClaimPane* pane() const { return m_pane; }

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;

private:
    QComboBox* m_view;
    ClaimPane* m_pane;
};

} // namespace dpo

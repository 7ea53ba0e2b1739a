// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseWorkPage.h"
#include "core/Session.h"
#include "services/ClaimService.h"

class QComboBox;

namespace dpo {

class BulkRunDialog;
class ClaimDialog;
class ClaimPane;
class Database;
class UserPrompts;

// Pre-trial claims and requests for own data (a CaseRegisterPage): open ones first, the nearest
// due date first, days left in colour (10 or more, under 10, under 5, overdue); a filter for
// open, due this week and overdue; Register… opens ClaimDialog; the selected claim is worked on
// in ClaimPane below. Several selected answered claims are closed at once, each with the outcome
// its draft states (Close answered…).
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
    // Close answered…: the selected claims, each closed as its draft states, after a question;
    // the dialog of the run, shown without blocking (null when nothing was started).
    BulkRunDialog* closeSelectedAnswered();

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;

private:
    QComboBox* m_view;
    ClaimPane* m_pane;
};

} // namespace dpo

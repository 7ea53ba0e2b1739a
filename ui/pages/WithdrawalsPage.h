// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseWorkPage.h"
#include "core/Session.h"
#include "services/WithdrawalService.h"

class QComboBox;

namespace dpo {

class Database;
class UserPrompts;
class RetentionReviewDialog;
class WithdrawalDialog;
class WithdrawalPane;

// Written requests to withdraw consent (policy 12.1.3), a CaseRegisterPage: open ones first
// (until the reply is sent), overdue first among them, days left in colour; filters by view,
// state and officer; Register… opens WithdrawalDialog; the selected request is worked on in
// WithdrawalPane below; a double click opens the subject. "Cases for minors…" opens the officer's
// own cases for subjects under 18 (policy 9.1, 12.4), "Retention review…" those for data held past
// its purpose (6.2-6.3); both are decided and executed in the same pane.
class WithdrawalsPage : public CaseWorkPage
{
    Q_OBJECT
public:
    WithdrawalsPage(Database& database, Session session, UserPrompts& prompts,
                    QWidget* parent = nullptr);
    void setView(WithdrawalService::Filter view);
    WithdrawalDialog* openRegistration();
    // Opens a case for every subject under 18 who still holds data and has none open (policy
    // 9.1), once the officer confirms; says how many.
    void openMinorCases();
    // The retention review's list (policy 6.2-6.3), whose cases open here.
    RetentionReviewDialog* openRetentionReview();
    void selectRequest(qint64 requestId) { selectCase(requestId); }
    // Recipients told…: for the selected requests (Shift, Ctrl), asks the day and the way once,
    // then records every recipient not yet told of each, request by request (all of a request's
    // recipients or none), with a result per request.
    class SentDialog* openTellSelected();
    class BulkRunDialog* tellRecipientsOfSelected(const QDate& on, const QString& method,
                                                  const QString& note);
    WithdrawalPane* pane() const { return m_pane; }

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;

private:
    QComboBox* m_view;
    QComboBox* m_state;
    QComboBox* m_officer;
    WithdrawalPane* m_pane;
    void showOpened(const QList<qint64>& caseIds); // the "opened" cases, the first selected
};

} // namespace dpo

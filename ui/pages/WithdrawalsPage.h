// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseWorkPage.h"
#include "core/Session.h"
#include "services/WithdrawalService.h"

class QComboBox;

namespace dpo {

class Database;
class UserPrompts;
class WithdrawalDialog;
class WithdrawalPane;

// Written requests to withdraw consent (policy 12.1.3), a CaseRegisterPage: open ones first
// (until the reply is sent), overdue first among them, days left in colour; filters by view,
// state and officer; Register… opens WithdrawalDialog; the selected request is worked on in
// WithdrawalPane below; a double click opens the subject.
class WithdrawalsPage : public CaseWorkPage
{
    Q_OBJECT
public:
    WithdrawalsPage(Database& database, Session session, UserPrompts& prompts,
                    QWidget* parent = nullptr);
    void setView(WithdrawalService::Filter view);
    WithdrawalDialog* openRegistration();
    void selectRequest(qint64 requestId) { selectCase(requestId); }
    WithdrawalPane* pane() const { return m_pane; }

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;

private:
    QComboBox* m_view;
    QComboBox* m_state;
    QComboBox* m_officer;
    WithdrawalPane* m_pane;
};

} // namespace dpo

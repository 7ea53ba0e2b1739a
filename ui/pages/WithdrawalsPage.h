// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/WithdrawalService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dpo {

class Database;
class UserPrompts;
class WithdrawalDialog;
class WithdrawalPane;

// Written requests to withdraw consent (policy 12.1.3): open ones first (until the reply is
// sent), overdue first among them, days left in colour; filters by view, state and officer;
// Register… opens WithdrawalDialog; the selected request is worked on in WithdrawalPane below.
class WithdrawalsPage : public QWidget
{
    Q_OBJECT
public:
    WithdrawalsPage(Database& database, Session session, UserPrompts& prompts,
                    QWidget* parent = nullptr);
    void reload();
    void setView(WithdrawalService::Filter view);
    WithdrawalDialog* openRegistration();
    int rowCount() const;
    void selectRequest(qint64 requestId);
    WithdrawalPane* pane() const { return m_pane; }

signals:
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QComboBox* m_view;
    QComboBox* m_state;
    QComboBox* m_officer;
    QTableWidget* m_table;
    QLabel* m_summary;
    WithdrawalPane* m_pane;
};

} // namespace dpo

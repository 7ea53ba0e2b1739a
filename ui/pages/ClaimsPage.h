// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/ClaimService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dpo {

class ClaimDialog;
class ClaimPane;
class Database;
class UserPrompts;

// Pre-trial claims and requests for own data: open ones first, the nearest due date first, days
// left in colour (10 or more, under 10, under 5, overdue); a filter for open, due this week and
// overdue; Register… opens ClaimDialog; the selected claim is worked on in ClaimPane below.
class ClaimsPage : public QWidget
{
    Q_OBJECT
public:
    ClaimsPage(Database& database, Session session, UserPrompts& prompts,
               QWidget* parent = nullptr);
    void reload();
    void setView(ClaimService::Filter view);
    ClaimDialog* openRegistration(); // the dialog, shown without blocking
    int rowCount() const;
    void selectClaim(qint64 claimId);
    ClaimPane* pane() const { return m_pane; }

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
    QTableWidget* m_table;
    QLabel* m_summary;
    ClaimPane* m_pane;
};

} // namespace dpo

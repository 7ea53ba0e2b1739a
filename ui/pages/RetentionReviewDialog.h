// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/RetentionReviewService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dpo {

class Database;
class UserPrompts;

// The retention review (policy 6.2-6.3): every keep whose end has passed and every face photo or
// video held after a withdrawal or a closed account, with why and since when, and the subject's
// open review case; opens a case for the selected subject or for all of them (each case is then
// decided and executed in the Withdrawals section). Emits casesOpened with the new cases.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT
public:
    RetentionReviewDialog(Database& database, Session session, UserPrompts& prompts,
                          QWidget* parent = nullptr);
    int itemCount() const { return int(m_items.size()); }
    void openSelected();
    void openAll();

signals:
    void casesOpened(const QList<qint64>& caseIds);

private:
    void reload();

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QList<RetentionReviewService::Item> m_items;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_openSelected;
    QPushButton* m_openAll;
};

} // namespace dpo

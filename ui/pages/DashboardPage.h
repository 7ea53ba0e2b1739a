// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace dpo {

class Database;

// What is due today and this week, what is overdue, and what needs attention.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Database& database, QWidget* parent = nullptr);
    void refresh();
    QString reminderText() const; // empty when nothing is due soon

signals:
    void openRegister(const QString& which); // the reminder's links: "withdrawals" or "claims"

private:
    QLabel* addTile(int row, int column, const QString& title, const QString& hint);

    Database& m_database;
    QGridLayout* m_grid;
    QLabel* m_subjects;
    QLabel* m_dueThisWeek;
    QLabel* m_overdueWithdrawals;
    QLabel* m_overdueClaims;
    QLabel* m_openWithdrawals;
    QLabel* m_openClaims;
    QLabel* m_unnotified;
    QLabel* m_minors;
    QLabel* m_lateDisclosures;
    QLabel* m_reminder;
};

} // namespace dpo

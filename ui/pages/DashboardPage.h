// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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
    // What is due soon, as of the last refresh; empty when nothing is.
    const QString& reminderText() const { return m_reminderText; }

signals:
    // A card or a reminder link was clicked: "withdrawals:open", "withdrawals:overdue",
    // "claims:open", "claims:overdue", "claims:week", "disclosures:unnotified", "subjects:minors",
    // "subjects:all"; the main window opens the matching filtered list.
    void openList(const QString& list);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString composeReminder() const;
    QLabel* addTile(int row, int column, const QString& title, const QString& hint, const QString& list);

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
    QString m_reminderText;
    QHash<QObject*, QString> m_cardLists; // each card and the list it opens
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "DashboardCards.h"
#include "widgets/DashboardCharts.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace dpo {

class Database;
class UserPrompts;

// What is due today and this week, what is overdue, what needs attention, and a year in charts.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Database& database, const Session& session, UserPrompts& prompts,
                  QWidget* parent = nullptr);
    void refresh();
    // What is due soon, as of the last refresh; empty when nothing is.
    const QString& reminderText() const { return m_reminderText; }

    void printDashboard();
    void previewDashboard();
    void saveDashboardAsPdf();

signals:
    // A card or a reminder link was clicked: "withdrawals:open", "claims:overdue", "claims:today",
    // "disclosures:failed", "subjects:minors", "audit:verify"… (DashboardCards); the main window
    // opens the matching filtered list.
    void openList(const QString& list);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Tile
    {
        QLabel* value;
        QLabel* hint;
    };
    QString composeReminder() const;
    Tile addTile(int index, const DashboardCards::Card& card);
    class DashboardPrintout printout() const;

    Database& m_database;
    const Session& m_session;
    UserPrompts& m_prompts;
    QGridLayout* m_grid;
    QLabel* m_reminder;
    QList<Tile> m_tiles;
    QList<QChartView*> m_chartViews; // in DashboardChartSet::Chart order
    QList<DashboardCards::Card> m_cards;
    DashboardCharts m_charts;
    QString m_reminderText;
    QHash<QObject*, QString> m_cardLists; // each card and the list it opens
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace dpo {

class Database;
class DashboardPage;
class ClaimsPage;
class SubjectsPage;
class UserPrompts;

// Assembles the pages, the navigation, the menus and the status bar; nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database& database, Session session, const QString& language, UserPrompts& prompts,
               QWidget* parent = nullptr);

    void showSection(int index);
    int currentSection() const;
    // On start-up: what is overdue or due within 3 working days, if anything.
    void remindOfDeadlines();

private:
    void buildMenus();
    void updatePrintActions();

    Database& m_database;
    Session m_session;
    QString m_language;
    UserPrompts& m_prompts;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    DashboardPage* m_dashboard;
    SubjectsPage* m_subjects;
    ClaimsPage* m_claims = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_previewAction = nullptr;
};

} // namespace dpo

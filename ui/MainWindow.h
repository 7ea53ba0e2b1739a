// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include "core/Session.h"
#include "domain/LetterKind.h"
#include "widgets/HelpWindow.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QTimer;

class QLabel;
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
    void openImport(); // File → Import…, not modal: the sections stay readable while it runs
    // Help → User guide (F1): the guide in the interface's language, at the section in view
    // (or at `topic`); one window, brought forward when open.
    void openHelp(const QString& topic = QString());
    HelpWindow* helpWindow() const { return m_help; }
    // Shows a case in its section (the register of outgoing letters opens what a letter answers).
    void openCase(dpo::CaseType caseType, qint64 caseId);
    // On start-up: what is overdue or due within 3 working days, if anything.
    void remindOfDeadlines();
    // Installs the UI language (ky, ru, en) and remembers it; the window retranslates at once.
    void switchLanguage(const QString& code);
    // Locks the window after idle_lock_minutes without input (tests shorten it).
    class IdleLock* idleLock() const { return m_idleLock; }

protected:
    // A new language: the pages are built again in it, on the same section and subject. On
    // SQLite, getting the focus shows what other programs changed meanwhile.
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void retranslateStatusBar();
    void readConnectionSecurity();
    void rebuildInNewLanguage();
    void updatePrintActions();
    void openList(const QString& list);
    // Other officers' changes (ChangeFeed), gathered for a moment and then shown at once.
    void noteChange(const QString& entity, qint64 subjectId);
    void showChanges();
    // An administrator changed this officer's account: the menus and pages follow the role the
    // database holds now, and a deactivated account's window locks.
    void followOwnAccount();

    Database& m_database;
    Session m_session;
    QString m_language;
    UserPrompts& m_prompts;
    QStackedWidget* m_outer; // the pages, or the covered window while locked
    class IdleLock* m_idleLock = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    SubjectsPage* m_subjects = nullptr;
    ClaimsPage* m_claims = nullptr;
    class WithdrawalsPage* m_withdrawals = nullptr;
    class DisclosuresPage* m_disclosures = nullptr;
    class AuditPage* m_audit = nullptr;
    class FeedPage* m_feedPage = nullptr;
    QPointer<HelpWindow> m_help;
    QString m_helpLanguage;
    QAction* m_printAction = nullptr;
    QAction* m_previewAction = nullptr;
    QLabel* m_connectionLabel = nullptr;
    ConnectionSecurity m_security; // read when connected and again after a reconnection
    QLabel* m_officerLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    bool m_rebuildPending = false;
    class ChangeFeed* m_feed = nullptr;
    class ConnectionMonitor* m_monitor = nullptr;
    void listenForChanges();
    void scheduleRefresh();
    QTimer* m_changeTimer = nullptr;
    QSet<QString> m_changedEntities;
    QSet<qint64> m_changedSubjects;
    QElapsedTimer m_sinceRefresh; // since the last reading of the changes ended
    qint64 m_refreshCostMs = 0;   // what that reading took
};

} // namespace dpo

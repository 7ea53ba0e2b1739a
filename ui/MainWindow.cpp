// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "core/Shades.h"

#include "core/Error.h"
#include "db/ConnectionMonitor.h"
#include "db/Database.h"
#include "domain/Permissions.h"
#include "IdleLock.h"
#include "Languages.h"
#include "pages/AuditPage.h"
#include "pages/CalendarPage.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DisclosurePane.h"
#include "pages/DisclosuresPage.h"
#include "pages/FeedPage.h"
#include "pages/ImportDialog.h"
#include "pages/LettersPage.h"
#include "pages/OfficersPage.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/SystemsPage.h"
#include "pages/WithdrawalPane.h"
#include "pages/WithdrawalsPage.h"
#include "services/AccessControl.h"
#include "services/ChangeFeed.h"
#include "services/SettingsService.h"
#include "UserPrompts.h"
#include "widgets/PlainTextLabels.h"

#include <algorithm>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace dpo {

MainWindow::MainWindow(Database& database, Session session, const QString& language,
                       UserPrompts& prompts, QWidget* parent)
    : QMainWindow(parent), m_database(database), m_session(std::move(session)),
      m_language(language), m_prompts(prompts), m_outer(new QStackedWidget(this)),
      m_connectionLabel(new QLabel(this)), m_officerLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    PlainTextLabels::install(); // no label guesses markup in a name
    // While locked the pages are replaced by an empty cover: no personal data in view.
    auto* cover = new QLabel(m_outer);
    cover->setObjectName(QStringLiteral("lockedCover"));
    cover->setAlignment(Qt::AlignCenter);
    m_outer->addWidget(cover);
    setCentralWidget(m_outer);
    m_idleLock = new IdleLock(database, m_session, this);
    connect(m_idleLock, &IdleLock::lockedChanged, this, [this, cover](bool locked) {
        cover->setText(locked ? tr("The console is locked.") : QString());
        m_outer->setCurrentIndex(locked ? m_outer->indexOf(cover) : 0);
        menuBar()->setEnabled(!locked);
        statusBar()->clearMessage();
    });
    m_idleLock->setInterval(SettingsService(database).integer("idle_lock_minutes") * 60 * 1000);
    m_changeTimer = new QTimer(this);
    m_changeTimer->setObjectName(QStringLiteral("changeTimer")); // a test waits for its refresh
    m_changeTimer->setSingleShot(true);
    connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::showChanges);
    m_sinceRefresh.start();
    listenForChanges();
    // A server restart or a network cut: said in the status bar, and the connection made again
    // (what changed meanwhile is read again, as nothing was announced).
    m_monitor = new ConnectionMonitor(database, this);
    connect(m_monitor, &ConnectionMonitor::lost, this, [this](const QString& reason) {
        m_connectionLabel->setStyleSheet(Shades::textStyle(Shades::alarm(), " font-weight: 600;"));
        m_connectionLabel->setText(tr("Connection lost, connecting again…"));
        m_connectionLabel->setToolTip(reason);
    });
    connect(m_monitor, &ConnectionMonitor::restored, this, [this] {
        m_connectionLabel->setStyleSheet(QString());
        m_connectionLabel->setToolTip(QString());
        readConnectionSecurity();
        retranslateStatusBar();
        listenForChanges();
        m_changedEntities << QStringLiteral("*");
        scheduleRefresh();
        statusBar()->showMessage(tr("The connection to the database is back."), 8000);
    });
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_officerLabel->setObjectName(QStringLiteral("officerLabel"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    // A passing message takes the connection's place rather than being drawn over it.
    connect(statusBar(), &QStatusBar::messageChanged, m_connectionLabel,
            [this](const QString& message) { m_connectionLabel->setVisible(message.isEmpty()); });
    statusBar()->addPermanentWidget(m_officerLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
    buildPages();
    buildMenus();
    readConnectionSecurity();
    retranslateStatusBar();
    resize(1280, 860);
}

void MainWindow::readConnectionSecurity()
{
    try {
        m_security = m_database.connectionSecurity();
    } catch (const Error&) {
        m_security = {}; // unknown is shown as not encrypted; the monitor reports the loss
        m_security.local = m_database.url().isLocalHost();
    }
}

void MainWindow::buildPages()
{
    setWindowTitle(tr("DPO Console"));
    auto* central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setAccessibleDescription(
        tr("Choose a section to open it; Ctrl with its number opens it from anywhere"));
    m_navigation->addItem(tr("Dashboard", "section"));
    m_navigation->addItem(tr("Subjects", "section"));
    m_navigation->addItem(tr("Withdrawals", "section"));
    m_navigation->addItem(tr("Claims", "section"));
    m_navigation->addItem(tr("Disclosures", "section"));
    m_navigation->addItem(tr("Letters", "section"));
    m_navigation->addItem(tr("Change feed", "section"));
    m_navigation->addItem(tr("Audit", "section"));
    m_navigation->addItem(tr("Calendar", "section"));
    m_navigation->addItem(tr("Officers", "section"));
    m_navigation->addItem(tr("Data systems", "section"));
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 10px; }"));
    // As wide as the longest section name in the UI's language (Kyrgyz names run long).
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(11);
    const QFontMetrics metrics(navigationFont);
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(150, widest + 36));

    const auto showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    };
    const auto openSubject = [this](qint64 subjectId) {
        showSection(1);
        m_subjects->record()->showSubject(subjectId);
    };
    m_dashboard = new DashboardPage(m_database, m_session, m_prompts, m_pages);
    connect(m_dashboard, &DashboardPage::statusMessage, this, showStatus);
    connect(m_dashboard, &DashboardPage::openList, this, &MainWindow::openList);
    m_subjects = new SubjectsPage(m_database, m_session, m_prompts, m_pages);
    connect(m_subjects, &SubjectsPage::statusMessage, this, showStatus);
    m_withdrawals = new WithdrawalsPage(m_database, m_session, m_prompts, m_pages);
    connect(m_withdrawals, &WithdrawalsPage::statusMessage, this, showStatus);
    connect(m_withdrawals, &WithdrawalsPage::openSubject, this, openSubject);
    m_claims = new ClaimsPage(m_database, m_session, m_prompts, m_pages);
    connect(m_claims, &ClaimsPage::statusMessage, this, showStatus);
    connect(m_claims, &ClaimsPage::openSubject, this, openSubject);
    m_disclosures = new DisclosuresPage(m_database, m_session, m_prompts, m_pages);
    connect(m_disclosures, &DisclosuresPage::statusMessage, this, showStatus);
    connect(m_disclosures, &DisclosuresPage::openSubject, this, openSubject);
    auto* letters = new LettersPage(m_database, m_pages);
    connect(letters, &LettersPage::statusMessage, this, showStatus);
    connect(letters, &LettersPage::openSubject, this, openSubject);
    connect(letters, &LettersPage::openCase, this, &MainWindow::openCase);
    m_feedPage = new FeedPage(m_database, m_session, m_prompts, m_pages);
    connect(m_feedPage, &FeedPage::statusMessage, this, showStatus);
    connect(m_feedPage, &FeedPage::openSubject, this, openSubject);
    m_audit = new AuditPage(m_database, m_session, m_prompts, m_pages);
    connect(m_audit, &AuditPage::statusMessage, this, showStatus);
    auto* calendar = new CalendarPage(m_database, m_session, m_prompts, m_pages);
    connect(calendar, &CalendarPage::statusMessage, this, showStatus);
    auto* officers = new OfficersPage(m_database, m_session, m_prompts, m_pages);
    connect(officers, &OfficersPage::statusMessage, this, showStatus);
    auto* systems = new SystemsPage(m_database, m_session, m_prompts, m_pages);
    connect(systems, &SystemsPage::statusMessage, this, showStatus);
    for (QWidget* page : std::initializer_list<QWidget*>{
             m_dashboard, m_subjects, m_withdrawals, m_claims, m_disclosures, letters, m_feedPage,
             m_audit, calendar, officers, systems})
        m_pages->addWidget(page);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintActions);
    connect(m_subjects->record(), &SubjectRecordPane::subjectShown, this,
            &MainWindow::updatePrintActions);
    connect(m_subjects->record(), &SubjectRecordPane::caseOpened, this, &MainWindow::openCase);

    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    if (m_outer->count() > 1) {
        QWidget* previous = m_outer->widget(0); // the pages in the previous language
        m_outer->removeWidget(previous);
        delete previous;
    }
    m_outer->insertWidget(0, central);
    m_outer->setCurrentIndex(0);
    m_navigation->setCurrentRow(0);
}

void MainWindow::openList(const QString& list)
{
    const QString section = list.section(QLatin1Char(':'), 0, 0);
    const QString view = list.section(QLatin1Char(':'), 1, 1);
    if (section == QStringLiteral("withdrawals") || section == QStringLiteral("tasks")) {
        // A request's tasks are in its pane: the executed requests are among the open ones.
        m_withdrawals->setView(
            section == QStringLiteral("tasks")  ? WithdrawalService::Filter::Open
            : view == QStringLiteral("overdue") ? WithdrawalService::Filter::Overdue
            : view == QStringLiteral("today")   ? WithdrawalService::Filter::DueToday
            : view == QStringLiteral("week")    ? WithdrawalService::Filter::DueThisWeek
                                                : WithdrawalService::Filter::Open);
        showSection(m_pages->indexOf(m_withdrawals));
    } else if (section == QStringLiteral("claims")) {
        m_claims->setView(view == QStringLiteral("overdue") ? ClaimService::Filter::Overdue
                          : view == QStringLiteral("today") ? ClaimService::Filter::DueToday
                          : view == QStringLiteral("week")  ? ClaimService::Filter::DueThisWeek
                                                            : ClaimService::Filter::Open);
        showSection(m_pages->indexOf(m_claims));
    } else if (section == QStringLiteral("disclosures")) {
        if (view == QStringLiteral("failed"))
            m_disclosures->showUndelivered();
        else
            m_disclosures->showUnnotified();
        showSection(m_pages->indexOf(m_disclosures));
    } else if (section == QStringLiteral("subjects")) {
        m_subjects->showAll(view == QStringLiteral("minors"));
        showSection(m_pages->indexOf(m_subjects));
    } else if (section == QStringLiteral("retention")) {
        showSection(m_pages->indexOf(m_withdrawals));
        m_withdrawals->openRetentionReview();
    } else if (section == QStringLiteral("feed")) {
        showSection(m_pages->indexOf(m_feedPage));
    } else if (section == QStringLiteral("audit")) {
        m_audit->showAction(QStringLiteral("audit.verify"));
        showSection(m_pages->indexOf(m_audit));
    }
}

void MainWindow::openCase(CaseType caseType, qint64 caseId)
{
    switch (caseType) {
    case CaseType::Claim:
        showSection(m_pages->indexOf(m_claims));
        m_claims->selectClaim(caseId);
        break;
    case CaseType::WithdrawalRequest:
        showSection(m_pages->indexOf(m_withdrawals));
        m_withdrawals->selectRequest(caseId);
        break;
    case CaseType::Disclosure:
        showSection(m_pages->indexOf(m_disclosures));
        m_disclosures->selectDisclosure(caseId);
        break;
    }
}

void MainWindow::retranslateStatusBar()
{
    const DatabaseUrl& url = m_database.url();
    if (url.backend == Backend::SQLite) {
        //: In the status bar. %1: the database file's path.
        m_connectionLabel->setText(tr("SQLite: %1").arg(url.path));
    } else {
        // Whether what crosses the network is encrypted, and whether the server was proved to be
        // the one named: the officer sees a weaker connection, never assumes a stronger one.
        QString transport;
        if (!m_security.encrypted)
            //: The connection to the database server, in the status bar.
            transport = tr("not encrypted");
        else if (m_security.serverVerified)
            //: How the console reaches the server, in the status bar. %1: the TLS protocol, e.g.
            //: "TLSv1.3".
            transport = tr("%1, server's certificate verified").arg(m_security.protocol);
        else
            //: How the console reaches the server, in the status bar. %1: the TLS protocol, e.g.
            //: "TLSv1.3"; %2: the sslmode setting, e.g. "require".
            transport = tr("%1, server's certificate not verified (sslmode=%2)")
                            .arg(m_security.protocol,
                                 url.sslMode.isEmpty() ? QStringLiteral("prefer") : url.sslMode);
        //: In the status bar. %1: the server's host; %2: its port; %3: the database's name; %4: how
        //: it is reached, e.g. "TLSv1.3, server's certificate verified".
        m_connectionLabel->setText(tr("PostgreSQL: %1:%2/%3 · %4")
                                       .arg(url.host)
                                       .arg(url.port)
                                       .arg(url.databaseName, transport));
        m_connectionLabel->setToolTip(m_security.encrypted ? m_security.cipher : QString());
        const bool exposed = !m_security.local && !m_security.serverVerified;
        m_connectionLabel->setStyleSheet(
            exposed ? Shades::textStyle(Shades::alarm(), " font-weight: 600;") : QString());
    }
    m_officerLabel->setText(
        //: The signed-in officer in the status bar. %1: the officer's name; %2: their role, e.g.
        //: "Officer".
        tr("%1 (%2)").arg(m_session.displayName, roleDisplayName(m_session.role)));
    for (const auto& [code, name] : uiLanguages())
        if (code == m_language)
            m_languageLabel->setText(name);
}

void MainWindow::updatePrintActions()
{
    // What Print prints: the dashboard on the dashboard, the selected subject's data report on
    // the Subjects page.
    const bool dashboard = m_pages->currentWidget() == m_dashboard;
    const bool subject =
        m_pages->currentWidget() == m_subjects && m_subjects->record()->subjectId() > 0;
    m_printAction->setEnabled(dashboard || subject);
    m_previewAction->setEnabled(dashboard || subject);
}

void MainWindow::buildMenus()
{
    auto* bar = new QMenuBar(this);
    QMenu* file = bar->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] { m_dashboard->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* importFile = file->addAction(tr("&Import…"), this, &MainWindow::openImport);
    importFile->setObjectName(QStringLiteral("importAction"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFile->setEnabled(Permissions::allows(m_session.role, Permission::ImportSubjects));
    importFile->setToolTip(tr("The platform's export of subjects, or a file of its change feed"));
    file->addSeparator();
    m_previewAction = file->addAction(tr("Print pre&view…"), this, [this] {
        if (m_pages->currentWidget() == m_dashboard)
            m_dashboard->previewDashboard();
        else
            m_subjects->record()->previewReport();
    });
    m_printAction = file->addAction(tr("&Print…"), this, [this] {
        if (m_pages->currentWidget() == m_dashboard)
            m_dashboard->printDashboard();
        else
            m_subjects->record()->printReport();
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Prints the dashboard, or the selected subject's data report"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find subject…"), this, [this] {
        showSection(1);
        m_subjects->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    // Language names are written in their own language, never translated.
    QMenu* language = bar->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    for (const auto& [code, name] : uiLanguages()) {
        QAction* action = language->addAction(name);
        action->setObjectName(QStringLiteral("language:") + code);
        action->setCheckable(true);
        action->setChecked(m_language == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { switchLanguage(code); });
    }

    QMenu* go = bar->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action =
            go->addAction(m_navigation->item(i)->text(), this, [this, i] { showSection(i); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0; a section past the tenth has no key (Key_1 + 9 would
        // be Ctrl+colon).
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu* help = bar->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] { openHelp(); });
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] { openHelp(QStringLiteral("keyboard")); });
    setMenuBar(bar); // the previous language's bar goes
    updatePrintActions();
}

void MainWindow::openHelp(const QString& topic)
{
    // The guide's topics, in the order of the sections on the left.
    static const char* const kSectionTopics[] = {"dashboard",   "subjects", "withdrawals", "claims",
                                                 "disclosures", "letters",  "feed",        "audit",
                                                 "calendar",    "officers", "systems"};
    QString shown = topic;
    const int section = currentSection();
    if (shown.isEmpty() && section >= 0 && section < int(std::size(kSectionTopics)))
        shown = QLatin1String(kSectionTopics[section]);
    if (m_help && m_helpLanguage != m_language)
        delete m_help; // opened in another language
    if (!m_help) {
        // The keys the window answers to, from its menus: the guide cannot list a key that is
        // not there, nor leave one out.
        QList<HelpWindow::Shortcut> shortcuts;
        for (QAction* menuAction : menuBar()->actions()) {
            if (!menuAction->menu())
                continue;
            for (QAction* action : menuAction->menu()->actions())
                if (!action->shortcut().isEmpty())
                    shortcuts.append({QString(menuAction->text()).remove(QLatin1Char('&')),
                                      QString(action->text()).remove(QLatin1Char('&')),
                                      action->shortcut().toString(QKeySequence::NativeText)});
        }
        m_help = new HelpWindow(m_language, shortcuts, this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
        m_helpLanguage = m_language;
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    m_help->showTopic(shown);
}

void MainWindow::openImport()
{
    auto* dialog = new ImportDialog(m_database, m_session, m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::dataImported, this,
            [this] { noteChange(QStringLiteral("*"), 0); });
    dialog->show();
}

void MainWindow::switchLanguage(const QString& code)
{
    if (code == m_language)
        return;
    m_language = code;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    installUiLanguage(code);
}

void MainWindow::listenForChanges()
{
    delete m_feed; // a new connection needs a new subscription
    m_feed = new ChangeFeed(m_database, this);
    connect(m_feed, &ChangeFeed::changed, this,
            [this](const QString& entity, const QString& entityId, const QString& action,
                   qint64 subjectId) {
        if (entity != QStringLiteral("officer")) {
            noteChange(entity, subjectId);
        } else if (entityId == QString::number(m_session.officerId) &&
                   action != QStringLiteral("officer.sign_in") &&
                   action != QStringLiteral("officer.sign_in_failed")) {
            followOwnAccount(); // the other officers' sign-ins change nothing on screen
        }
    });
}

void MainWindow::followOwnAccount()
{
    if (m_session.officerId <= 0)
        return;
    Session stored;
    try {
        stored = storedSession(m_database, m_session);
    } catch (const Error& e) {
        // Deactivated (or, with an officer's own login, the server took the login's groups: the
        // officer's row is no longer readable): nothing more in view, and no unlocking.
        if (e.kind() != Error::Kind::Unauthenticated && e.kind() != Error::Kind::Forbidden)
            return; // the connection: the monitor says so, and the next action checks again
        m_idleLock->lock();
        statusBar()->showMessage(e.message());
        return;
    }
    if (stored.role == m_session.role)
        return;
    m_session.role = stored.role;
    rebuildInNewLanguage(); // the same pages and menus, built for the new role
    //: %1: the role's name, e.g. "Auditor".
    statusBar()->showMessage(tr("An administrator changed your role: you are %1 now.")
                                 .arg(roleDisplayName(m_session.role)));
}

void MainWindow::noteChange(const QString& entity, qint64 subjectId)
{
    m_changedEntities << entity;
    if (subjectId > 0)
        m_changedSubjects << subjectId;
    scheduleRefresh();
}

// The changes are read again a moment after the first of a burst (one step writes several
// entries), not after the last: a steady stream, such as the feed's worker committing a batch
// every fraction of a second, would otherwise put the reading off for as long as it flows. And
// the console waits four times as long as its last reading took: with a dashboard that takes
// half a second on a large database, it reads at most every 2.5 s, leaving the server to others.
void MainWindow::scheduleRefresh()
{
    if (m_changeTimer->isActive())
        return;
    const qint64 rest = 4 * m_refreshCostMs - m_sinceRefresh.elapsed();
    m_changeTimer->start(int(std::clamp<qint64>(rest, 250, 60000)));
}

void MainWindow::showChanges()
{
    const QSet<QString> entities = std::exchange(m_changedEntities, {});
    const QSet<qint64> subjects = std::exchange(m_changedSubjects, {});
    const bool any = entities.contains(QStringLiteral("*"));
    QElapsedTimer cost;
    cost.start();
    const auto measured = qScopeGuard([&] {
        m_refreshCostMs = cost.elapsed();
        m_sinceRefresh.start();
    });
    m_dashboard->refresh();
    if (any || entities.contains(QStringLiteral("claim")))
        m_claims->reload();
    if (any || entities.contains(QStringLiteral("withdrawal_request")))
        m_withdrawals->reload();
    if (any || entities.contains(QStringLiteral("disclosure")))
        m_disclosures->reload();
    // A record on screen is read again, unless a step's dialog is open over it: that step must
    // keep the version the officer saw, so that a conflicting change is refused, not overwritten.
    if (!QApplication::activeModalWidget()) {
        if (const qint64 id = m_claims->pane()->claimId())
            m_claims->pane()->showClaim(id);
        if (const qint64 id = m_withdrawals->pane()->requestId())
            m_withdrawals->pane()->showRequest(id);
        if (const qint64 id = m_disclosures->pane()->disclosureId())
            m_disclosures->pane()->showDisclosure(id);
        const qint64 subject = m_subjects->record()->subjectId();
        if (subject > 0 && (any || subjects.contains(subject)))
            m_subjects->record()->showSubject(subject);
    }
    if (!any)
        statusBar()->showMessage(tr("Changes made by another officer are shown."), 5000);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !m_feed->isListening()) {
        m_changedEntities << QStringLiteral("*"); // no change feed: everything is read again
        scheduleRefresh();
        followOwnAccount();
    }
    // Qt sends the event to every widget, these pages included, right after: rebuilding them
    // here would pull them from under it. Once, after the events of both translators.
    if (event->type() == QEvent::LanguageChange && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildInNewLanguage, Qt::QueuedConnection);
    }
}

void MainWindow::rebuildInNewLanguage()
{
    m_rebuildPending = false;
    m_language = currentUiLanguage();
    const int section = currentSection();
    const qint64 subject = m_subjects->record()->subjectId();
    buildPages();
    buildMenus();
    retranslateStatusBar();
    if (subject > 0)
        m_subjects->record()->showSubject(subject);
    showSection(section);
}

void MainWindow::showSection(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::remindOfDeadlines()
{
    const QString text = m_dashboard->reminderText();
    if (!text.isEmpty())
        m_prompts.showInformation(this, tr("Deadlines"), text);
}

int MainWindow::currentSection() const
{
    return m_pages->currentIndex();
}

} // namespace dpo

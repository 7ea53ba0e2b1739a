// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "UserPrompts.h"
#include "db/Database.h"
#include "pages/AuditPage.h"
#include "pages/CalendarPage.h"
#include "pages/ClaimsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DisclosuresPage.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/WithdrawalsPage.h"

#include <QAction>
#include <QFontMetrics>
#include <QActionGroup>
#include <QSettings>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace dpo {

MainWindow::MainWindow(Database& database, Session session, const QString& language, UserPrompts& prompts,
                       QWidget* parent)
    : QMainWindow(parent), m_database(database), m_session(std::move(session)), m_language(language), m_prompts(prompts),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_dashboard(new DashboardPage(database, this)), m_subjects(new SubjectsPage(database, m_session, prompts, this))
{
    setWindowTitle(tr("DPO Console"));
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Dashboard", "section"));
    m_navigation->addItem(tr("Subjects", "section"));
    m_navigation->addItem(tr("Withdrawals", "section"));
    m_navigation->addItem(tr("Claims", "section"));
    m_navigation->addItem(tr("Disclosures", "section"));
    m_navigation->addItem(tr("Audit", "section"));
    m_navigation->addItem(tr("Calendar", "section"));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 10px; }"));
    // As wide as the longest section name in the UI's language (Kyrgyz names run long).
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(11);
    const QFontMetrics metrics(navigationFont);
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(150, widest + 36));
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_subjects);
    const auto openSubject = [this](qint64 subjectId) {
        showSection(1);
        m_subjects->record()->showSubject(subjectId);
    };
    const auto showStatus = [this](const QString& message) { statusBar()->showMessage(message, 8000); };
    auto* withdrawals = new WithdrawalsPage(database, m_session, prompts, this);
    connect(withdrawals, &WithdrawalsPage::statusMessage, this, showStatus);
    connect(withdrawals, &WithdrawalsPage::openSubject, this, openSubject);
    m_pages->addWidget(withdrawals);
    m_claims = new ClaimsPage(database, m_session, prompts, this);
    connect(m_claims, &ClaimsPage::statusMessage, this, showStatus);
    connect(m_claims, &ClaimsPage::openSubject, this, openSubject);
    m_pages->addWidget(m_claims);
    auto* disclosures = new DisclosuresPage(database, m_session, prompts, this);
    connect(disclosures, &DisclosuresPage::statusMessage, this, showStatus);
    connect(disclosures, &DisclosuresPage::openSubject, this, openSubject);
    m_pages->addWidget(disclosures);
    connect(m_dashboard, &DashboardPage::openList, this, [this, withdrawals, disclosures](const QString& list) {
        const QString section = list.section(QLatin1Char(':'), 0, 0);
        const QString view = list.section(QLatin1Char(':'), 1, 1);
        if (section == QStringLiteral("withdrawals")) {
            withdrawals->setView(view == QStringLiteral("overdue") ? WithdrawalService::Filter::Overdue : WithdrawalService::Filter::Open);
            showSection(m_pages->indexOf(withdrawals));
        } else if (section == QStringLiteral("claims")) {
            m_claims->setView(view == QStringLiteral("overdue") ? ClaimService::Filter::Overdue
                              : view == QStringLiteral("week")  ? ClaimService::Filter::DueThisWeek
                                                                : ClaimService::Filter::Open);
            showSection(m_pages->indexOf(m_claims));
        } else if (section == QStringLiteral("disclosures")) {
            disclosures->showUnnotified();
            showSection(m_pages->indexOf(disclosures));
        } else if (section == QStringLiteral("subjects")) {
            m_subjects->showAll(view == QStringLiteral("minors"));
            showSection(m_pages->indexOf(m_subjects));
        }
    });
    auto* audit = new AuditPage(database, m_session, prompts, this);
    connect(audit, &AuditPage::statusMessage, this, showStatus);
    m_pages->addWidget(audit);
    auto* calendar = new CalendarPage(database, m_session, prompts, this);
    connect(calendar, &CalendarPage::statusMessage, this, showStatus);
    m_pages->addWidget(calendar);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintActions);
    connect(m_subjects->record(), &SubjectRecordPane::subjectShown, this, &MainWindow::updatePrintActions);
    connect(m_subjects, &SubjectsPage::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
    });

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();

    const DatabaseUrl& url = m_database.url();
    const QString where = url.backend == Backend::SQLite
                              ? tr("SQLite: %1").arg(url.path)
                              : tr("PostgreSQL: %1:%2/%3").arg(url.host).arg(url.port).arg(url.databaseName);
    auto* connectionLabel = new QLabel(where, this);
    connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    auto* officerLabel = new QLabel(tr("%1 (%2)").arg(m_session.displayName, roleDisplayName(m_session.role)), this);
    officerLabel->setObjectName(QStringLiteral("officerLabel"));
    auto* languageLabel = new QLabel(language == QStringLiteral("ru") ? QStringLiteral("Русский") : QStringLiteral("Кыргызча"), this);
    languageLabel->setObjectName(QStringLiteral("languageLabel"));
    statusBar()->addWidget(connectionLabel, 1);
    statusBar()->addPermanentWidget(officerLabel);
    statusBar()->addPermanentWidget(languageLabel);
    m_navigation->setCurrentRow(0);
    updatePrintActions();
    resize(1280, 860);
}

void MainWindow::updatePrintActions()
{
    // What Print prints: the selected subject's data report, on the Subjects page.
    const bool subject = m_pages->currentWidget() == m_subjects && m_subjects->record()->subjectId() > 0;
    m_printAction->setEnabled(subject);
    m_previewAction->setEnabled(subject);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] { m_dashboard->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    m_previewAction = file->addAction(tr("Print pre&view…"), this, [this] { m_subjects->record()->previewReport(); });
    m_printAction = file->addAction(tr("&Print…"), this, [this] { m_subjects->record()->printReport(); });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Prints the selected subject's data report"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find subject…"), this, [this] {
        showSection(1);
        m_subjects->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    // Language names are written in their own language, never translated.
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, name] : {std::pair{"ky", "Кыргызча"}, std::pair{"ru", "Русский"}}) {
        QAction* action = language->addAction(QString::fromUtf8(name));
        action->setCheckable(true);
        action->setChecked(current == QLatin1String(code) || (current.isEmpty() && m_language == QLatin1String(code)));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), QString::fromLatin1(code));
            statusBar()->showMessage(tr("The language changes the next time the console starts."), 8000);
        });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text(), this, [this, i] { showSection(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
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

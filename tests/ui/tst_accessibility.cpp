// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers: every interactive element of every section and dialog, in Kyrgyz and Russian,
// has an accessible name and a description, walked through the QAccessible tree a screen reader
// reads; no two fields of one form share a name.
#include "ConnectionDialog.h"
#include "ConnectionProfiles.h"
#include "IdleLock.h"
#include "pages/CalendarPage.h"
#include "pages/ClaimDialog.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/ClaimStepDialogs.h"
#include "pages/DisclosureDialogs.h"
#include "pages/DisclosurePane.h"
#include "pages/DisclosuresPage.h"
#include "pages/ImportDialog.h"
#include "pages/OfficersPage.h"
#include "pages/RetentionReviewDialog.h"
#include "pages/SystemsPage.h"
#include "pages/WithdrawalDialogs.h"
#include "pages/WithdrawalPane.h"
#include "pages/WithdrawalsPage.h"
#include "services/ClaimService.h"
#include "services/WithdrawalService.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "widgets/HelpWindow.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QDialog>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace dpo;

namespace {
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

// Every visible interactive element without a name or a description: "what: objectName (class,
// role)"; and the names of the fields one types into, to find two of one form named alike.
struct Walk
{
    QStringList problems;
    QStringList fieldNames;

    void visit(QAccessibleInterface* node, int depth = 0)
    {
        if (!node || depth > 60)
            return;
        const QAccessible::State state = node->state();
        if (state.invisible || state.offscreen)
            return;
        const QAccessible::Role role = node->role();
        if (isInteractive(role)) {
            const QString name = node->text(QAccessible::Name).trimmed();
            if (name.isEmpty())
                report(node, QStringLiteral("no name"));
            else if (node->text(QAccessible::Description).trimmed().isEmpty())
                report(node, QStringLiteral("no description"), name);
            if (role == QAccessible::EditableText || role == QAccessible::SpinBox)
                fieldNames << name;
        }
        // A table's or a list's cells and headers are read by their own text.
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
            role == QAccessible::ComboBox)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            visit(node->child(i), depth + 1);
    }
    void report(QAccessibleInterface* node, const QString& what, const QString& name = {})
    {
        const QObject* object = node->object();
        problems << QStringLiteral("%1: %2 \"%3\" (%4, role 0x%5)")
                        .arg(what, object ? object->objectName() : QString(), name,
                             object ? QString::fromLatin1(object->metaObject()->className())
                                    : QStringLiteral("?"))
                        .arg(int(node->role()), 0, 16);
    }
    // Two fields of one window with one name: a screen reader could not tell them apart.
    QStringList sameNames() const
    {
        QStringList out;
        for (const QString& name : fieldNames)
            if (fieldNames.count(name) > 1 &&
                !out.contains(QStringLiteral("two fields named ") + name))
                out << QStringLiteral("two fields named ") + name;
        return out;
    }
};

QStringList walkWindow(QWidget* window)
{
    Walk walk;
    walk.visit(QAccessible::queryAccessibleInterface(window));
    return walk.problems + walk.sameNames();
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    test::WindowFixture m_window;
    Database* m_database = nullptr;

    std::unique_ptr<MainWindow> openWindow(const QString& language, test::FakePrompts& prompts)
    {
        return m_window.window(language, prompts);
    }
    // Every problem as a warning (QVERIFY2 would cut a long list short), and a line for QVERIFY2.
    static QString reported(const QStringList& problems)
    {
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        return QStringLiteral("%1 problems; the first: %2")
            .arg(problems.size())
            .arg(problems.value(0));
    }
    qint64 firstCase(const char* sql) const
    {
        return test::scalar(*m_database, QString::fromLatin1(sql)).toLongLong();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(300);
        m_database = m_window.database.get();
    }
    void cleanupTestCase() { test::WindowFixture::close(); }

    void everySectionIsNamedAndDescribed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    // Each section, and each tab of a section's tab widgets (the subject's record) in turn.
    void everySectionIsNamedAndDescribed()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* subjects = window.findChild<QTableView*>(QStringLiteral("subjectsView"));
        const int sections = window.findChild<QListWidget*>(QStringLiteral("navigation"))->count();
        QStringList problems;
        int tabsWalked = 0;
        for (int section = 0; section < sections; ++section) {
            window.showSection(section);
            QTest::qWait(50);
            if (subjects->isVisible() && !subjects->currentIndex().isValid()) {
                QTRY_VERIFY(subjects->model()->rowCount() > 0);
                subjects->selectRow(0); // the record's tabs, filled
                QTest::qWait(50);
            }
            for (const QString& p : walkWindow(&window))
                problems << QStringLiteral("section %1: %2").arg(section).arg(p);
            for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
                if (!tabs->isVisible())
                    continue;
                for (int tab = 1; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    ++tabsWalked;
                    for (const QString& p : walkWindow(tabs))
                        problems << QStringLiteral("section %1, tab %2: %3")
                                        .arg(section)
                                        .arg(tab)
                                        .arg(p);
                }
                tabs->setCurrentIndex(0);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(reported(problems)));
        QVERIFY2(tabsWalked >= 6, "the subject's record was not walked tab by tab");
    }

    // The dialogs the officer opens from the sections and from a case, each walked as it opens.
    void everyDialogIsNamedAndDescribed_data() { everySectionIsNamedAndDescribed_data(); }
    void everyDialogIsNamedAndDescribed()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* claims = window.findChild<ClaimsPage*>();
        auto* withdrawals = window.findChild<WithdrawalsPage*>();
        auto* disclosures = window.findChild<DisclosuresPage*>();
        auto* officers = window.findChild<OfficersPage*>();
        auto* calendar = window.findChild<CalendarPage*>();
        // The case in the state whose steps a dialog belongs to, selected before it opens.
        const auto claimIn = [&](const char* sql) {
            claims->selectClaim(firstCase(sql));
            return claims->pane();
        };
        const auto requestIn = [&](const char* state) {
            withdrawals->selectRequest(
                test::scalar(*m_database,
                             QStringLiteral("SELECT min(id) FROM withdrawal_requests WHERE state = "
                                            "? AND origin = 'subject_request'"),
                             {QString::fromLatin1(state)})
                    .toLongLong());
            return withdrawals->pane();
        };
        // A bulk action's dialog opens over a selection: the register's first row, once its
        // section is shown and its rows are read (on the register's own thread).
        const auto selectedIn = [&](CaseRegisterPage* page) {
            window.showSection(
                window.findChild<QStackedWidget*>(QStringLiteral("pages"))->indexOf(page));
            if (!test::registerLoaded(*page) || page->table()->model()->rowCount() == 0)
                return false;
            page->table()->selectRow(0);
            return page->table()->selectionModel()->hasSelection();
        };
        const auto disclosure = [&] {
            disclosures->selectDisclosure(firstCase("SELECT min(disclosure_id) FROM "
                                                    "disclosure_subjects"));
            disclosures->pane()->selectSubject(0);
            return disclosures->pane();
        };
        QSettings settings;
        ConnectionProfiles profiles(settings);
        const QList<std::pair<const char*, std::function<QDialog*()>>> openers{
            {"import",
             [&]() -> QDialog* {
                 window.openImport();
                 return window.findChild<ImportDialog*>();
             }},
            {"claim registration", [&]() -> QDialog* { return claims->openRegistration(); }},
            {"answer draft",
             [&]() -> QDialog* {
                 return claimIn("SELECT min(id) FROM claims WHERE state = 'open'")->openDraft();
             }},
            {"claim link",
             [&]() -> QDialog* {
                 return claimIn("SELECT min(id) FROM claims WHERE state = 'open'")->openLink();
             }},
            {"answer sent",
             [&]() -> QDialog* {
                 return claimIn("SELECT min(id) FROM claims WHERE state = 'open'")
                     ->openAnswerSent();
             }},
            {"claim closing",
             [&]() -> QDialog* {
                 return claimIn("SELECT min(id) FROM claims WHERE state = 'answered'")->openClose();
             }},
            {"disclosure", [&]() -> QDialog* { return disclosures->openRecording(); }},
            {"notice through the outbox", [&]() -> QDialog* { return disclosure()->openNotify(); }},
            {"notice sent by hand", [&]() -> QDialog* { return disclosure()->openSentByHand(); }},
            {"notices queued in bulk",
             [&]() -> QDialog* {
                 return selectedIn(disclosures) ? disclosures->openQueueNotices() : nullptr;
             }},
            {"withdrawal registration",
             [&]() -> QDialog* { return withdrawals->openRegistration(); }},
            {"identity check", [&]() -> QDialog* { return requestIn("received")->openVerify(); }},
            {"rejection", [&]() -> QDialog* { return requestIn("received")->openReject(); }},
            {"decisions",
             [&]() -> QDialog* { return requestIn("identity_verified")->openDecide(); }},
            // A recipient told is the reply's dialog (SentDialog) with another title: the demo
            // has no recipients to tell.
            {"reply sent", [&]() -> QDialog* { return requestIn("executed")->openReplySent(); }},
            {"recipients told in bulk",
             [&]() -> QDialog* {
                 return selectedIn(withdrawals) ? withdrawals->openTellSelected() : nullptr;
             }},
            {"retention review", [&]() -> QDialog* { return withdrawals->openRetentionReview(); }},
            {"officer", [&]() -> QDialog* { return officers->openAdd(); }},
            {"password reset", [&]() -> QDialog* { return officers->openResetPassword(); }},
            {"role change", [&]() -> QDialog* { return officers->openChangeRole(); }},
            {"calendar day",
             [&]() -> QDialog* { return calendar->openEdit(CalendarEditDialog::Mode::Set); }},
            {"data system",
             [&]() -> QDialog* { return window.findChild<SystemsPage*>()->openAdd(); }},
            {"user guide",
             [&]() -> QDialog* {
                 window.openHelp();
                 return window.helpWindow();
             }},
            {"sign-in", [&]() -> QDialog* { return new SignInDialog(*m_database, &window); }},
            {"unlock",
             [&]() -> QDialog* { return new UnlockDialog(*m_database, m_window.admin, &window); }},
            {"connection", [&]() -> QDialog* { return new ConnectionDialog(profiles, &window); }},
        };
        QStringList problems;
        for (const auto& [name, open] : openers) {
            QDialog* dialog = open();
            if (!dialog) {
                problems << QStringLiteral("%1: did not open").arg(QLatin1String(name));
                continue;
            }
            if (!dialog->isVisible())
                dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QString& p : walkWindow(dialog))
                problems << QStringLiteral("%1: %2").arg(QLatin1String(name), p);
            dialog->hide();
            if (dialog != window.helpWindow())
                delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(reported(problems)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

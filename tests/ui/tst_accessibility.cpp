// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers: every interactive element of every section, in Kyrgyz and Russian, has an
// accessible name, walked through the QAccessible tree a screen reader reads.
#include "pages/ClaimDialog.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/ClaimStepDialogs.h"
#include "pages/DisclosureDialogs.h"
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
#include "TestDatabase.h"
#include "WindowFixture.h"

#include <QAccessible>
#include <QDialog>
#include <QListWidget>
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

// Every visible interactive element without a name: "objectName (class, role)".
void walk(QAccessibleInterface* node, QStringList& unnamed, int depth = 0)
{
    if (!node || depth > 60)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    const QAccessible::Role role = node->role();
    if (isInteractive(role) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        const QObject* object = node->object();
        unnamed << QStringLiteral("%1 (%2, role 0x%3)")
                       .arg(object ? object->objectName() : QString(),
                            object ? QString::fromLatin1(object->metaObject()->className())
                                   : QStringLiteral("?"))
                       .arg(int(role), 0, 16);
    }
    // A table's or a list's cells and headers are read by their own text.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
        role == QAccessible::ComboBox)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), unnamed, depth + 1);
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
        return QStringLiteral("%1 unnamed; the first: %2")
            .arg(problems.size())
            .arg(problems.value(0));
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(300);
        m_database = m_window.database.get();
    }
    void cleanupTestCase() { test::WindowFixture::close(); }

    void everyControlOfEverySectionHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void everyControlOfEverySectionHasAName()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int sections = window.findChild<QListWidget*>(QStringLiteral("navigation"))->count();
        QStringList problems;
        for (int section = 0; section < sections; ++section) {
            window.showSection(section);
            QTest::qWait(50);
            QStringList unnamed;
            walk(QAccessible::queryAccessibleInterface(&window), unnamed);
            for (const QString& u : unnamed)
                problems << QStringLiteral("section %1: %2").arg(section).arg(u);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(reported(problems)));
    }

    // The dialogs the officer opens from the sections and from a case, each walked as it opens.
    void everyControlOfEveryDialogHasAName_data() { everyControlOfEverySectionHasAName_data(); }
    void everyControlOfEveryDialogHasAName()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* claims = window.findChild<ClaimsPage*>();
        auto* withdrawals = window.findChild<WithdrawalsPage*>();
        claims->selectClaim(test::scalar(*m_database, QStringLiteral("SELECT min(id) FROM claims "
                                                                     "WHERE state = 'open'"))
                                .toLongLong());
        withdrawals->selectRequest(
            test::scalar(*m_database, QStringLiteral("SELECT min(id) FROM withdrawal_requests "
                                                     "WHERE state = 'received'"))
                .toLongLong());
        const QList<std::pair<const char*, std::function<QDialog*()>>> openers{
            {"import",
             [&]() -> QDialog* {
                 window.openImport();
                 return window.findChild<ImportDialog*>();
             }},
            {"claim registration", [&]() -> QDialog* { return claims->openRegistration(); }},
            {"answer draft", [&]() -> QDialog* { return claims->pane()->openDraft(); }},
            {"claim link", [&]() -> QDialog* { return claims->pane()->openLink(); }},
            {"disclosure",
             [&]() -> QDialog* { return window.findChild<DisclosuresPage*>()->openRecording(); }},
            {"withdrawal registration",
             [&]() -> QDialog* { return withdrawals->openRegistration(); }},
            {"identity check", [&]() -> QDialog* { return withdrawals->pane()->openVerify(); }},
            {"retention review", [&]() -> QDialog* { return withdrawals->openRetentionReview(); }},
            {"officer", [&]() -> QDialog* { return window.findChild<OfficersPage*>()->openAdd(); }},
            {"data system",
             [&]() -> QDialog* { return window.findChild<SystemsPage*>()->openAdd(); }},
        };
        QStringList problems;
        for (const auto& [name, open] : openers) {
            QDialog* dialog = open();
            if (!dialog) {
                problems << QStringLiteral("%1: did not open").arg(QLatin1String(name));
                continue;
            }
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QStringList unnamed;
            walk(QAccessible::queryAccessibleInterface(dialog), unnamed);
            for (const QString& u : unnamed)
                problems << QStringLiteral("%1: %2").arg(QLatin1String(name), u);
            dialog->reject();
            delete dialog;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(reported(problems)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

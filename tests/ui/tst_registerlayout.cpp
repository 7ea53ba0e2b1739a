// SPDX-License-Identifier: GPL-3.0-or-later
// The registers' layout in the main window at 1600x1000, in Kyrgyz (the longer texts): each list
// shows at least 15 rows, and where the officer leaves the split between a list and its case, a
// column's width and the subjects' sort come back in the next window (the settings, per list).
#include "DemoFixture.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "Languages.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QHeaderView>
#include <QSplitter>
#include <QSplitterHandle>
#include <QTableView>
#include <QtTest>

using namespace dpo;

namespace {
QSplitter* splitterOf(QWidget* view)
{
    for (QWidget* w = view; w; w = w->parentWidget())
        if (auto* splitter = qobject_cast<QSplitter*>(w))
            return splitter;
    return nullptr;
}
} // namespace

class TestRegisterLayout : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    std::unique_ptr<MainWindow> openWindow(test::FakePrompts& prompts)
    {
        auto window =
            std::make_unique<MainWindow>(*m_database, m_admin, QStringLiteral("ky"), prompts);
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        test::useOwnSettings();
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        test::addDemoData(*m_database, m_admin, 300);
        installUiLanguage(QStringLiteral("ky"));
    }

    void cleanupTestCase()
    {
        installUiLanguage(QStringLiteral("en"));
        test::removeOwnSettings();
    }

    void eachRegisterShowsFifteenRows_data()
    {
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("view");
        QTest::newRow("subjects") << 1 << "subjectsView";
        QTest::newRow("withdrawals") << 2 << "withdrawalsRegister";
        QTest::newRow("claims") << 3 << "claimsRegister";
        QTest::newRow("disclosures") << 4 << "disclosuresRegister";
    }
    void eachRegisterShowsFifteenRows()
    {
        QFETCH(int, section);
        QFETCH(QString, view);
        test::FakePrompts prompts;
        const auto window = openWindow(prompts);
        QVERIFY(window);
        window->showSection(section);
        auto* table = window->findChild<QTableView*>(view);
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 15, qPrintable(QStringLiteral("%1 rows fit").arg(rows)));
    }

    void theLayoutIsRemembered()
    {
        test::FakePrompts prompts;
        int listHeight = 0;
        {
            const auto window = openWindow(prompts);
            QVERIFY(window);
            window->showSection(3);
            auto* claims = window->findChild<QTableView*>(QStringLiteral("claimsRegister"));
            QSplitter* split = splitterOf(claims);
            QVERIFY(split);
            QTRY_VERIFY(split->isVisible());
            // The officer drags the split 100 pixels down and widens the claimant's column.
            QSplitterHandle* handle = split->handle(1);
            const QPoint middle = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, middle);
            QTest::mouseMove(handle, middle + QPoint(0, 100));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 100));
            listHeight = split->sizes().at(0);
            QVERIFY2(listHeight > 0, "the split did not move");
            claims->setColumnWidth(2, 333);
            window->showSection(1);
            auto* subjects = window->findChild<QTableView*>(QStringLiteral("subjectsView"));
            QTRY_VERIFY(subjects->isVisible());
            subjects->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
        }
        const auto again = openWindow(prompts);
        QVERIFY(again);
        again->showSection(3);
        auto* claims = again->findChild<QTableView*>(QStringLiteral("claimsRegister"));
        QTRY_VERIFY(claims->isVisible());
        QCOMPARE(splitterOf(claims)->sizes().at(0), listHeight);
        QCOMPARE(claims->columnWidth(2), 333);
        again->showSection(1);
        auto* subjects = again->findChild<QTableView*>(QStringLiteral("subjectsView"));
        QTRY_VERIFY(subjects->isVisible());
        QCOMPARE(subjects->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(subjects->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(prompts.errors.isEmpty());
    }
};

QTEST_MAIN(TestRegisterLayout)
#include "tst_registerlayout.moc"

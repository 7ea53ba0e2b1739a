// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions from the registers under the offscreen platform: several claims selected and
// closed at once (Close answered…), with a result per case and the refused ones first; a cancel
// that stops before the next case.
#include "ClaimFixture.h"
#include "DatabaseFixture.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/DisclosuresPage.h"
#include "services/ClaimService.h"
#include "services/DisclosureService.h"
#include "widgets/BulkRunDialog.h"
#include "widgets/SubmitDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace dpo;

class TestBulkActions : public test::DatabaseFixture
{
    Q_OBJECT

    qint64 claim(bool answered)
    {
        return test::claimAt(*m_database, m_admin,
                             answered ? test::ClaimStage::Answered : test::ClaimStage::Registered);
    }
    static bool shown(ClaimsPage& page)
    {
        page.resize(1200, 800);
        page.show();
        return QTest::qWaitForWindowExposed(&page) && test::registerLoaded(page);
    }
    qint64 closed() const
    {
        return test::scalar(*m_database,
                            QStringLiteral("SELECT count(*) FROM claims WHERE state = 'closed'"))
            .toLongLong();
    }

private slots:
    void initTestCase() { test::useOwnSettings(); }
    void cleanupTestCase() { test::removeOwnSettings(); }
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void closesTheSelectedAnsweredClaims()
    {
        QList<qint64> answered;
        for (int i = 0; i < 3; ++i)
            answered << claim(true);
        const qint64 unsent = claim(false);
        test::FakePrompts prompts;
        ClaimsPage page(*m_database, m_admin, prompts);
        QVERIFY(shown(page));
        QCOMPARE(page.rowCount(), 4);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("closeAnsweredClaims"));

        // Nothing selected: the officer is told how to select, nothing runs.
        page.table()->clearSelection();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(prompts.informations.size(), 1);
        QVERIFY(!page.findChild<BulkRunDialog*>());

        // Several selected with Ctrl, then all with Ctrl+A; the question declined: nothing runs.
        page.table()->selectAll();
        QCOMPARE(page.selectedCaseIds().size(), 4);
        prompts.confirmAnswer = false;
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(prompts.confirmations, 1);
        QVERIFY(!page.findChild<BulkRunDialog*>());
        QCOMPARE(closed(), 0);

        prompts.confirmAnswer = true;
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = page.findChild<BulkRunDialog*>();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &BulkRunDialog::finished);
        QVERIFY(finished.wait(30000) || !dialog->isRunning());
        QCOMPARE(closed(), 3);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"));
        QCOMPARE(summary->text(), QStringLiteral("3 done, 1 refused."));
        auto* cases = dialog->findChild<QTableWidget*>(QStringLiteral("bulkCases"));
        QCOMPARE(cases->rowCount(), 4);
        // The refused one first, with its reason.
        QCOMPARE(cases->item(0, 0)->data(Qt::DisplayRole).toLongLong(), unsent);
        QCOMPARE(cases->item(0, 1)->text(), QStringLiteral("Refused"));
        QVERIFY2(cases->item(0, 2)->text().contains(QStringLiteral("answer was sent")),
                 qPrintable(cases->item(0, 2)->text()));
        QCOMPARE(cases->item(1, 1)->text(), QStringLiteral("Done"));
        QCOMPARE(dialog->findChild<QProgressBar*>(QStringLiteral("bulkProgress"))->value(), 4);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("cancelBulk"))->isVisible());
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "action = 'claim.close'"))
                     .toLongLong(),
                 3);
        // The register was read again: the closed ones show as closed.
        QVERIFY(test::registerLoaded(page));
        dialog->reject();
        QTRY_VERIFY(!page.findChild<BulkRunDialog*>());
    }

    void queuesTheNoticesOfTheSelectedDisclosures();

    // Cancel pressed while the first of three claims is being closed: that one is closed (its
    // own step, committed), the other two are not reached and stay as they were.
    void aCancelStopsBeforeTheNextCase()
    {
        const QList<qint64> ids{claim(true), claim(true), claim(true)};
        QSemaphore entered;
        QSemaphore proceed;
        BulkRunDialog dialog(*m_database, QStringLiteral("Close the selected claims"),
                             QStringLiteral("Claim No."), ids,
                             [&, database = m_database.get(), session = m_admin](qint64 id) {
            entered.release();
            proceed.acquire(); // held until Cancel is pressed
            ClaimService(*database).closeAsDrafted(session, id);
            return QString();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.start();
        QVERIFY(entered.tryAcquire(1, 30000)); // the first case is under way
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelBulk"));
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("bulkSummary"));
        QCOMPARE(summary->text(), QStringLiteral("Cancelling after the case under way…"));
        proceed.release(3); // whatever is asked next would not wait
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY(dialog.result().cancelled);
        QCOMPARE(summary->text(), QStringLiteral("1 done, 0 refused. Cancelled: 2 not reached."));
        QCOMPARE(closed(), 1);
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT state FROM claims WHERE id = ?"),
                              {ids[0]})
                     .toString(),
                 QStringLiteral("closed"));
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "action = 'claim.close'"))
                     .toLongLong(),
                 1);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(entered.available(), 0); // no second case was started
    }

    // Shift-click selects a range and the pane shows the row clicked last.
    void aRangeIsSelectedWithShift()
    {
        for (int i = 0; i < 5; ++i)
            claim(true);
        test::FakePrompts prompts;
        ClaimsPage page(*m_database, m_admin, prompts);
        QVERIFY(shown(page));
        QTableView* table = page.table();
        const auto rowCentre = [&](int row) {
            return table->visualRect(table->model()->index(row, 1)).center();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(3));
        QCOMPARE(page.selectedCaseIds().size(), 3);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, rowCentre(0));
        const QList<qint64> ids = page.selectedCaseIds();
        QCOMPARE(ids.size(), 4);
        const qint64 first =
            table->model()->index(0, 0).data(CaseRegisterModel::IdRole).toLongLong();
        QCOMPARE(ids.first(), first);            // in the register's order
        QCOMPARE(page.pane()->claimId(), first); // the row clicked last
    }
};

// Queue notices…: the channel asked once, then each selected disclosure's subjects not yet
// notified get a notice; one whose subject has no address for the channel is refused whole.
void TestBulkActions::queuesTheNoticesOfTheSelectedDisclosures()
{
    QSqlQuery add(m_database->connection());
    QVERIFY(add.exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Сот', 'fco')")));
    const qint64 recipient =
        test::scalar(*m_database, QStringLiteral("SELECT max(id) FROM recipients")).toLongLong();
    for (int i = 1; i <= 5; ++i)
        test::insertSubjectWithData(*m_database, QStringLiteral("OG-B%1").arg(i), recipient, i);
    QVERIFY(
        add.exec(QStringLiteral("UPDATE subjects SET email = NULL WHERE platform_ref = 'OG-B5'")));
    const auto record = [&](const QStringList& refs) {
        DisclosureService::Registration r;
        r.subjectRefs = refs;
        r.recipientId = recipient;
        r.ground = QStringLiteral("consent");
        r.consentReference = QStringLiteral("Макулдук 2024-06-01");
        r.categories = {QStringLiteral("contacts")};
        r.purpose = QStringLiteral("Насыя боюнча чечим");
        r.disclosedOn = bishkekToday().addDays(-1);
        return DisclosureService(*m_database).record(m_admin, r);
    };
    record({QStringLiteral("OG-B1"), QStringLiteral("OG-B2")});
    record({QStringLiteral("OG-B3")});
    const qint64 refused = record({QStringLiteral("OG-B4"), QStringLiteral("OG-B5")});

    test::FakePrompts prompts;
    DisclosuresPage page(*m_database, m_admin, prompts);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page) && test::registerLoaded(page));
    page.table()->selectAll();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("queueSelectedNotices")),
                      Qt::LeftButton);
    auto* ask = page.findChild<SubmitDialog*>(QStringLiteral("queueNoticesDialog"));
    QVERIFY(ask);
    auto* channel = ask->findChild<QComboBox*>(QStringLiteral("queueNoticesChannel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
    test::clickOk(ask);
    auto* dialog = page.findChild<BulkRunDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isRunning(); }, 30000));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text(),
             QStringLiteral("2 done, 1 refused."));
    auto* cases = dialog->findChild<QTableWidget*>(QStringLiteral("bulkCases"));
    QCOMPARE(cases->item(0, 0)->data(Qt::DisplayRole).toLongLong(), refused);
    QVERIFY2(cases->item(0, 2)->text().contains(QStringLiteral("OG-B5")),
             qPrintable(cases->item(0, 2)->text()));
    QStringList notes{cases->item(1, 2)->text(), cases->item(2, 2)->text()};
    notes.sort();
    QCOMPARE(notes, (QStringList{QStringLiteral("1 notice(s) queued"),
                                 QStringLiteral("2 notice(s) queued")}));
    QCOMPARE(test::rowCount(*m_database, QStringLiteral("notifications")), 3);
    QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                      "action = 'disclosure.notification_queued'"))
                 .toInt(),
             3);
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"

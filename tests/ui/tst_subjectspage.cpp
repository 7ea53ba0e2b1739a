// SPDX-License-Identifier: GPL-3.0-or-later
// The subjects page with its record pane, under the offscreen platform: selecting a subject shows
// the record, a masked value is revealed only by a click that is audited, and the data report is
// previewed, printed (Ctrl+P) and saved as PDF through the prompts seam.
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "items/AuditListModel.h"
#include "items/SubjectListModel.h"
#include "MainWindow.h"
#include "pages/AuditPage.h"
#include "pages/ClaimsPage.h"
#include "pages/DisclosuresPage.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/SystemsPage.h"
#include "pages/WithdrawalsPage.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

class TestSubjectsPage : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    QTranslator m_translator; // DPO_SCREENSHOT_QM: screenshots in Kyrgyz or Russian

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return test::scalar(*m_database, sql, values);
    }
    qint64 reports() const
    {
        return scalar(
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.report'"))
            .toLongLong();
    }
    // Selects the row of `platformRef` by searching for it, as an officer would.
    static void selectSubject(SubjectsPage& page, const QString& platformRef)
    {
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("subjectSearch"));
        search->setText(platformRef);
        auto* view = page.findChild<QTableView*>(QStringLiteral("subjectsView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE(view->model()->index(0, 0).data().toString(), platformRef);
        view->setCurrentIndex(view->model()->index(0, 2));
    }

private slots:
    void initTestCase()
    {
        test::installScreenshotLanguage(m_translator);
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        DemoDataService::Options demo;
        demo.subjects = 600;
        DemoDataService(*m_database).generate(m_admin, demo);
    }

    void selectingARowShowsTheRecordAndRevealIsAudited()
    {
        test::FakePrompts prompts;
        SubjectsPage page(*m_database, m_admin, prompts);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString ref =
            scalar(QStringLiteral(
                       "SELECT platform_ref FROM subjects s WHERE status = 'active' AND phone IS "
                       "NOT NULL AND "
                       "EXISTS (SELECT 1 FROM transfers t WHERE t.subject_id = s.id) ORDER BY id"))
                .toString();
        selectSubject(page, ref);
        SubjectRecordPane* pane = page.record();
        QTRY_VERIFY(pane->subjectId() > 0);
        const qint64 id = pane->subjectId();
        QCOMPARE(scalar(QStringLiteral("SELECT platform_ref FROM subjects WHERE id = ?"), {id})
                     .toString(),
                 ref);
        const QString surname =
            scalar(QStringLiteral("SELECT surname FROM subjects WHERE id = ?"), {id}).toString();
        QVERIFY(
            pane->findChild<QLabel*>(QStringLiteral("recordTitle"))->text().startsWith(surname));
        const int transfers =
            scalar(QStringLiteral("SELECT count(*) FROM transfers WHERE subject_id = ?"), {id})
                .toInt();
        QCOMPARE(pane->findChild<QTableWidget*>(QStringLiteral("transfersTable"))->rowCount(),
                 transfers);
        QVERIFY(pane->findChild<QTabWidget*>(QStringLiteral("recordTabs"))
                    ->tabText(3)
                    .contains(QString::number(transfers)));

        // Masked until the officer asks; the click is an audit entry.
        auto* inn = pane->findChild<QLabel*>(QStringLiteral("innValue"));
        auto* reveal = pane->findChild<QPushButton*>(QStringLiteral("innReveal"));
        QVERIFY2(inn->text().contains(QStringLiteral("*********")), qPrintable(inn->text()));
        QVERIFY(reveal->isEnabled());
        const QString clear =
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {id}).toString();
        QVERIFY(!page.findChild<QTableView*>(QStringLiteral("subjectsView"))
                     ->model()
                     ->index(0, SubjectListModel::Inn)
                     .data()
                     .toString()
                     .contains(clear));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                    "subject_id = ? AND action = 'subject.reveal'"),
                                     {id})
                                  .toLongLong();
        QSignalSpy status(&page, &SubjectsPage::statusMessage);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(inn->text(), clear);
        QVERIFY(!reveal->isEnabled());
        QCOMPARE(status.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = ? AND "
                                       "action = 'subject.reveal'"),
                        {id})
                     .toLongLong(),
                 before + 1);
        auto* audit = pane->findChild<QTableWidget*>(QStringLiteral("auditTable"));
        QCOMPARE(audit->item(0, 3)->text(), QStringLiteral("subject.reveal"));
        // The phone is still masked: one field at a time.
        QVERIFY(pane->findChild<QLabel*>(QStringLiteral("phoneValue"))
                    ->text()
                    .contains(QLatin1Char('*')));
        QVERIFY(prompts.errors.isEmpty());

        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QCoreApplication::processEvents(); // the layout catches up with the revealed value
            page.grab().save(shots + QStringLiteral("/subject-record.png"));
            auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
            tabs->setCurrentIndex(2);
            page.grab().save(shots + QStringLiteral("/subject-categories.png"));
            tabs->setCurrentIndex(6);
            page.grab().save(shots + QStringLiteral("/subject-audit.png"));
        }
    }

    void reportIsPreviewedPrintedAndSavedAndAudited()
    {
        test::FakePrompts prompts;
        prompts.previewOutput = m_dir.filePath(QStringLiteral("preview.pdf"));
        MainWindow window(*m_database, m_admin, QStringLiteral("ky"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence::Find);
        auto* page = window.findChild<SubjectsPage*>();
        QVERIFY(page);
        // Print needs a subject: nothing selected, nothing printed.
        QTest::keySequence(&window, QKeySequence::Print);
        QCOMPARE(reports(), 0);
        // By keyboard: type the reference, Return, and the first match is the current subject.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("subjectSearch"));
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("OG-00000012"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(page->record()->subjectId() > 0);
        QCOMPARE(page->record()->findChild<QLabel*>(QStringLiteral("platformRefValue"))->text(),
                 QStringLiteral("OG-00000012"));
        QVERIFY(page->findChild<QTableView*>(QStringLiteral("subjectsView"))->hasFocus());

        // Cancelling the print dialog prints and audits nothing.
        QTest::keySequence(&window, QKeySequence::Print);
        QCOMPARE(reports(), 0);
        prompts.printerOutput = m_dir.filePath(QStringLiteral("printed.pdf"));
        QTest::keySequence(&window, QKeySequence::Print);
        QCOMPARE(reports(), 1);
        QVERIFY(QFileInfo(prompts.printerOutput).size() > 10000);

        page->record()->previewReport();
        QCOMPARE(prompts.previews, 1);
        QCOMPARE(reports(), 2);
        QVERIFY(QFileInfo(prompts.previewOutput).size() > 10000);

        prompts.saveAnswer = m_dir.filePath(QStringLiteral("saved.pdf"));
        page->record()->saveReportAsPdf();
        QCOMPARE(reports(), 3);
        QVERIFY(QFileInfo(prompts.saveAnswer).size() > 10000);
        QVERIFY(prompts.errors.isEmpty());
        // The report is made in the subject's preferred language unless the officer picks another.
        const QString preferred =
            scalar(
                QStringLiteral(
                    "SELECT preferred_language FROM subjects WHERE platform_ref = 'OG-00000012'"))
                .toString();
        QCOMPARE(scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                       "'subject.report' ORDER BY seq DESC"))
                     .toString(),
                 QStringLiteral("{\"language\":\"%1\",\"output\":\"pdf\"}").arg(preferred));

        // A file that cannot be written: the officer is told, and nothing is audited.
        prompts.saveAnswer = m_dir.filePath(QStringLiteral("missing/saved.pdf"));
        page->record()->saveReportAsPdf();
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(prompts.saveAnswer),
                 qPrintable(prompts.errors.first()));
        QCOMPARE(reports(), 3);
    }

    void navigationHasEverySection()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_database, m_admin, QStringLiteral("ky"), prompts);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        // dashboard, subjects, withdrawals, claims, disclosures, letters, change feed, audit,
        // calendar, officers, data systems
        QCOMPARE(navigation->count(), 11);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < navigation->count(); ++i) {
            window.showSection(i);
            QCOMPARE(window.currentSection(), i);
        }
        window.showSection(10);
        auto* systems = window.findChild<SystemsPage*>();
        QVERIFY(systems && systems->isVisible());
        QCOMPARE(qint64(systems->rowCount()),
                 test::rowCount(*m_database, QStringLiteral("data_systems")));
        // The registers list what the database holds, and open a subject's record on a double
        // click.
        window.showSection(2);
        QVERIFY(test::registerLoaded(*window.findChild<WithdrawalsPage*>()));
        QCOMPARE(qint64(window.findChild<WithdrawalsPage*>()->rowCount()),
                 test::rowCount(*m_database, QStringLiteral("withdrawal_requests")));
        QVERIFY(window.findChild<WithdrawalsPage*>()->rowCount() > 0);
        window.showSection(3);
        QVERIFY(test::registerLoaded(*window.findChild<ClaimsPage*>()));
        QCOMPARE(qint64(window.findChild<ClaimsPage*>()->rowCount()),
                 test::rowCount(*m_database, QStringLiteral("claims")));
        window.showSection(4);
        auto* disclosures = window.findChild<DisclosuresPage*>();
        QVERIFY(disclosures);
        QVERIFY(test::registerLoaded(*disclosures));
        QCOMPARE(qint64(disclosures->rowCount()),
                 test::rowCount(*m_database, QStringLiteral("disclosures")));
        QVERIFY(disclosures->rowCount() > 0);
        window.showSection(7);
        auto* audit = window.findChild<AuditPage*>();
        QVERIFY(audit && audit->isVisible());
        QCOMPARE(qint64(audit->model()->rowCount()),
                 test::rowCount(*m_database, QStringLiteral("audit_log")));
        window.showSection(2);
        QVERIFY(test::registerLoaded(*window.findChild<WithdrawalsPage*>()));
        auto* table = window.findChild<WithdrawalsPage*>()->findChild<QTableView*>(
            QStringLiteral("withdrawalsRegister"));
        const QString ref = table->model()->index(0, 1).data().toString();
        emit table->doubleClicked(table->model()->index(0, 1));
        QCOMPARE(window.currentSection(), 1);
        QCOMPARE(window.findChild<SubjectsPage*>()
                     ->record()
                     ->findChild<QLabel*>(QStringLiteral("platformRefValue"))
                     ->text(),
                 ref);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.showSection(2);
            QVERIFY(test::registerLoaded(*window.findChild<WithdrawalsPage*>()));
            QCoreApplication::processEvents();
            window.grab().save(shots + QStringLiteral("/withdrawals.png"));
            window.showSection(4);
            QVERIFY(test::registerLoaded(*disclosures));
            QCoreApplication::processEvents();
            window.grab().save(shots + QStringLiteral("/disclosures.png"));
        }
    }
};

QTEST_MAIN(TestSubjectsPage)
#include "tst_subjectspage.moc"

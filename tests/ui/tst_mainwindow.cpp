// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a seeded demo database: the dashboard's cards, charts, printout and the
// lists its cards open, the idle lock, the status bar (the language switch: tst_languageswitch).
#include "db/Sql.h"
#include "DemoFixture.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "IdleLock.h"
#include "items/SubjectListModel.h"
#include "Languages.h"
#include "MainWindow.h"
#include "pages/AuditPage.h"
#include "pages/ClaimsPage.h"
#include "pages/DashboardCards.h"
#include "pages/DashboardPage.h"
#include "pages/DisclosuresPage.h"
#include "pages/FeedPage.h"
#include "pages/RetentionReviewDialog.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/WithdrawalsPage.h"
#include "services/DashboardService.h"
#include "services/DisclosureService.h"
#include "services/ReferenceDataService.h"
#include "TestDatabase.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>
#include <QVBoxLayout>

using namespace dpo;

namespace {
QFrame* card(QWidget& window, const QString& list)
{
    return window.findChild<QFrame*>(QStringLiteral("card:") + list);
}

QString cardValue(QWidget& window, const QString& list)
{
    return card(window, list)->findChild<QLabel*>(QStringLiteral("cardValue"))->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    test::WindowFixture m_window; // the database, its administrator and the demo's cases
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(1500);
        installUiLanguage(QStringLiteral("en"));
    }

    void cleanupTestCase() { test::WindowFixture::close(); }

    void cardsShowTheFiguresAndOpenTheirLists()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDate today = bishkekToday();
        const DashboardFigures f = DashboardService(*m_window.database).figures(today);
        const QList<DashboardCards::Card> cards = DashboardCards::from(f);
        QCOMPARE(cards.size(), 20);
        for (const DashboardCards::Card& c : cards) {
            QVERIFY2(card(window, c.list), qPrintable(c.list));
            QCOMPARE(cardValue(window, c.list), c.value);
        }
        QCOMPARE(cardValue(window, QStringLiteral("claims:overdue")),
                 QLocale().toString(f.overdueClaims));
        QCOMPARE(cardValue(window, QStringLiteral("audit:verify")),
                 QStringLiteral("Never verified"));

        auto* claims = window.findChild<ClaimsPage*>();
        auto* withdrawals = window.findChild<WithdrawalsPage*>();
        auto* disclosures = window.findChild<DisclosuresPage*>();
        auto* subjects = window.findChild<SubjectsPage*>();
        auto* feed = window.findChild<FeedPage*>();
        const struct
        {
            const char* list;
            QWidget* page;
            qint64 rows; // -1: rows of their own kind (disclosures), checked apart
        } expected[] = {
            {"claims:today", claims, f.dueTodayClaims},
            {"claims:overdue", claims, f.overdueClaims},
            {"claims:week", claims, f.dueThisWeekClaims},
            {"claims:open", claims, f.openClaims},
            {"withdrawals:today", withdrawals, f.dueTodayWithdrawals},
            {"withdrawals:overdue", withdrawals, f.overdueWithdrawals},
            {"withdrawals:week", withdrawals, f.dueThisWeekWithdrawals},
            {"withdrawals:open", withdrawals, f.openWithdrawals},
            {"tasks:open", withdrawals, f.openWithdrawals}, // the tasks are in the requests' panes
            {"tasks:overdue", withdrawals, f.openWithdrawals},
            {"subjects:minors", subjects, f.minors},
            {"subjects:all", subjects, f.subjects},
            {"disclosures:unnotified", disclosures, -1},
            {"disclosures:failed", disclosures, -1},
            {"feed:flags", feed, -1},
            {"feed:rejected", feed, -1},
            {"feed:pending", feed, -1},
        };
        QVERIFY(f.overdueClaims > 0 && f.openWithdrawals > f.overdueWithdrawals && f.minors > 0 &&
                f.failedNotifications > 0);
        for (const auto& e : expected) {
            window.showSection(0);
            QTest::mouseClick(card(window, QString::fromLatin1(e.list)), Qt::LeftButton);
            QVERIFY2(e.page->isVisible(), e.list);
            if (e.page == claims) {
                QVERIFY(test::registerLoaded(*claims));
                QCOMPARE(claims->rowCount(), int(e.rows));
            } else if (e.page == withdrawals) {
                QVERIFY(test::registerLoaded(*withdrawals));
                QCOMPARE(withdrawals->rowCount(), int(e.rows));
            } else if (e.page == subjects)
                QTRY_COMPARE(subjects->model()->totalCount(), e.rows);
        }
        // The retention review's card opens its list over the withdrawals (docs/retention.md).
        QVERIFY(f.retentionDue > 0); // the demo's closed accounts with photos held
        window.showSection(0);
        QTest::mouseClick(card(window, QStringLiteral("retention:due")), Qt::LeftButton);
        QVERIFY(withdrawals->isVisible());
        auto* review = window.findChild<RetentionReviewDialog*>();
        QVERIFY(review && review->isVisible());
        QCOMPARE(review->itemCount(), int(f.retentionDue));
        review->close();
        // Not notified: the disclosures with a subject not notified; failed: those with a failed
        // notice.
        DisclosureService::Filter unnotified;
        unnotified.unnotifiedOnly = true;
        DisclosureService::Filter failed;
        failed.failedOnly = true;
        window.showSection(0);
        QTest::mouseClick(card(window, QStringLiteral("disclosures:unnotified")), Qt::LeftButton);
        QVERIFY(test::registerLoaded(*disclosures));
        QCOMPARE(disclosures->rowCount(),
                 int(DisclosureService(*m_window.database).list(unnotified, today).size()));
        window.showSection(0);
        QTest::mouseClick(card(window, QStringLiteral("disclosures:failed")), Qt::LeftButton);
        const QList<DisclosureService::Row> failedRows =
            DisclosureService(*m_window.database).list(failed, today);
        QVERIFY(test::registerLoaded(*disclosures));
        QCOMPARE(disclosures->rowCount(), int(failedRows.size()));
        qint64 undelivered = 0;
        for (const DisclosureService::Row& r : failedRows)
            undelivered += r.undelivered;
        QCOMPARE(undelivered, f.failedNotifications);
        // The audit card opens the verifications.
        window.showSection(0);
        QTest::mouseClick(card(window, QStringLiteral("audit:verify")), Qt::LeftButton);
        QVERIFY(window.findChild<AuditPage*>()->isVisible());
        QCOMPARE(
            window.findChild<QComboBox*>(QStringLiteral("auditAction"))->currentData().toString(),
            QStringLiteral("audit.verify"));
    }

    void chartsShowTheYear()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QChartView*> views = window.findChildren<QChartView*>();
        QCOMPARE(views.size(), 5);
        QStringList titles;
        for (QChartView* view : views) {
            QVERIFY(view->isVisible());
            QVERIFY(!view->chart()->series().isEmpty());
            titles << view->chart()->title();
        }
        QVERIFY2(titles.contains(QStringLiteral("Requests received per month")),
                 qPrintable(titles.join(u'/')));
        QVERIFY(titles.contains(QStringLiteral("Open cases by days left")));
        QVERIFY(titles.contains(QStringLiteral("Consents given and withdrawn per month")));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/dashboard.png"));
    }

    void printsAndSavesTheDashboard()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        auto* page = window.findChild<DashboardPage*>();
        // Cancelled print dialog: nothing written.
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        page->printDashboard();
        QVERIFY(!QFile::exists(printed));
        prompts.printerOutput = printed;
        page->printDashboard();
        QVERIFY(QFile::exists(printed));

        prompts.saveAnswer = m_dir.filePath(QStringLiteral("dashboard.pdf"));
        QTest::mouseClick(window.findChild<QAbstractButton*>(QStringLiteral("dashboardPdf")),
                          Qt::LeftButton);
        const QString text =
            test::pdfText(prompts.saveAnswer).simplified(); // a card's title may wrap
        const DashboardFigures f = DashboardService(*m_window.database).figures(bishkekToday());
        for (const QString& expected :
             {QStringLiteral("Dashboard"), QStringLiteral("Overdue claims and access requests"),
              QStringLiteral("Requests received per month"),
              QStringLiteral("Open cases by days left"),
              QStringLiteral("Consents given and withdrawn per month"),
              QStringLiteral("Disclosures by legal ground"), QStringLiteral("Page 1 of 2"),
              QStringLiteral("Page 2 of 2"),
              QStringLiteral("printed by %1").arg(m_window.admin.displayName)})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(text.contains(QLocale().toString(f.openWithdrawals)));
        QVERIFY(prompts.errors.isEmpty());

        // A file that cannot be written: a clear error.
        prompts.saveAnswer = QStringLiteral("/nonexistent-dir/dashboard.pdf");
        page->saveDashboardAsPdf();
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(prompts.errors.first().contains(QStringLiteral("/nonexistent-dir/dashboard.pdf")));
    }

    // After a time without input the window covers everything and asks for the same officer's
    // password; a wrong one keeps it locked; the right one shows the same section, and a dialog
    // that was open keeps its input.
    void idleLockHidesTheDataAndSignInRestoresIt()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(1);
        auto* subjects = window.findChild<SubjectsPage*>();
        QVERIFY(subjects->isVisible());
        QDialog form(&window); // a form half filled when the officer walked away
        auto* field = new QLineEdit(&form);
        field->setText(QStringLiteral("Асанова Айгерим, INN 21501199012345"));
        (new QVBoxLayout(&form))->addWidget(field);
        form.resize(400, 120);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        // Input starts the idle time again.
        window.idleLock()->setInterval(60000);
        QTest::qWait(50);
        QTest::keyClick(&window, Qt::Key_Shift);
        QVERIFY(window.idleLock()->remainingMilliseconds() > 59000);

        window.idleLock()->setInterval(100);
        QTRY_VERIFY(window.idleLock()->isLocked());
        QVERIFY(!subjects->isVisible());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("lockedCover"))->isVisible());
        QVERIFY(!window.menuBar()->isEnabled());
        auto* cover = form.findChild<QWidget*>(QStringLiteral("lockCover"));
        QVERIFY(cover);
        QVERIFY(cover->isVisible());
        QVERIFY2(cover->geometry().contains(field->geometry()),
                 qPrintable(QStringLiteral("%1x%2").arg(cover->width()).arg(cover->height())));
        auto* unlock = window.findChild<UnlockDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(unlock && unlock->isVisible());
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/locked.png"));

        auto* password = unlock->findChild<QLineEdit*>(QStringLiteral("unlockPassword"));
        password->setText(QStringLiteral("not-the-password"));
        test::clickOk(unlock);
        QVERIFY(window.idleLock()->isLocked());
        QVERIFY(unlock->findChild<QLabel*>(QStringLiteral("unlockError"))->isVisible());
        unlock->reject(); // Esc: still locked
        QVERIFY(unlock->isVisible());

        password->setText(QString::fromLatin1(test::TestDatabase::kPassword));
        test::clickOk(unlock);
        QVERIFY(!window.idleLock()->isLocked());
        QTRY_VERIFY(subjects->isVisible());
        QCOMPARE(window.currentSection(), 1);
        QVERIFY(window.menuBar()->isEnabled());
        QVERIFY(!form.findChild<QWidget*>(QStringLiteral("lockCover")));
        QCOMPARE(field->text(), QStringLiteral("Асанова Айгерим, INN 21501199012345"));
        QSqlQuery q =
            prepareQuery(m_window.database->connection(),
                         QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2"));
        execQuery(q, "unlock entries");
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QCOMPARE(actions, QStringList({"officer.sign_in", "officer.sign_in_failed"}));
    }

    // A name holding markup (from the platform's feed, an import, a claim) is shown as text: no
    // label renders it as an image of a local file or strikes it through.
    void namesAreShownAsTextNotMarkup()
    {
        const QString hostile = QStringLiteral("<img src=\"file:///etc/hostname\"><s>Асанов</s>");
        QSqlQuery pick =
            prepareQuery(m_window.database->connection(),
                         QStringLiteral("SELECT min(id) FROM subjects WHERE status = 'active'"));
        execQuery(pick, "a subject");
        QVERIFY(pick.next());
        const qint64 subjectId = pick.value(0).toLongLong();
        pick.finish();
        QSqlQuery read = prepareQuery(m_window.database->connection(),
                                      QStringLiteral("SELECT surname FROM subjects WHERE id = ?"));
        read.addBindValue(subjectId);
        execQuery(read, "the surname");
        QVERIFY(read.next());
        const QString before = read.value(0).toString();
        read.finish();
        QSqlQuery rename =
            prepareQuery(m_window.database->connection(),
                         QStringLiteral("UPDATE subjects SET surname = ? WHERE id = ?"));
        rename.addBindValue(hostile);
        rename.addBindValue(subjectId);
        execQuery(rename, "rename");

        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(1);
        window.findChild<SubjectsPage*>()->record()->showSubject(subjectId);
        QCoreApplication::processEvents();
        int shown = 0;
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(QStringLiteral("<img")))
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
            ++shown;
        }
        QVERIFY2(shown > 0, "the name is shown nowhere");
        rename.addBindValue(before);
        rename.addBindValue(subjectId);
        execQuery(rename, "rename back");
    }

    // The status bar says whether the connection is encrypted and whether the server was
    // proved to be the one named; a connection crossing a network unverified would be in red.
    void theStatusBarSaysHowTheConnectionTravels()
    {
        test::FakePrompts prompts;
        const auto connectionText = [&](Database& database) {
            MainWindow window(database, m_window.admin, QStringLiteral("en"), prompts);
            return window.findChild<QLabel*>(QStringLiteral("connectionLabel"))->text();
        };
        if (!test::TestDatabase::isPostgres()) {
            QVERIFY(connectionText(*m_window.database).startsWith(QStringLiteral("SQLite: ")));
            return;
        }
        // The tests' server has TLS on; the URL names no sslmode, so libpq's prefer encrypts
        // without checking the certificate (the server is on this machine).
        QString text = connectionText(*m_window.database);
        QVERIFY2(text.contains(QStringLiteral("TLSv1.")) &&
                     text.contains(QStringLiteral("not verified (sslmode=prefer)")),
                 qPrintable(text));
        const QString ca = qEnvironmentVariable("DPO_TEST_PG_CA");
        QVERIFY2(!ca.isEmpty(), "DPO_TEST_PG_CA is not set: scripts/test.sh sets it");
        Database verified(DatabaseUrl::parse(m_window.fixture.url() +
                                             QStringLiteral("?sslmode=verify-full&sslrootcert=") +
                                             ca),
                          qEnvironmentVariable("PGPASSWORD"));
        verified.open();
        text = connectionText(verified);
        QVERIFY2(text.contains(QStringLiteral("server's certificate verified")), qPrintable(text));
        Database plain(
            DatabaseUrl::parse(m_window.fixture.url() + QStringLiteral("?sslmode=disable")),
            qEnvironmentVariable("PGPASSWORD"));
        plain.open();
        text = connectionText(plain);
        QVERIFY2(text.contains(QStringLiteral("not encrypted")), qPrintable(text));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

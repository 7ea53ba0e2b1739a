// SPDX-License-Identifier: GPL-3.0-or-later
// The audit section under the offscreen platform: the list with a filter, an entry in full, and
// verification of the chain from the button, intact and then broken; an export saved, printed,
// signed, time-stamped by a local authority, and one cancelled from the window.
#include "ChainRewrite.h"
#include "db/Sql.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "items/AuditListModel.h"
#include "LocalAuthority.h"
#include "pages/AuditPage.h"
#include "services/AuditAnchorService.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "services/ExportVerifier.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

class TestAuditPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // Settings of this test only: the configured signing key path must not come from the
        // user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        test::installScreenshotLanguage(m_translator);
    }

    void listsFiltersShowsAndVerifies()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        {
            const QSqlDatabase db = database->connection();
            TransactionGuard t(db);
            for (int i = 0; i < 600; ++i)
                AuditService::append(db, admin,
                                     i % 2 ? QStringLiteral("subject.reveal")
                                           : QStringLiteral("subject.report"),
                                     QStringLiteral("subject"), QString::number(i), 0,
                                     QJsonObject{{QStringLiteral("field"), QStringLiteral("inn")},
                                                 {QStringLiteral("i"), i}});
            t.commit();
        }
        const qint64 total = test::rowCount(*database, QStringLiteral("audit_log"));
        test::FakePrompts prompts;
        AuditPage page(*database, admin, prompts);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = page.findChild<QTableView*>(QStringLiteral("auditView"));
        QCOMPARE(qint64(view->model()->rowCount()), total);
        QTRY_COMPARE(view->model()->index(0, AuditListModel::Seq).data().toLongLong(), total);

        // A filter from the list of actions.
        auto* action = page.findChild<QComboBox*>(QStringLiteral("auditAction"));
        const int reveal = action->findData(QStringLiteral("subject.reveal"));
        QVERIFY(reveal > 0);
        action->setCurrentIndex(reveal);
        QCOMPARE(view->model()->rowCount(), 300);
        QTRY_COMPARE(
            view->model()->index(0, AuditListModel::Action).data(Qt::ToolTipRole).toString(),
            QStringLiteral("subject.reveal"));
        QCOMPARE(view->model()->index(0, AuditListModel::Action).data().toString(),
                 QStringLiteral("Masked value shown in full"));

        // The entry in full, with its hash.
        view->setCurrentIndex(view->model()->index(0, 1));
        QSqlQuery q = prepareQuery(database->connection(),
                                   QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        q.addBindValue(view->model()->index(0, AuditListModel::Seq).data());
        execQuery(q, "hash");
        QVERIFY(q.next());
        auto* detail = page.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"));
        QVERIFY2(detail->toPlainText().contains(q.value(0).toString()),
                 qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("\"field\": \"inn\"")));

        // Verify: the progress bar and the cancel button while it runs, the result after, and an
        // entry of its own.
        action->setCurrentIndex(0);
        auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("cancelVerifyButton"))->isVisible());
        QVERIFY(page.findChild<QProgressBar*>(QStringLiteral("verifyProgress"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        auto* result = page.findChild<QLabel*>(QStringLiteral("verifyResult"));
        QVERIFY2(result->text().contains(QLocale().toString(total)), qPrintable(result->text()));
        QVERIFY(prompts.errors.isEmpty());
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), total + 1);
        QTRY_COMPARE(
            view->model()->index(0, AuditListModel::Action).data(Qt::ToolTipRole).toString(),
            QStringLiteral("audit.verify"));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            view->setCurrentIndex(view->model()->index(0, 1));
            QCoreApplication::processEvents();
            page.grab().save(shots + QStringLiteral("/audit.png"));
        }

        // A changed entry: the officer is told which.
        {
            QSqlQuery t(database->connection());
            if (test::TestDatabase::isPostgres()) {
                QVERIFY(t.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
                QVERIFY(
                    t.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 100")));
                QVERIFY(t.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")));
            } else {
                QVERIFY(t.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
                QVERIFY(
                    t.exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 100")));
            }
        }
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(QStringLiteral("100")),
                 qPrintable(prompts.errors.first()));
        QVERIFY2(result->text().contains(QStringLiteral("hash_mismatch")),
                 qPrintable(result->text()));
    }

    // The verification checks the database's anchors too: intact and holding them, then, after a
    // rewrite that recomputed every hash, the anchor named.
    void verificationChecksTheAnchors()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QTemporaryDir dir;
        test::LocalAuthority authority;
        QVERIFY2(authority.start(dir.filePath(QStringLiteral("authority"))),
                 qPrintable(authority.error()));
        SigningKeyService(*database).setTimeStampingUrl(admin, authority.url());
        const AuditAnchor anchor = AuditAnchorService(*database).anchor(admin);
        test::FakePrompts prompts;
        AuditPage page(*database, admin, prompts);
        page.show();
        auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
        auto* result = page.findChild<QLabel*>(QStringLiteral("verifyResult"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        QVERIFY2(
            result->text().contains(
                QStringLiteral("holds all 1 anchors, the last at entry %1").arg(anchor.headSeq)),
            qPrintable(result->text()));
        QVERIFY(prompts.errors.isEmpty());
        QString error;
        QVERIFY2(test::rewriteChainFrom(*database, 1, &error), qPrintable(error));
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying(), 60000);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(
                     QStringLiteral("does not hold the anchor of entry %1").arg(anchor.headSeq)),
                 qPrintable(prompts.errors.first()));
        QCOMPARE(result->text(), prompts.errors.first());
    }

    void exportsAndPrintsWhatTheFiltersShow()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QTemporaryDir dir;
        test::FakePrompts prompts;
        AuditPage page(*database, admin, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto exports = [&] {
            return test::scalar(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "action = 'audit.export'"))
                .toInt();
        };
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        QSignalSpy status(&page, &AuditPage::statusMessage);
        auto* result = page.findChild<QLabel*>(QStringLiteral("verifyResult"));
        result->setText(QStringLiteral("Intact: the last verification")); // stays in view
        prompts.saveAnswer = dir.filePath(QStringLiteral("audit.csv"));
        page.exportShown(int(AuditExportService::Format::Csv));
        QVERIFY(page.isExporting()); // on its own thread, with the bar and Cancel
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("cancelVerifyButton"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo(prompts.saveAnswer).size() > 100);
        QVERIFY(status.last().at(0).toString().contains(prompts.saveAnswer));
        QCOMPARE(result->text(), QStringLiteral("Intact: the last verification"));
        QCOMPARE(exports(), 1);

        prompts.previewOutput = dir.filePath(QStringLiteral("preview.pdf"));
        prompts.previewDrawings = 3; // as a preview does when the page setup changes
        page.printShown(true);
        QCOMPARE(prompts.previews, 1);
        QVERIFY(QFileInfo(prompts.previewOutput).size() > 1000);
        QCOMPARE(exports(), 2);
        page.printShown(false); // the print dialog cancelled: nothing printed, nothing audited
        QCOMPARE(exports(), 2);

        // With the organisation's key, the export asks for it and is signed.
        const QString key = dir.filePath(QStringLiteral("org.pem"));
        SigningKeyService(*database).createKey(admin, key, "a passphrase of length");
        prompts.openAnswer = key;
        prompts.password = QStringLiteral("a passphrase of length");
        prompts.saveAnswer = dir.filePath(QStringLiteral("signed.pdf"));
        page.exportShown(int(AuditExportService::Format::Pdf));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(ExportVerifier::verify(prompts.saveAnswer, database.get()).ok);
        QCOMPARE(exports(), 3);

        // With a time-stamping authority (a local one), the signature carries its time, and the
        // window says when.
        test::LocalAuthority authority;
        QVERIFY2(authority.start(dir.filePath(QStringLiteral("authority"))),
                 qPrintable(authority.error()));
        SigningKeyService(*database).setTimeStampingUrl(admin, authority.url());
        prompts.saveAnswer = dir.filePath(QStringLiteral("stamped.csv"));
        status.clear();
        page.exportShown(int(AuditExportService::Format::Csv));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        const ExportCheck stamped = ExportVerifier::verify(prompts.saveAnswer, database.get());
        QVERIFY2(stamped.ok, qPrintable(stamped.problem));
        QVERIFY(stamped.timeStampedAt.isValid());
        QVERIFY(!status.isEmpty());
        const QString said = status.last().at(0).toString();
        QVERIFY2(said.contains(QStringLiteral("Time-stamped by the authority at %1 UTC")
                                   .arg(stamped.timeStampedAt.toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")))),
                 qPrintable(said));
        QCOMPARE(exports(), 4);
    }

    // Cancel pressed while the export waits for the database: the job stops at its first report,
    // before anything is read, and nothing is saved or audited.
    void cancellingAnExportFromTheWindowLeavesNothing()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QTemporaryDir dir;
        test::FakePrompts prompts;
        AuditPage page(*database, admin, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto count = [&](const char* sql) {
            return test::scalar(*database, QString::fromLatin1(sql)).toInt();
        };
        const int entries = count("SELECT count(*) FROM audit_log");
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        prompts.saveAnswer = dir.filePath(QStringLiteral("audit.pdf"));

        // The window's own connection holds the trail until Cancel is pressed: the export's
        // thread waits on it (SQLite's write lock; PostgreSQL's table lock).
        const QSqlDatabase db = database->connection();
        const bool sqlite = db.driverName() == QStringLiteral("QSQLITE");
        QSqlQuery hold(db);
        QVERIFY(hold.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")));
        if (!sqlite)
            QVERIFY(hold.exec(QStringLiteral("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE")));
        page.exportShown(int(AuditExportService::Format::Pdf));
        QVERIFY(page.isExporting());
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelVerifyButton"));
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!page.isExporting());
        QVERIFY(!cancel->isVisible());
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("verifyResult"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(prompts.saveAnswer));
        QVERIFY(!QFileInfo::exists(prompts.saveAnswer + QStringLiteral(".p7s")));
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'audit.export'"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), entries);
        QVERIFY(dir.isValid() && QDir(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import… under the offscreen platform: a clean export imported with its progress shown,
// a refused one listed line by line (sorted, copied, saved) with nothing written, a cancel that
// writes nothing, a feed file, and the menu entry by role.
#include "core/Error.h"
#include "DatabaseFixture.h"
#include "FakePrompts.h"
#include "FeedFixture.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "pages/ImportDialog.h"
#include "TestDatabase.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QTableWidget>
#include <QtTest>

using namespace dpo;

namespace {
const QByteArray kHeader = "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,"
                           "email,preferred_language,consent_given_at,policy_version\n";

QByteArray rows(int count, int firstRef = 1)
{
    QByteArray content = kHeader;
    for (int i = firstRef; i < firstRef + count; ++i)
        content += QStringLiteral("OG-%1,215031990%2,Үсөнова,Жаңыл,,1990-03-15,F,,,ky,2024-07-01,"
                                  "2024-06-01\n")
                       .arg(i)
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toUtf8();
    return content;
}
} // namespace

class TestImportDialog : public test::DatabaseFixture
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QByteArray& content, const QString& pattern = QStringLiteral("e-%1.csv"))
    {
        return test::writeNumberedFile(m_dir, pattern, content);
    }
    qint64 subjects() const { return test::rowCount(*m_database, QStringLiteral("subjects")); }
    // Starts the dialog's job on `path` and waits for its end.
    static bool run(ImportDialog& dialog, const QString& path)
    {
        dialog.setFile(path);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("startImport")),
                          Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog.isRunning(); }, 60000);
    }
    static QTableWidget* lines(const ImportDialog& dialog)
    {
        return dialog.findChild<QTableWidget*>(QStringLiteral("importProblems"));
    }
    static QString summary(const ImportDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text();
    }

private slots:
    void initTestCase() { test::useOwnSettings(); }
    void cleanupTestCase() { test::removeOwnSettings(); }
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void importsACleanExportWithItsProgress()
    {
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        dialog.show();
        const QString path = write(rows(3000));
        prompts.openAnswer = path;
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseImportFile")),
                          Qt::LeftButton);
        QCOMPARE(dialog.kind(), ImportDialog::Kind::Subjects);
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        QSignalSpy imported(&dialog, &ImportDialog::dataImported);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("startImport")),
                          Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("cancelImport"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("startImport"))->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(subjects(), 3000);
        QVERIFY2(summary(dialog).contains(QStringLiteral("3,000 subjects imported")),
                 qPrintable(summary(dialog)));
        QCOMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"))->value(), 1000);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("cancelImport"))->isVisible());
        QCOMPARE(lines(dialog)->rowCount(), 0);
    }

    // Problems on lines 3, 12 and 10 of a refused file: listed by line number (10 after 3, not
    // before), copied and saved as FILE:LINE: column: reason; the database is as it was.
    void listsARefusedFilesProblemsAndWritesNothing()
    {
        QByteArray content = rows(12);
        QList<QByteArray> split = content.split('\n');
        split[2] = "OG-2b,123,Үсөнова,Жаңыл,,1990-03-15,F,,,ky,2024-07-01,2024-06-01";
        split[11] = "OG-11b,21503199000099,,Жаңыл,,1990-03-15,F,,,ky,2024-07-01,2024-06-01";
        split[9] = "OG-9b,21503199000098,Үсөнова,Жаңыл,,1990-03-15,F,,,xx,2024-07-01,2024-06-01";
        const QString path = write(split.join('\n'));
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        dialog.show();
        QSignalSpy imported(&dialog, &ImportDialog::dataImported);
        QVERIFY(run(dialog, path));
        QCOMPARE(imported.size(), 0);
        QCOMPARE(subjects(), 0);
        QTableWidget* table = lines(dialog);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->data(Qt::DisplayRole).toInt(), 3);
        QCOMPARE(table->item(1, 1)->data(Qt::DisplayRole).toInt(), 10);
        QCOMPARE(table->item(2, 1)->data(Qt::DisplayRole).toInt(), 12);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("inn"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("preferred_language"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("surname"));
        QVERIFY2(summary(dialog).contains(QStringLiteral("nothing was imported")),
                 qPrintable(summary(dialog)));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("importStage"))->text(),
                 QStringLiteral("Refused."));

        // Sorted by the officer, by line number descending: numbers, not text.
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(table->item(0, 1)->data(Qt::DisplayRole).toInt(), 12);
        QCOMPARE(table->item(2, 1)->data(Qt::DisplayRole).toInt(), 3);
        table->sortByColumn(1, Qt::AscendingOrder);

        // Copy with nothing selected takes every line; with one selected, that one.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyProblems")),
                          Qt::LeftButton);
        const QStringList copied = QGuiApplication::clipboard()->text().trimmed().split('\n');
        QCOMPARE(copied.size(), 3);
        QVERIFY2(copied[0].startsWith(path + QStringLiteral(":3: inn: ")), qPrintable(copied[0]));
        table->selectRow(1);
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(
                     path + QStringLiteral(":10: preferred_language: ")),
                 qPrintable(QGuiApplication::clipboard()->text()));

        prompts.saveAnswer = m_dir.filePath(QStringLiteral("problems.txt"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveProblems")),
                          Qt::LeftButton);
        QFile saved(prompts.saveAnswer);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QStringList savedLines = QString::fromUtf8(saved.readAll()).trimmed().split('\n');
        QCOMPARE(savedLines.size(), 4); // the three, and how many there were
        QCOMPARE(savedLines.mid(0, 3), copied);
        QVERIFY(savedLines[3].contains(QStringLiteral("nothing was imported")));
        QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(prompts.errors.isEmpty());
    }

    void aFileThatCannotBeReadIsSaidSo()
    {
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        QVERIFY(run(dialog, m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY2(summary(dialog).contains(QStringLiteral("cannot read the file")),
                 qPrintable(summary(dialog)));
        QCOMPARE(lines(dialog)->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveProblems"))->isEnabled());
    }

    // The job held in the middle of its writing (rows already sent to the database) while the
    // officer clicks Cancel: the transaction rolls back and nothing stays.
    void aCancelWhileWritingWritesNothing()
    {
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        dialog.show();
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        QAtomicInt reached;
        QSemaphore clicked;
        dialog.setJobObserver([&](JobProgress::Stage stage, qint64 done, qint64) {
            if (stage == JobProgress::Stage::Writing && done > 0 && reached.testAndSetRelaxed(0, 1))
                clicked.acquire();
        });
        dialog.setFile(write(rows(3000)));
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        dialog.start();
        QVERIFY(QTest::qWaitFor([&] { return reached.loadRelaxed() == 1; }, 60000));
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelImport")),
                          Qt::LeftButton);
        clicked.release();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("importStage"))->text(),
                 QStringLiteral("Cancelled."));
        QVERIFY2(summary(dialog).contains(QStringLiteral("nothing was written")),
                 qPrintable(summary(dialog)));
        QCOMPARE(subjects(), 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
        // Started again, the same file goes in whole.
        dialog.setJobObserver({});
        QVERIFY(run(dialog, dialog.findChild<QLineEdit*>(QStringLiteral("importFile"))->text()));
        QCOMPARE(subjects(), 3000);
    }

    // Closing the window while the job runs cancels it, and the dialog closes when it has.
    void closingCancels()
    {
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        dialog.show();
        QAtomicInt reached;
        QSemaphore closed;
        dialog.setJobObserver([&](JobProgress::Stage stage, qint64, qint64) {
            if (stage == JobProgress::Stage::Checking && reached.testAndSetRelaxed(0, 1))
                closed.acquire();
        });
        dialog.setFile(write(rows(3000)));
        QSignalSpy finished(&dialog, &ImportDialog::finished);
        dialog.start();
        QVERIFY(QTest::qWaitFor([&] { return reached.loadRelaxed() == 1; }, 60000));
        dialog.reject();
        QVERIFY(dialog.isVisible()); // until the job has stopped
        closed.release();
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(subjects(), 0);
    }

    // The dialog destroyed (its window closed) while the job finishes, past the point where a
    // cancel stops it: the destruction waits for the job, which ends on the copies it was given
    // (not on the dialog's members, gone by then), and the file is imported whole.
    void destroyedWhileFinishing()
    {
        test::FakePrompts prompts;
        auto* dialog = new ImportDialog(*m_database, m_admin, prompts);
        QAtomicInt reached;
        QSemaphore never;
        dialog->setJobObserver([&](JobProgress::Stage stage, qint64, qint64) {
            if (stage == JobProgress::Stage::Finishing && reached.testAndSetRelaxed(0, 1))
                never.tryAcquire(1, 300); // the dialog goes meanwhile
        });
        dialog->setFile(write(rows(1500)));
        dialog->start();
        QVERIFY(QTest::qWaitFor([&] { return reached.loadRelaxed() == 1; }, 60000));
        delete dialog; // cancels (too late to stop it) and waits for the job
        QCOMPARE(subjects(), 1500);
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "action = 'subjects.import'"))
                     .toInt(),
                 1);
    }

    void appliesAFeedFileAndListsItsFlags()
    {
        test::FakePrompts prompts;
        ImportDialog dialog(*m_database, m_admin, prompts);
        dialog.show();
        const QString path = write(test::kDay, QStringLiteral("day-%1.jsonl"));
        QVERIFY(run(dialog, path));
        QCOMPARE(dialog.kind(), ImportDialog::Kind::Feed);
        QCOMPARE(subjects(), 2);
        QVERIFY2(summary(dialog).contains(QStringLiteral("13 events read")),
                 qPrintable(summary(dialog)));
        QCOMPARE(lines(dialog)->rowCount(), 1); // the minor
        QCOMPARE(lines(dialog)->item(0, 1)->data(Qt::DisplayRole).toInt(), 12);
        QCOMPARE(lines(dialog)->item(0, 2)->text(), QStringLiteral("minor"));
        // Applied again: every event was applied before.
        QVERIFY(run(dialog, path));
        QVERIFY2(summary(dialog).contains(QStringLiteral("applied before; nothing changed")),
                 qPrintable(summary(dialog)));
        QCOMPARE(subjects(), 2);
    }

    void theMenuOpensItForThoseWhoMayImport()
    {
        test::FakePrompts prompts;
        {
            MainWindow window(*m_database, m_admin, QStringLiteral("en"), prompts);
            auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
            QVERIFY(action);
            QVERIFY(action->isEnabled());
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
            action->trigger();
            auto* dialog = window.findChild<ImportDialog*>();
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible());
        }
        Session auditor = m_admin; // the window and the dialog read the role, as the services do
        auditor.role = Role::Auditor;
        MainWindow window(*m_database, auditor, QStringLiteral("en"), prompts);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
        // And the dialog itself refuses to start for the role, whatever the menu says.
        ImportDialog dialog(*m_database, auditor, prompts);
        dialog.setFile(write(rows(1)));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("startImport"))->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

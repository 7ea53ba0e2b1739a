// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "core/InputLimits.h"
#include "core/JobProgress.h"
#include "db/Sql.h"
#include "import/SubjectImportService.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

namespace {
const QByteArray kHeader = "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,"
                           "email,preferred_language,consent_given_at,policy_version\n";
QByteArray row(const char* ref, const char* inn, const QByteArray& rest = QByteArray())
{
    return QByteArray(ref) + ',' + inn + ',' +
           (rest.isEmpty() ? QStringLiteral("Үсөнова,Жаңыл,Асан кызы,1990-03-15,F,0555 12 34 "
                                            "56,j@mail.kg,ky,2024-07-01,2024-06-01")
                                 .toUtf8()
                           : rest) +
           '\n';
}
} // namespace

class TestSubjectImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString write(const QByteArray& content)
    {
        return test::writeNumberedFile(m_dir, QStringLiteral("export-%1.csv"), content);
    }
    // `rows` clean rows, each with its own reference and INN.
    static QByteArray rows(int count)
    {
        QByteArray content = kHeader;
        for (int i = 1; i <= count; ++i)
            content +=
                row(qPrintable(QStringLiteral("OG-%1").arg(i)),
                    qPrintable(QStringLiteral("215031990%1").arg(i, 5, 10, QLatin1Char('0'))));
        return content;
    }
private slots:
    void reportsHowFarItIs()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString path = write(rows(2500));
        const qint64 size = QFileInfo(path).size();
        JobProgress progress;
        QList<JobProgress::Stage> stages;
        qint64 lastDone = -1;
        bool backwards = false;
        progress.observe([&](JobProgress::Stage stage, qint64 done, qint64 total) {
            if (stages.isEmpty() || stages.last() != stage) {
                stages << stage;
                lastDone = -1;
            }
            backwards = backwards || done < lastDone || (total > 0 && done > total);
            lastDone = done;
        });
        SubjectImportService service(*database);
        service.setProgress(&progress);
        QCOMPARE(service.importSubjects(admin, path).imported, 2500);
        QCOMPARE(stages, (QList<JobProgress::Stage>{JobProgress::Stage::Checking,
                                                    JobProgress::Stage::Writing,
                                                    JobProgress::Stage::Finishing}));
        QVERIFY(!backwards);
        QCOMPARE(progress.stage(), JobProgress::Stage::Finishing);
        QVERIFY(!progress.cancelRequested());
        QVERIFY(size > 0);
    }

    // A cancel while the rows are being written (some already sent to the database) rolls the
    // whole import back: no subject, no consent, no audit entry.
    void aCancelWhileWritingLeavesNothing_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<qint64>("atRow");
        QTest::newRow("checking") << int(JobProgress::Stage::Checking) << qint64(1000);
        QTest::newRow("writing, at the start") << int(JobProgress::Stage::Writing) << qint64(0);
        QTest::newRow("writing, rows sent") << int(JobProgress::Stage::Writing) << qint64(2000);
    }
    void aCancelWhileWritingLeavesNothing()
    {
        QFETCH(int, stage);
        QFETCH(qint64, atRow);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const qint64 entries = test::rowCount(*database, QStringLiteral("audit_log"));
        const QString path = write(rows(2500));
        JobProgress progress;
        qint64 reports = 0;
        progress.observe([&](JobProgress::Stage now, qint64, qint64) {
            if (int(now) != stage)
                return;
            if (reports++ * JobProgress::kLinesPerReport >= atRow)
                progress.cancel();
        });
        SubjectImportService service(*database);
        service.setProgress(&progress);
        try {
            service.importSubjects(admin, path);
            QFAIL("the import was not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        for (const char* table : {"subjects", "consents", "subject_categories"})
            QVERIFY2(test::rowCount(*database, QString::fromLatin1(table)) == 0, table);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), entries);
        // Nothing is held: the same file imports whole afterwards.
        QCOMPARE(SubjectImportService(*database).importSubjects(admin, path).imported, 2500);
    }

    void importsACleanFile()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QByteArray content =
            kHeader + row("OG-1", "11503199012345") +
            row("OG-2", "21503199012346",
                QStringLiteral("\"Иванов, "
                               "мл.\",Сергей,,1985-01-02,M,+996700111222,,ru,2024-06-01T12:30:00+"
                               "06:00,2024-06-01")
                    .toUtf8()) +
            row("OG-3", "29999199912345", "Ким,Ли,,,,,,,2025-01-01,2024-06-01");
        const auto result = SubjectImportService(*database).importSubjects(admin, write(content));
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.warnings.size(), 1); // the INN whose embedded date does not parse
        QVERIFY2(result.warnings[0].contains(QStringLiteral(":4: inn: warning")),
                 qPrintable(result.warnings[0]));
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 3);
        QCOMPARE(test::rowCount(*database, QStringLiteral("consents")), 3);
        QSqlQuery q =
            prepareQuery(database->connection(),
                         QStringLiteral("SELECT surname, phone, surname_fold, preferred_language "
                                        "FROM subjects WHERE platform_ref = ?"));
        q.addBindValue(QStringLiteral("OG-1"));
        execQuery(q, "read");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Үсөнова"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("+996555123456"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("үсөнова"));
        QSqlQuery audit =
            prepareQuery(database->connection(),
                         QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(audit, "read");
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("subjects.import"));
        // A second import of the same file: every row is a duplicate now, nothing changes.
        QVERIFY_THROWS_EXCEPTION(
            Error, SubjectImportService(*database).importSubjects(admin, write(content)));
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 3);
    }

    void theIdentityDocumentColumnIsOptional()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QByteArray header = kHeader.trimmed() + ",id_document\n";
        const QByteArray content =
            header +
            row("OG-1", "11503199012345",
                QStringLiteral("Үсөнова,Жаңыл,,1990-03-15,F,,,ky,2024-07-01,2024-06-01,id 1234567")
                    .toUtf8()) +
            row("OG-2", "21503199012346",
                QStringLiteral("Иванов,Сергей,,,M,,,ru,2024-07-01,2024-06-01,").toUtf8());
        QCOMPARE(SubjectImportService(*database).importSubjects(admin, write(content)).imported, 2);
        QSqlQuery q =
            prepareQuery(database->connection(),
                         QStringLiteral("SELECT id_document FROM subjects ORDER BY platform_ref"));
        execQuery(q, "read");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ID1234567")); // upper-cased, spaces dropped
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
    }

    void everyErrorClassIsReportedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // LINE: column: part of the reason
        QTest::newRow("empty file") << QByteArray() << ":1: file: the file is empty";
        QTest::newRow("header only") << kHeader << ":1: file: the file has a header but no rows";
        QTest::newRow("missing column")
            << QByteArray("platform_ref,inn\nA,1\n") << ":1: surname: the column is missing";
        QTest::newRow("unknown column")
            << QByteArray(kHeader.trimmed() + ",shoe_size\n") << ":1: shoe_size: unknown column";
        QTest::newRow("duplicate platform_ref")
            << QByteArray(kHeader + row("OG-1", "11503199012345") + row("OG-1", "11503199012346"))
            << ":3: platform_ref: \"OG-1\" repeats line 2";
        QTest::newRow("duplicate inn")
            << QByteArray(kHeader + row("OG-1", "11503199012345") + row("OG-2", "11503199012345"))
            << ":3: inn: 1*********2345 repeats line 2";
        // The reference is a cell of the audit CSV, kept byte-exact: nothing a spreadsheet runs.
        QTest::newRow("platform_ref a formula")
            << QByteArray(kHeader + row("=HYPERLINK(1)", "11503199012345"))
            << ":2: platform_ref: starts with =, +, - or @, which a spreadsheet would run as a "
               "formula";
        QTest::newRow("platform_ref with @") << QByteArray(kHeader + row("@SUM", "11503199012345"))
                                             << ":2: platform_ref: starts with =";
        QTest::newRow("platform_ref with a direction mark")
            << QByteArray(kHeader + row("OG-1\u202e", "11503199012345"))
            << ":2: platform_ref: has a control or text-direction character in it";
        QTest::newRow("surname too long")
            << QByteArray(kHeader + row("OG-1", "11503199012345",
                                        QByteArray(101, 'a') +
                                            ",Жаңыл,,1990-03-15,F,0555 12 34 56,j@mail.kg,ky,"
                                            "2024-07-01,2024-06-01"))
            << ":2: surname: is longer than 100 characters";
        QTest::newRow("given name with a direction mark")
            << QByteArray(kHeader + row("OG-1", "11503199012345",
                                        "Үсөнова,Жаңыл\u202e,,1990-03-15,F,0555 12 34 56,"
                                        "j@mail.kg,ky,2024-07-01,2024-06-01"))
            << ":2: given_name: has a control or text-direction character in it";
        QTest::newRow("inn not 14 digits") << QByteArray(kHeader + row("OG-1", "1150319901234"))
                                           << ":2: inn: \"1150319901234\" is not 14 digits";
        QTest::newRow("bad birth date")
            << QByteArray(kHeader + row("OG-1", "11503199012345",
                                        "А,Б,,1990-02-30,F,,,ky,2024-07-01,2024-06-01"))
            << ":2: birth_date: \"1990-02-30\" is not a date";
        QTest::newRow("bad consent date")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", "А,Б,,,F,,,ky,yesterday,2024-06-01"))
            << ":2: consent_given_at: \"yesterday\" is not a date";
        QTest::newRow("consent before policy")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", "А,Б,,,F,,,ky,2024-05-31,2024-06-01"))
            << ":2: consent_given_at: 2024-05-31 is before policy version";
        QTest::newRow("unknown policy version")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", "А,Б,,,F,,,ky,2024-07-01,2023-01-01"))
            << ":2: policy_version: \"2023-01-01\" is not a known policy version";
        QTest::newRow("bad phone")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", "А,Б,,,F,12345,,ky,2024-07-01,2024-06-01"))
            << ":2: phone: \"12345\" is not a Kyrgyz number";
        QTest::newRow("bad language")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", "А,Б,,,F,,,en,2024-07-01,2024-06-01"))
            << ":2: preferred_language: \"en\" is not ky or ru";
        QTest::newRow("missing surname")
            << QByteArray(kHeader +
                          row("OG-1", "11503199012345", ",Б,,,F,,,ky,2024-07-01,2024-06-01"))
            << ":2: surname: is empty";
        QTest::newRow("wrong field count") << QByteArray(kHeader + "OG-1,11503199012345,А\n")
                                           << ":2: row: 3 fields where the header has 12";
        QTest::newRow("not utf-8")
            << QByteArray(kHeader + "OG-1,11503199012345,\xC8\xE2\xE0\xED\xEE\xE2,Б,,,F,,,ky,2024-"
                                    "07-01,2024-06-01\n")
            << ":2: row: the text is not valid UTF-8";
        QTest::newRow("bad identity document")
            << QByteArray(kHeader.trimmed() + ",id_document\n" +
                          row("OG-1", "11503199012345", "А,Б,,,F,,,ky,2024-07-01,2024-06-01,12-34"))
            << ":2: id_document: \"12-34\" is not an identity document number";
        QTest::newRow("unclosed quote") << QByteArray(kHeader + "OG-1,\"11503199012345,А\n")
                                        << ":2: row: a quoted field is not closed";
    }
    void everyErrorClassIsReportedAndNothingWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        // A good row first: a bad file must not leave even the good rows behind.
        const QString path = write(content);
        const qint64 auditBefore = test::rowCount(*database, QStringLiteral("audit_log"));
        try {
            SubjectImportService(*database).importSubjects(admin, path);
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(path + expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("nothing was imported")),
                     qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 0);
        QCOMPARE(test::rowCount(*database, QStringLiteral("consents")), 0);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), auditBefore);
    }

    // A file past the size cap is refused before a byte of it is read (a sparse file: it takes
    // no disk).
    void aFileOverTheSizeCapIsRefusedUnread()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(kHeader);
        QVERIFY(huge.resize(kMaxInputFileBytes + 1));
        huge.close();
        try {
            SubjectImportService(*database).importSubjects(admin, path);
            QFAIL("a file over the cap was read");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("more than the 4294967296 bytes")),
                     qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 0);
        QFile::remove(path);
    }

    void reportsAllProblemsUpToTheCap()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QByteArray content = kHeader + row("OG-good", "11503199012345");
        for (int i = 0; i < 150; ++i)
            content += row(QByteArray("R" + QByteArray::number(i)).constData(), "bad");
        try {
            SubjectImportService(*database).importSubjects(admin, write(content));
            QFAIL("imported");
        } catch (const Error& e) {
            QCOMPARE(e.message().count(QStringLiteral(": inn: ")),
                     SubjectImportService::kMaxProblems);
            QVERIFY2(e.message().contains(QStringLiteral("50 more problem(s)")),
                     qPrintable(e.message().right(200)));
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 0);
    }

    // The file is read again to be written: one that changed since it was checked (another row,
    // or the same number of rows with other values) is refused whole.
    void aFileChangedAfterItsCheckIsRefused_data()
    {
        QTest::addColumn<QByteArray>("changed");
        QTest::newRow("a row more")
            << kHeader + row("OG-1", "11503199012345") + row("OG-2", "21503199012346");
        QTest::newRow("a value changed") << kHeader + row("OG-9", "11503199012345");
    }
    void aFileChangedAfterItsCheckIsRefused()
    {
        QFETCH(QByteArray, changed);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString path = write(kHeader + row("OG-1", "11503199012345"));
        SubjectImportService service(*database);
        const SubjectImportService::Plan plan = service.checkFile(path);
        QCOMPARE(plan.rows, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(changed);
        file.close();
        const qint64 auditBefore = test::rowCount(*database, QStringLiteral("audit_log"));
        try {
            service.importChecked(admin, plan);
            QFAIL("a changed file was imported");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("the file changed while it was imported")),
                     qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 0);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), auditBefore);
        // Unchanged, the same plan is written.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kHeader + row("OG-1", "11503199012345"));
        file.close();
        QCOMPARE(service.importChecked(admin, plan).imported, 1);
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 1);
    }

    // A first load of 10,000 rows or more builds the secondary indexes at the end (SQLite):
    // every index is there afterwards, and serves its search.
    void aLargeFirstLoadKeepsEveryIndex()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString indexes = test::TestDatabase::isPostgres()
                                    ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE "
                                                     "schemaname = current_schema()")
                                    : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "type = 'index'");
        const qint64 before = test::scalar(*database, indexes).toLongLong();
        QByteArray content = kHeader;
        for (int i = 0; i < 10000; ++i)
            content += row(QByteArray("L-" + QByteArray::number(i)).constData(),
                           QByteArray::number(11503199000000LL + i).constData());
        QCOMPARE(SubjectImportService(*database).importSubjects(admin, write(content)).imported,
                 10000);
        QCOMPARE(test::scalar(*database, indexes).toLongLong(), before);
        if (test::TestDatabase::isPostgres())
            return; // PostgreSQL keeps its indexes through a load; its plans are its own
        const QString plan = test::queryPlan(
            *database, QStringLiteral("SELECT id FROM subjects WHERE phone = '+996555123456'"));
        QVERIFY2(plan.contains(QStringLiteral("subjects_phone_search")), qPrintable(plan));
        QCOMPARE(test::scalar(*database, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    // Warnings are listed up to the cap and all counted.
    void warningsAreListedUpToTheCapAndCounted()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QByteArray content = kHeader;
        for (int i = 0; i < 130; ++i) // digits 2-9 of these INNs are not a date: a warning each
            content += row(QByteArray("W" + QByteArray::number(i)).constData(),
                           QByteArray::number(29900000000000LL + i).constData());
        const auto result = SubjectImportService(*database).importSubjects(admin, write(content));
        QCOMPARE(result.imported, 130);
        QCOMPARE(result.warnings.size(), SubjectImportService::kMaxProblems);
        QCOMPARE(result.warningCount, 130);
        QVERIFY2(result.warnings.last().contains(QStringLiteral(": inn: warning:")),
                 qPrintable(result.warnings.last()));
    }

    void officersNeedARoleThatImports()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const Session auditor =
            test::signedInAs(*database, admin, Role::Auditor, QStringLiteral("auditor"));
        try {
            SubjectImportService(*database).importSubjects(
                auditor, write(kHeader + row("OG-1", "11503199012345")));
            QFAIL("an auditor imported");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSubjectImport)
#include "tst_subjectimport.moc"

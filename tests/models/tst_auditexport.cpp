// SPDX-License-Identifier: GPL-3.0-or-later
// Audit exports: CSV and JSON Lines hold every entry with its hashes as stored; the PDF's text
// holds the chain head and "page N of M" in Kyrgyz and Russian; each export is an audit entry,
// and a file that cannot be written leaves none; an export reports how far it is and a cancelled
// one leaves neither a file nor an entry.
#include "core/JobProgress.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "import/CsvReader.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestAuditExport : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    qint64 exports() const
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'"));
        execQuery(q, "count");
        q.next();
        return q.value(0).toLongLong();
    }
    QHash<qint64, QString> storedHashes() const
    {
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT seq, hash FROM audit_log"));
        execQuery(q, "hashes");
        QHash<qint64, QString> hashes;
        while (q.next())
            hashes.insert(q.value(0).toLongLong(), q.value(1).toString());
        return hashes;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        const qint64 subject = test::insertSubject(*m_database, QStringLiteral("OG-7"));
        const QSqlDatabase db = m_database->connection();
        TransactionGuard t(db);
        for (int i = 0; i < 180; ++i)
            AuditService::append(
                db, m_admin, QStringLiteral("subject.reveal"), QStringLiteral("subject"),
                QString::number(i), i % 4 == 0 ? subject : 0,
                QJsonObject{{QStringLiteral("note"), QStringLiteral("a, \"quoted\"\nline; Үсөн")},
                            {QStringLiteral("i"), i}});
        t.commit();
    }

    void csvHoldsEveryEntryAsStored()
    {
        const qint64 before = exports();
        const QHash<qint64, QString> hashes = storedHashes();
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Csv;
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        QCOMPARE(s.entries, qint64(hashes.size()));
        QCOMPARE(s.headSeq, qint64(hashes.size()));
        QCOMPARE(exports(), before + 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        CsvReader::Record record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, AuditExportService::kCsvColumns);
        qint64 rows = 0, previousSeq = 0;
        while (reader.next(record)) {
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            QCOMPARE(record.fields.size(), AuditExportService::kCsvColumns.size());
            const qint64 seq = record.fields[0].toLongLong();
            QVERIFY(seq > previousSeq);
            previousSeq = seq;
            QCOMPARE(record.fields[11], hashes.value(seq));
            if (record.fields[4] == QStringLiteral("subject.reveal"))
                QVERIFY(QJsonDocument::fromJson(record.fields[9].toUtf8())
                            .object()
                            .value(QStringLiteral("note"))
                            .toString()
                            .contains(QStringLiteral("\"quoted\"\nline")));
            ++rows;
        }
        QCOMPARE(rows, s.entries);
    }

    void jsonLinesFilteredBySubject()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Jsonl;
        options.filter.subjectRef = QStringLiteral("OG-7");
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        QCOMPARE(s.entries, 45);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 46); // and the empty one after the last newline
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("subject_ref")).toString(), QStringLiteral("OG-7"));
        QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), s.firstSeq);
        QCOMPARE(first.value(QStringLiteral("hash")).toString(), s.firstHash);
        QVERIFY(first.value(QStringLiteral("details")).isObject());
    }

    void pdfHoldsTheHeadHashAndPageNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << "ky";
        QTest::newRow("ru") << "ru";
    }
    void pdfHoldsTheHeadHashAndPageNumbers()
    {
        QFETCH(QString, language);
        const QString path = m_dir.filePath(QStringLiteral("audit-%1.pdf").arg(language));
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Pdf;
        options.language = language;
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        QVERIFY(s.entries > 180);
        const QString text = test::pdfText(path, true);
        const DocumentLanguage document(language);
        const QString pageOf = document.translate("dpo::AuditExport", "Page %1 of %2");
        QVERIFY2(pageOf != QStringLiteral("Page %1 of %2"), "the page numbers are not translated");
        // 180 entries do not fit on one landscape page: several pages, each numbered "N of M".
        // The page number and the count may come in either order ("%2 барактын %1-барагы").
        QString pattern = QRegularExpression::escape(
            pageOf.arg(QStringLiteral("PAGEN"), QStringLiteral("PAGEM")));
        pattern.replace(QStringLiteral("PAGEN"), QStringLiteral("(?<n>\\d+)"))
            .replace(QStringLiteral("PAGEM"), QStringLiteral("(?<m>\\d+)"));
        QList<int> numbers;
        int pages = 0;
        for (auto it = QRegularExpression(pattern).globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            numbers << m.captured(QStringLiteral("n")).toInt();
            pages = m.captured(QStringLiteral("m")).toInt();
        }
        QVERIFY2(pages >= 2, qPrintable(text.left(600)));
        QCOMPARE(numbers.size(), pages);
        for (int n = 1; n <= pages; ++n)
            QCOMPARE(numbers[n - 1], n);
        QVERIFY2(text.contains(s.headHash),
                 qPrintable(QStringLiteral("the chain head's hash %1 is missing from:\n%2")
                                .arg(s.headHash, text.right(1200))));
        QVERIFY2(text.contains(s.firstHash) && text.contains(s.lastHash),
                 qPrintable(s.firstHash + QLatin1Char(' ') + s.lastHash + QLatin1Char('\n') +
                            text.right(900)));
        QVERIFY(text.contains(document.translate("dpo::AuditExport", "Audit trail")));
    }

    void anExportThatCannotBeWrittenLeavesNoEntry()
    {
        const qint64 before = exports();
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Csv;
        const QString path = m_dir.filePath(QStringLiteral("missing/audit.csv"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 AuditExportService(*m_database).exportTo(m_admin, options, path));
        QCOMPARE(exports(), before);
        QVERIFY(!QFile::exists(path));
        options.format = AuditExportService::Format::Pdf;
        options.language = QStringLiteral("en");
        QVERIFY_THROWS_EXCEPTION(
            Error, AuditExportService(*m_database)
                       .exportTo(m_admin, options, m_dir.filePath(QStringLiteral("en.pdf"))));
        QCOMPARE(exports(), before);
    }

    // A mistyped reference must not give an empty export that reads like a clean record.
    void anUnknownSubjectIsRefused()
    {
        const qint64 before = exports();
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Jsonl;
        options.filter.subjectRef = QStringLiteral(" OG-999999 ");
        const QString path = m_dir.filePath(QStringLiteral("unknown.jsonl"));
        try {
            AuditExportService(*m_database).exportTo(m_admin, options, path);
            QFAIL("an unknown subject was exported");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("\"OG-999999\"")),
                     qPrintable(e.message()));
        }
        QCOMPARE(exports(), before);
        QVERIFY(!QFile::exists(path));
    }

    // From here on, enough entries for an export to report its progress (every 1,000 entries).
    void addEntriesForProgress()
    {
        const QSqlDatabase db = m_database->connection();
        TransactionGuard t(db);
        for (int i = 0; i < 2300; ++i)
            AuditService::append(db, m_admin, QStringLiteral("subject.reveal"),
                                 QStringLiteral("subject"), QString::number(i), 0,
                                 QJsonObject{{QStringLiteral("i"), i}});
        t.commit();
        QVERIFY(storedHashes().size() > 2300);
    }

    void anExportReportsHowFarItIs_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportService::Format::Csv);
        QTest::newRow("pdf") << int(AuditExportService::Format::Pdf);
    }
    void anExportReportsHowFarItIs()
    {
        QFETCH(int, format);
        struct Report
        {
            JobProgress::Stage stage;
            qint64 done, total;
        };
        QList<Report> reports;
        JobProgress progress;
        progress.observe([&](JobProgress::Stage stage, qint64 done, qint64 total) {
            reports.append({stage, done, total});
        });
        AuditExportService service(*m_database);
        service.setProgress(&progress);
        AuditExportService::Options options;
        options.format = AuditExportService::Format(format);
        const AuditExportSummary s =
            service.exportTo(m_admin, options, m_dir.filePath(QStringLiteral("progress")));

        // Reading: from 0 up to the head, by the entries' numbers, every 1,000 entries.
        QList<Report> reading;
        for (const Report& r : reports)
            if (r.stage == JobProgress::Stage::Checking)
                reading << r;
        QVERIFY(reading.size() >= 3);
        QCOMPARE(reading.first().done, 0);
        for (const Report& r : reading) {
            QCOMPARE(r.total, s.headSeq);
            QVERIFY(r.done <= r.total);
        }
        QVERIFY(reading.last().done > reading[1].done);
        // A PDF's pages: rows drawn of all, page by page; CSV has none to lay out.
        qsizetype pages = 0;
        for (const Report& r : reports)
            if (r.stage == JobProgress::Stage::Writing) {
                ++pages;
                QCOMPARE(r.total, s.entries);
            }
        QCOMPARE(pages > 0, options.format == AuditExportService::Format::Pdf);
        QCOMPARE(reports.last().stage, JobProgress::Stage::Finishing);
    }

    void aCancelledExportLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("stage"); // cancelled at its second report
        QTest::newRow("csv, reading")
            << int(AuditExportService::Format::Csv) << int(JobProgress::Stage::Checking);
        QTest::newRow("pdf, reading")
            << int(AuditExportService::Format::Pdf) << int(JobProgress::Stage::Checking);
        QTest::newRow("pdf, laying out pages")
            << int(AuditExportService::Format::Pdf) << int(JobProgress::Stage::Writing);
    }
    void aCancelledExportLeavesNothing()
    {
        QFETCH(int, format);
        QFETCH(int, stage);
        const qint64 before = exports();
        const qsizetype entries = storedHashes().size();
        JobProgress progress;
        int seen = 0;
        progress.observe([&](JobProgress::Stage at, qint64, qint64) {
            if (int(at) == stage && ++seen == 2)
                progress.cancel();
        });
        AuditExportService service(*m_database);
        service.setProgress(&progress);
        AuditExportService::Options options;
        options.format = AuditExportService::Format(format);
        const QString path =
            m_dir.filePath(QStringLiteral("cancelled-%1").arg(QTest::currentDataTag()));
        try {
            service.exportTo(m_admin, options, path);
            QFAIL("the export was not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QCOMPARE(seen, 2);
        QVERIFY2(!QFileInfo::exists(path), "a cancelled export left its file");
        QCOMPARE(exports(), before);
        QCOMPARE(storedHashes().size(), entries);
    }
};

QTEST_MAIN(TestAuditExport)
#include "tst_auditexport.moc"

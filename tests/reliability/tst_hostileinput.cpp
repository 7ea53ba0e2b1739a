// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in every text field of the command line and in the search box's service: SQL,
// control characters and escape sequences, long strings (100 KB on a command line, whose single
// argument Linux caps at 128 KB; 1 MB in the search), invalid UTF-8. No crash, only exit codes 0,
// 1 or 2 with a message; reads change nothing; a claim registered with such text keeps it exactly.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "services/SubjectService.h"

#include <QProcess>
#include <QtTest>

using namespace dpo;

class TestHostileInput : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    QTemporaryDir m_dir;

    struct Run
    {
        QProcess::ExitStatus status;
        int code;
        QString out, err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_CONSOLE_PASSWORD"), QString::fromLatin1(test::TestDatabase::kPassword));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DPO_CONSOLE_EXECUTABLE), arguments);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {QProcess::CrashExit, -1, {}, p.error() == QProcess::FailedToStart ? QStringLiteral("did not start") : QStringLiteral("hung")};
        return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Every table's row count, and the trail's entries other than sign-ins (a command that names
    // an officer signs in, and that is audited): what a read must leave as it was.
    QString fingerprint()
    {
        QStringList counts;
        for (const char* table : {"subjects", "consents", "claims", "withdrawal_requests", "disclosures", "notifications", "attachments",
                                  "officers", "console_settings", "calendar_days"})
            counts << QString::number(test::rowCount(*m_database, QString::fromLatin1(table)));
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT IN ('officer.sign_in', 'officer.sign_in_failed')"));
        execQuery(q, "entries");
        q.next();
        counts << q.value(0).toString();
        return counts.join(QLatin1Char('/'));
    }

    static QStringList hostileTexts()
    {
        return {QStringLiteral("'; DROP TABLE subjects; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("%_%' ESCAPE '\\"),
                QStringLiteral("\x01\x02\x1b[31mred\x1b[0m\t\r\n"), QStringLiteral("Ңөү\u202Etxet.pdf"), QString(60 * 1024, QChar(u'ж')) /* 120 KB of UTF-8 */,
                QStringLiteral("$(rm -rf /tmp/x) `id`"), QStringLiteral("../../../../etc/passwd"), QString()};
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Session admin;
        m_database = m_fixture.openWithAdmin(admin);
        DemoDataService::Options o;
        o.subjects = 200;
        DemoDataService(*m_database).generate(admin, o);
    }

    void readsTakeAnyTextAndChangeNothing()
    {
        const QString url = m_fixture.url();
        int runs = 0;
        for (const QString& h : hostileTexts()) {
            const QList<QStringList> commands{
                {"subjects", "search", h, "--database", url, "--format", "csv"},
                {"subjects", "report", h, "--database", url, "--officer", "admin", "--lang", "ru", "--out", m_dir.filePath(QStringLiteral("r.pdf"))},
                {"claims", "list", "--database", url, "--on", h},
                {"withdrawals", "list", "--database", url, "--state", h},
                {"disclosures", "list", "--database", url, "--from", h},
                {"calendar", "list", "--database", url, "--year", h},
                {"audit", "verify", "--database", h},
                {"subjects", "search", "а", "--database", url, "--format", h},
                {"import", "--database", url, "--officer", "admin", "--subjects", h},
            };
            for (const QStringList& command : commands) {
                const QString before = fingerprint();
                const Run r = run(command);
                ++runs;
                const QString what = command.mid(0, 2).join(QLatin1Char(' ')) + QStringLiteral(" with ") + h.left(40).toHtmlEscaped();
                QVERIFY2(r.status == QProcess::NormalExit, qPrintable(what + QStringLiteral(": crashed or hung")));
                QVERIFY2(r.code >= 0 && r.code <= 2, qPrintable(what + QStringLiteral(": exit %1").arg(r.code)));
                if (r.code != 0)
                    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(what + QStringLiteral(": no message")));
                QCOMPARE(fingerprint(), before);
            }
        }
        qInfo("%d runs of the command line with hostile text", runs);
    }

    void aClaimKeepsHostileTextExactly()
    {
        for (const QString& h : hostileTexts()) {
            if (h.isEmpty())
                continue;
            const qint64 before = test::rowCount(*m_database, QStringLiteral("claims"));
            const Run r = run({"claims", "add", "--database", m_fixture.url(), "--officer", "admin", "--received", "2026-11-20", "--claimant", h,
                               "--summary", h});
            QVERIFY2(r.status == QProcess::NormalExit && r.code == 0, qPrintable(r.err.left(300)));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), before + 1);
            QSqlQuery q = prepareQuery(m_database->connection(), QStringLiteral("SELECT claimant_name, subject_matter FROM claims ORDER BY id DESC LIMIT 1"));
            execQuery(q, "the claim");
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), h.trimmed());
            QCOMPARE(q.value(1).toString(), h.trimmed());
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 200); // no statement ran from the text
    }

    // The search box's service: a megabyte, control characters, invalid UTF-8.
    void theSearchTakesAnyText()
    {
        const QString before = fingerprint();
        const QByteArray invalid("\xff\xfe\xc3(\xa0\xa1 \xe2\x28\xa1", 11);
        for (const QString& h : QStringList{QString(1024 * 1024, QChar(u'ө')), QString::fromUtf8(invalid), QStringLiteral("\x01\x7f\x1b"),
                                             QStringLiteral("'; DELETE FROM subjects; --"), QStringLiteral("%"), QStringLiteral("_")}) {
            try {
                const QList<SubjectSummary> found = SubjectService(*m_database).search(h, 50);
                QVERIFY(found.size() <= 50);
            } catch (const Error& e) {
                QVERIFY2(e.kind() == Error::Kind::BadInput, qPrintable(e.message().left(300)));
            }
        }
        QCOMPARE(fingerprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed's worker killed: `dpo-console feed run` applies an inbox of a few thousand events
// a batch per transaction and is killed with SIGKILL at random moments, then started again, until
// the inbox is empty. Nothing is lost and nothing doubled: every event applied exactly once, every
// subject, consent and transfer there once, one audit entry per committed batch, the chain intact.
// Then SIGTERM: the worker finishes or rolls back the batch under way and exits 0. Both backends.
#include "db/Sql.h"
#include "services/AuditVerifier.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace dpo;

namespace {
constexpr int kSubjects = 1500;
constexpr int kEvents = 3 + 3 * kSubjects; // recipients; per subject its record, consent, transfer

QString inn(int i)
{
    return QStringLiteral("2120319%1").arg(i, 7, 10, QLatin1Char('0'));
}
} // namespace

class TestFeedCrash : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;

    qint64 count(const QString& sql) { return test::scalar(*m_database, sql).toLongLong(); }
    void startWorker(QProcess& worker, const QStringList& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_CONSOLE_PASSWORD"),
                   QString::fromLatin1(test::TestDatabase::kPassword));
        worker.setProcessEnvironment(env);
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(QStringLiteral(DPO_CONSOLE_EXECUTABLE),
                     QStringList{QStringLiteral("feed"), QStringLiteral("run"),
                                 QStringLiteral("--database"), m_fixture.url(),
                                 QStringLiteral("--officer"), QStringLiteral("admin"),
                                 QStringLiteral("--batch"), QStringLiteral("20"),
                                 QStringLiteral("--poll"), QStringLiteral("1")} +
                         extra);
        QVERIFY(worker.waitForStarted());
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Session admin;
        m_database = m_fixture.openWithAdmin(admin);
        TransactionGuard t(m_database->connection());
        QSqlQuery insert = prepareQuery(m_database->connection(),
                                        QStringLiteral("INSERT INTO feed_inbox (body) VALUES (?)"));
        const auto add = [&](const QString& body) {
            insert.bindValue(0, body);
            execQuery(insert, "inbox");
        };
        for (int r = 0; r < 3; ++r)
            add(QStringLiteral(
                    R"({"id":"r-%1","type":"recipient.upsert","at":"2026-11-02T08:00:00Z","code":"rec-%1","name":"Алуучу %1","kind":"fco"})")
                    .arg(r));
        for (int i = 0; i < kSubjects; ++i) {
            add(QStringLiteral(
                    R"({"id":"s-%1","type":"subject.upsert","at":"2026-11-02T09:00:00Z","platform_ref":"OG-%1","inn":"%2","surname":"Фамилия%1","given_name":"Аты"})")
                    .arg(i)
                    .arg(inn(i)));
            add(QStringLiteral(
                    R"({"id":"c-%1","type":"consent.given","at":"2026-11-02T09:00:01Z","platform_ref":"OG-%1","policy_version":"2024-06-01","channel":"mobile_app"})")
                    .arg(i));
            add(QStringLiteral(
                    R"({"id":"t-%1","type":"transfer","at":"2026-11-02T09:00:02Z","platform_ref":"OG-%1","recipient":"rec-%2","categories":["contacts","face_photo"],"purpose":"financing_decision"})")
                    .arg(i)
                    .arg(i % 3));
        }
        t.commit();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM feed_inbox")), qint64(kEvents));
    }

    void killedAtRandomNothingIsLostOrDoubled()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        int killedMidWork = 0;
        for (int k = 0; k < 10; ++k) {
            const qint64 before =
                count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state <> 'pending'"));
            if (before == kEvents)
                break;
            QProcess worker;
            startWorker(worker);
            // The kill lands in the work, not the start-up (the sign-in's slow hash).
            QTRY_VERIFY2_WITH_TIMEOUT(
                count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state <> 'pending'")) >
                    before,
                "the worker applied nothing", 60000);
            QTest::qWait(int(random.bounded(0, 100)));
            killedMidWork +=
                count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state = 'pending'")) >
                0;
            worker.kill();
            QVERIFY(worker.waitForFinished());
        }
        QVERIFY2(killedMidWork >= 3, "the worker finished before it could be killed enough");
        // The last run applies what is left.
        QProcess last;
        startWorker(last, {QStringLiteral("--once")});
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state = 'applied'")),
                 qint64(kEvents));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM feed_events WHERE outcome = 'applied'")),
            qint64(kEvents));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subjects")), qint64(kSubjects));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consents")), qint64(kSubjects));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM transfers")), qint64(2 * kSubjects));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM recipients")), qint64(3));
        // Every committed batch has its one entry, and only those.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'feed.apply'")),
            count(QStringLiteral("SELECT count(*) FROM feed_batches")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE batch_id IS NULL")),
                 qint64(0));
        const AuditVerification v = AuditVerifier(*m_database).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        qInfo("%d kills in the work; %lld batches committed", killedMidWork,
              count(QStringLiteral("SELECT count(*) FROM feed_batches")));
    }

    // SIGTERM in the middle of the work: the worker exits 0 and leaves every event either
    // pending or applied with its batch, never in between.
    void sigtermStopsCleanly()
    {
        {
            TransactionGuard t(m_database->connection());
            QSqlQuery insert =
                prepareQuery(m_database->connection(),
                             QStringLiteral("INSERT INTO feed_inbox (body) VALUES (?)"));
            for (int i = 0; i < 2000; ++i) {
                insert.bindValue(
                    0,
                    QStringLiteral(
                        R"({"id":"x-%1","type":"account.closed","at":"2026-11-03T09:00:00Z","platform_ref":"OG-%2"})")
                        .arg(i)
                        .arg(i % kSubjects));
                execQuery(insert, "inbox");
            }
            t.commit();
        }
        QProcess worker;
        startWorker(worker);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM feed_events WHERE event_id LIKE 'x-%'")) > 0,
            60000);
        worker.terminate(); // SIGTERM
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state <> 'pending'")),
                 count(QStringLiteral("SELECT count(*) FROM feed_events")));
        qInfo("stopped with %lld of 2000 events still pending",
              count(QStringLiteral("SELECT count(*) FROM feed_inbox WHERE state = 'pending'")));
    }
};

QTEST_GUILESS_MAIN(TestFeedCrash)
#include "tst_feedcrash.moc"

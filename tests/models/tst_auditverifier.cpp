// SPDX-License-Identifier: GPL-3.0-or-later
// Re-computing the audit chain: an intact chain verifies; a changed field of any entry, a missing
// entry and a broken link are each found and the right entry named (the append-only guard is
// lifted for the test); concurrent writers leave one linear chain.
#include "ChainRewrite.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace dpo;

class TestAuditVerifier : public QObject
{
    Q_OBJECT

    // Appends `count` entries of assorted shapes as `session`.
    static void appendEntries(Database& database, const Session& session, int count)
    {
        const QSqlDatabase db = database.connection();
        TransactionGuard t(db);
        for (int i = 0; i < count; ++i)
            AuditService::append(
                db, session, QStringLiteral("test.append"), QStringLiteral("subject"),
                i % 3 ? QString::number(i) : QString(), i % 2 ? i + 1 : 0,
                QJsonObject{
                    {QStringLiteral("n"), i},
                    {QStringLiteral("text"), QStringLiteral("Үсөнова \"Ж\" \\ tab\t end")},
                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), true},
                                                           {QStringLiteral("a"), QJsonValue()}}}});
        t.commit();
    }

    // Lifts the append-only guard, runs `sql`, and puts the guard back.
    static void tamper(Database& database, const QString& sql)
    {
        QSqlQuery q(database.connection());
        if (test::TestDatabase::isPostgres()) {
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")),
                     qPrintable(q.lastError().text()));
        } else {
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
    }

private slots:
    void canonicalMatchesTheServiceSerialisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("plain") << "subject.reveal" << qint64(1);
        QTest::newRow("kyrgyz") << "Үсөнова Жаңыл" << qint64(999999);
        QTest::newRow("large seq") << "x" << qint64(123456789012);
        QTest::newRow("quotes and backslash") << "a \"quoted\" \\ b" << qint64(7);
        QTest::newRow("control characters") << QStringLiteral("line\nbreak\ttab\x01") << qint64(8);
        QTest::newRow("emoji and U+2028") << QStringLiteral("😀 \u2028 \u007f") << qint64(9);
    }
    void canonicalMatchesTheServiceSerialisation()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seq);
        AuditEntry e;
        e.seq = seq;
        e.atUtc = QStringLiteral("2026-11-25T10:32:03.123Z");
        e.officerId = seq % 2 ? 42 : 0;
        e.officerUsername = text;
        e.action = text;
        e.entity = QStringLiteral("subject");
        e.entityId = seq % 3 ? text : QString();
        e.subjectId = seq % 2 ? 0 : 1000000;
        e.details = QJsonObject{{QStringLiteral("field"), text}, {QStringLiteral("n"), 1000000}};
        e.prevHash = QString(64, QLatin1Char('a'));
        const QByteArray details = QJsonDocument(e.details).toJson(QJsonDocument::Compact);
        const QByteArray action = e.action.toUtf8(), officer = e.officerUsername.toUtf8(),
                         entityId = e.entityId.toUtf8();
        QCOMPARE(AuditVerifier::canonical(e.seq, QByteArray("2026-11-25T10:32:03.123Z"), officer,
                                          e.officerId, action, QByteArray("subject"), entityId,
                                          e.entityId.isEmpty(), e.subjectId, details,
                                          e.prevHash.toLatin1()),
                 e.canonicalJson());
    }

    void anIntactChainVerifies()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options demo;
        demo.subjects = 300;
        DemoDataService(*database).generate(admin, demo);
        appendEntries(*database, admin, 500);
        const qint64 total = test::rowCount(*database, QStringLiteral("audit_log"));
        QList<qint64> seen;
        const AuditVerification v =
            AuditVerifier(*database).verify([&](qint64 checked, qint64 all) {
                seen << checked;
                return all == total;
            });
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, total);
        QCOMPARE(v.headSeq, total);
        QSqlQuery q =
            prepareQuery(database->connection(),
                         QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "head");
        QVERIFY(q.next());
        QCOMPARE(v.headHash, q.value(0).toString());
        QVERIFY(!seen.isEmpty());

        // Cancelling stops at the next report.
        AuditVerifier verifier(*database);
        verifier.setProgressInterval(100);
        const AuditVerification cancelled = verifier.verify([](qint64, qint64) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.intact());
        QCOMPARE(cancelled.entries, 100);
    }

    void anEmptyChainIsIntact()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY(v.intact());
        QCOMPARE(v.entries, 0);
        QCOMPARE(v.headHash, QString::fromLatin1(AuditService::kGenesisHash));
    }

    void tamperingIsFoundAndTheEntryNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<int>("problem");
        const int mismatch = int(AuditVerification::Problem::HashMismatch);
        QTest::newRow("time")
            << "UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 37"
            << qint64(37) << mismatch;
        QTest::newRow("officer id")
            << "UPDATE audit_log SET officer_id = NULL WHERE seq = 38" << qint64(38) << mismatch;
        QTest::newRow("officer name")
            << "UPDATE audit_log SET officer_username = 'someone' WHERE seq = 39" << qint64(39)
            << mismatch;
        QTest::newRow("action") << "UPDATE audit_log SET action = 'test.other' WHERE seq = 40"
                                << qint64(40) << mismatch;
        QTest::newRow("entity") << "UPDATE audit_log SET entity = 'claim' WHERE seq = 41"
                                << qint64(41) << mismatch;
        QTest::newRow("entity id")
            << "UPDATE audit_log SET entity_id = '999' WHERE seq = 42" << qint64(42) << mismatch;
        QTest::newRow("subject") << "UPDATE audit_log SET subject_id = 5 WHERE seq = 43"
                                 << qint64(43) << mismatch;
        QTest::newRow("details") << "UPDATE audit_log SET details = '{\"n\":1}' WHERE seq = 44"
                                 << qint64(44) << mismatch;
        QTest::newRow("details whitespace only")
            << "UPDATE audit_log SET details = replace(details, ',', ', ') WHERE seq = 45"
            << qint64(45) << mismatch;
        // Always a change: a hash that began with "ab" (one run in 256) was left as it was.
        QTest::newRow("the hash itself")
            << "UPDATE audit_log SET hash = CASE WHEN substr(hash, 1, 2) = 'ab' THEN 'cd' ELSE "
               "'ab' END || substr(hash, 3) WHERE seq = 46"
            << qint64(46) << mismatch;
        QTest::newRow("first entry")
            << "UPDATE audit_log SET action = 'x' WHERE seq = 1" << qint64(1) << mismatch;
        QTest::newRow("last entry")
            << "UPDATE audit_log SET action = 'x' WHERE seq = (SELECT max(seq) FROM audit_log)"
            << qint64(-1) << mismatch;
        QTest::newRow("prev_hash") << "UPDATE audit_log SET prev_hash = hash WHERE seq = 47"
                                   << qint64(47) << int(AuditVerification::Problem::BrokenLink);
        QTest::newRow("a missing entry") << "DELETE FROM audit_log WHERE seq = 48" << qint64(48)
                                         << int(AuditVerification::Problem::SequenceGap);
    }
    void tamperingIsFoundAndTheEntryNamed()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenSeq);
        QFETCH(int, problem);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        appendEntries(*database, admin, 80);
        QVERIFY(AuditVerifier(*database).verify().intact());
        tamper(*database, sql);
        if (brokenSeq < 0)
            brokenSeq = test::rowCount(*database, QStringLiteral("audit_log"));
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY(!v.intact());
        QCOMPARE(int(v.problem), problem);
        QCOMPARE(v.brokenSeq, brokenSeq);
        QCOMPARE(v.entries, brokenSeq - 1); // everything before it verifies
        QVERIFY(!v.detail.isEmpty());
    }

    void anEntryRewrittenWithItsOwnHashBreaksTheNextLink()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        appendEntries(*database, admin, 20);
        // A forger changes entry 10 and stores a correct hash for it: entry 11 no longer links.
        QSqlQuery q =
            prepareQuery(database->connection(),
                         QStringLiteral("SELECT seq, at_utc, officer_id, officer_username, action, "
                                        "entity, entity_id, subject_id, details, prev_hash "
                                        "FROM audit_log WHERE seq = 10"));
        execQuery(q, "entry 10");
        QVERIFY(q.next());
        const QByteArray entityId = q.value(6).toString().toUtf8();
        const QByteArray forged = AuditVerifier::canonical(
            10, q.value(1).toString().toUtf8(), q.value(3).toString().toUtf8(),
            q.value(2).toLongLong(), "test.forged", q.value(5).toString().toUtf8(), entityId,
            q.value(6).isNull(), q.value(7).toLongLong(), q.value(8).toString().toUtf8(),
            q.value(9).toString().toUtf8());
        const QString hash = QString::fromLatin1(Sha256::hashHex(forged));
        tamper(*database,
               QStringLiteral(
                   "UPDATE audit_log SET action = 'test.forged', hash = '%1' WHERE seq = 10")
                   .arg(hash));
        const AuditVerification v = AuditVerifier(*database).verify();
        QCOMPARE(v.problem, AuditVerification::Problem::BrokenLink);
        QCOMPARE(v.brokenSeq, 11);
    }

    void anEntryDatedBeforeTheOneItFollowsIsFound()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        appendEntries(*database, admin, 60);
        // Entry 37 back-dated, and every hash from it on recomputed: only the time gives it away.
        tamper(*database, QStringLiteral("UPDATE audit_log SET at_utc = "
                                         "'2020-01-01T00:00:00.000Z' WHERE seq = 37"));
        QString error;
        QVERIFY2(test::rewriteChainFrom(*database, 37, &error), qPrintable(error));
        const AuditVerification v = AuditVerifier(*database).verify();
        QCOMPARE(v.problem, AuditVerification::Problem::TimeBackwards);
        QCOMPARE(v.brokenSeq, 37);
        QCOMPARE(v.entries, 36);
        QVERIFY2(v.detail.contains(QStringLiteral("2020-01-01T00:00:00.000Z")),
                 qPrintable(v.detail));
        QCOMPARE(AuditVerification::problemCode(v.problem), QStringLiteral("time_backwards"));
    }

    // The chain's times never go back: with the last entry dated an hour ahead (a clock that was
    // fast, then set right), an append is refused with a message and nothing written. On
    // PostgreSQL the server's trigger refuses it, on SQLite the console.
    void anAppendBehindTheLastEntryIsRefused()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        appendEntries(*database, admin, 3);
        const QSqlDatabase db = database->connection();
        const qint64 head = test::rowCount(*database, QStringLiteral("audit_log"));
        AuditEntry ahead;
        ahead.seq = head + 1;
        ahead.atUtc = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
        ahead.officerUsername = QStringLiteral("admin");
        ahead.action = QStringLiteral("test.ahead");
        ahead.entity = QStringLiteral("x");
        ahead.prevHash = test::scalar(*database, QStringLiteral("SELECT hash FROM audit_log "
                                                                "WHERE seq = %1")
                                                     .arg(head))
                             .toString();
        ahead.hash = ahead.computeHash();
        QSqlQuery q(db);
        const bool postgres = test::TestDatabase::isPostgres();
        if (postgres)
            QVERIFY(
                q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (seq, at_utc, officer_username, "
                                       "action, entity, details, prev_hash, hash) VALUES (%1, "
                                       "'%2', 'admin', 'test.ahead', 'x', '{}', '%3', '%4')")
                            .arg(ahead.seq)
                            .arg(ahead.atUtc, ahead.prevHash, ahead.hash)),
                 qPrintable(q.lastError().text()));
        if (postgres)
            QVERIFY(
                q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append")));
        QVERIFY(AuditVerifier(*database).verify().intact());
        try {
            TransactionGuard t(db);
            AuditService::append(db, admin, QStringLiteral("test.behind"), QStringLiteral("x"),
                                 QString(), 0, {});
            t.commit();
            QFAIL("an entry dated before the last one was appended");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("clock")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(ahead.atUtc), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), head + 1);
    }

    void concurrentWritersLeaveOneLinearChain()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const qint64 before = test::rowCount(*database, QStringLiteral("audit_log"));
        constexpr int kWriters = 4, kAppends = 150;
        QList<QThread*> threads;
        QAtomicInt failures;
        for (int w = 0; w < kWriters; ++w) {
            threads << QThread::create([&, w] {
                // Each thread its own connection (Database::connection() is per thread).
                for (int i = 0; i < kAppends; ++i) {
                    try {
                        const QSqlDatabase db = database->connection();
                        TransactionGuard t(db);
                        AuditService::append(db, admin, QStringLiteral("test.concurrent"),
                                             QStringLiteral("writer"), QString::number(w), 0,
                                             QJsonObject{{QStringLiteral("i"), i}});
                        t.commit();
                    } catch (const Error& e) {
                        qWarning("writer %d: %s", w, qPrintable(e.message()));
                        failures.ref();
                    }
                }
                database->closeThreadConnection();
            });
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")),
                 before + kWriters * kAppends);
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, before + kWriters * kAppends);
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "tst_auditverifier.moc"

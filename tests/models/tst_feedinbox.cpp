// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed's inbox: events applied in order, a replayed event skipped, a rejected event
// holding back only its own subject's later events until it is retried or dismissed, a malformed
// body rejected with its reason, the inbox's state for the dashboard. Both backends.
#include "core/Error.h"
#include "db/Sql.h"
#include "feed/FeedInbox.h"
#include "services/AuditVerifier.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

namespace {
QString subject(const char* id, const char* ref, const char* inn)
{
    return QStringLiteral(
               R"({"id":"%1","type":"subject.upsert","at":"2026-11-02T09:00:00Z","platform_ref":"%2","inn":"%3","surname":"Асанов","given_name":"Бакыт"})")
        .arg(QLatin1String(id), QLatin1String(ref), QLatin1String(inn));
}
QString transfer(const char* id, const char* ref, const char* recipient)
{
    return QStringLiteral(
               R"({"id":"%1","type":"transfer","at":"2026-11-02T10:00:00Z","platform_ref":"%2","recipient":"%3","categories":["contacts"],"purpose":"financing_decision"})")
        .arg(QLatin1String(id), QLatin1String(ref), QLatin1String(recipient));
}
QString closed(const char* id, const char* ref)
{
    return QStringLiteral(
               R"({"id":"%1","type":"account.closed","at":"2026-11-02T11:00:00Z","platform_ref":"%2"})")
        .arg(QLatin1String(id), QLatin1String(ref));
}
const QString kRecipient = QStringLiteral(
    R"({"id":"r-1","type":"recipient.upsert","at":"2026-11-02T08:00:00Z","code":"fco-1","name":"ФКО","kind":"fco"})");
} // namespace

class TestFeedInbox : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    void put(const QStringList& bodies)
    {
        for (const QString& body : bodies) {
            QSqlQuery q = prepareQuery(m_database->connection(),
                                       QStringLiteral("INSERT INTO feed_inbox (body) VALUES (?)"));
            q.addBindValue(body);
            execQuery(q, "inbox");
        }
    }
    QString states() const
    {
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT state FROM feed_inbox ORDER BY seq"));
        execQuery(q, "inbox");
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out.join(QLatin1Char(' '));
    }
    qint64 seqOf(int n) const // the n-th row, from 1
    {
        return test::scalar(*m_database,
                            QStringLiteral("SELECT seq FROM feed_inbox ORDER BY seq LIMIT 1 "
                                           "OFFSET ?"),
                            {n - 1})
            .toLongLong();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_fixture->problem().isEmpty(), qPrintable(m_fixture->problem()));
        m_database = m_fixture->openWithAdmin(m_admin);
    }
    void cleanup()
    {
        m_database.reset();
        m_fixture.reset();
    }

    void appliesInOrderAndSkipsAReplay_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("two at a time") << 2;
        QTest::newRow("all at once") << 500;
    }
    void appliesInOrderAndSkipsAReplay()
    {
        QFETCH(int, batch);
        put({kRecipient, subject("s-1", "OG-1", "21203199000011"), transfer("t-1", "OG-1", "fco-1"),
             transfer("t-1", "OG-1", "fco-1")}); // the platform sent t-1 twice
        FeedInbox inbox(*m_database);
        const FeedInbox::Pass pass = inbox.drain(m_admin, {}, batch);
        QCOMPARE(pass.applied, 3);
        QCOMPARE(pass.skipped, 1);
        QCOMPARE(states(), QStringLiteral("applied applied applied skipped"));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("transfers")), 1);
        QCOMPARE(pass.batches, qint64((4 + batch - 1) / batch));
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                          "action = 'feed.apply'"))
                     .toLongLong(),
                 test::rowCount(*m_database, QStringLiteral("feed_batches")));
        // Drained: a second pass finds nothing and writes nothing.
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        QCOMPARE(inbox.drain(m_admin, {}, batch).handled(), 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    // A transfer to a recipient the console does not know yet is rejected; OG-1's later events
    // wait, OG-2's go on; once the recipient exists, a retry applies it and the rest follow.
    void aRejectedEventHoldsBackOnlyItsSubject()
    {
        put({subject("s-1", "OG-1", "21203199000011"), subject("s-2", "OG-2", "21203199000022"),
             transfer("t-1", "OG-1", "fco-1"), closed("c-1", "OG-1"), closed("c-2", "OG-2")});
        FeedInbox inbox(*m_database);
        FeedInbox::Pass pass = inbox.drain(m_admin);
        QCOMPARE(states(), QStringLiteral("applied applied rejected pending applied"));
        QCOMPARE(pass.rejected, 1);
        QCOMPARE(pass.heldBack, 1);
        const QList<FeedInbox::Rejected> rejected = inbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().subjectRef, QStringLiteral("OG-1"));
        QVERIFY2(rejected.first().reason.contains(QStringLiteral("recipient: no recipient has the "
                                                                 "code \"fco-1\"")),
                 qPrintable(rejected.first().reason));
        FeedInbox::Status status = inbox.status();
        QCOMPARE(status.pending, 1);
        QCOMPARE(status.rejected, 1);
        QVERIFY(status.oldestPending.isValid());
        QVERIFY(status.oldestPending <= QDateTime::currentDateTimeUtc());

        // Still held on the next pass.
        QCOMPARE(inbox.drain(m_admin).handled(), 0);
        put({kRecipient});
        QCOMPARE(inbox.drain(m_admin).applied, 1);
        inbox.retry(m_admin, rejected.first().seq);
        pass = inbox.drain(m_admin);
        QCOMPARE(pass.applied, 2);
        QCOMPARE(states(), QStringLiteral("applied applied applied applied applied applied"));
        QCOMPARE(inbox.status().pending, 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("transfers")), 1);
        QCOMPARE(test::scalar(*m_database,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'feed.retry' AND entity_id = ?"),
                              {QString::number(rejected.first().seq)})
                     .toInt(),
                 1);
        // Only a rejected event is retried or dismissed.
        QVERIFY_THROWS_EXCEPTION(Error, inbox.retry(m_admin, rejected.first().seq));
        QVERIFY_THROWS_EXCEPTION(Error, inbox.dismiss(m_admin, seqOf(1), QStringLiteral("x")));
    }

    void aDismissedEventReleasesItsSubject()
    {
        put({subject("s-1", "OG-1", "21203199000011"), transfer("t-1", "OG-1", "nobody"),
             closed("c-1", "OG-1")});
        FeedInbox inbox(*m_database);
        inbox.drain(m_admin);
        QCOMPARE(states(), QStringLiteral("applied rejected pending"));
        QVERIFY_THROWS_EXCEPTION(Error, inbox.dismiss(m_admin, seqOf(2), QStringLiteral("  ")));
        inbox.dismiss(m_admin, seqOf(2), QStringLiteral("Платформа туура эмес код жиберди"));
        inbox.drain(m_admin);
        QCOMPARE(states(), QStringLiteral("applied dismissed applied"));
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT reason FROM feed_inbox WHERE "
                                                          "state = 'dismissed'"))
                     .toString(),
                 QStringLiteral("Платформа туура эмес код жиберди"));
    }

    // An event the database itself refuses (here a trigger stands for any failure the applier
    // does not foresee) breaks its batch's transaction: the batch is applied again one event at
    // a time, that event is rejected alone with the database's reason, and the others apply.
    void anEventThatBreaksItsBatchIsRejectedAlone()
    {
        const QSqlDatabase db = m_database->connection();
        const QStringList breaker =
            test::TestDatabase::isPostgres()
                ? QStringList{QStringLiteral(
                                  "CREATE FUNCTION breaker() RETURNS trigger LANGUAGE plpgsql AS "
                                  "$$ BEGIN IF NEW.code = 'breaks' THEN RAISE EXCEPTION "
                                  "'breaker says no'; END IF; RETURN NEW; END $$"),
                              QStringLiteral("CREATE TRIGGER breaker BEFORE INSERT ON recipients "
                                             "FOR EACH ROW EXECUTE FUNCTION breaker()")}
                : QStringList{QStringLiteral(
                      "CREATE TRIGGER breaker BEFORE INSERT ON recipients WHEN NEW.code = "
                      "'breaks' BEGIN SELECT RAISE(ABORT, 'breaker says no'); END")};
        for (const QString& sql : breaker) {
            QSqlQuery q(db); // DDL, which PostgreSQL does not prepare
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        put({kRecipient, subject("s-1", "OG-1", "21203199000011"),
             QStringLiteral(
                 R"({"id":"r-2","type":"recipient.upsert","at":"2026-11-02T08:00:00Z","code":"breaks","name":"Б","kind":"fco"})"),
             transfer("t-1", "OG-1", "fco-1")});
        FeedInbox inbox(*m_database);
        const FeedInbox::Pass pass = inbox.drain(m_admin, {}, 10);
        QCOMPARE(states(), QStringLiteral("applied applied rejected applied"));
        QCOMPARE(pass.applied, 3);
        QCOMPARE(pass.rejected, 1);
        const QList<FeedInbox::Rejected> rejected = inbox.rejected();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().seq, seqOf(3));
        QVERIFY2(rejected.first().reason.contains(QStringLiteral("breaker says no")),
                 qPrintable(rejected.first().reason));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("recipients")), 1);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("transfers")), 1);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("feed_events")), 3);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    // Whatever the platform wrote is kept and answered with a reason, never applied in part.
    void aMalformedBodyIsRejectedWithItsReason_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QStringLiteral("{\"id\":")
                                  << QStringLiteral("line: is not JSON");
        QTest::newRow("unknown type")
            << QStringLiteral(R"({"id":"x","type":"subject.delete","at":"2026-11-02T09:00:00Z"})")
            << QStringLiteral("type: \"subject.delete\" is not an event type");
        QTest::newRow("no zone")
            << QStringLiteral(
                   R"({"id":"x","type":"account.closed","at":"2026-11-02T09:00:00","platform_ref":"OG-9"})")
            << QStringLiteral("at: must be a time in ISO-8601 with its zone");
        QTest::newRow("bad INN") << subject("x", "OG-9", "12")
                                 << QStringLiteral("inn: \"12\" is not 14 digits");
    }
    void aMalformedBodyIsRejectedWithItsReason()
    {
        QFETCH(QString, body);
        QFETCH(QString, reason);
        put({body, subject("s-1", "OG-1", "21203199000011")});
        FeedInbox inbox(*m_database);
        inbox.drain(m_admin);
        QCOMPARE(states(), QStringLiteral("rejected applied"));
        QVERIFY2(inbox.rejected().value(0).reason.contains(reason),
                 qPrintable(inbox.rejected().value(0).reason));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 1);
    }

    void anAuditorMayNotDrainTheInbox()
    {
        put({kRecipient});
        const Session auditor =
            test::signedInAs(*m_database, m_admin, Role::Auditor, QStringLiteral("auditor"));
        QVERIFY_THROWS_EXCEPTION(Error, FeedInbox(*m_database).drain(auditor));
        QCOMPARE(states(), QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(TestFeedInbox)
#include "tst_feedinbox.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL server restarts in the middle of a session (the throwaway cluster of
// scripts/test.sh, restarted by DPO_TEST_PG_RESTART; this suite runs alone). A transaction open
// across the restart leaves nothing; the connection is re-established; no change is lost or
// applied twice; the audit chain still verifies.
#include "db/ConnectionMonitor.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestReconnect : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    void restartServer()
    {
        const QString command = qEnvironmentVariable("DPO_TEST_PG_RESTART");
        QVERIFY2(!command.isEmpty(), "DPO_TEST_PG_RESTART is not set: scripts/test.sh sets it");
        QProcess restart;
        restart.start(command, {});
        QVERIFY(restart.waitForFinished(60000));
        QVERIFY2(restart.exitCode() == 0, restart.readAllStandardError().constData());
    }

    qint64 count(const QString& sql)
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        execQuery(q, "count");
        q.next();
        return q.value(0).toLongLong();
    }

    qint64 registerClaim(const QString& name)
    {
        ClaimService::Registration r;
        r.claimantName = name;
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        return ClaimService(*m_database).registerClaim(m_admin, r).id;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        QVERIFY(test::TestDatabase::isPostgres());
        m_database = m_fixture.openWithAdmin(m_admin);
    }

    void aTransactionAcrossARestartLeavesNothing()
    {
        registerClaim(QStringLiteral("Before the restart"));
        {
            const QSqlDatabase db = m_database->connection();
            TransactionGuard transaction(db);
            QSqlQuery insert = prepareQuery(
                db, QStringLiteral(
                        "INSERT INTO console_settings (key, value) VALUES ('restart_probe', '1')"));
            execQuery(insert, "half a change");
            restartServer();
            try {
                transaction.commit();
                QFAIL("a commit on a connection the server dropped went through");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Connection);
                QVERIFY2(e.message().contains(QStringLiteral("lost")), qPrintable(e.message()));
            }
        }
        // The next action connects again by itself and is saved once.
        registerClaim(QStringLiteral("After the restart"));
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM console_settings WHERE key = 'restart_probe'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims")), 2);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'claim.register'")),
            2);
    }

    void aReadOnADroppedConnectionSaysSoAndTheNextOneWorks()
    {
        restartServer();
        QString message;
        try {
            ClaimService(*m_database).list(QDate(2026, 11, 25));
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Connection);
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("connects again")), qPrintable(message));
        QCOMPARE(ClaimService(*m_database).list(QDate(2026, 11, 25)).size(), 2);
        // A write right after a restart nobody noticed: refused whole, then done once.
        restartServer();
        QVERIFY_THROWS_EXCEPTION(Error, registerClaim(QStringLiteral("Refused by the restart")));
        registerClaim(QStringLiteral("Done once"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims")), 3);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM claims WHERE claimant_name = 'Refused by the restart'")),
                 0);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    // A server process that ends at once (SIGQUIT, as the server's crash or `pg_ctl -m
    // immediate` ends every session) drops its connection with no error of the server's: over
    // TLS libpq reads "SSL SYSCALL error: EOF detected", which names no connection. Still the
    // officer is told the connection was lost, and the next action, once the server has
    // recovered, connects again.
    void aServerProcessEndedAtOnceSaysSoAndTheNextOneWorks()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl")),
                 1);
        const qint64 pid = count(QStringLiteral("SELECT pg_backend_pid()"));
        QCOMPARE(QProcess::execute(QStringLiteral("kill"),
                                   {QStringLiteral("-QUIT"), QString::number(pid)}),
                 0);
        QTest::qWait(500); // the process gone; the server resets the others and recovers
        try {
            count(QStringLiteral("SELECT count(*) FROM claims"));
            QFAIL("read on a connection whose server process had ended");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Connection);
            QVERIFY2(e.message().contains(QStringLiteral("connects again")),
                     qPrintable(e.message()));
        }
        const auto readsAgain = [this] {
            try {
                return count(QStringLiteral("SELECT count(*) FROM claims")) == 3;
            } catch (const Error&) {
                return false; // still recovering
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT(readsAgain(), 60000);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    // A primary and its standby in one URL (libpq's multi-host form): a server that does not
    // answer is passed over for the next; target_session_attrs reaches libpq (no standby here,
    // so asking for one finds none).
    void aMultiHostUrlPassesOverADeadServer()
    {
        const DatabaseUrl url = DatabaseUrl::parse(m_fixture.url());
        const QString both = QStringLiteral("postgresql://%1@127.0.0.1:1,%2:%3/%4")
                                 .arg(url.user, url.host)
                                 .arg(url.port)
                                 .arg(url.databaseName);
        Database first(
            DatabaseUrl::parse(both + QStringLiteral("?target_session_attrs=read-write")));
        first.open();
        QSqlQuery q(first.connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT inet_server_port()")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), url.port);
        try {
            Database standby(
                DatabaseUrl::parse(both + QStringLiteral("?target_session_attrs=standby")));
            standby.open();
            standby.connection();
            QFAIL("a standby was found where there is none");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Connection);
        }
    }

    // The console's watch on its connection: lost, then restored by itself (the status bar's
    // source).
    void theMonitorSeesTheLossAndTheReturn()
    {
        ConnectionMonitor monitor(*m_database);
        QSignalSpy lost(&monitor, &ConnectionMonitor::lost);
        QSignalSpy restored(&monitor, &ConnectionMonitor::restored);
        monitor.setInterval(100);
        monitor.check();
        QVERIFY(monitor.isConnected());
        restartServer();
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(!lost.first().at(0).toString().isEmpty());
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(monitor.isConnected());
        registerClaim(QStringLiteral("After the monitor"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims")), 4);
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A withdrawal's execution and its tasks are one transaction (docs/tasks.md): a child process
// executes a request and is killed with SIGKILL while the execution's own changes are written and
// its tasks are being written (a test trigger on `tasks` holds it there: a long computation on
// SQLite, pg_sleep on PostgreSQL). Afterwards neither is there: the request is still decided, its
// category held with its values, no task, no audit entry of the execution, the chain intact. The
// same execution, not killed, then commits with its tasks (the check could fail). Both backends.
#include "db/Sql.h"
#include "services/AuditVerifier.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <cstdio>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

namespace {
// The child: signs in, says so on stdout, and executes the request until it is killed.
int runChild()
{
    Session admin;
    const auto opened = test::openChildDatabase(admin);
    Database& database = *opened;
    if (database.isPostgres()) {
        // The server notices the killed client within 0.1 s even in pg_sleep, and rolls back.
        QSqlQuery set(database.connection());
        set.exec(QStringLiteral("SET client_connection_check_interval = 100"));
    }
    std::printf("executing\n");
    std::fflush(stdout);
    WithdrawalService(database).execute(admin,
                                        qEnvironmentVariable("DPO_CRASH_REQUEST").toLongLong());
    std::printf("executed\n");
    return 0;
}
} // namespace

class TestExecutionCrash : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    qint64 m_request = 0;

    QVariant scalar(const QString& sql) const { return test::scalar(*m_database, sql); }
    // Not prepared: PostgreSQL prepares no DDL.
    void exec(const QString& sql) const
    {
        QSqlQuery q(m_database->connection());
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }

private slots:
    // A subject holding a face photo, a photo store that holds it, a request deciding to destroy
    // it, and a trigger that holds any insert into `tasks` for a long while.
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('ФКО', 'fco')"));
        test::insertSubjectWithData(
            *m_database, QStringLiteral("OG-K1"),
            scalar(QStringLiteral("SELECT id FROM recipients")).toLongLong(), 1);
        test::addPhotoStore(*m_database, m_admin, {QStringLiteral("face_photo")});
        WithdrawalService requests(*m_database);
        m_request = test::registerVerifiedWithdrawal(*m_database, m_admin, QStringLiteral("OG-K1"),
                                                     QStringLiteral("face_photo"));
        WithdrawalService::Decision decision;
        decision.category = QStringLiteral("face_photo");
        decision.action = DecisionAction::Destroy;
        decision.justification = QStringLiteral("12.1.3");
        requests.decide(m_admin, m_request, {decision});
        if (test::TestDatabase::isPostgres()) {
            exec(QStringLiteral("CREATE FUNCTION tasks_slow() RETURNS trigger LANGUAGE plpgsql AS "
                                "$$ BEGIN PERFORM pg_sleep(120); RETURN NEW; END $$"));
            exec(QStringLiteral("CREATE TRIGGER tasks_slow BEFORE INSERT ON tasks FOR EACH ROW "
                                "EXECUTE FUNCTION tasks_slow()"));
        } else {
            // About ten seconds of counting on this machine's two cores.
            exec(QStringLiteral(
                "CREATE TRIGGER tasks_slow BEFORE INSERT ON tasks BEGIN SELECT (SELECT count(*) "
                "FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                "30000000) SELECT x FROM c)); END"));
        }
    }

    void killedWhileWritingTheTasksLeavesNeither()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_CRASH_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("DPO_CRASH_URL"), m_fixture.url());
        env.insert(QStringLiteral("DPO_CRASH_REQUEST"), QString::number(m_request));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out; // QTRY evaluates its condition once more after it holds
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("executing"),
                                 60000);
        if (test::TestDatabase::isPostgres()) {
            // In the trigger: the execution's changes written, the first task being inserted.
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = "
                                      "'PgSleep' AND datname = current_database()"))
                        .toInt() == 1,
                30000);
        } else {
            QTest::qWait(2000); // the execution's statements take milliseconds; the trigger ~10 s
        }
        QVERIFY2(child.state() == QProcess::Running, "the execution ended before the kill");
        child.kill();
        QVERIFY(child.waitForFinished());
        QVERIFY(!(out + child.readAllStandardOutput()).contains("executed"));
        if (test::TestDatabase::isPostgres())
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = "
                                      "'PgSleep' AND datname = current_database()"))
                        .toInt() == 0,
                30000);
        else {
            const QVariant integrity = scalar(QStringLiteral("PRAGMA integrity_check"));
            QCOMPARE(integrity.toString(), QStringLiteral("ok"));
        }

        const QString request = QString::number(m_request);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = %1").arg(request))
                .toString(),
            QStringLiteral("decided"));
        QVERIFY(scalar(QStringLiteral("SELECT executed_at FROM withdrawal_requests WHERE id = %1")
                           .arg(request))
                    .isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT c.state FROM subject_categories c JOIN subjects s "
                                       "ON s.id = c.subject_id WHERE s.platform_ref = 'OG-K1' AND "
                                       "c.category_code = 'face_photo'"))
                     .toString(),
                 QStringLiteral("held"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'withdrawal.execute'"))
                     .toInt(),
                 0);
        const AuditVerification verification = AuditVerifier(*m_database).verify();
        QVERIFY2(verification.intact(), qPrintable(verification.detail));

        // Not killed, the same execution commits with its task.
        exec(QStringLiteral("DROP TRIGGER tasks_slow%1")
                 .arg(test::TestDatabase::isPostgres() ? QStringLiteral(" ON tasks") : QString()));
        WithdrawalService(*m_database).execute(m_admin, m_request);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = %1").arg(request))
                .toString(),
            QStringLiteral("executed"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'system'")).toInt(),
                 1);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DPO_CRASH_CHILD"))
        return runChild();
    TestExecutionCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_executioncrash.moc"

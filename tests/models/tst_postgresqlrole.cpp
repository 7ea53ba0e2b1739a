// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL only: the console's role from resources/sql/postgresql/roles/console_role.sql may
// append to the audit trail and work with the data, but may not UPDATE, DELETE or TRUNCATE the
// trail, nor disable its triggers.
#include "db/BulkInserter.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "RoleScript.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "services/TaskService.h"
#include "TestDatabase.h"

#include <cstdio>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtTest>
#include <unistd.h>

using namespace dpo;
using test::connectAs;
using test::runRoleScript;

namespace {
// Each statement refused by the server for want of a privilege.
template <std::size_t N> void expectDenied(QSqlQuery& q, const char* const (&statements)[N])
{
    for (const char* sql : statements) {
        QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
        QVERIFY2(
            q.lastError().text().contains(QStringLiteral("permission denied")),
            qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sql), q.lastError().text())));
    }
}
// A database with its administrator, and the console's role made by console_role.sql: the
// owner's connection, and connections as the role.
struct ConsoleRole
{
    test::TestDatabase fixture;
    Session admin;
    std::unique_ptr<Database> owner;

    // False when the backend is not PostgreSQL or the script failed (the test then fails).
    bool prepare()
    {
        if (!test::TestDatabase::isPostgres())
            return false;
        owner = fixture.openWithAdmin(admin);
        runRoleScript(*owner, "console_role.sql", "dpo_console", "console-role-test-1");
        return !QTest::currentTestFailed();
    }
    // A new connection as the console's role.
    std::unique_ptr<Database> connect() const
    {
        return connectAs(fixture, "dpo_console", "console-role-test-1");
    }
};
} // namespace

class TestPostgresqlRole : public QObject
{
    Q_OBJECT
private slots:
    void theConsoleRoleCannotRewriteTheAuditTrail()
    {
        ConsoleRole role;
        DPO_REQUIRE_DATABASE(role.fixture);
        QVERIFY2(role.prepare(), "run with DPO_TEST_BACKEND=postgresql; the role script must run");
        const Session& admin = role.admin;
        const auto& owner = role.owner;
        const auto connection = role.connect();
        Database& console = *connection;
        const QSqlDatabase db = console.connection();

        // What the console does: read, and append in a transaction.
        {
            TransactionGuard t(db);
            AuditService::append(
                db, admin, QStringLiteral("test.as_console"), QStringLiteral("audit_log"),
                QString(), 0, QJsonObject{{QStringLiteral("role"), QStringLiteral("dpo_console")}});
            t.commit();
        }
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM subjects")),
                 qPrintable(q.lastError().text()));
        // A day's work as the console's role: a claim registered and drafted (its version raised,
        // the change announced), a setting changed, a refusal audited, a sign-in counted.
        {
            ClaimService::Registration r;
            r.claimantName = QStringLiteral("x");
            r.receivedOn = QDate(2026, 11, 20);
            r.subjectMatter = QStringLiteral("x");
            const qint64 claim = ClaimService(console).registerClaim(admin, r).id;
            ClaimService(console).draftAnswer(
                admin, claim, ClaimService::Draft{QStringLiteral("answer"), {}, {}, {}},
                ClaimService(console).details(claim, QDate(2026, 11, 25)).version);
            SettingsService(console).setInteger(admin, QStringLiteral("idle_lock_minutes"), 15);
            QVERIFY_THROWS_EXCEPTION(
                Error, OfficerService(console).signIn(QStringLiteral("admin"),
                                                      QStringLiteral("wrong-password-x")));
        }
        // After a bulk load the statistics are refreshed where this role may (it owns no table):
        // nothing analyzed and no server warning; the owner's call analyzes.
        {
            // libpq prints a server's warnings on stderr itself: catch what reaches fd 2.
            QTemporaryFile caught;
            QVERIFY(caught.open());
            std::fflush(stderr);
            const int savedStderr = ::dup(2);
            ::dup2(caught.handle(), 2);
            refreshStatistics(db, {QStringLiteral("subjects"), QStringLiteral("consents")});
            std::fflush(stderr);
            ::dup2(savedStderr, 2);
            ::close(savedStderr);
            caught.seek(0);
            const QByteArray warnings = caught.readAll();
            QVERIFY2(warnings.isEmpty(), warnings.constData());
            const auto analyzed = [&owner] {
                QSqlQuery a(owner->connection());
                a.exec(QStringLiteral("SELECT coalesce(analyze_count, 0) FROM pg_stat_user_tables "
                                      "WHERE relname = 'consents'"));
                return a.next() ? a.value(0).toLongLong() : -1;
            };
            const qint64 before = analyzed();
            refreshStatistics(owner->connection(),
                              {QStringLiteral("subjects"), QStringLiteral("consents")});
            QTRY_VERIFY2(
                analyzed() > before,
                "the owner's refresh analyzed nothing"); // the statistics arrive a moment later
        }

        // What it may not do, each refused by a privilege, not only by a trigger.
        const char* const refused[] = {
            "UPDATE audit_log SET action = 'forged' WHERE seq = 1",
            "DELETE FROM audit_log WHERE seq = 1", "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER USER",
            "DROP TRIGGER audit_log_no_update ON audit_log",
            "UPDATE audit_anchors SET head_hash = head_hash", "DELETE FROM audit_anchors",
            "TRUNCATE audit_anchors", "ALTER TABLE audit_anchors DISABLE TRIGGER USER",
            "INSERT INTO schema_migrations (version, applied_at) VALUES (99, now())",
            // no schema changes: the owner migrates
            "CREATE TABLE intruder (x INTEGER)", "ALTER TABLE claims ADD COLUMN intruder INTEGER",
            "ALTER TABLE subjects DROP COLUMN inn", "CREATE INDEX intruder ON claims (id)",
            "DROP TABLE claims", "ALTER TABLE audit_log RENAME TO old_log"};
        for (const char* sql : refused) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            const QString error = q.lastError().text();
            QVERIFY2(error.contains(QStringLiteral("permission denied")) ||
                         error.contains(QStringLiteral("must be owner")),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(sql), error)));
        }
        QVERIFY(AuditVerifier(console).verify().intact());
    }

    // Schema version 25: the server numbers, stamps and hashes each entry (from version 30 as its
    // transaction commits, here the statement's own). From plain SQL with
    // the console's password, an entry that brings its own number, time, link or hash is refused,
    // and so is lifting the trigger; an entry of the subject matter alone, whatever its text, is
    // hashed by the server exactly as the console verifies it.
    void theServerWritesTheChain()
    {
        ConsoleRole role;
        DPO_REQUIRE_DATABASE(role.fixture);
        QVERIFY2(role.prepare(), "run with DPO_TEST_BACKEND=postgresql; the role script must run");
        const Session& admin = role.admin;
        const auto& owner = role.owner;
        const auto console = role.connect();
        QSqlQuery q(console->connection());
        const QString head = test::scalar(*owner, QStringLiteral("SELECT hash FROM audit_log "
                                                                 "ORDER BY seq DESC LIMIT 1"))
                                 .toString();
        const QString forged[] = {
            QStringLiteral("INSERT INTO audit_log (seq, officer_username, action, entity, details) "
                           "VALUES (999, 'admin', 'x', 'x', '{}')"),
            QStringLiteral("INSERT INTO audit_log (at_utc, officer_username, action, entity, "
                           "details) VALUES ('2020-01-01T00:00:00.000Z', 'admin', 'x', 'x', "
                           "'{}')"),
            QStringLiteral("INSERT INTO audit_log (prev_hash, officer_username, action, entity, "
                           "details) VALUES ('%1', 'admin', 'x', 'x', '{}')")
                .arg(head),
            QStringLiteral("INSERT INTO audit_log (hash, officer_username, action, entity, "
                           "details) VALUES ('%1', 'admin', 'x', 'x', '{}')")
                .arg(QString(64, QLatin1Char('e')))};
        for (const QString& sql : forged) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("by the server")),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (officer_username, action, entity, "
                                       "details) VALUES ('admin', 'x', 'x', '[1]')")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("JSON object")),
                 qPrintable(q.lastError().text()));
        for (const char* sql : {"ALTER TABLE audit_log DISABLE TRIGGER audit_log_append",
                                "ALTER TABLE audit_log DISABLE TRIGGER audit_log_seal_at_commit",
                                "SET session_replication_role = replica",
                                "DROP TRIGGER audit_log_append ON audit_log",
                                "CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger "
                                "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            const QString error = q.lastError().text();
            QVERIFY2(error.contains(QStringLiteral("must be owner")) ||
                         error.contains(QStringLiteral("permission denied")),
                     qPrintable(error));
        }

        // Hostile text in every field the console sends: the server's hash is the console's.
        const QString hostile =
            QStringLiteral("Үсөнова \"Ж\" \\ /\n\r\t\b\f\x01\x1f \u007f \u2028 😀 '; --");
        QSqlQuery add = prepareQuery(
            console->connection(),
            QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, action, entity, "
                           "entity_id, subject_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QString details = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("text"), hostile},
                                      {QStringLiteral("n"), -12.5},
                                      {QStringLiteral("list"), QJsonArray{1, QJsonValue(), true}}})
                .toJson(QJsonDocument::Compact));
        for (const QVariant& v :
             {QVariant(admin.officerId), QVariant(hostile), QVariant(hostile), QVariant(hostile),
              QVariant(hostile), QVariant(qint64(7)), QVariant(details)})
            add.addBindValue(v);
        execQuery(add, "append as the console's role"); // sealed as it commits (version 30)
        QSqlQuery sealed(console->connection());
        QVERIFY(sealed.exec(QStringLiteral(
            "SELECT seq, at_utc, prev_hash, hash, abs(extract(epoch FROM now() - "
            "at_utc::timestamptz)), action FROM audit_log ORDER BY seq DESC LIMIT 1")));
        QVERIFY(sealed.next());
        QCOMPARE(sealed.value(5).toString(), hostile);
        QCOMPARE(sealed.value(2).toString(), head);
        QVERIFY2(sealed.value(4).toDouble() < 60, "stamped with the server's time");
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (officer_username, action, entity) "
                                       "VALUES ('admin', NULL, 'x')"))); // NOT NULL still holds
        const AuditVerification v = AuditVerifier(*console).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.headHash, sealed.value(3).toString());
    }

    // A session that takes the chain's lock and sits on it (a transaction left open in psql)
    // holds every other append for 15 seconds at most; then the append is refused with a
    // message naming the session, and nothing is written.
    void anIdleHolderOfTheChainFreezesNoOne()
    {
        ConsoleRole role;
        DPO_REQUIRE_DATABASE(role.fixture);
        QVERIFY2(role.prepare(), "run with DPO_TEST_BACKEND=postgresql; the role script must run");
        const Session& admin = role.admin;
        const auto& owner = role.owner;
        const auto holder = role.connect();
        const auto officer = role.connect();
        const qint64 before = test::rowCount(*owner, QStringLiteral("audit_log"));
        QSqlQuery hold(holder->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1), pg_backend_pid()")
                              .arg(AuditService::kChainLockKey)));
        QVERIFY(hold.next());
        const QString holderPid = hold.value(1).toString();
        QSqlQuery impatient(officer->connection());
        QVERIFY(impatient.exec(QStringLiteral("SET lock_timeout = 0"))); // would wait for ever
        QElapsedTimer waited;
        waited.start();
        try {
            const QSqlDatabase db = officer->connection();
            TransactionGuard t(db);
            AuditService::append(db, admin, QStringLiteral("test.waits"), QStringLiteral("x"),
                                 QString(), 0, {});
            t.commit();
            QFAIL("appended while another session held the chain");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("held by another session")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(holderPid), qPrintable(e.message()));
        }
        qInfo("refused after %.1f s", double(waited.elapsed()) / 1000);
        QVERIFY(waited.elapsed() < 60000);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(test::rowCount(*owner, QStringLiteral("audit_log")), before);
        // Released, the next append goes through at once.
        const QSqlDatabase db = officer->connection();
        TransactionGuard t(db);
        AuditService::append(db, admin, QStringLiteral("test.after"), QStringLiteral("x"),
                             QString(), 0, {});
        t.commit();
        QCOMPARE(test::rowCount(*owner, QStringLiteral("audit_log")), before + 1);
    }

    // The platform's role (roles/platform_role.sql) adds events to the feed's inbox and does
    // nothing else: it reads nothing, not even the inbox, and cannot choose an event's time or
    // state. Run twice: the script is idempotent.
    void thePlatformRoleMayOnlyAddEvents()
    {
        QVERIFY2(test::TestDatabase::isPostgres(), "run with DPO_TEST_BACKEND=postgresql");
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto owner = fixture.openWithAdmin(admin);
        runRoleScript(*owner, "platform_role.sql", "dpo_platform", "platform-role-test-1");
        runRoleScript(*owner, "platform_role.sql", "dpo_platform", "platform-role-test-1");
        const auto platform = connectAs(fixture, "dpo_platform", "platform-role-test-1");
        QSqlQuery q(platform->connection());
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO feed_inbox (body) VALUES ('{\"id\":\"p-1\"}')")),
            qPrintable(q.lastError().text()));
        const char* const refused[] = {
            "SELECT count(*) FROM feed_inbox",
            "INSERT INTO feed_inbox (body, state) VALUES ('{}', 'applied')",
            "INSERT INTO feed_inbox (body, received_at) VALUES ('{}', now() - interval '1 day')",
            "UPDATE feed_inbox SET body = '{}'",
            "DELETE FROM feed_inbox",
            "SELECT count(*) FROM subjects",
            "SELECT count(*) FROM officers",
            "INSERT INTO subjects (platform_ref, created_at) VALUES ('X', now())",
            "INSERT INTO audit_log (seq) VALUES (999)",
            "SELECT count(*) FROM feed_events",
            "CREATE TABLE intruder (x INTEGER)"};
        expectDenied(q, refused);
        // What it wrote is pending, at the server's time.
        QSqlQuery check(owner->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT state, now() - received_at < interval '1 "
                                          "minute' FROM feed_inbox")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("pending"));
        QVERIFY(check.value(1).toBool());
        QVERIFY(!check.next());
    }

    // The data systems' workers (tasks_role.sql) read the open tasks and add reports, nothing
    // else; the console records a report as the task's confirmation, in the audit trail with the
    // role that sent it, and rejects one it cannot take with the reason the worker can read.
    void theTasksRoleMayReadTasksAndReportOnly()
    {
        QVERIFY2(test::TestDatabase::isPostgres(), "run with DPO_TEST_BACKEND=postgresql");
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto owner = fixture.openWithAdmin(admin);
        QSqlQuery setup(owner->connection());
        QVERIFY(setup.exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('ФКО', "
                                          "'fco') RETURNING id")) &&
                setup.next());
        test::insertSubjectWithData(*owner, QStringLiteral("OG-R1"), setup.value(0).toLongLong(),
                                    1);
        test::addPhotoStore(*owner, admin, {QStringLiteral("face_photo")});
        test::executeWithdrawalOf(*owner, admin, QStringLiteral("OG-R1"),
                                  QStringLiteral("face_photo"), DecisionAction::Destroy);

        runRoleScript(*owner, "tasks_role.sql", "dpo_tasks", "tasks-role-test-1");
        runRoleScript(*owner, "tasks_role.sql", "dpo_tasks", "tasks-role-test-1"); // idempotent
        const auto worker = connectAs(fixture, "dpo_tasks", "tasks-role-test-1");
        QSqlQuery q(worker->connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT id, subject_ref, action FROM task_outbox WHERE "
                                       "system = 'photos'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const qint64 task = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), QStringLiteral("OG-R1"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("destroy"));
        q.finish();
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO task_reports (task_id, outcome, outcome_at, "
                                       "note) VALUES (%1, 'done', now(), 'purged')")
                            .arg(task)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO task_reports (task_id, outcome, outcome_at) "
                                       "VALUES (999999, 'done', now())")),
                 qPrintable(q.lastError().text()));
        const char* const refused[] = {
            "SELECT count(*) FROM tasks",
            "UPDATE tasks SET state = 'done'",
            "DELETE FROM task_reports",
            "UPDATE task_reports SET state = 'recorded'",
            "INSERT INTO task_reports (task_id, outcome, outcome_at, state) VALUES (1, 'done', "
            "now(), 'recorded')",
            "INSERT INTO task_reports (task_id, outcome, outcome_at, reported_by) VALUES (1, "
            "'done', now(), 'admin')",
            "INSERT INTO task_reports (task_id, outcome, outcome_at, received_at) VALUES (1, "
            "'done', now(), now() - interval '1 day')",
            "SELECT count(*) FROM subjects",
            "SELECT count(*) FROM audit_log",
            "SELECT count(*) FROM data_systems",
            "INSERT INTO feed_inbox (body) VALUES ('{}')",
            "CREATE TABLE intruder (x INTEGER)"};
        expectDenied(q, refused);

        const TaskService::Received received = TaskService(*owner).receiveReports(admin);
        QCOMPARE(received.recorded, 1);
        QCOMPARE(received.rejected, 1);
        QSqlQuery check(owner->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT state, recorded_by, subject_ref FROM tasks WHERE "
                                          "id = %1")
                               .arg(task)) &&
                check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("done"));
        QCOMPARE(check.value(1).toString(), QStringLiteral("dpo_tasks"));
        QVERIFY(check.value(2).isNull());
        QVERIFY(check.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                          "'task.confirm' AND entity_id = '%1'")
                               .arg(task)) &&
                check.next());
        QVERIFY2(
            check.value(0).toString().contains(QStringLiteral("\"reported_by\":\"dpo_tasks\"")),
            qPrintable(check.value(0).toString()));
        QVERIFY(AuditVerifier(*owner).verify().intact());
        // The worker sees its reports' fate, and no longer the task it finished.
        QVERIFY(q.exec(QStringLiteral("SELECT state, reason FROM task_reports ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("recorded"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rejected"));
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("999999")),
                 qPrintable(q.value(1).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM task_outbox WHERE id = %1").arg(task)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlRole)
#include "tst_postgresqlrole.moc"

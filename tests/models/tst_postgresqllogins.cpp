// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL only: officers' logins made and ended by the console (schema version 29) and the
// shared role dpo_console retired (resources/sql/postgresql/roles/retire_console_role.sql).
#include "db/Sql.h"
#include "OfficerTeam.h"
#include "RoleScript.h"
#include "security/ScramVerifier.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <thread>
#include <unistd.h>

using namespace dpo;
using test::expectRefused;
using test::Team;

class TestPostgresqlLogins : public QObject
{
    Q_OBJECT
private slots:
    // An administrator's console creates the officer's login with the officer: the server gets a
    // SCRAM verifier, never the password; the officer connects with that password (Kyrgyz letters
    // too, which libpq prepares by SASLprep), chooses their own at the first sign-in from the
    // console, and the old one connects no more.
    void theConsoleCreatesAnOfficersLogin()
    {
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        const auto adminDb = team.connect(Role::Administrator);
        const Session admin = team.signIn(*adminDb, Role::Administrator);
        const QString name = QStringLiteral("new.officer.%1").arg(::getpid());
        QSqlQuery(team.owner->connection())
            .exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
        const QString first = QStringLiteral("Өрүк-Ңаа 2026!");
        const qint64 id = OfficerService(*adminDb).createOfficer(
            admin, name, QStringLiteral("Жаңы Кызматкер"), Role::Officer, first,
            OfficerService::Login::OwnLogin);

        const auto column = [&](const char* sql) {
            return test::scalar(*team.owner, QString::fromLatin1(sql), {id});
        };
        QCOMPARE(column("SELECT db_login FROM officers WHERE id = ?").toString(), name);
        QCOMPARE(column("SELECT must_change_password FROM officers WHERE id = ?").toInt(), 1);
        QCOMPARE(column("SELECT password_hash FROM officers WHERE id = ?").toString(),
                 QStringLiteral("scrypt$none:own-login")); // no console password matches it
        QVERIFY(test::scalar(*team.owner,
                             QStringLiteral("SELECT rolcanlogin AND NOT rolsuper AND NOT "
                                            "rolcreaterole AND NOT rolcreatedb AND NOT "
                                            "rolbypassrls FROM pg_roles WHERE rolname = ?"),
                             {name})
                    .toBool());
        QVERIFY(test::scalar(*team.owner,
                             QStringLiteral("SELECT pg_has_role(?, 'dpo_officer', "
                                            "'MEMBER')"),
                             {name})
                    .toBool());
        QVERIFY(!test::scalar(*team.owner,
                              QStringLiteral("SELECT pg_has_role(?, "
                                             "'dpo_supervisor', 'MEMBER')"),
                              {name})
                     .toBool());
        if (test::scalar(*team.owner, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE "
                                                     "rolname = current_user"))
                .toBool()) { // the test server's own user may read what the server keeps
            const QString kept =
                test::scalar(*team.owner,
                             QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"),
                             {name})
                    .toString();
            QVERIFY2(kept.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(kept));
        }
        QCOMPARE(test::scalar(*team.owner,
                              QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                             "'officer.login_create' AND entity_id = ?"),
                              {QString::number(id)})
                     .toString(),
                 QStringLiteral("{\"login\":\"%1\",\"username\":\"%1\"}").arg(name));

        // The first password connects, and signs in bound to choose another.
        auto own = test::connectAs(team.fixture, name, first);
        const Session fresh = OfficerService(*own).signIn(name, first);
        QVERIFY(fresh.mustChangePassword);
        QCOMPARE(fresh.role, Role::Officer);
        try {
            OfficerService(*own).changeOwnPassword(fresh, QStringLiteral("wrong-current-12"),
                                                   QStringLiteral("Менин сырым-2027"));
            QFAIL("a wrong current password changed the login's");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
        }
        const QString mine = QStringLiteral("Менин сырым-2027");
        const Session changed = OfficerService(*own).changeOwnPassword(fresh, first, mine);
        QVERIFY(!changed.mustChangePassword);
        QCOMPARE(column("SELECT must_change_password FROM officers WHERE id = ?").toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(Error, test::connectAs(team.fixture, name, first));
        QVERIFY(test::connectAs(team.fixture, name, mine) != nullptr);
        QCOMPARE(test::scalar(*team.owner,
                              QStringLiteral("SELECT officer_username FROM audit_log WHERE action "
                                             "= 'officer.password_change' ORDER BY seq DESC "
                                             "LIMIT 1"))
                     .toString(),
                 name);
        // A connection the console opens later (another thread's, a reconnection) has the new one.
        QString laterError;
        std::thread([&] {
            try {
                test::scalar(*own, QStringLiteral("SELECT 1"));
            } catch (const Error& e) {
                laterError = e.message();
            }
            own->closeThreadConnection();
        }).join();
        QVERIFY2(laterError.isEmpty(), qPrintable(laterError));

        // Refused by the server: a password sent as itself, a login that exists (to be mapped
        // instead), a second login for an officer who has one, a name of the server's own, and
        // any of it asked by an officer who may not manage officers.
        const QString verifier = ScramVerifier::make(QStringLiteral("another-password-1"));
        const QString call = QStringLiteral("SELECT dpo_create_officer_login(%1, %2, '%3', '%4')");
        const QString firstAdmin = QString::number(team.admin.officerId);
        const QString asAdmin = QString::number(admin.officerId);
        expectRefused(adminDb->connection(),
                      call.arg(asAdmin, firstAdmin, QStringLiteral("plain.text"),
                               QStringLiteral("plain-password-1")),
                      QStringLiteral("never as itself"));
        expectRefused(adminDb->connection(), call.arg(asAdmin, firstAdmin, name, verifier),
                      QStringLiteral("exists already: map it"));
        expectRefused(adminDb->connection(),
                      call.arg(asAdmin, QString::number(team.ids[Role::Auditor]),
                               QStringLiteral("second.login"), verifier),
                      QStringLiteral("already connects with the login"));
        expectRefused(adminDb->connection(),
                      call.arg(asAdmin, firstAdmin, QStringLiteral("pg_evil"), verifier),
                      QStringLiteral("not starting with pg_ or dpo_"));
        const auto officerDb = team.connect(Role::Officer);
        expectRefused(officerDb->connection(),
                      call.arg(QString::number(team.ids[Role::Officer]), firstAdmin,
                               QStringLiteral("by.officer"), verifier),
                      QStringLiteral("may not officers.manage"));
        QCOMPARE(test::scalar(*team.owner, QStringLiteral("SELECT count(*) FROM pg_roles WHERE "
                                                          "rolname IN ('plain.text', "
                                                          "'second.login', 'by.officer')"))
                     .toInt(),
                 0);
    }

    // The shared role retired once every active officer has a login: it may no longer connect,
    // its open session is refused its next statement, and it keeps no privilege here. Run on a
    // shared role of this test's own name (the script's text with dpo_console renamed: the real
    // one belongs to the whole test server).
    void retiringTheSharedRoleEndsIt()
    {
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        const QString shared = QStringLiteral("dpo_console_t%1").arg(::getpid());
        const QString password = QStringLiteral("shared-password-1");
        QSqlQuery(team.owner->connection())
            .exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(shared));
        QVERIFY(test::runAsOwner(
            *team.owner,
            test::roleScriptStatements("console_role.sql", shared)
                << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(shared, password)));
        const auto open = test::connectAs(team.fixture, shared, password);
        QVERIFY(test::scalar(*open, QStringLiteral("SELECT count(*) FROM officers")).toInt() > 0);
        const QStringList retire = test::roleScriptStatements("retire_console_role.sql", shared);
        expectRefused(team.owner->connection(), retire.first(),
                      QStringLiteral("no login of their own yet: admin;"));

        // The first administrator, made by `init`, gets their login the way a team moving to
        // its own logins gives one to each officer (`officers create-login`).
        QSqlQuery(team.owner->connection()).exec(QStringLiteral("DROP ROLE IF EXISTS admin"));
        OfficerService(*team.owner)
            .createLogin(team.admin, team.admin.officerId, QStringLiteral("first-login-pw-2026"));
        QVERIFY(test::connectAs(team.fixture, "admin", "first-login-pw-2026") != nullptr);
        QVERIFY(test::runAsOwner(*team.owner, retire));
        QVERIFY(test::runAsOwner(*team.owner, retire)); // again: nothing left to do

        QVERIFY(!test::scalar(*team.owner,
                              QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                              {shared})
                     .toBool());
        for (const char* table : {"officers", "subjects", "audit_log", "withdrawal_requests"})
            QVERIFY2(!test::scalar(
                          *team.owner,
                          QStringLiteral("SELECT has_table_privilege(?, ?, 'SELECT') OR "
                                         "has_table_privilege(?, ?, 'INSERT')"),
                          {shared, QString::fromLatin1(table), shared, QString::fromLatin1(table)})
                          .toBool(),
                     table);
        // Its own grant of CONNECT is gone (what PUBLIC holds is every role's; NOLOGIN bars it).
        QVERIFY(!test::scalar(*team.owner,
                              QStringLiteral("SELECT coalesce(bool_or(a.grantee = ?::regrole), "
                                             "false) FROM pg_database d, aclexplode(d.datacl) a "
                                             "WHERE d.datname = current_database()"),
                              {shared})
                     .toBool());
        QSqlQuery next(open->connection());
        QVERIFY(!next.exec(QStringLiteral("SELECT count(*) FROM officers")));
        QVERIFY_THROWS_EXCEPTION(Error, test::connectAs(team.fixture, shared, password));
    }

    // The shared role is retired only when every active officer has a login of their own: the
    // script refuses, naming those without, and changes nothing. (Its success is not tried here:
    // dpo_console belongs to the whole test server, which tst_postgresqlrole uses meanwhile.)
    void retiringTheSharedRoleWaitsForEveryLogin()
    {
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        test::runRoleScript(*team.owner, "console_role.sql", "dpo_console", "console-role-test-1");
        QFile script(QStringLiteral(DPO_SOURCE_DIR
                                    "/resources/sql/postgresql/roles/retire_console_role.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QStringList statements =
            Migrator::splitStatements(QString::fromUtf8(script.readAll()));
        QCOMPARE(statements.size(), 1);
        expectRefused(team.owner->connection(), statements.first(),
                      QStringLiteral("no login of their own yet: admin;"));
        QVERIFY(test::scalar(*team.owner, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE "
                                                         "rolname = 'dpo_console'"))
                    .toBool());
        QVERIFY(test::connectAs(team.fixture, "dpo_console", "console-role-test-1") != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlLogins)
#include "tst_postgresqllogins.moc"

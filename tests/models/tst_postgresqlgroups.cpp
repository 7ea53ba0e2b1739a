// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL only: officers who connect with logins of their own (schema version 27 and
// resources/sql/postgresql/roles/officer_groups.sql). As each group, from plain SQL, every change
// the console's permission table forbids is refused by the server; the console's own work still
// runs as each role; a demoted or deactivated officer's open session loses the rights at once.
// (Logins made by the console and the shared role's retirement: tst_postgresqllogins.)
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "domain/Permissions.h"
#include "OfficerTeam.h"
#include "RoleScript.h"
#include "services/AttachmentService.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <unistd.h>

using namespace dpo;

using test::expectRefused;
using test::kLoginPassword;
using test::Team;

class TestPostgresqlGroups : public QObject
{
    Q_OBJECT
private slots:
    // The server's copy of the permission table says what the console's says, for every pair.
    void theServerKnowsThePermissionTable()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        QVERIFY2(test::TestDatabase::isPostgres(), "run with DPO_TEST_BACKEND=postgresql");
        const auto database = fixture.open();
        int pairs = 0;
        for (const Role role :
             {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor}) {
            for (const Permission permission : Permissions::all()) {
                const bool server =
                    test::scalar(*database, QStringLiteral("SELECT dpo_role_allows(?, ?)"),
                                 {roleCode(role), Permissions::code(permission)})
                        .toBool();
                QVERIFY2(
                    server == Permissions::allows(role, permission),
                    qPrintable(roleCode(role) + QLatin1Char(' ') + Permissions::code(permission)));
                ++pairs;
            }
        }
        QCOMPARE(pairs, 4 * int(Permissions::all().size()));
        QVERIFY(!test::scalar(*database, QStringLiteral("SELECT dpo_role_allows('officer', 'x')"))
                     .toBool());
    }

    // From plain SQL with each officer's own login: role escalation, the password hashes, a key
    // of one's own, the settings, a forged or back-dated audit entry, a rewrite of the trail,
    // acting as another officer through the functions: each refused by the server.
    void eachGroupIsRefusedWhatItMayNot_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("administrator") << int(Role::Administrator);
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("officer") << int(Role::Officer);
        QTest::newRow("auditor") << int(Role::Auditor);
    }
    void eachGroupIsRefusedWhatItMayNot()
    {
        QFETCH(int, role);
        const Role me = Role(role);
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        const auto connection = team.connect(me);
        const QSqlDatabase db = connection->connection();
        const QString self = QString::number(team.ids[me]);
        const QString admin = QString::number(team.admin.officerId);
        const QString denied = QStringLiteral("permission denied");

        for (const QString& sql : {
                 QStringLiteral("UPDATE officers SET role = 'administrator' WHERE id = %1")
                     .arg(self),
                 QStringLiteral("UPDATE officers SET active = 1, locked_until = NULL"),
                 QStringLiteral("INSERT INTO officers (username, display_name, role, "
                                "password_hash, created_at) VALUES ('x.y', 'x', 'administrator', "
                                "'scrypt$x', now())"),
                 QStringLiteral("DELETE FROM officers WHERE id = %1").arg(admin),
                 QStringLiteral("SELECT password_hash FROM officers"),
                 QStringLiteral("SELECT * FROM officers"),
                 QStringLiteral("INSERT INTO signing_keys (fingerprint, public_key_pem, "
                                "created_at, created_by) VALUES (repeat('a', 64), 'x', now(), %1)")
                     .arg(self),
                 QStringLiteral("UPDATE signing_keys SET active = 0"),
                 QStringLiteral("UPDATE console_settings SET value = '20' WHERE key = "
                                "'sign_in_max_failures'"),
                 QStringLiteral("INSERT INTO console_settings (key, value) VALUES "
                                "('sign_in_lockout_minutes', '1')"),
                 QStringLiteral("UPDATE audit_log SET details = '{}'"),
                 QStringLiteral("DELETE FROM audit_log"),
                 QStringLiteral("TRUNCATE audit_log"),
                 QStringLiteral("DELETE FROM outgoing_letters"),
                 QStringLiteral("DELETE FROM audit_anchors"),
                 QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES "
                                "(99, now())"),
                 QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
                 QStringLiteral("DROP TABLE audit_anchors"),
                 QStringLiteral("CREATE TABLE dpo_mine (id INTEGER)"),
                 QStringLiteral("SELECT dpo_revoke_groups('%1', NULL)")
                     .arg(team.logins[Role::Administrator]),
                 QStringLiteral("SELECT dpo_sync_login(%1)").arg(self),
                 QStringLiteral("SELECT dpo_target_officer(%1)").arg(admin),
                 QStringLiteral("SELECT dpo_audit_change(%1, 'admin', 'x', 'x', NULL, '{}')")
                     .arg(admin),
                 QStringLiteral("SET ROLE %1")
                     .arg(test::scalar(*team.owner, QStringLiteral("SELECT current_user"))
                              .toString()),
             })
            expectRefused(
                db, sql,
                (sql.startsWith(QLatin1String("ALTER")) || sql.startsWith(QLatin1String("DROP")))
                    ? QStringLiteral("owner")
                    : denied);
        if (me != Role::Administrator) {
            expectRefused(db, QStringLiteral("SET ROLE dpo_administrator"), denied);
            // The functions check the caller's role, whoever the console says acts.
            for (const QString& sql : {
                     QStringLiteral("SELECT dpo_change_officer_role(%1, %1, 'administrator')")
                         .arg(self),
                     QStringLiteral("SELECT dpo_change_setting(%1, 'sign_in_max_failures', 20)")
                         .arg(self),
                     QStringLiteral("SELECT dpo_add_signing_key(%1, repeat('b', 64), 'x', NULL)")
                         .arg(self),
                     QStringLiteral("SELECT dpo_reset_password(%1, %2, 'scrypt$x')")
                         .arg(self, admin),
                     QStringLiteral("SELECT dpo_map_officer_login(%1, %1, 'postgres')").arg(self),
                 })
                expectRefused(db, sql, QStringLiteral("may not"));
        }
        // Nobody acts in another officer's name, through a function or in the trail.
        expectRefused(
            db,
            QStringLiteral("SELECT dpo_change_setting(%1, 'sign_in_max_failures', 20)").arg(admin),
            QStringLiteral("cannot act as officer"));
        expectRefused(db,
                      QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, action, "
                                     "entity, details) VALUES (%1, 'admin', 'officer.role_change', "
                                     "'officer', '{}')")
                          .arg(admin),
                      QStringLiteral("in that name"));
        expectRefused(db,
                      QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, action, "
                                     "entity, details, at_utc) VALUES (%1, 'own.%2', 'x', 'x', "
                                     "'{}', '2020-01-01T00:00:00.000Z')")
                          .arg(self, roleCode(me)),
                      QStringLiteral("by the server"));
        if (me == Role::Auditor) {
            for (const QString& sql : {
                     QStringLiteral("UPDATE subjects SET phone = phone"),
                     QStringLiteral("INSERT INTO claims (claimant_name) VALUES ('x')"),
                     QStringLiteral("DELETE FROM consents"),
                     QStringLiteral("SELECT salt FROM erasure_salt"),
                 })
                expectRefused(db, sql, denied);
        }
        if (me == Role::Officer || me == Role::Auditor)
            expectRefused(db, QStringLiteral("UPDATE calendar_days SET name = name"), denied);
        if (me != Role::Administrator)
            expectRefused(db, QStringLiteral("DELETE FROM data_systems"), denied);

        // What the role may: read, and append to the trail in its own name (the server numbers,
        // stamps and hashes the entry).
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM subjects")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT username, role FROM officers ORDER BY id")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO audit_log (officer_id, officer_username, "
                                       "action, entity, details) VALUES (%1, 'own.%2', "
                                       "'test.own_entry', 'test', '{}')")
                            .arg(self, roleCode(me))),
                 qPrintable(q.lastError().text()));
        QVERIFY(AuditVerifier(*team.owner).verify().intact());
    }

    // The console's own work, connected with each officer's login: signing in (the login's
    // password, checked by the server), a role's work allowed and another's refused, an
    // administrator changing a role and deactivating an account, which the server carries to
    // the login's groups at once.
    void theConsoleWorksAsEachOwnLogin()
    {
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        QVERIFY(team.isMember(Role::Officer, QStringLiteral("dpo_officer")));
        QVERIFY(!team.isMember(Role::Auditor, QStringLiteral("dpo_officer")));
        // A transaction left open, or a statement run away, is ended by the server.
        {
            const auto session = team.connect(Role::Officer);
            QCOMPARE(
                test::scalar(
                    *session,
                    QStringLiteral("SELECT current_setting('idle_in_transaction_session_timeout')"))
                    .toString(),
                QStringLiteral("5min"));
            QCOMPARE(test::scalar(*session,
                                  QStringLiteral("SELECT current_setting('statement_timeout')"))
                         .toString(),
                     QStringLiteral("15min"));
        }

        const auto adminDb = team.connect(Role::Administrator);
        const auto officerDb = team.connect(Role::Officer);
        const auto auditorDb = team.connect(Role::Auditor);
        // The login's password signs in; a wrong one, or another officer's name, does not.
        QVERIFY_THROWS_EXCEPTION(
            Error, OfficerService(*officerDb)
                       .signIn(QStringLiteral("own.officer"), QStringLiteral("wrong-password-12")));
        QVERIFY_THROWS_EXCEPTION(
            Error, OfficerService(*officerDb)
                       .signIn(QStringLiteral("admin"), QString::fromLatin1(kLoginPassword)));
        QVERIFY_THROWS_EXCEPTION(
            Error, OfficerService(*officerDb).signIn(QStringLiteral("own.officer"), QString()));
        const Session admin = team.signIn(*adminDb, Role::Administrator);
        const Session officer = team.signIn(*officerDb, Role::Officer);
        const Session auditor = team.signIn(*auditorDb, Role::Auditor);
        QCOMPARE(officer.role, Role::Officer);
        QCOMPARE(test::scalar(*team.owner,
                              QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                             "'officer.sign_in_failed' AND officer_username = "
                                             "'own.officer' ORDER BY seq DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("{\"reason\":\"wrong_password\"}"));

        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асель");
        r.receivedOn = QDate(2026, 12, 1);
        r.subjectMatter = QStringLiteral("x");
        QVERIFY(ClaimService(*officerDb).registerClaim(officer, r).id > 0);
        QVERIFY_THROWS_EXCEPTION(Error, ClaimService(*auditorDb).registerClaim(auditor, r));
        QVERIFY_THROWS_EXCEPTION(
            Error, SettingsService(*officerDb)
                       .setInteger(officer, QStringLiteral("sign_in_max_failures"), 3));

        // An administrator does not reset a login's password from the console (the server's
        // administrator does); its officer changes it (theConsoleCreatesAnOfficersLogin).
        QVERIFY_THROWS_EXCEPTION(
            Error, OfficerService(*adminDb).resetPassword(admin, team.ids[Role::Officer],
                                                          QStringLiteral("temporary-password-3")));

        // The administrator's changes go through the server's functions, audited there.
        SettingsService(*adminDb).setInteger(admin, QStringLiteral("sign_in_max_failures"), 7);
        QCOMPARE(SettingsService(*team.owner).integer("sign_in_max_failures"), 7);
        QCOMPARE(
            test::scalar(*team.owner,
                         QStringLiteral("SELECT officer_username FROM audit_log WHERE "
                                        "action = 'settings.change' ORDER BY seq DESC LIMIT 1"))
                .toString(),
            QStringLiteral("own.administrator"));

        // Demoted: the open session loses the group's privileges at its next statement, and the
        // console refuses its next action, within a second.
        OfficerService(*adminDb).changeRole(admin, team.ids[Role::Officer], Role::Auditor);
        QVERIFY(team.isMember(Role::Officer, QStringLiteral("dpo_auditor")));
        QVERIFY(!team.isMember(Role::Officer, QStringLiteral("dpo_officer")));
        QElapsedTimer refused;
        refused.start();
        try {
            ClaimService(*officerDb).registerClaim(officer, r);
            QFAIL("a demoted officer registered a claim");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY(refused.elapsed() < 1000);
        expectRefused(officerDb->connection(),
                      QStringLiteral("INSERT INTO claims (claimant_name) VALUES ('x')"),
                      QStringLiteral("permission denied"));

        // Deactivated: the login may not connect again, and the open session reads nothing more.
        OfficerService(*adminDb).setActive(admin, team.ids[Role::Officer], false);
        QVERIFY(!team.isMember(Role::Officer, QStringLiteral("dpo_auditor")));
        expectRefused(officerDb->connection(), QStringLiteral("SELECT count(*) FROM subjects"),
                      QStringLiteral("permission denied"));
        QVERIFY_THROWS_EXCEPTION(Error, team.connect(Role::Officer));
        OfficerService(*adminDb).setActive(admin, team.ids[Role::Officer], true);
        QVERIFY(team.isMember(Role::Officer, QStringLiteral("dpo_auditor")));
        QVERIFY(team.connect(Role::Officer) != nullptr);

        // An administrator cannot map their officer to a login that could grant itself more.
        QVERIFY_THROWS_EXCEPTION(
            Error,
            OfficerService(*adminDb).mapLogin(
                admin, team.ids[Role::Auditor],
                test::scalar(*team.owner, QStringLiteral("SELECT current_user")).toString()));
        // The server writes details as the console does (compact, keys in order): an export,
        // which writes each entry's details anew, hashes to the same value.
        QSqlQuery all(team.owner->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT action, details FROM audit_log ORDER BY seq")));
        int entries = 0;
        while (all.next()) {
            const QString details = all.value(1).toString();
            QCOMPARE(details,
                     QString::fromUtf8(
                         QJsonDocument::fromJson(details.toUtf8()).toJson(QJsonDocument::Compact)));
            ++entries;
        }
        QVERIFY(entries > 10);
        QVERIFY(AuditVerifier(*team.owner).verify().intact());
    }

    // Four eyes, by the server (schema version 28): a keep decision's approval is recorded in the
    // approving session's own name, by a role that may approve, never written from plain SQL in a
    // supervisor's name by someone else; the console's own approval goes through.
    void approvalsAreInTheApproversOwnName()
    {
        Team team;
        DPO_REQUIRE_DATABASE(team.fixture);
        QVERIFY2(team.prepare(), "run with DPO_TEST_BACKEND=postgresql; the groups must be made");
        const qint64 subject = test::insertSubject(*team.owner, QStringLiteral("OG-4E"));
        QSqlQuery held(team.owner->connection());
        QVERIFY2(held.exec(QStringLiteral("INSERT INTO subject_categories (subject_id, "
                                          "category_code, state) VALUES (%1, 'face_photo', "
                                          "'held')")
                               .arg(subject)),
                 qPrintable(held.lastError().text()));
        const auto officerDb = team.connect(Role::Officer);
        const auto supervisorDb = team.connect(Role::Supervisor);
        const Session officer = team.signIn(*officerDb, Role::Officer);
        const Session supervisor = team.signIn(*supervisorDb, Role::Supervisor);
        WithdrawalService requests(*officerDb);
        const qint64 request = test::registerVerifiedWithdrawal(
            *officerDb, officer, QStringLiteral("OG-4E"), QStringLiteral("face_photo"));
        WithdrawalService::Decision keep;
        keep.category = QStringLiteral("face_photo");
        keep.action = DecisionAction::Keep;
        keep.ground = QStringLiteral("law58_art5");
        keep.keepUntil = QDate(2030, 1, 1);
        keep.justification = QStringLiteral("12.1.4");
        requests.decide(officer, request, {keep});

        const QString officerId = QString::number(team.ids[Role::Officer]);
        const QString supervisorId = QString::number(team.ids[Role::Supervisor]);
        const QString where = QStringLiteral(" WHERE request_id = %1").arg(request);
        // The officer writes the supervisor in as the approver; the supervisor writes in another.
        expectRefused(officerDb->connection(),
                      QStringLiteral("UPDATE withdrawal_decisions SET approved_by = %1, "
                                     "approved_at = now()")
                              .arg(supervisorId) +
                          where,
                      QStringLiteral("in that name"));
        expectRefused(supervisorDb->connection(),
                      QStringLiteral("UPDATE withdrawal_decisions SET approved_by = %1")
                              .arg(team.admin.officerId) +
                          where,
                      QStringLiteral("in that name"));
        expectRefused(
            supervisorDb->connection(),
            QStringLiteral("UPDATE withdrawal_decisions SET proposed_by = %1").arg(supervisorId) +
                where,
            QStringLiteral("proposer stays"));
        // An officer may not approve, even in their own name (and not their own proposal).
        expectRefused(
            officerDb->connection(),
            QStringLiteral("UPDATE withdrawal_decisions SET approved_by = %1").arg(officerId) +
                where,
            QStringLiteral("may not approve"));
        QVERIFY(test::scalar(
                    *team.owner,
                    QStringLiteral("SELECT approved_by IS NULL FROM withdrawal_decisions") + where)
                    .toBool());
        // The supervisor's approval through the console is theirs.
        WithdrawalService(*supervisorDb).approve(supervisor, request);
        QCOMPARE(
            test::scalar(*team.owner,
                         QStringLiteral("SELECT approved_by FROM withdrawal_decisions") + where)
                .toLongLong(),
            team.ids[Role::Supervisor]);
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlGroups)
#include "tst_postgresqlgroups.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL only: officers who connect with logins of their own (schema version 27 and
// resources/sql/postgresql/roles/officer_groups.sql). As each group, from plain SQL, every change
// the console's permission table forbids is refused by the server; the console's own work still
// runs as each role; a demoted or deactivated officer's open session loses the rights at once.
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "domain/Permissions.h"
#include "RoleScript.h"
#include "security/ScramVerifier.h"
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
#include <thread>
#include <unistd.h>

using namespace dpo;

namespace {
constexpr const char* kLoginPassword = "own-login-password-7";

// The database, the four groups, and one officer per role, each mapped to a login of their own
// (names unique to this process: logins belong to the whole server).
struct Team
{
    test::TestDatabase fixture;
    Session admin; // the first administrator, on the owner's connection (no login of their own)
    std::unique_ptr<Database> owner;
    QMap<Role, QString> logins;
    QMap<Role, qint64> ids;

    bool prepare()
    {
        if (!test::TestDatabase::isPostgres())
            return false;
        owner = fixture.openWithAdmin(admin);
        if (!test::runAsOwner(*owner, test::roleScriptStatements("officer_groups.sql")))
            return false;
        for (const Role role :
             {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor}) {
            const QString login = QStringLiteral("dpo_t%1_%2").arg(::getpid()).arg(roleCode(role));
            QSqlQuery q(owner->connection());
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
            if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                            .arg(login, QLatin1String(kLoginPassword)))) {
                qWarning("%s", qPrintable(q.lastError().text()));
                return false;
            }
            OfficerService officers(*owner);
            const QString username = QStringLiteral("own.") + roleCode(role);
            const qint64 id = officers.createOfficer(admin, username, username, role,
                                                     QStringLiteral("console-password-%1").arg(1));
            // A console password reset pending: mapping the login ends it (it is not theirs now).
            officers.resetPassword(admin, id, QStringLiteral("temporary-password-2"));
            officers.mapLogin(admin, id, login);
            logins[role] = login;
            ids[role] = id;
        }
        return true;
    }
    std::unique_ptr<Database> connect(Role role) const
    {
        return test::connectAs(fixture, qPrintable(logins[role]), kLoginPassword);
    }
    Session signIn(Database& database, Role role) const
    {
        return OfficerService(database).signIn(QStringLiteral("own.") + roleCode(role),
                                               QString::fromLatin1(kLoginPassword));
    }
    bool isMember(Role role, const QString& group) const
    {
        return test::scalar(*owner, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"),
                            {logins[role], group})
            .toBool();
    }
};

// Runs `sql` and expects the server to refuse it with a message containing `because`.
void expectRefused(const QSqlDatabase& db, const QString& sql, const QString& because)
{
    QSqlQuery q(db);
    QVERIFY2(!q.exec(sql), qPrintable(QStringLiteral("allowed: ") + sql));
    QVERIFY2(q.lastError().text().contains(because),
             qPrintable(QStringLiteral("%1: %2").arg(sql, q.lastError().text())));
}
} // namespace

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

QTEST_GUILESS_MAIN(TestPostgresqlGroups)
#include "tst_postgresqlgroups.moc"

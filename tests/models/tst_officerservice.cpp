// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainRewrite.h"
#include "core/Error.h"
#include "db/Sql.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectReportService.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace dpo;

class TestOfficerService : public QObject
{
    Q_OBJECT
    static QStringList auditActions(const Database& database)
    {
        QSqlQuery q = prepareQuery(database.connection(),
                                   QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
        execQuery(q, "read audit");
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        return actions;
    }
private slots:
    void firstAdministratorAndSignIn()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open();
        OfficerService officers(*database);
        QVERIFY(officers.ensureFirstAdministrator(
            QStringLiteral("admin"), QStringLiteral("Айгерим"), QStringLiteral("long-enough-pw")));
        QVERIFY(!officers.ensureFirstAdministrator(QStringLiteral("admin"), QString(),
                                                   QString())); // already there
        QSqlQuery stored = prepareQuery(database->connection(),
                                        QStringLiteral("SELECT password_hash FROM officers"));
        execQuery(stored, "read hash");
        QVERIFY(stored.next());
        QVERIFY(stored.value(0).toString().startsWith(QStringLiteral("scrypt$")));
        QVERIFY(!stored.value(0).toString().contains(QStringLiteral("long-enough-pw")));

        const Session session =
            officers.signIn(QStringLiteral("admin"), QStringLiteral("long-enough-pw"));
        QCOMPARE(session.role, Role::Administrator);
        QCOMPARE(session.displayName, QStringLiteral("Айгерим"));
        QVERIFY(session.officerId > 0);
        QCOMPARE(auditActions(*database),
                 QStringList({"officer.create_first_administrator", "officer.sign_in"}));
    }

    void failedSignInsAreRefusedAndAudited_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong password") << "admin"
                                        << "wrong-password"
                                        << "wrong_password";
        QTest::newRow("unknown user") << "nobody"
                                      << "long-enough-pw"
                                      << "unknown_user";
        QTest::newRow("empty password") << "admin"
                                        << ""
                                        << "wrong_password";
        // A password typed into the name field: never kept in the trail.
        QTest::newRow("a password as the name") << "Tr0ub4dor&3-secret"
                                                << "long-enough-pw"
                                                << "unknown_user";
        QTest::newRow("a formula as the name") << "=HYPERLINK(\"http://x\")"
                                               << "long-enough-pw"
                                               << "unknown_user";
    }
    void failedSignInsAreRefusedAndAudited()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, reason);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open();
        OfficerService officers(*database);
        officers.ensureFirstAdministrator(QStringLiteral("admin"), QString(),
                                          QStringLiteral("long-enough-pw"));
        try {
            officers.signIn(user, password);
            QFAIL("a bad sign-in was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
            QVERIFY(!e.message().contains(password.isEmpty() ? QStringLiteral("\x01") : password));
        }
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral("SELECT action, officer_username, details, officer_id, entity_id FROM "
                           "audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "read audit");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("officer.sign_in_failed"));
        if (reason == QStringLiteral("unknown_user")) {
            // A keyed digest: the same for the same text, the text itself nowhere in the trail.
            const QString named = q.value(1).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^unknown:[0-9a-f]{16}$"))
                         .match(named)
                         .hasMatch(),
                     qPrintable(named));
            QCOMPARE(named, OfficerService::unknownNameInTrail(database->connection(), user));
            QVERIFY(named !=
                    OfficerService::unknownNameInTrail(database->connection(), user + u'x'));
            QVERIFY(q.value(4).isNull() || q.value(4).toString().isEmpty());
            QSqlQuery all = prepareQuery(
                database->connection(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE officer_username LIKE ? "
                               "OR details LIKE ?"));
            all.addBindValue(QStringLiteral("%") + user + QStringLiteral("%"));
            all.addBindValue(QStringLiteral("%") + user + QStringLiteral("%"));
            execQuery(all, "search the trail");
            QVERIFY(all.next());
            QCOMPARE(all.value(0).toInt(), 0);
        } else {
            QCOMPARE(q.value(1).toString(), user); // the officer tried, by the stored name
            QVERIFY(q.value(4).toLongLong() > 0);  // and id
        }
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 reason);
        QVERIFY(q.value(3).isNull());
    }

    void onlyAdministratorsAddOfficers()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        officers.createOfficer(admin, QStringLiteral("nurlan"), QStringLiteral("Нурлан"),
                               Role::Officer, QStringLiteral("officer-password"));
        const Session officer =
            officers.signIn(QStringLiteral("nurlan"), QStringLiteral("officer-password"));
        QCOMPARE(officer.role, Role::Officer);
        const qint64 before = test::rowCount(*database, QStringLiteral("officers"));
        const qint64 entries = test::rowCount(*database, QStringLiteral("audit_log"));
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(officer, QStringLiteral("mallory"),
                                                               QString(), Role::Administrator,
                                                               QStringLiteral("mallory-password")));
        QCOMPARE(test::rowCount(*database, QStringLiteral("officers")), before);
        // The refusal itself is audited, and nothing else.
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), entries + 1);
        QCOMPARE(auditActions(*database).last(), QStringLiteral("access.refused"));
        // Bad names and short passwords are refused with the reason.
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(admin, QStringLiteral("Bad Name"),
                                                               QString(), Role::Officer,
                                                               QStringLiteral("officer-password")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 officers.createOfficer(admin, QStringLiteral("short"), QString(),
                                                        Role::Officer, QStringLiteral("123")));
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(admin, QStringLiteral("nurlan"),
                                                               QString(), Role::Officer,
                                                               QStringLiteral("officer-password")));
        QVERIFY_THROWS_EXCEPTION(
            Error, officers.ensureFirstAdministrator(QStringLiteral("second"), QString(),
                                                     QStringLiteral("long-enough-pw")));
        // A write that failed (the duplicate name reached the database) left no audit entry.
        QCOMPARE(test::rowCount(*database, QStringLiteral("officers")), before);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), entries + 1);
        if (!database->isPostgres()) { // a file has no logins (PostgreSQL: tst_postgresqlgroups)
            try {
                officers.createOfficer(admin, QStringLiteral("aibek"), QString(), Role::Officer,
                                       QStringLiteral("officer-password"),
                                       OfficerService::Login::OwnLogin);
                QFAIL("a SQLite officer was given a login");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY2(e.message().contains(QStringLiteral("no logins")),
                         qPrintable(e.message()));
            }
            QCOMPARE(test::rowCount(*database, QStringLiteral("officers")), before);
        }
    }

    void auditEntriesFormAChain()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        QVERIFY_THROWS_EXCEPTION(
            Error, officers.signIn(QStringLiteral("admin"), QStringLiteral("nope-nope-nope")));
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral(
                "SELECT seq, at_utc, officer_id, officer_username, action, entity, entity_id, "
                "subject_id, details, prev_hash, hash FROM audit_log ORDER BY seq"));
        execQuery(q, "read audit");
        QString previous = QString::fromLatin1(AuditService::kGenesisHash);
        qint64 expectedSeq = 1;
        while (q.next()) {
            const AuditEntry e = test::storedEntry(q);
            QCOMPARE(e.seq, expectedSeq++);
            QCOMPARE(e.prevHash, previous);
            QCOMPARE(e.computeHash(), q.value(10).toString());
            previous = q.value(10).toString();
        }
        QCOMPARE(expectedSeq, 4); // create admin, sign in, failed sign-in
    }

    // Five wrong passwords lock the account for 15 minutes (the settings); a right password is then
    // refused with the same message as a wrong one or an unknown name; the lock expires.
    void fiveFailuresLockTheAccountUntilItExpires()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        officers.createOfficer(admin, QStringLiteral("elena"), QStringLiteral("Елена Ким"),
                               Role::Officer, QStringLiteral("right-password-1"));
        const auto failure = [&](const QString& user, const QString& password) {
            try {
                officers.signIn(user, password);
            } catch (const Error& e) {
                return e.message();
            }
            return QString();
        };
        const QString unknown =
            failure(QStringLiteral("nobody"), QStringLiteral("whatever-password"));
        QVERIFY(!unknown.isEmpty());
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(failure(QStringLiteral("elena"), QStringLiteral("wrong-password-%1").arg(i)),
                     unknown);
        QVERIFY(failure(QStringLiteral("elena"), QStringLiteral("right-password-1"))
                    .isEmpty()); // four: still open, and reset
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(failure(QStringLiteral("elena"), QStringLiteral("wrong-password-%1").arg(i)),
                     unknown);
        QVERIFY(auditActions(*database).contains(QStringLiteral("officer.locked_out")));
        // Locked: the right password is refused, with the same words as for a name that does not
        // exist.
        QCOMPARE(failure(QStringLiteral("elena"), QStringLiteral("right-password-1")), unknown);
        const Officer locked = officers.officers().at(1);
        QCOMPARE(locked.username, QStringLiteral("elena"));
        QVERIFY(locked.locked);
        QVERIFY(qAbs(locked.lockedUntil.secsTo(QDateTime::currentDateTimeUtc().addSecs(15 * 60))) <
                60);
        // Fifteen minutes later (the clock moved by hand): open again.
        QSqlQuery past = prepareQuery(
            database->connection(),
            QStringLiteral("UPDATE officers SET locked_until = ? WHERE username = 'elena'"));
        past.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-1));
        execQuery(past, "expire the lock");
        QVERIFY(failure(QStringLiteral("elena"), QStringLiteral("right-password-1")).isEmpty());
        QVERIFY(!officers.officers().at(1).locked);
        // A shorter policy from the settings: three failures.
        SettingsService(*database).setInteger(admin, QStringLiteral("sign_in_max_failures"), 3);
        for (int i = 1; i <= 3; ++i)
            failure(QStringLiteral("elena"), QStringLiteral("wrong-password-%1").arg(i));
        QVERIFY(officers.officers().at(1).locked);
    }

    // Twenty wrong passwords at the same moment: exactly the configured five count, the fifth
    // locks, and the fifteen others find the account locked (the count and the lock are one
    // statement). Each lock-out after it lasts twice as long as the one before, until a
    // successful sign-in.
    void parallelWrongPasswordsLockAfterExactlyTheCount()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService(*database).createOfficer(admin, QStringLiteral("elena"),
                                                QStringLiteral("Елена Ким"), Role::Officer,
                                                QStringLiteral("right-password-1"));
        constexpr int kAttempts = 20;
        QSemaphore ready, go;
        QAtomicInt refused;
        QList<QThread*> threads;
        for (int i = 0; i < kAttempts; ++i) {
            threads << QThread::create([&, i] {
                ready.release();
                go.acquire();
                try {
                    OfficerService(*database).signIn(QStringLiteral("elena"),
                                                     QStringLiteral("wrong-password-%1").arg(i));
                } catch (const Error&) {
                    refused.ref();
                }
                database->closeThreadConnection();
            });
            threads.last()->start();
        }
        ready.acquire(kAttempts);
        go.release(kAttempts);
        for (QThread* t : threads) {
            QVERIFY(t->wait(300000));
            delete t;
        }
        QCOMPARE(refused.loadRelaxed(), kAttempts);
        const auto entries = [&](const QString& action, const QString& detail) {
            return test::scalar(*database,
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? "
                                               "AND details LIKE ?"),
                                {action, QStringLiteral("%") + detail + QStringLiteral("%")})
                .toInt();
        };
        const QString failed = QStringLiteral("officer.sign_in_failed");
        QCOMPARE(entries(failed, QStringLiteral("\"reason\":\"wrong_password\"")), 5);
        QCOMPARE(entries(failed, QStringLiteral("\"reason\":\"locked\"")), kAttempts - 5);
        QCOMPARE(entries(QStringLiteral("officer.locked_out"),
                         QStringLiteral("\"failures\":5,\"minutes\":15")),
                 1);
        OfficerService officers(*database);
        const auto lockedFor = [&] {
            const Officer o = officers.officers().at(1);
            return o.locked ? QDateTime::currentDateTimeUtc().secsTo(o.lockedUntil) : qint64(0);
        };
        QVERIFY(qAbs(lockedFor() - 15 * 60) < 60);
        const auto expire = [&] {
            QSqlQuery past = prepareQuery(
                database->connection(),
                QStringLiteral("UPDATE officers SET locked_until = ? WHERE username = 'elena'"));
            past.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-1));
            execQuery(past, "expire the lock");
        };
        const auto fiveWrong = [&] {
            for (int i = 1; i <= 5; ++i)
                QVERIFY_THROWS_EXCEPTION(
                    Error,
                    officers.signIn(QStringLiteral("elena"), QStringLiteral("wrong-pw-%1").arg(i)));
        };
        // The next lock-outs: 30 minutes, then 60.
        expire();
        fiveWrong();
        QVERIFY2(qAbs(lockedFor() - 30 * 60) < 60, qPrintable(QString::number(lockedFor())));
        expire();
        fiveWrong();
        QVERIFY2(qAbs(lockedFor() - 60 * 60) < 60, qPrintable(QString::number(lockedFor())));
        QCOMPARE(entries(QStringLiteral("officer.locked_out"), QStringLiteral("\"minutes\":60")),
                 1);
        // A successful sign-in starts the doubling again.
        expire();
        officers.signIn(QStringLiteral("elena"), QStringLiteral("right-password-1"));
        fiveWrong();
        QVERIFY2(qAbs(lockedFor() - 15 * 60) < 60, qPrintable(QString::number(lockedFor())));
    }

    // A console already open follows the database: a role changed, a password reset and an
    // account deactivated by an administrator at another workstation hold at the officer's very
    // next action, without signing in again.
    void anOpenConsoleFollowsTheDatabase()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const auto elsewhere = fixture.open(false); // the officer's workstation
        const Session elena =
            test::signedInAs(*database, admin, Role::Officer, QStringLiteral("elena"));
        const auto registerClaim = [&] {
            ClaimService::Registration r;
            r.claimantName = QStringLiteral("Асан Усенов");
            r.receivedOn = QDate::currentDate();
            r.subjectMatter = QStringLiteral("доомат");
            try {
                ClaimService(*elsewhere).registerClaim(elena, r);
            } catch (const Error& e) {
                return std::make_pair(int(e.kind()), e.message());
            }
            return std::make_pair(-1, QString());
        };
        QCOMPARE(registerClaim().first, -1);
        OfficerService officers(*database);
        officers.changeRole(admin, elena.officerId, Role::Auditor);
        QCOMPARE(registerClaim().first, int(Error::Kind::Forbidden));
        QCOMPARE(
            test::scalar(*database, QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                   "'access.refused' ORDER BY seq DESC LIMIT 1"))
                .toString()
                .contains(QStringLiteral("\"role\":\"auditor\"")),
            true);
        officers.changeRole(admin, elena.officerId, Role::Officer);
        QCOMPARE(registerClaim().first, -1);
        officers.resetPassword(admin, elena.officerId, QStringLiteral("temporary-password-9"));
        QCOMPARE(registerClaim().first, int(Error::Kind::Unauthenticated));
        officers.setActive(admin, elena.officerId, false);
        const auto refused = registerClaim();
        QCOMPARE(refused.first, int(Error::Kind::Unauthenticated));
        QVERIFY2(refused.second.contains(QStringLiteral("deactivated")),
                 qPrintable(refused.second));
        QCOMPARE(test::rowCount(*database, QStringLiteral("claims")), 2);
    }

    void passwordsFollowThePolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("too short") << "short-pw" << false;
        QTest::newRow("contains the user name") << "xx-elena-2026" << false;
        QTest::newRow("the user name in capitals") << "ELENA-2026-pw" << false;
        QTest::newRow("long enough") << "lake-issyk-kul-9" << true;
    }
    void passwordsFollowThePolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        bool ok = true;
        try {
            OfficerService::validatePassword(password, QStringLiteral("elena"));
        } catch (const Error& e) {
            ok = false;
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(ok, accepted);
    }

    // An administrator's reset: the officer signs in, may do nothing but change the password.
    void aResetPasswordMustBeChanged()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        const qint64 id =
            officers.createOfficer(admin, QStringLiteral("elena"), QStringLiteral("Елена Ким"),
                                   Role::Officer, QStringLiteral("right-password-1"));
        officers.resetPassword(admin, id, QStringLiteral("temporary-pw-77"));
        QVERIFY_THROWS_EXCEPTION(
            Error, officers.signIn(QStringLiteral("elena"), QStringLiteral("right-password-1")));
        Session elena = officers.signIn(QStringLiteral("elena"), QStringLiteral("temporary-pw-77"));
        QVERIFY(elena.mustChangePassword);
        try {
            requireRole(elena, {Role::Officer}, QStringLiteral("register a claim"));
            QFAIL("a session bound to change its password acted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
        }
        // Nor does it read personal data in full or take the trail away: a temporary password
        // someone else set (or overheard) makes no report and no export, audited as elena.
        {
            QSqlQuery add(database->connection());
            QVERIFY(add.exec(QStringLiteral(
                "INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм ФКО', 'fco')")));
        }
        const qint64 recipient =
            test::scalar(*database, QStringLiteral("SELECT max(id) FROM recipients")).toLongLong();
        const qint64 subject =
            test::insertSubjectWithData(*database, QStringLiteral("OG-R1"), recipient, 1);
        QTemporaryDir dir;
        const qint64 entriesBefore = test::rowCount(*database, QStringLiteral("audit_log"));
        const auto refusedAsUnauthenticated = [&](const char* what, const auto& attempt) {
            try {
                attempt();
                QFAIL(qPrintable(
                    QStringLiteral("%1 with a password to change").arg(QLatin1String(what))));
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
                QVERIFY2(e.message().contains(QStringLiteral("Change your password")),
                         qPrintable(e.message()));
            }
        };
        refusedAsUnauthenticated("an audit export", [&] {
            AuditExportService::Options options;
            options.format = AuditExportService::Format::Csv;
            AuditExportService(*database).exportTo(elena, options,
                                                   dir.filePath(QStringLiteral("trail.csv")));
        });
        refusedAsUnauthenticated("a subject data report", [&] {
            SubjectReportService(*database).writePdf(elena, subject, QStringLiteral("ky"),
                                                     dir.filePath(QStringLiteral("report.pdf")));
        });
        refusedAsUnauthenticated("a revealed INN", [&] {
            SubjectRecordService(*database).reveal(elena, subject,
                                                   SubjectRecordService::Field::Inn);
        });
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), entriesBefore);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("trail.csv"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report.pdf"))));

        QVERIFY_THROWS_EXCEPTION(
            Error, officers.changeOwnPassword(elena, QStringLiteral("wrong-current-1"),
                                              QStringLiteral("new-password-22")));
        QVERIFY_THROWS_EXCEPTION(
            Error, officers.changeOwnPassword(elena, QStringLiteral("temporary-pw-77"),
                                              QStringLiteral("temporary-pw-77")));
        elena = officers.changeOwnPassword(elena, QStringLiteral("temporary-pw-77"),
                                           QStringLiteral("new-password-22"));
        QVERIFY(!elena.mustChangePassword);
        QVERIFY(!officers.signIn(QStringLiteral("elena"), QStringLiteral("new-password-22"))
                     .mustChangePassword);
        const QStringList actions = auditActions(*database);
        QVERIFY(actions.contains(QStringLiteral("officer.password_reset")));
        QVERIFY(actions.contains(QStringLiteral("officer.password_change")));
        // Never the password itself in the trail.
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE details LIKE ? OR details LIKE ?"));
        q.addBindValue(QStringLiteral("%temporary-pw-77%"));
        q.addBindValue(QStringLiteral("%new-password-22%"));
        execQuery(q, "passwords in the trail");
        q.next();
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void administratorsManageAccounts()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        const qint64 id =
            officers.createOfficer(admin, QStringLiteral("elena"), QStringLiteral("Елена Ким"),
                                   Role::Officer, QStringLiteral("right-password-1"));
        officers.changeRole(admin, id, Role::Supervisor);
        QCOMPARE(officers.signIn(QStringLiteral("elena"), QStringLiteral("right-password-1")).role,
                 Role::Supervisor);
        officers.setActive(admin, id, false);
        QVERIFY_THROWS_EXCEPTION(
            Error, officers.signIn(QStringLiteral("elena"), QStringLiteral("right-password-1")));
        officers.setActive(admin, id, true);
        const Session elena =
            officers.signIn(QStringLiteral("elena"), QStringLiteral("right-password-1"));
        // Not on one's own account, and not by a supervisor.
        QVERIFY_THROWS_EXCEPTION(Error, officers.setActive(admin, admin.officerId, false));
        QVERIFY_THROWS_EXCEPTION(Error, officers.changeRole(admin, admin.officerId, Role::Officer));
        QVERIFY_THROWS_EXCEPTION(Error, officers.changeRole(elena, admin.officerId, Role::Officer));
        QVERIFY_THROWS_EXCEPTION(Error, officers.changeRole(admin, 999999, Role::Officer));
        const QStringList actions = auditActions(*database);
        for (const char* action :
             {"officer.role_change", "officer.deactivate", "officer.activate", "access.refused"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }
};

QTEST_GUILESS_MAIN(TestOfficerService)
#include "tst_officerservice.moc"

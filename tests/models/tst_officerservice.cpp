// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "core/Error.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/OfficerService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestOfficerService : public QObject
{
    Q_OBJECT
    static QStringList auditActions(const Database& database)
    {
        QSqlQuery q = prepareQuery(database.connection(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
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
        QVERIFY(officers.ensureFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Айгерим"), QStringLiteral("long-enough-pw")));
        QVERIFY(!officers.ensureFirstAdministrator(QStringLiteral("admin"), QString(), QString())); // already there
        QSqlQuery stored = prepareQuery(database->connection(), QStringLiteral("SELECT password_hash FROM officers"));
        execQuery(stored, "read hash");
        QVERIFY(stored.next());
        QVERIFY(stored.value(0).toString().startsWith(QStringLiteral("scrypt$")));
        QVERIFY(!stored.value(0).toString().contains(QStringLiteral("long-enough-pw")));

        const Session session = officers.signIn(QStringLiteral("admin"), QStringLiteral("long-enough-pw"));
        QCOMPARE(session.role, Role::Administrator);
        QCOMPARE(session.displayName, QStringLiteral("Айгерим"));
        QVERIFY(session.officerId > 0);
        QCOMPARE(auditActions(*database), QStringList({"officer.create_first_administrator", "officer.sign_in"}));
    }

    void failedSignInsAreRefusedAndAudited_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong password") << "admin" << "wrong-password" << "wrong_password";
        QTest::newRow("unknown user") << "nobody" << "long-enough-pw" << "unknown_user";
        QTest::newRow("empty password") << "admin" << "" << "wrong_password";
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
        officers.ensureFirstAdministrator(QStringLiteral("admin"), QString(), QStringLiteral("long-enough-pw"));
        try {
            officers.signIn(user, password);
            QFAIL("a bad sign-in was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
            QVERIFY(!e.message().contains(password.isEmpty() ? QStringLiteral("\x01") : password));
        }
        QSqlQuery q = prepareQuery(database->connection(),
                                   QStringLiteral("SELECT action, officer_username, details, officer_id FROM audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "read audit");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("officer.sign_in_failed"));
        QCOMPARE(q.value(1).toString(), user);
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(q.value(3).isNull());
    }

    void onlyAdministratorsAddOfficers()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        officers.createOfficer(admin, QStringLiteral("nurlan"), QStringLiteral("Нурлан"), Role::Officer, QStringLiteral("officer-password"));
        const Session officer = officers.signIn(QStringLiteral("nurlan"), QStringLiteral("officer-password"));
        QCOMPARE(officer.role, Role::Officer);
        const qint64 before = test::rowCount(*database, QStringLiteral("officers"));
        const qint64 entries = test::rowCount(*database, QStringLiteral("audit_log"));
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(officer, QStringLiteral("mallory"), QString(), Role::Administrator, QStringLiteral("mallory-password")));
        QCOMPARE(test::rowCount(*database, QStringLiteral("officers")), before);
        // Bad names and short passwords are refused with the reason.
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(admin, QStringLiteral("Bad Name"), QString(), Role::Officer, QStringLiteral("officer-password")));
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(admin, QStringLiteral("short"), QString(), Role::Officer, QStringLiteral("123")));
        QVERIFY_THROWS_EXCEPTION(Error, officers.createOfficer(admin, QStringLiteral("nurlan"), QString(), Role::Officer, QStringLiteral("officer-password")));
        QVERIFY_THROWS_EXCEPTION(Error, officers.ensureFirstAdministrator(QStringLiteral("second"), QString(), QStringLiteral("long-enough-pw")));
        // A write that failed (the duplicate name reached the database) left no audit entry.
        QCOMPARE(test::rowCount(*database, QStringLiteral("officers")), before);
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), entries);
    }

    void auditEntriesFormAChain()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        QVERIFY_THROWS_EXCEPTION(Error, officers.signIn(QStringLiteral("admin"), QStringLiteral("nope-nope-nope")));
        QSqlQuery q = prepareQuery(database->connection(),
                                   QStringLiteral("SELECT seq, at_utc, officer_id, officer_username, action, entity, entity_id, "
                                                  "subject_id, details, prev_hash, hash FROM audit_log ORDER BY seq"));
        execQuery(q, "read audit");
        QString previous = QString::fromLatin1(AuditService::kGenesisHash);
        qint64 expectedSeq = 1;
        while (q.next()) {
            AuditEntry e;
            e.seq = q.value(0).toLongLong();
            e.atUtc = q.value(1).toString();
            e.officerId = q.value(2).toLongLong();
            e.officerUsername = q.value(3).toString();
            e.action = q.value(4).toString();
            e.entity = q.value(5).toString();
            e.entityId = q.value(6).toString();
            e.subjectId = q.value(7).toLongLong();
            e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
            e.prevHash = q.value(9).toString();
            QCOMPARE(e.seq, expectedSeq++);
            QCOMPARE(e.prevHash, previous);
            QCOMPARE(e.computeHash(), q.value(10).toString());
            previous = q.value(10).toString();
        }
        QCOMPARE(expectedSeq, 4); // create admin, sign in, failed sign-in
    }
};

QTEST_GUILESS_MAIN(TestOfficerService)
#include "tst_officerservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Each schema step from version 25 on, tested from the version before it: most of them are the
// server's own work on PostgreSQL (numbering and sealing the audit chain, officers' own logins,
// numbers kept for every console), and leave a file as it was (tst_migrationsteps holds 11-24).
#include "db/Migrator.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestServerMigrationSteps : public QObject
{
    Q_OBJECT

private slots:
    // Schema version 25: on PostgreSQL the server numbers, stamps and hashes each entry. A chain
    // the consoles wrote before goes on unbroken across the upgrade, on both backends.
    void version25ContinuesTheChainOnTheServer()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(24);
        const QSqlDatabase db = database->connection();
        // Two entries as a console of version 24 wrote them.
        AuditEntry entry;
        entry.prevHash = QString::fromLatin1(AuditService::kGenesisHash);
        for (qint64 seq = 1; seq <= 2; ++seq) {
            entry.seq = seq;
            entry.atUtc =
                QDateTime::currentDateTimeUtc().addSecs(seq - 60).toString(Qt::ISODateWithMs);
            entry.officerUsername = QStringLiteral("admin");
            entry.action = QStringLiteral("test.before");
            entry.entity = QStringLiteral("x");
            entry.details = QJsonObject{{QStringLiteral("n"), seq}};
            entry.hash = entry.computeHash();
            QSqlQuery q = prepareQuery(
                db, QStringLiteral("INSERT INTO audit_log (seq, at_utc, officer_username, action, "
                                   "entity, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?)"));
            for (const QVariant& v :
                 {QVariant(entry.seq), QVariant(entry.atUtc), QVariant(entry.officerUsername),
                  QVariant(entry.action), QVariant(entry.entity),
                  QVariant(QString::fromUtf8(
                      QJsonDocument(entry.details).toJson(QJsonDocument::Compact))),
                  QVariant(entry.prevHash), QVariant(entry.hash)})
                q.addBindValue(v);
            execQuery(q, "entry before");
            entry.prevHash = entry.hash;
        }
        QCOMPARE(migrator.migrate(25), QList<int>({25}));
        {
            TransactionGuard t(db);
            const AuditEntry after = AuditService::appendAnonymous(
                db, QStringLiteral("admin"), QString(), QStringLiteral("test.after"), {});
            t.commit();
            QCOMPARE(after.seq, qint64(3));
            QCOMPARE(after.prevHash, entry.prevHash);
            QCOMPARE(after.hash, after.computeHash());
        }
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, qint64(3));
    }

    // Schema version 27: officers keep their rows and have no login of their own yet; two
    // logins may not be one; on PostgreSQL the server's functions and its copy of the permission
    // table are there, and the audit trigger still numbers what the owner appends.
    void version27GivesOfficersTheirOwnLogins()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(26);
        QSqlQuery q(database->connection());
        for (const char* name : {"first.officer", "second.officer"})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO officers (username, display_name, role, "
                                           "password_hash, created_at) VALUES ('%1', 'x', "
                                           "'officer', 'scrypt$x', '2026-12-01T00:00:00Z')")
                                .arg(QLatin1String(name))),
                     qPrintable(q.lastError().text()));
        QCOMPARE(migrator.migrate(27), QList<int>({27}));
        QCOMPARE(
            test::scalar(*database,
                         QStringLiteral("SELECT count(*) FROM officers WHERE db_login IS NULL"))
                .toInt(),
            2);
        QVERIFY2(q.exec(QStringLiteral("UPDATE officers SET db_login = 'login_a' WHERE username = "
                                       "'first.officer'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE officers SET db_login = 'login_a' WHERE username = "
                                       "'second.officer'")));
        if (database->isPostgres()) {
            QVERIFY(test::scalar(*database,
                                 QStringLiteral("SELECT dpo_role_allows('officer', 'cases.work')"))
                        .toBool());
            TransactionGuard t(database->connection());
            const AuditEntry entry =
                AuditService::appendAnonymous(database->connection(), QStringLiteral("admin"),
                                              QString(), QStringLiteral("test.after"), {});
            t.commit();
            QCOMPARE(entry.hash, entry.computeHash());
        }
    }

    // Schema version 28: on PostgreSQL a trigger binds a decision's names to an officer's own
    // login (tst_postgresqlgroups tries it); the owner's session is as before; SQLite unchanged.
    void version28BindsDecisionsToTheSession()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(27);
        QCOMPARE(migrator.migrate(28), QList<int>({28}));
        QCOMPARE(migrator.currentVersion(), 28);
        if (database->isPostgres())
            QCOMPARE(test::scalar(*database,
                                  QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                                 "'withdrawal_decision_names'"))
                         .toInt(),
                     1);
    }

    void version29LetsTheConsoleCreateLogins()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(28);
        QCOMPARE(migrator.migrate(29), QList<int>({29}));
        QCOMPARE(migrator.currentVersion(), 29);
        if (!database->isPostgres())
            return; // nothing changes in a file
        QCOMPARE(
            test::scalar(*database, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname IN "
                                                   "('dpo_create_officer_login', "
                                                   "'dpo_change_own_login_password')"))
                .toInt(),
            2);
        QSqlQuery q(database->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT dpo_require_verifier('a-password-itself')")));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT dpo_require_verifier('SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3Ot"
            "cPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=')")));
    }

    // Schema version 30: on PostgreSQL an entry is sealed (numbered, stamped, linked, hashed) as
    // its transaction commits. The chain's lock is not held between the entry and the COMMIT, so
    // another session appends meanwhile; each transaction's entries stay in the order appended;
    // the chain continues from the entries of version 29; a sealed entry is still neither
    // changed nor deleted, nor is an unsealed one changed.
    void version30SealsEntriesAtTheCommit()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(29);
        const QSqlDatabase db = database->connection();
        auto append = [](const QSqlDatabase& on, const char* action) {
            return AuditService::appendAnonymous(on, QStringLiteral("admin"), QString(),
                                                 QString::fromLatin1(action), {});
        };
        {
            TransactionGuard t(db);
            append(db, "test.before");
            t.commit();
        }
        QCOMPARE(migrator.migrate(30), QList<int>({30}));
        QCOMPARE(migrator.currentVersion(), 30);
        if (!database->isPostgres())
            return; // nothing changes in a file
        auto other = fixture.open(false);
        const QSqlDatabase otherDb = other->connection();
        {
            TransactionGuard t(db);
            const AuditEntry first = append(db, "test.first");
            QCOMPARE(first.seq, qint64(0)); // not numbered before the commit
            QVERIFY(first.hash.isEmpty());
            append(db, "test.second");
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq < 0")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                     qPrintable(q.lastError().text()));
        }
        {
            TransactionGuard t(db);
            append(db, "test.first");
            append(db, "test.second");
            QCOMPARE(test::scalar(*database,
                                  QStringLiteral("SELECT count(*) FROM audit_log WHERE seq < 0"))
                         .toInt(),
                     2);
            // Another session appends and commits while this one holds two unsealed entries
            // (before version 30 it waited for this COMMIT, 15 seconds at most).
            {
                TransactionGuard o(otherDb);
                QSqlQuery cap(otherDb);
                QVERIFY(cap.exec(QStringLiteral("SET lock_timeout = '2s'")));
                append(otherDb, "test.meanwhile");
                o.commit();
            }
            t.commit();
        }
        QCOMPARE(
            test::scalar(*database,
                         QStringLiteral("SELECT string_agg(seq || ':' || action, ',' ORDER BY seq) "
                                        "FROM audit_log"))
                .toString(),
            QStringLiteral("1:test.before,2:test.meanwhile,3:test.first,4:test.second"));
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, qint64(4));
        QSqlQuery q(db);
        for (const char* sql : {"UPDATE audit_log SET action = 'x' WHERE seq = 1",
                                "UPDATE audit_log SET seq = seq WHERE seq = 2",
                                "DELETE FROM audit_log WHERE seq = 4"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                     qPrintable(q.lastError().text()));
        }
        // A provisional number given by the client is refused as before.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (seq, officer_username, action, "
                                       "entity, details) VALUES (-99, 'admin', 'x', 'x', '{}')")));
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), qint64(4));
    }

    // Schema version 31: on PostgreSQL the server keeps the number of subjects (the dashboard's)
    // through every way rows come and go, starting from those held before; and indexes the
    // blocked categories. A file is unchanged.
    void version31KeepsTheNumberOfSubjects()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(30);
        const QSqlDatabase db = database->connection();
        QSqlQuery q(db);
        const auto addSubjects = [&](int from, int count) {
            QStringList rows;
            for (int i = from; i < from + count; ++i)
                rows << QStringLiteral("('T-%1', '2%2', 'Сатыбалдиева', 'Айгерим', "
                                       "'сатыбалдиева', 'айгерим', '2026-12-01T00:00:00Z')")
                            .arg(i)
                            .arg(i, 13, 10, QLatin1Char('0'));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO subjects (platform_ref, inn, surname, "
                                           "given_name, surname_fold, given_name_fold, "
                                           "created_at) VALUES ") +
                            rows.join(QLatin1Char(','))),
                     qPrintable(q.lastError().text()));
        };
        addSubjects(1, 3);
        QCOMPARE(migrator.migrate(31), QList<int>({31}));
        QCOMPARE(migrator.currentVersion(), 31);
        if (!database->isPostgres()) {
            QVERIFY(!db.tables().contains(QStringLiteral("subject_total")));
            return;
        }
        const auto total = [&] {
            return test::scalar(*database, QStringLiteral("SELECT subjects FROM subject_total"))
                .toLongLong();
        };
        const auto counted = [&] { return test::rowCount(*database, QStringLiteral("subjects")); };
        QCOMPARE(total(), qint64(3));
        addSubjects(4, 5); // one statement, five rows
        addSubjects(9, 1);
        QCOMPARE(total(), qint64(9));
        {
            TransactionGuard t(db); // rolled back: the total with it
            addSubjects(10, 4);
        }
        QCOMPARE(total(), qint64(9));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM subjects WHERE platform_ref IN ('T-1', 'T-2')")));
        QCOMPARE(total(), qint64(7));
        QCOMPARE(total(), counted());
        // Nobody sets it by hand but the owner, and never below zero.
        QVERIFY(!q.exec(QStringLiteral("UPDATE subject_total SET subjects = -1")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO subject_total (only_row, subjects) VALUES "
                                       "(false, 5)")));
        QVERIFY2(q.exec(QStringLiteral("TRUNCATE subjects CASCADE")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(total(), qint64(0));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE "
                                                        "indexname = "
                                                        "'subject_categories_blocked'"))
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestServerMigrationSteps)
#include "tst_migrationsteps_server.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseGetsTheLatestSchema()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        QCOMPARE(migrator.currentVersion(), 0);
        const QList<int> applied = migrator.migrate();
        QCOMPARE(applied.last(), Migrator::latestVersion());
        QCOMPARE(migrator.currentVersion(), Migrator::latestVersion());
        const QStringList tables = database->connection().tables();
        for (const char* table : {"officers",
                                  "policy_versions",
                                  "data_categories",
                                  "processing_purposes",
                                  "subjects",
                                  "consents",
                                  "consent_purpose_withdrawals",
                                  "subject_categories",
                                  "recipients",
                                  "transfers",
                                  "withdrawal_requests",
                                  "withdrawal_decisions",
                                  "claims",
                                  "disclosures",
                                  "disclosure_subjects",
                                  "disclosure_categories",
                                  "notifications",
                                  "attachments",
                                  "calendar_days",
                                  "audit_log",
                                  "signing_keys"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        QCOMPARE(test::rowCount(*database, QStringLiteral("policy_versions")), 1);
        QVERIFY(test::rowCount(*database, QStringLiteral("data_categories")) >= 20);
        QVERIFY(migrator.migrate().isEmpty()); // idempotent
    }

    void migratesFromEachOlderVersion()
    {
        for (int from = 0; from < Migrator::latestVersion(); ++from) {
            test::TestDatabase fixture;
            DPO_REQUIRE_DATABASE(fixture);
            auto database = fixture.open(false);
            Migrator migrator(*database);
            migrator.migrate(from);
            QCOMPARE(migrator.currentVersion(), from);
            migrator.migrate();
            QCOMPARE(migrator.currentVersion(), Migrator::latestVersion());
        }
    }

    void version2KeepsVersion1Data()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(1);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO subjects (platform_ref, status, created_at) "
                                      "VALUES ('OG-gone', 'depersonalised', '2024-07-01')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO subjects (platform_ref, inn, surname, "
                                      "given_name, surname_fold, given_name_fold, created_at) "
                                      "VALUES ('OG-1', '11503199012345', 'Үсөнова', 'Жаңыл', "
                                      "'үсөнова', 'жаңыл', '2024-07-01')")));
        QCOMPARE(migrator.migrate(2), QList<int>({2}));
        QVERIFY(q.exec(QStringLiteral("SELECT platform_ref, surname_fold, given_name_fold FROM "
                                      "subjects ORDER BY surname_fold, given_name_fold, id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("OG-gone"));
        QCOMPARE(q.value(1).toString(), QString());
        QVERIFY(!q.value(1).isNull()); // empty, no longer NULL
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("үсөнова"));
        QVERIFY(database->connection().tables().contains(QStringLiteral("subjects")));
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), 2);
    }

    void version3SummarisesEachSubjectsLatestConsent()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(2);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO policy_versions (id, code, effective_from, "
                                      "title) VALUES (7, 'v-old', '2020-01-01', 'old')")));
        for (const char* ref : {"OG-1", "OG-2", "OG-3"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO subjects (platform_ref, inn, surname, "
                                          "given_name, surname_fold, given_name_fold, created_at) "
                                          "VALUES ('%1', '1150319901234%2', 'Ааа', 'Ббб', 'ааа', "
                                          "'ббб', '2024-07-01T00:00:00.000Z')")
                               .arg(QLatin1String(ref))
                               .arg(QLatin1String(ref).back())));
        // OG-1: an old consent withdrawn, a newer one standing; OG-2: its only consent withdrawn;
        // OG-3: none.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO consents (subject_id, policy_version_id, given_at, channel, withdrawn_at) "
            "VALUES "
            "(1, 7, '2023-01-01T08:00:00.000Z', 'web', '2024-01-01T08:00:00.000Z'), "
            "(1, 1, '2024-07-01T08:00:00.000Z', 'web', NULL), "
            "(2, 1, '2024-08-01T08:00:00.000Z', 'paper', '2025-01-01T08:00:00.000Z')")));
        QCOMPARE(migrator.migrate(3), QList<int>({3}));
        QVERIFY(q.exec(QStringLiteral("SELECT platform_ref, consent_state, consent_given_at FROM "
                                      "subjects ORDER BY platform_ref")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("given"));
        QCOMPARE(q.value(2).toDateTime(),
                 QDateTime(QDate(2024, 7, 1), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(q.value(2).toDateTime(),
                 QDateTime(QDate(2024, 8, 1), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("none"));
        QVERIFY(q.value(2).isNull());
    }

    void refusesANewerSchemaAndChangesNothing()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(Migrator::latestVersion() + 5);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        execQuery(q, "mark a future version");
        try {
            Migrator(*database).migrate();
            QFAIL("a newer schema was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::SchemaTooNew);
            QVERIFY2(e.message().contains(QString::number(Migrator::latestVersion() + 5)),
                     qPrintable(e.message()));
        }
        QCOMPARE(Migrator(*database).currentVersion(), Migrator::latestVersion() + 5);
    }

    void refusesAForeignDatabase()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        try {
            Migrator(*database).migrate();
            QFAIL("a foreign database was migrated");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a DPO Console")),
                     qPrintable(e.message()));
        }
        QVERIFY(!database->connection().tables().contains(QStringLiteral("subjects")));
    }

    void auditLogIsAppendOnly()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QSqlQuery q(database->connection());
        // On PostgreSQL the server numbers, stamps and hashes the entry (schema version 25).
        QVERIFY2(
            test::TestDatabase::isPostgres()
                ? q.exec(QStringLiteral("INSERT INTO audit_log (officer_username, action, "
                                        "entity, details) VALUES ('x', 'a', 'e', '{}')"))
                : q.exec(QStringLiteral("INSERT INTO audit_log (seq, at_utc, officer_username, "
                                        "action, entity, details, prev_hash, hash) "
                                        "VALUES (1, 'now', 'x', 'a', 'e', '{}', '%1', '%2')")
                             .arg(QString(64, QLatin1Char('0')), QString(64, QLatin1Char('1')))),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'forged'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(test::rowCount(*database, QStringLiteral("audit_log")), 1);
    }

    void constraintsValidate_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("INN of 13 digits")
            << "INSERT INTO subjects (platform_ref, inn, surname, given_name, surname_fold, "
               "given_name_fold, created_at) VALUES ('r1', '1234567890123', 'А', 'Б', 'а', 'б', "
               "'2024-06-02')";
        QTest::newRow("unknown status")
            << "INSERT INTO subjects (platform_ref, inn, surname, given_name, surname_fold, "
               "given_name_fold, status, created_at) VALUES ('r2', '12345678901234', 'А', 'Б', "
               "'а', 'б', 'lost', '2024-06-02')";
        QTest::newRow("active without a name")
            << "INSERT INTO subjects (platform_ref, inn, created_at) VALUES ('r3', "
               "'12345678901234', '2024-06-02')";
        QTest::newRow("unknown recipient kind")
            << "INSERT INTO recipients (name, kind) VALUES ('X', 'friend')";
        QTest::newRow("bad calendar day")
            << "INSERT INTO calendar_days (day, kind, name) VALUES ('2026-02-30', 'holiday', 'x')";
        QTest::newRow("keep without ground")
            << "INSERT INTO subject_categories (subject_id, category_code, state) VALUES (1, "
               "'face_photo', 'kept')";
    }
    void constraintsValidate()
    {
        QFETCH(QString, statement);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QSqlQuery q(database->connection());
        QVERIFY2(!q.exec(statement), "the database accepted an invalid row");
    }

    void splitsScripts()
    {
        const QStringList statements = Migrator::splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE a (x INT);\n\nCREATE TRIGGER t BEFORE UPDATE "
                           "ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"
                           "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    "
                           "RAISE EXCEPTION 'x';\nEND;\n$$;\n"
                           "INSERT INTO a VALUES (1);\n"
                           "CREATE TRIGGER p BEFORE INSERT ON a\n    FOR EACH ROW EXECUTE "
                           "FUNCTION f();\nCREATE TRIGGER q BEFORE DELETE ON a\n    FOR EACH ROW "
                           "EXECUTE FUNCTION f();"));
        QCOMPARE(statements.size(), 6);
        QVERIFY(statements[4].startsWith(QStringLiteral("CREATE TRIGGER p")));
        QVERIFY(statements[4].endsWith(QStringLiteral("f()")));
        QVERIFY(statements[5].startsWith(QStringLiteral("CREATE TRIGGER q")));
        QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements[1].endsWith(QStringLiteral("END")));
        QVERIFY(statements[2].contains(QStringLiteral("RAISE EXCEPTION")));
        QCOMPARE(statements[3], QStringLiteral("INSERT INTO a VALUES (1)"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

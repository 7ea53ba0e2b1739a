// SPDX-License-Identifier: GPL-3.0-or-later
// Each schema step from version 11 to 24, tested from the version before it: what it adds, and the
// data it keeps (tst_migrator holds the migrator's own behaviour and the early steps,
// tst_migrationsteps_server the steps from 25 on, most of them the server's own work).
#include "db/Migrator.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestMigrationSteps : public QObject
{
    Q_OBJECT
    // The columns of the tasks table as one text, on either backend.
    static QString taskColumnsQuery()
    {
        return test::TestDatabase::isPostgres()
                   ? QStringLiteral("SELECT string_agg(column_name, ',') FROM "
                                    "information_schema.columns WHERE table_name = 'tasks'")
                   : QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('tasks')");
    }

private slots:
    // Schema version 11 re-seeds 2025-2027 by the Labour Code in force since 2025 and keeps what an
    // officer edited (docs/calendar.md): a changed row, an added day and a removed seeded day stay.
    void version11ReseedsTheCalendarAndKeepsEdits()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(10);
        QSqlQuery q(database->connection());
        // Edited: 7 April 2026 already made a working day by an officer, with their own note.
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE calendar_days SET decree = 'Officer: new Code' WHERE day = '2026-04-07'")));
        // Removed by an officer: Kurman Ait 2026 on its expected date.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calendar_days WHERE day = '2026-05-27'")));
        // Added by an officer on a day the new seed marks: 3 January 2025.
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO calendar_days (day, kind, name, decree) "
                           "VALUES ('2025-01-03', 'day_off', 'Officer day off', 'Decree No. 7')")));
        // 2024: an edited Ait keeps its note; an unedited one gets the Muftiate's.
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE calendar_days SET name = 'Orozo Ait (edited)' WHERE day = '2024-04-10'")));
        const qint64 rows2024 = [&] {
            QSqlQuery c(database->connection());
            c.exec(QStringLiteral("SELECT count(*) FROM calendar_days WHERE day < '2025-01-01'"));
            c.next();
            return c.value(0).toLongLong();
        }();

        QCOMPARE(migrator.migrate(11), QList<int>({11}));
        const auto row = [&](const char* day) -> QStringList {
            QSqlQuery r(database->connection());
            r.prepare(QStringLiteral("SELECT kind, name, decree FROM calendar_days WHERE day = ?"));
            r.addBindValue(QDate::fromString(QString::fromLatin1(day), Qt::ISODate));
            if (!r.exec() || !r.next())
                return {};
            return {r.value(0).toString(), r.value(1).toString(), r.value(2).toString()};
        };
        QCOMPARE(row("2026-04-07").value(2), QStringLiteral("Officer: new Code"));
        QCOMPARE(row("2026-04-07").value(0),
                 QStringLiteral("holiday"));  // the officer's row, as left
        QVERIFY(row("2026-05-27").isEmpty()); // stays removed
        QCOMPARE(row("2025-01-03"),
                 QStringList({QStringLiteral("day_off"), QStringLiteral("Officer day off"),
                              QStringLiteral("Decree No. 7")}));
        // Unedited rows follow the new Code.
        QVERIFY(row("2026-11-09").isEmpty()); // the moved day off of the old Code is gone
        QVERIFY(row("2026-11-10").isEmpty());
        QCOMPARE(row("2026-02-23").value(0), QStringLiteral("working_holiday"));
        QCOMPARE(row("2026-11-07").value(0), QStringLiteral("working_holiday"));
        QCOMPARE(row("2026-01-05").value(0), QStringLiteral("holiday"));
        QCOMPARE(row("2027-05-06").value(0), QStringLiteral("holiday"));
        QCOMPARE(row("2028-01-02").value(0), QStringLiteral("holiday"));
        QVERIFY(row("2026-03-20").value(2).contains(QStringLiteral("муфтият")));
        // 2024 as it was, but for the note naming the wrong body on an unedited Ait.
        QSqlQuery c(database->connection());
        QVERIFY(
            c.exec(QStringLiteral("SELECT count(*) FROM calendar_days WHERE day < '2025-01-01'")));
        QVERIFY(c.next());
        QCOMPARE(c.value(0).toLongLong(), rows2024);
        QCOMPARE(row("2024-04-08").value(0), QStringLiteral("day_off"));
        QVERIFY(row("2024-04-10").value(2).contains(QStringLiteral("Правительства")));
        QVERIFY(row("2024-06-16").value(2).contains(QStringLiteral("муфтият")));
        QVERIFY(!row("2024-06-16").value(2).contains(QStringLiteral("Правительства")));
        // The staging tables are gone; the new kind is allowed, a wrong one still refused.
        QVERIFY(!database->connection().tables().contains(QStringLiteral("calendar_seed_v5")));
        QVERIFY(!database->connection().tables().contains(QStringLiteral("calendar_seed_v11")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO calendar_days (day, kind, name) VALUES ('2029-01-02', 'feast', 'x')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES "
                                      "('2029-02-23', 'working_holiday', 'x')")));
    }

    // Schema version 12 keeps the team's settings as they were and adds the holder's details
    // (seeded from the policy's preamble) and an empty register of outgoing letters.
    void version12AddsTheHolderAndTheOutgoingRegister()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(11);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE console_settings SET value = '21' WHERE key = 'withdrawal_target_days'")));
        QVERIFY(!database->connection().tables().contains(QStringLiteral("outgoing_letters")));
        QCOMPARE(migrator.migrate(12), QList<int>({12}));
        const auto setting = [&](const char* key) {
            QSqlQuery r(database->connection());
            r.prepare(QStringLiteral("SELECT value FROM console_settings WHERE key = ?"));
            r.addBindValue(QString::fromLatin1(key));
            return r.exec() && r.next() ? r.value(0).toString() : QStringLiteral("(none)");
        };
        QCOMPARE(setting("withdrawal_target_days"), QStringLiteral("21"));
        QCOMPARE(setting("holder_inn"), QStringLiteral("00910202310316"));
        QCOMPARE(setting("holder_name_ru"), QStringLiteral("ОсОО «ОГОГО»"));
        QCOMPARE(setting("holder_address_ky"), QString());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outgoing_letters")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Schema version 13 adds the indexes the registers page along (open, then closed, by due
    // date).
    void version13IndexesTheRegistersDueOrder()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(12);
        const auto indexes = [&] {
            QSqlQuery i(database->connection());
            const bool postgres = database->url().backend == Backend::PostgreSQL;
            i.exec(postgres
                       ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE indexname IN "
                                        "('claims_due', 'withdrawal_requests_due')")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                        "AND name IN ('claims_due', 'withdrawal_requests_due')"));
            QStringList names;
            while (i.next())
                names << i.value(0).toString();
            names.sort();
            return names;
        };
        QCOMPARE(indexes(), QStringList());
        QCOMPARE(migrator.migrate(13), QList<int>({13}));
        QCOMPARE(indexes(), QStringList({QStringLiteral("claims_due"),
                                         QStringLiteral("withdrawal_requests_due")}));
    }

    // Schema version 14 gives recipients a code (those entered by hand keep none until the feed
    // names them), and the feed's tables with a salt of the database's own.
    void version14AddsTheChangeFeed()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(13);
        QSqlQuery q(database->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Банк', 'fco')")));
        QVERIFY(!database->connection().tables().contains(QStringLiteral("feed_events")));
        QCOMPARE(migrator.migrate(14), QList<int>({14}));
        QVERIFY(q.exec(QStringLiteral("SELECT name, code FROM recipients")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Банк"));
        QVERIFY(q.value(1).isNull());
        for (const char* table :
             {"feed_batches", "feed_events", "feed_flags", "erased_identifiers"})
            QVERIFY2(database->connection().tables().contains(QString::fromLatin1(table)), table);
        QVERIFY(q.exec(QStringLiteral("SELECT salt FROM erasure_salt")) && q.next());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                     .match(q.value(0).toString())
                     .hasMatch(),
                 qPrintable(q.value(0).toString()));
        // Two recipients may not share a code.
        QVERIFY(q.exec(QStringLiteral("UPDATE recipients SET code = 'bank'")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO recipients (name, kind, code) VALUES ('Б', "
                                       "'fco', 'bank')")));
    }

    // Schema version 15 adds the feed's inbox: an event in arrives pending, at the database's time.
    void version15AddsTheFeedInbox()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(14);
        QVERIFY(!database->connection().tables().contains(QStringLiteral("feed_inbox")));
        QCOMPARE(migrator.migrate(15), QList<int>({15}));
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO feed_inbox (body) VALUES ('{}')")));
        QVERIFY(q.exec(QStringLiteral("SELECT state, received_at FROM feed_inbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
        QVERIFY(q.value(1).toDateTime().isValid());
        // A processed event says when; a rejected one says why.
        QVERIFY(!q.exec(QStringLiteral("UPDATE feed_inbox SET state = 'applied'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE feed_inbox SET state = 'rejected', processed_at = "
                                       "received_at")));
    }

    // Schema version 16 indexes the categories not simply held: the change feed's batch finds
    // their subjects from the index, not by reading every subject's categories.
    void version16IndexesTheCategoriesNotHeld()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(15);
        const QString sql = QStringLiteral(
            "SELECT DISTINCT subject_id FROM subject_categories WHERE state <> 'held'");
        QVERIFY(!test::queryPlan(*database, sql).contains(QStringLiteral("not_held")));
        QCOMPARE(migrator.migrate(16), QList<int>({16}));
        if (test::TestDatabase::isPostgres()) {
            QSqlQuery off(database->connection()); // the table is empty: no scan wins by cost
            QVERIFY(off.exec(QStringLiteral("SET enable_seqscan = off")));
        }
        const QString plan = test::queryPlan(*database, sql);
        QVERIFY2(plan.contains(QStringLiteral("subject_categories_not_held")), qPrintable(plan));
    }

    // Schema version 22 searches the part of a double surname after its hyphen: a subject
    // written before the step is found by it at once (the column is the database's own), by an
    // index; a single surname has no part.
    void version22SearchesEitherPartOfADoubleSurname()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(21);
        QSqlQuery q(database->connection());
        for (const auto& [id, surname] :
             {std::pair{1, "абдыкадырова-кожомуратова"}, std::pair{2, "осмонов"}})
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO subjects (id, platform_ref, inn, surname, "
                                           "given_name, surname_fold, given_name_fold, "
                                           "created_at) VALUES (%1, 'OG-%1', '1150319901234%1', "
                                           "'x', 'y', '%2', 'y', '2026-01-01T00:00:00Z')")
                                .arg(id)
                                .arg(QString::fromUtf8(surname))),
                     qPrintable(q.lastError().text()));
        QCOMPARE(migrator.migrate(22), QList<int>({22}));
        const QString sql = QStringLiteral("SELECT id FROM subjects WHERE surname_part_fold >= "
                                           "'кожом' AND surname_part_fold < 'кожон'");
        QVERIFY(q.exec(sql));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM subjects WHERE surname_part_fold IS "
                                      "NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the single surname
        q.finish();
        if (test::TestDatabase::isPostgres())
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off"))); // a table of two rows
        const QString plan = test::queryPlan(*database, sql);
        QVERIFY2(plan.contains(QStringLiteral("subjects_surname_part_search")), qPrintable(plan));
    }

    // Schema version 23 gives each signing key a certificate: a key stored before keeps its
    // row and has none (it signs FILE.sig only); a certificate can be stored for it after.
    void version23AddsTheSigningKeysCertificates()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(22);
        QSqlQuery q(database->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO officers (id, username, display_name, role, "
                                       "password_hash, created_at) VALUES (9, 'root', 'Root', "
                                       "'administrator', 'scrypt$x', '2026-01-01T00:00:00Z')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO signing_keys (fingerprint, public_key_pem, "
                                       "created_at, created_by) VALUES ('%1', 'PEM', "
                                       "'2026-01-01T00:00:00Z', 9)")
                            .arg(QString(64, QLatin1Char('a')))),
                 qPrintable(q.lastError().text()));
        QCOMPARE(migrator.migrate(23), QList<int>({23}));
        QVERIFY(q.exec(QStringLiteral("SELECT certificate_pem, active FROM signing_keys")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toInt(), 1);
        q.finish();
        QVERIFY2(q.exec(QStringLiteral("UPDATE signing_keys SET certificate_pem = 'CERT'")),
                 qPrintable(q.lastError().text()));
    }

    // Schema version 24 keeps anchors of the audit chain: one per head, and like the trail they
    // are added, never changed or removed.
    void version24KeepsAnchorsAppendOnly()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(23);
        QVERIFY(!database->connection().tables().contains(QStringLiteral("audit_anchors")));
        QSqlQuery q(database->connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO officers (id, username, display_name, role, "
                                       "password_hash, created_at) VALUES (9, 'root', 'Root', "
                                       "'administrator', 'scrypt$x', '2026-01-01T00:00:00Z')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(migrator.migrate(24), QList<int>({24}));
        const QString insert = QStringLiteral(
            "INSERT INTO audit_anchors (head_seq, head_hash, stamped_at, token, authority_url, "
            "created_by) VALUES (%1, '%2', '2026-12-01T00:00:00Z', ?, 'http://127.0.0.1/', 9)");
        QSqlQuery add(database->connection());
        QVERIFY(add.prepare(insert.arg(5).arg(QString(64, QLatin1Char('a')))));
        add.addBindValue(QByteArray("token"));
        QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
        QVERIFY(add.prepare(insert.arg(5).arg(QString(64, QLatin1Char('b')))));
        add.addBindValue(QByteArray("token"));
        QVERIFY(!add.exec()); // that head is anchored already
        QVERIFY(add.prepare(insert.arg(6).arg(QStringLiteral("short"))));
        add.addBindValue(QByteArray("token"));
        QVERIFY(!add.exec());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_anchors SET head_seq = 7")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_anchors")));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT head_seq FROM audit_anchors"))
                     .toLongLong(),
                 qint64(5));
    }

    // Schema version 17 adds the data systems and their tasks: a backup has its rotation and no
    // one else does; a task's outcome has its time, and a failure its reason.
    void version17AddsSystemsAndTasks()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(16);
        QVERIFY(!database->connection().tables().contains(QStringLiteral("tasks")));
        QCOMPARE(migrator.migrate(17), QList<int>({17}));
        QSqlQuery q(database->connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, "
                                   "owner) VALUES ('nightly', 'N', 'backup', 'worker', 'ops')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, "
                                       "owner, rotation_days) VALUES ('core', 'C', "
                                       "'core_database', 'worker', 'ops', 30)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, "
                                       "owner) VALUES ('Core DB', 'C', 'core_database', 'worker', "
                                       "'ops')")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO data_systems (code, name, kind, confirmed_by, "
                                       "owner, rotation_days) VALUES ('nightly', 'N', 'backup', "
                                       "'worker', 'ops', 35)")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT value FROM console_settings WHERE "
                                                        "key = 'task_due_working_days'"))
                     .toString(),
                 QStringLiteral("5"));
        const QString columns = test::scalar(*database, taskColumnsQuery()).toString();
        for (const char* column : {"state", "outcome_at", "outcome_note", "subject_ref", "attempt"})
            QVERIFY2(columns.contains(QString::fromLatin1(column)), qPrintable(columns));
    }
};

QTEST_GUILESS_MAIN(TestMigrationSteps)
#include "tst_migrationsteps.moc"

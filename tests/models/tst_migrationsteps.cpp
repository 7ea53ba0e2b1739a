// SPDX-License-Identifier: GPL-3.0-or-later
// Each schema step from version 11 on, tested from the version before it: what it adds, and the
// data it keeps (tst_migrator holds the migrator's own behaviour and the early steps).
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

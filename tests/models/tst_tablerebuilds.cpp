// SPDX-License-Identifier: GPL-3.0-or-later
// The schema steps that rebuild a table on SQLite (a CHECK changes; PostgreSQL alters it in
// place), each from the version before it on the backend of DPO_TEST_BACKEND: every row and every
// reference to the rebuilt table stays, the new rules hold, and foreign keys are on again after
// the migration (docs/schema.md, "Rebuilding a table on SQLite").
#include "db/Migrator.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestTableRebuilds : public QObject
{
    Q_OBJECT
    // Runs `sql`, failing the test with the database's own message.
    static void execOrFail(QSqlQuery& q, const QString& sql)
    {
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }
    // An officer for the rows the tests write by hand to refer to.
    static constexpr const char* kFirstOfficer =
        "INSERT INTO officers (id, username, display_name, role, password_hash, created_at) "
        "VALUES (1, 'admin', 'A', 'administrator', 'scrypt$x', '2026-01-01T00:00:00Z')";

private slots:
    // Schema version 18 rebuilds the disclosures table on SQLite (a CHECK changes): every row and
    // every reference to it stays, recipients are at home, and the new grounds need what they
    // rest on. Foreign keys are on again afterwards.
    void version18AddsGroundsAndCountriesAndKeepsDisclosures()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(17);
        QSqlQuery q(database->connection());
        const auto exec = [&q](const QString& sql) { execOrFail(q, sql); };
        exec(QLatin1String(kFirstOfficer));
        exec(QStringLiteral("INSERT INTO recipients (id, name, kind) VALUES (1, 'ИИМ', "
                            "'state_body')"));
        exec(QStringLiteral("INSERT INTO subjects (id, platform_ref, inn, surname, given_name, "
                            "surname_fold, given_name_fold, created_at) VALUES (1, 'OG-1', "
                            "'11503199012345', 'Осмонов', 'Талант', 'осмонов', 'талант', "
                            "'2026-01-01T00:00:00Z')"));
        exec(QStringLiteral("INSERT INTO disclosures (id, recipient_id, ground, request_number, "
                            "request_date, request_body, disclosed_on, officer_id, registered_at, "
                            "version) VALUES (7, 1, 'state_request', '12/3', '2026-11-02', 'ИИМ', "
                            "'2026-11-04', 1, '2026-11-04T09:00:00Z', 3)"));
        exec(QStringLiteral(
            "INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (7, 1)"));
        exec(QStringLiteral("INSERT INTO disclosure_categories (disclosure_id, category_code) "
                            "VALUES (7, 'contacts')"));
        QCOMPARE(migrator.migrate(18), QList<int>({18}));
        exec(QStringLiteral("SELECT d.ground, d.request_number, d.version, r.country, "
                            "count(ds.subject_id), d.purpose IS NULL FROM disclosures d JOIN "
                            "recipients r ON r.id = d.recipient_id JOIN disclosure_subjects ds ON "
                            "ds.disclosure_id = d.id JOIN disclosure_categories dc ON "
                            "dc.disclosure_id = d.id WHERE d.id = 7 GROUP BY d.ground, "
                            "d.request_number, d.version, r.country, d.purpose"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("state_request"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("12/3"));
        QCOMPARE(q.value(2).toInt(), 3);
        QCOMPARE(q.value(3).toString(), QStringLiteral("KG"));
        QCOMPARE(q.value(4).toInt(), 1);
        QVERIFY(q.value(5).toBool()); // no purpose was recorded then, and none is invented
        QVERIFY(test::rowCount(*database, QStringLiteral("countries")) >= 40);
        const QString disclosure = QStringLiteral(
            "INSERT INTO disclosures (recipient_id, ground, %1 disclosed_on, officer_id, "
            "registered_at) VALUES (1, %2, '2026-11-05', 1, '2026-11-05T09:00:00Z')");
        QVERIFY(!q.exec(disclosure.arg(QString(), QStringLiteral("'treaty'"))));
        QVERIFY(!q.exec(disclosure.arg(QString(), QStringLiteral("'consent'"))));
        QVERIFY(!q.exec(disclosure.arg(QString(), QStringLiteral("'goodwill'"))));
        exec(disclosure.arg(QStringLiteral("treaty_reference,"), QStringLiteral("'treaty', 'T'")));
        exec(disclosure.arg(QStringLiteral("consent_reference,"),
                            QStringLiteral("'consent', 'No. 17'")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO recipients (name, kind, country) VALUES ('X', 'other', 'XX')")));
        exec(QStringLiteral(
            "INSERT INTO recipients (name, kind, country) VALUES ('Y', 'other', 'KZ')"));
        // Foreign keys hold again: a subject of a disclosure that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (999, 1)")));
    }

    // Schema version 19 rebuilds the claims table on SQLite: a claim, its link and its document
    // stay; an authority's request needs its body, number and date.
    void version19AddsAuthorityRequestsAndKeepsClaims()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(18);
        QSqlQuery q(database->connection());
        const auto exec = [&q](const QString& sql) { execOrFail(q, sql); };
        exec(QLatin1String(kFirstOfficer));
        const QString claim = QStringLiteral(
            "INSERT INTO claims (id, kind, claimant_name, received_on, channel, subject_matter, "
            "due_on, state, officer_id, registered_at%1) VALUES (%2, %3, 'X', '2026-11-02', "
            "'post', 'Y', '2026-11-09', 'open', 1, '2026-11-02T09:00:00Z'%4)");
        exec(claim.arg(QString(), QStringLiteral("5"), QStringLiteral("'access_request'"),
                       QString()));
        exec(claim.arg(QString(), QStringLiteral("6"), QStringLiteral("'pretrial_claim'"),
                       QString()));
        exec(QStringLiteral("INSERT INTO claim_links (claim_id, linked_claim_id, linked_by, "
                            "linked_at) VALUES (5, 6, 1, '2026-11-02T09:00:00Z')"));
        QCOMPARE(migrator.migrate(19), QList<int>({19}));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT count(*) FROM claims c JOIN "
                                                        "claim_links l ON l.claim_id = c.id "
                                                        "WHERE c.kind = 'access_request'"))
                     .toInt(),
                 1);
        const QString authority = QStringLiteral(", authority, request_number, request_date");
        QVERIFY(!q.exec(claim.arg(QString(), QStringLiteral("7"),
                                  QStringLiteral("'authority_request'"), QString())));
        QVERIFY(
            !q.exec(claim.arg(authority, QStringLiteral("7"), QStringLiteral("'authority_request'"),
                              QStringLiteral(", 'ombudsman', NULL, '2026-10-30'"))));
        QVERIFY(
            !q.exec(claim.arg(authority, QStringLiteral("7"), QStringLiteral("'authority_request'"),
                              QStringLiteral(", 'ombudsman', '1', '2026-11-03'"))));
        QVERIFY(
            !q.exec(claim.arg(authority, QStringLiteral("7"), QStringLiteral("'access_request'"),
                              QStringLiteral(", 'ombudsman', '1', '2026-10-30'"))));
        exec(claim.arg(authority, QStringLiteral("7"), QStringLiteral("'authority_request'"),
                       QStringLiteral(", 'ombudsman', '1', '2026-10-30'")));
    }
    // Schema version 21 rebuilds the claims on SQLite: a request of the State Agency with its
    // number and date, and the link to it, stay; a request to correct data names its subject; a
    // correction and a notice belong to a claim that exists.
    void version21AddsRectificationAndKeepsClaims()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(20);
        QSqlQuery q(database->connection());
        const auto exec = [&q](const QString& sql) { execOrFail(q, sql); };
        exec(QLatin1String(kFirstOfficer));
        exec(QStringLiteral("INSERT INTO subjects (id, platform_ref, inn, surname, given_name, "
                            "surname_fold, given_name_fold, created_at) VALUES (1, 'OG-1', "
                            "'11503199012345', 'Осмонов', 'Талант', 'осмонов', 'талант', "
                            "'2026-01-01T00:00:00Z')"));
        const QString claim = QStringLiteral(
            "INSERT INTO claims (id, kind, subject_id, claimant_name, received_on, channel, "
            "subject_matter, due_on, state, officer_id, registered_at, authority, request_number, "
            "request_date, version) VALUES (%1, %2, %3, 'X', '2026-11-02', 'post', 'Y', "
            "'2026-11-09', 'open', 1, '2026-11-02T09:00:00Z', %4, 3)");
        exec(claim.arg(QStringLiteral("5"), QStringLiteral("'authority_request'"),
                       QStringLiteral("1"),
                       QStringLiteral("'ombudsman', '03-12/417', '2026-10-30'")));
        exec(claim.arg(QStringLiteral("6"), QStringLiteral("'pretrial_claim'"),
                       QStringLiteral("NULL"), QStringLiteral("NULL, NULL, NULL")));
        exec(QStringLiteral("INSERT INTO claim_links (claim_id, linked_claim_id, linked_by, "
                            "linked_at) VALUES (6, 5, 1, '2026-11-02T09:00:00Z')"));
        QVERIFY(!q.exec(claim.arg(QStringLiteral("7"), QStringLiteral("'rectification_request'"),
                                  QStringLiteral("1"), QStringLiteral("NULL, NULL, NULL"))));
        QCOMPARE(migrator.migrate(21), QList<int>({21}));
        exec(QStringLiteral("SELECT c.authority, c.request_number, c.request_date, c.version, "
                            "count(l.claim_id) FROM claims c JOIN claim_links l ON "
                            "l.linked_claim_id = c.id WHERE c.id = 5 GROUP BY c.authority, "
                            "c.request_number, c.request_date, c.version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ombudsman"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("03-12/417"));
        QCOMPARE(q.value(2).toDate(), QDate(2026, 10, 30));
        QCOMPARE(q.value(3).toInt(), 3);
        QCOMPARE(q.value(4).toInt(), 1);
        q.finish();
        QVERIFY(!q.exec(claim.arg(QStringLiteral("7"), QStringLiteral("'rectification_request'"),
                                  QStringLiteral("NULL"), QStringLiteral("NULL, NULL, NULL"))));
        exec(claim.arg(QStringLiteral("7"), QStringLiteral("'rectification_request'"),
                       QStringLiteral("1"), QStringLiteral("NULL, NULL, NULL")));
        const QString digest(64, QLatin1Char('a'));
        const QString correction = QStringLiteral(
            "INSERT INTO claim_corrections (claim_id, field, category_code, new_value, "
            "new_digest, corrected_at, corrected_by) VALUES (%1, %2, 'contacts', '+996700000001', "
            "'%3', '2026-11-03T09:00:00Z', 1)");
        QVERIFY(!q.exec(correction.arg(QStringLiteral("999"), QStringLiteral("'phone'"), digest)));
        QVERIFY(!q.exec(correction.arg(QStringLiteral("7"), QStringLiteral("'height'"), digest)));
        QVERIFY(!q.exec(correction.arg(QStringLiteral("7"), QStringLiteral("'phone'"),
                                       QStringLiteral("short"))));
        exec(correction.arg(QStringLiteral("7"), QStringLiteral("'phone'"), digest));
        QVERIFY(!q.exec(correction.arg(QStringLiteral("7"), QStringLiteral("'phone'"), digest)));
    }
    // Schema version 20 rebuilds the withdrawal requests on SQLite: a request with every column
    // of the versions before, its decision, notice and task stay; a minor's case is opened only
    // by the officer, in "opened", once per minor at a time.
    void version20AddsMinorCasesAndKeepsRequests()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        Migrator migrator(*database);
        migrator.migrate(19);
        QSqlQuery q(database->connection());
        const auto exec = [&q](const QString& sql) { execOrFail(q, sql); };
        exec(QLatin1String(kFirstOfficer));
        exec(QStringLiteral("INSERT INTO recipients (id, name, kind) VALUES (1, 'ФКО', 'fco')"));
        exec(QStringLiteral("INSERT INTO subjects (id, platform_ref, inn, surname, given_name, "
                            "surname_fold, given_name_fold, created_at) VALUES (1, 'OG-1', "
                            "'11503199012345', 'Осмонов', 'Талант', 'осмонов', 'талант', "
                            "'2026-01-01T00:00:00Z')"));
        exec(QStringLiteral(
            "INSERT INTO withdrawal_requests (id, subject_id, received_on, channel, scope, state, "
            "due_on, identity_method, officer_id, registered_at, closed_at, reply_to_name, "
            "reply_to_address, identity_verified_by, executed_at, executed_by, reply_sent_on, "
            "reply_method, reply_tracking, version, form_ref, form_sha256, "
            "open_tasks_override_by, open_tasks_override_reason) VALUES (4, 1, '2026-11-02', "
            "'app_form', 'full', 'closed', '2026-11-12', 'account_face_check', 1, "
            "'2026-11-02T09:00:00Z', '2026-11-10T09:00:00Z', 'Осмонов Талант', 'Бишкек', 1, "
            "'2026-11-05T09:00:00Z', 1, '2026-11-10', 'post', 'RR1KG', 6, 'F-9', "
            "'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 1, "
            "'the backup overwrites on its own')"));
        exec(QStringLiteral("INSERT INTO withdrawal_decisions (request_id, category_code, action, "
                            "justification, proposed_by) VALUES (4, 'contacts', 'destroy', 'x', "
                            "1)"));
        exec(QStringLiteral("INSERT INTO recipient_notices (id, request_id, recipient_id, "
                            "categories, notified_on, method) VALUES (8, 4, 1, 'contacts', "
                            "'2026-11-06', 'email')"));
        exec(QStringLiteral("INSERT INTO tasks (kind, request_id, subject_id, notice_id, "
                            "instruction, created_at, due_on) VALUES ('recipient_notice', 4, 1, 8, "
                            "'tell', '2026-11-05T09:00:00Z', '2026-11-06')"));
        QCOMPARE(migrator.migrate(20), QList<int>({20}));
        exec(QStringLiteral("SELECT w.origin, w.version, w.form_ref, w.reply_tracking, "
                            "w.open_tasks_override_reason, count(DISTINCT d.id), count(DISTINCT "
                            "n.id), count(DISTINCT t.id) FROM withdrawal_requests w JOIN "
                            "withdrawal_decisions d ON d.request_id = w.id JOIN recipient_notices "
                            "n ON n.request_id = w.id JOIN tasks t ON t.request_id = w.id WHERE "
                            "w.id = 4 GROUP BY w.origin, w.version, w.form_ref, w.reply_tracking, "
                            "w.open_tasks_override_reason"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("subject_request"));
        QCOMPARE(q.value(1).toInt(), 6);
        QCOMPARE(q.value(2).toString(), QStringLiteral("F-9"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("RR1KG"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("the backup overwrites on its own"));
        QCOMPARE(q.value(5).toInt(), 1);
        QCOMPARE(q.value(6).toInt(), 1);
        QCOMPARE(q.value(7).toInt(), 1);
        // Numbered by hand: PostgreSQL's identity would hand out the 4 written above again.
        int next = 10;
        const QString insert = QStringLiteral(
            "INSERT INTO withdrawal_requests (id, subject_id, received_on, channel, scope, state, "
            "due_on, officer_id, registered_at, origin%1) VALUES (%6, 1, '2026-12-01', %2, 'full', "
            "%3, '2026-12-11', 1, '2026-12-01T09:00:00Z', %4%5)");
        const auto request = [&]() {
            return QString(insert).replace(QStringLiteral("%6"), QString::number(++next));
        };
        const auto minor = [&](const char* channel, const char* state, const char* origin) {
            return request().arg(QString(), QLatin1String(channel), QLatin1String(state),
                                 QLatin1String(origin), QString());
        };
        QVERIFY(!q.exec(minor("'post'", "'opened'", "'subject_request'")));
        QVERIFY(!q.exec(minor("'officer'", "'received'", "'subject_request'")));
        QVERIFY(!q.exec(minor("'post'", "'opened'", "'minor'")));
        exec(minor("'officer'", "'opened'", "'minor'"));
        QVERIFY(!q.exec(minor("'officer'", "'opened'", "'minor'"))); // one open case per minor
        QVERIFY(!q.exec(request().arg(
            QStringLiteral(", reply_method"), QStringLiteral("'post'"), QStringLiteral("'closed'"),
            QStringLiteral("'subject_request'"), QStringLiteral(", 'none'"))));
        // Foreign keys hold again: a decision on a request that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO withdrawal_decisions (request_id, category_code, action, justification, "
            "proposed_by) VALUES (999, 'contacts', 'destroy', 'x', 1)")));
    }
};

QTEST_GUILESS_MAIN(TestTableRebuilds)
#include "tst_tablerebuilds.moc"

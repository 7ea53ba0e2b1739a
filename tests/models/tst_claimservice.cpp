// SPDX-License-Identifier: GPL-3.0-or-later
// Registering pre-trial claims and access requests: the due date by the calendar's rule, the
// claimant from the subject, bad input refused with nothing written, and the register's days left.
#include "TestDatabase.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "services/CalendarService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"

#include <QtTest>

using namespace dpo;

class TestClaimService : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        test::insertSubject(*m_database, QStringLiteral("OG-7"));
    }

    void registersWithTheDueDate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        // Saturday 7 November 2026 is a holiday, so are Sunday 8 and the moved days off 9 and 10.
        QTest::newRow("claim over the November holidays") << int(ClaimService::Kind::PretrialClaim) << QDate(2026, 10, 8) << QDate(2026, 11, 11);
        QTest::newRow("access request onto a moved day off") << int(ClaimService::Kind::AccessRequest) << QDate(2026, 5, 4) << QDate(2026, 5, 12);
        QTest::newRow("claim received on a Sunday") << int(ClaimService::Kind::PretrialClaim) << QDate(2026, 6, 7) << QDate(2026, 7, 7);
    }
    void registersWithTheDueDate()
    {
        QFETCH(int, kind);
        QFETCH(QDate, received);
        ClaimService::Registration r;
        r.kind = ClaimService::Kind(kind);
        r.subjectRef = QStringLiteral("OG-7");
        r.receivedOn = received;
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        const ClaimService::Row row = ClaimService(*m_database).registerClaim(m_admin, r);
        QTEST(row.dueOn, "due");
        QCOMPARE(row.claimant, QStringLiteral("Ааа Ббб")); // the subject's name
        QSqlQuery q = prepareQuery(m_database->connection(), QStringLiteral("SELECT due_on, kind, state FROM claims WHERE id = ?"));
        q.addBindValue(row.id);
        execQuery(q, "read");
        QVERIFY(q.next());
        QTEST(q.value(0).toDate(), "due");
        QCOMPARE(q.value(1).toString(), ClaimService::kindCode(ClaimService::Kind(kind)));
        QCOMPARE(q.value(2).toString(), QStringLiteral("open"));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries + 1);
    }

    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("claimant");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("says");
        QTest::newRow("future") << "" << "Асанов" << QDate::currentDate().addDays(3) << "x" << "post" << "in the future";
        QTest::newRow("no date") << "" << "Асанов" << QDate() << "x" << "post" << "date of receipt";
        QTest::newRow("no claimant") << "" << "" << QDate(2026, 6, 1) << "x" << "post" << "Name the claimant";
        QTest::newRow("unknown subject") << "OG-none" << "" << QDate(2026, 6, 1) << "x" << "post" << "OG-none";
        QTest::newRow("no summary") << "" << "Асанов" << QDate(2026, 6, 1) << " " << "post" << "about";
        QTest::newRow("unknown channel") << "" << "Асанов" << QDate(2026, 6, 1) << "x" << "pigeon" << "pigeon";
    }
    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QString, subject);
        QFETCH(QString, claimant);
        QFETCH(QDate, received);
        QFETCH(QString, summary);
        QFETCH(QString, channel);
        QFETCH(QString, says);
        const qint64 claims = test::rowCount(*m_database, QStringLiteral("claims"));
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        ClaimService::Registration r;
        r.subjectRef = subject;
        r.claimantName = claimant;
        r.receivedOn = received;
        r.subjectMatter = summary;
        r.channel = channel;
        try {
            ClaimService(*m_database).registerClaim(m_admin, r);
            QFAIL("bad input was registered");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), claims);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    void anAuditorCannotRegister()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("inspector"), QStringLiteral("Inspector"), Role::Auditor, QStringLiteral("auditor-password-1"));
        const Session auditor = officers.signIn(QStringLiteral("inspector"), QStringLiteral("auditor-password-1"));
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов");
        r.receivedOn = QDate(2026, 6, 1);
        r.subjectMatter = QStringLiteral("x");
        try {
            ClaimService(*m_database).registerClaim(auditor, r);
            QFAIL("an auditor registered a claim");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
    }

    void theRegisterCountsDaysLeftAgainstAGivenDay()
    {
        const QList<ClaimService::Row> all = ClaimService(*m_database).list(QDate(2026, 11, 5));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().dueOn, QDate(2026, 5, 12)); // nearest due date first
        QCOMPARE(all.first().daysLeft, -177);
        QVERIFY(all.first().overdue);
        const QList<ClaimService::Row> overdue = ClaimService(*m_database).list(QDate(2026, 11, 5), true, true);
        QCOMPARE(overdue.size(), 2); // 12 May and 7 July; 11 November is six days away
        for (const ClaimService::Row& r : overdue)
            QVERIFY(r.overdue && r.daysLeft < 0);
        const QList<ClaimService::Row> open = ClaimService(*m_database).list(QDate(2026, 11, 5), true);
        QCOMPARE(open.last().daysLeft, 6);
        QVERIFY(!open.last().overdue);
    }

    void aClaimsFullLife()
    {
        ClaimService service(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов Бакыт");
        r.receivedOn = QDate(2026, 10, 8);
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        const qint64 id = service.registerClaim(m_admin, r).id;
        // Closing before an answer was sent is refused.
        QVERIFY_THROWS_EXCEPTION(Error, service.close(m_admin, id, QStringLiteral("refused"), QStringLiteral("x")));
        service.draftAnswer(m_admin, id, QStringLiteral("Урматтуу Бакыт мырза, ..."));
        ClaimService::Answer a;
        a.sentOn = QDate(2026, 11, 2);
        a.method = QStringLiteral("post");
        QVERIFY_THROWS_EXCEPTION(Error, service.logAnswer(m_admin, id, a)); // post needs the tracking number
        a.tracking = QStringLiteral("RR123456789KG");
        a.sentOn = QDate(2026, 10, 1); // before the receipt
        QVERIFY_THROWS_EXCEPTION(Error, service.logAnswer(m_admin, id, a));
        a.sentOn = QDate(2026, 11, 2);
        service.logAnswer(m_admin, id, a);
        QVERIFY_THROWS_EXCEPTION(Error, service.close(m_admin, id, QStringLiteral("refused"), QString())); // reasons needed
        service.close(m_admin, id, QStringLiteral("partly_satisfied"), QStringLiteral("AML/CFT records are kept five years"));
        QSqlQuery q = prepareQuery(m_database->connection(), QStringLiteral(
            "SELECT state, outcome, answer_sent_on, answer_method, answer_tracking, answer_text FROM claims WHERE id = ?"));
        q.addBindValue(id);
        execQuery(q, "read");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("closed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("partly_satisfied"));
        QCOMPARE(q.value(2).toDate(), QDate(2026, 11, 2));
        QCOMPARE(q.value(3).toString(), QStringLiteral("post"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("RR123456789KG"));
        QVERIFY(q.value(5).toString().startsWith(QStringLiteral("Урматтуу")));
        QSqlQuery audit = prepareQuery(m_database->connection(), QStringLiteral(
            "SELECT action FROM audit_log WHERE entity = 'claim' AND entity_id = ? ORDER BY seq"));
        audit.addBindValue(QString::number(id));
        execQuery(audit, "audit");
        QStringList actions;
        while (audit.next())
            actions << audit.value(0).toString();
        QCOMPARE(actions, QStringList({"claim.register", "claim.draft_answer", "claim.answer_sent", "claim.close"}));
    }

    void calendarEditsMoveNoFixedDueDateUntilAsked()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("aigul"), QStringLiteral("Айгүл"), Role::Supervisor, QStringLiteral("supervisor-pw-1"));
        const Session supervisor = officers.signIn(QStringLiteral("aigul"), QStringLiteral("supervisor-pw-1"));
        ClaimService claims(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Иванов");
        r.receivedOn = QDate(2026, 6, 2);
        r.subjectMatter = QStringLiteral("x");
        const ClaimService::Row row = claims.registerClaim(m_admin, r);
        QCOMPARE(row.dueOn, QDate(2026, 7, 2));
        // A decree makes 2 July a day off: the fixed due date stays until recalculated.
        CalendarService calendar(*m_database);
        const Session officer = officers.signIn(QStringLiteral("admin"), QString::fromLatin1(test::TestDatabase::kPassword));
        QVERIFY_THROWS_EXCEPTION(Error, calendar.setDay(Session{officer.officerId, officer.username, officer.displayName, Role::Officer},
                                                        QDate(2026, 7, 2), QStringLiteral("day_off"), QStringLiteral("x"), QString()));
        QVERIFY_THROWS_EXCEPTION(Error, calendar.setDay(supervisor, QDate(2026, 7, 4), QStringLiteral("day_off"), QStringLiteral("x"), QString()));
        QVERIFY_THROWS_EXCEPTION(Error, calendar.setDay(supervisor, QDate(2026, 7, 3), QStringLiteral("working_day"), QStringLiteral("x"), QString()));
        calendar.setDay(supervisor, QDate(2026, 7, 2), QStringLiteral("day_off"), QStringLiteral("Moved day off"), QStringLiteral("Decree No. 123"));
        QSqlQuery due = prepareQuery(m_database->connection(), QStringLiteral("SELECT due_on FROM claims WHERE id = ?"));
        due.addBindValue(row.id);
        execQuery(due, "due");
        QVERIFY(due.next());
        QCOMPARE(due.value(0).toDate(), QDate(2026, 7, 2));
        due.finish();
        QCOMPARE(claims.recalculateDueDate(m_admin, row.id), QDate(2026, 7, 3));
        // Moved to another day, then removed: each edit audited.
        calendar.moveDay(supervisor, QDate(2026, 7, 2), QDate(2026, 7, 6), QStringLiteral("Decree No. 124"));
        QCOMPARE(DeadlineCalendar::load(*m_database).dueDate(QDate(2026, 6, 2), 30), QDate(2026, 7, 2));
        calendar.removeDay(supervisor, QDate(2026, 7, 6));
        QVERIFY(DeadlineCalendar::load(*m_database).isWorkingDay(QDate(2026, 7, 6)));
        QSqlQuery audit = prepareQuery(m_database->connection(), QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action IN ('calendar.set_day', 'calendar.move_day', 'calendar.remove_day', 'claim.recalculate_due')"));
        execQuery(audit, "audit");
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestClaimService)
#include "tst_claimservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Registering pre-trial claims and access requests: the due date by the calendar's rule, the
// claimant from the subject, bad input refused with nothing written, and the register's days left.
#include "TestDatabase.h"
#include "db/Sql.h"
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
};

QTEST_GUILESS_MAIN(TestClaimService)
#include "tst_claimservice.moc"

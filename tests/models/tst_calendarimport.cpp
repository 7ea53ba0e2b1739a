// SPDX-License-Identifier: GPL-3.0-or-later
// A year's published calendar from a CSV file (docs/calendar.md): every wrong line named and
// nothing changed; the preview of the changes and of the fixed due dates a recalculation would
// move; one transaction and one audit entry; an import over an edit made since the preview is
// refused; officers may not import. Both backends.
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "services/AuditVerifier.h"
#include "services/CalendarImport.h"
#include "services/CalendarService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dpo;

namespace {
const char* const kHeader = "date,kind,name,decree\n";

// 2028 as a ministry might publish it (Aits as announced, here invented for the test).
QByteArray calendar2028()
{
    return QByteArray(kHeader) + "2028-01-01,holiday,Жаңы жыл — Новый год,Labour Code\n"
                                 "2028-01-03,holiday,New Year holidays,Labour Code\n"
                                 "2028-01-04,holiday,New Year holidays,Labour Code\n"
                                 "2028-01-05,holiday,New Year holidays,Labour Code\n"
                                 "2028-01-06,holiday,New Year holidays,Labour Code\n"
                                 "2028-01-07,holiday,Christmas,Labour Code\n"
                                 "2028-01-19,day_off,Extra day off,\"Cabinet decree No. 1 of "
                                 "01.12.2027, \"\"on days off\"\"\"\n"
                                 "2028-02-23,working_holiday,Defenders' Day,Labour Code\n"
                                 "2028-02-26,holiday,Orozo Ait,Muftiate\n"
                                 "2028-03-04,working_day,Working Saturday,Cabinet decree No. 1\n";
}

CalendarImport::Plan planOf(Database& database, int year, const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return CalendarImport(database).plan(year, &buffer, QStringLiteral("calendar.csv"));
}

QList<CalendarService::Day> daysOf(Database& database, int year)
{
    return CalendarService(database).days(year);
}

bool sameDays(const QList<CalendarService::Day>& a, const QList<CalendarService::Day>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].day != b[i].day || a[i].kind != b[i].kind || a[i].name != b[i].name ||
            a[i].decree != b[i].decree)
            return false;
    }
    return true;
}
} // namespace

class TestCalendarImport : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    qint64 registerClaim(const QDate& received)
    {
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанова Айгүл");
        r.receivedOn = received;
        r.subjectMatter = QStringLiteral("Доомат");
        return ClaimService(*m_database).registerClaim(m_admin, r).id;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
    }

    void badFilesAreRefusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("no decree column")
            << QByteArray("date,kind,name\n2026-03-09,holiday,x\n") << "lacks decree";
        QTest::newRow("header only") << QByteArray(kHeader) << "lists no day of 2026";
        QTest::newRow("not a date") << QByteArray(kHeader) + "9.3.2026,holiday,x,y\n"
                                    << "line 2: \"9.3.2026\" is not a date";
        QTest::newRow("another year")
            << QByteArray(kHeader) + "2026-03-09,holiday,x,y\n2027-03-09,holiday,x,y\n"
            << "line 3: 2027-03-09 is not in 2026";
        QTest::newRow("unknown kind") << QByteArray(kHeader) + "2026-03-09,feast,x,y\n"
                                      << "\"feast\" is not a kind of day";
        QTest::newRow("working weekday") << QByteArray(kHeader) + "2026-03-09,working_day,x,y\n"
                                         << "2026-03-09 is a weekday";
        QTest::newRow("day off on a Sunday") << QByteArray(kHeader) + "2026-03-08,day_off,x,y\n"
                                             << "weekend day already";
        QTest::newRow("no name") << QByteArray(kHeader) + "2026-03-09,holiday, ,y\n"
                                 << "line 2: 2026-03-09 has no name";
        QTest::newRow("no decree") << QByteArray(kHeader) + "2026-03-09,holiday,x,\n"
                                   << "names no law or decree";
        QTest::newRow("twice") << QByteArray(kHeader) +
                                      "2026-03-09,holiday,x,y\n2026-03-09,holiday,x,y\n"
                               << "line 3: 2026-03-09 is listed twice (also on line 2)";
        QTest::newRow("broken quotes") << QByteArray(kHeader) + "2026-03-09,holiday,\"x,y\n"
                                       << "line 2";
        QByteArray many(kHeader);
        for (int day = 1; day <= 25; ++day)
            many += QStringLiteral("2026-04-%1,holiday,x,\n")
                        .arg(day, 2, 10, QLatin1Char('0'))
                        .toUtf8();
        QTest::newRow("25 wrong lines: 20 named") << many << "… and 5 more.";
    }
    void badFilesAreRefusedNamingTheLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, says);
        const QList<CalendarService::Day> before = daysOf(*m_database, 2026);
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            planOf(*m_database, 2026, file);
            QFAIL("a bad file was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("calendar.csv")), qPrintable(e.message()));
        }
        QVERIFY(sameDays(daysOf(*m_database, 2026), before));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    // A claim whose due date the new year moves is listed, and keeps its date until recalculated.
    void previewsAppliesAndAuditsOnce()
    {
        // Received Monday 20 December 2027: + 30 = Wednesday 19 January 2028, a working day until
        // the file makes it a day off by decree. A receipt in the future is refused, so the claim
        // is registered on a past day and given these dates directly.
        const qint64 claim = registerClaim(QDate(2026, 12, 1));
        QSqlQuery put = prepareQuery(
            m_database->connection(),
            QStringLiteral("UPDATE claims SET received_on = ?, due_on = ? WHERE id = ?"));
        put.addBindValue(QDate(2027, 12, 20));
        put.addBindValue(QDate(2028, 1, 19));
        put.addBindValue(claim);
        execQuery(put, "a claim received in December 2027");

        const CalendarImport::Plan plan = planOf(*m_database, 2028, calendar2028());
        QCOMPARE(plan.days.size(), 10);
        QCOMPARE(plan.source, QStringLiteral("calendar.csv"));
        QCOMPARE(plan.sha256.size(), 64);
        // 2028 was seeded with the Code's fixed days: the file adds some, changes some, removes the
        // rest.
        QVERIFY(!plan.changes.isEmpty());
        bool sawAdded = false, sawRemoved = false;
        for (const CalendarImport::Change& c : plan.changes) {
            sawAdded |= c.day == QDate(2028, 1, 19) && c.before.kind.isEmpty() &&
                        c.after.kind == QStringLiteral("day_off");
            sawRemoved |=
                c.day == QDate(2028, 5, 9) && !c.before.kind.isEmpty() && c.after.kind.isEmpty();
        }
        QVERIFY(sawAdded);
        QVERIFY(sawRemoved);
        QCOMPARE(plan.moved.size(), 1);
        QCOMPARE(plan.moved[0].claimId, claim);
        QCOMPARE(plan.moved[0].fixedDue, QDate(2028, 1, 19));
        QCOMPARE(plan.moved[0].recalculatedDue, QDate(2028, 1, 20));
        QVERIFY(DeadlineCalendar::load(*m_database)
                    .isWorkingDay(QDate(2028, 1, 19))); // a plan changes nothing

        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        CalendarImport(*m_database).apply(m_admin, plan);
        QCOMPARE(daysOf(*m_database, 2028).size(), 10);
        QCOMPARE(daysOf(*m_database, 2028)[6].decree,
                 QStringLiteral("Cabinet decree No. 1 of 01.12.2027, \"on days off\""));
        const DeadlineCalendar calendar = DeadlineCalendar::load(*m_database);
        QVERIFY(!calendar.isWorkingDay(QDate(2028, 1, 19)));
        QVERIFY(calendar.isWorkingDay(QDate(2028, 3, 4)));  // the working Saturday
        QVERIFY(calendar.isWorkingDay(QDate(2028, 5, 9)));  // no longer in the calendar
        QVERIFY(calendar.isWorkingDay(QDate(2028, 2, 23))); // a working public holiday
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 7))); // other years untouched
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries + 1);
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral(
                "SELECT action, entity, entity_id, details FROM audit_log ORDER BY seq DESC"));
        execQuery(q, "read the entry");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("calendar.import"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("calendar_year"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2028"));
        const QJsonObject details =
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("sha256")).toString(), plan.sha256);
        QCOMPARE(details.value(QStringLiteral("changes")).toArray().size(), plan.changes.size());
        QCOMPARE(
            details.value(QStringLiteral("claims_to_recalculate")).toArray().first().toInteger(),
            claim);

        // The fixed due date stays until recalculated; then it moves.
        QSqlQuery due = prepareQuery(m_database->connection(),
                                     QStringLiteral("SELECT due_on FROM claims WHERE id = ?"));
        due.addBindValue(claim);
        execQuery(due, "read the due date");
        QVERIFY(due.next());
        QCOMPARE(due.value(0).toDate(), QDate(2028, 1, 19));
        QCOMPARE(ClaimService(*m_database).recalculateDueDate(m_admin, claim, 1),
                 QDate(2028, 1, 20));

        // The same file again changes nothing and writes nothing.
        const CalendarImport::Plan again = planOf(*m_database, 2028, calendar2028());
        QVERIFY(again.changes.isEmpty());
        QVERIFY(again.moved.isEmpty());
        const qint64 after = test::rowCount(*m_database, QStringLiteral("audit_log"));
        CalendarImport(*m_database).apply(m_admin, again);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), after);
        QVERIFY(AuditVerifier(*m_database).verify().intact());
    }

    void anEditSinceThePreviewIsNotOverwritten()
    {
        const QByteArray file =
            QByteArray(kHeader) + "2027-12-31,day_off,New Year's Eve,Cabinet decree No. 9\n";
        const CalendarImport::Plan plan = planOf(*m_database, 2027, file);
        CalendarService(*m_database)
            .setDay(m_admin, QDate(2027, 12, 30), QStringLiteral("day_off"),
                    QStringLiteral("Another"), QStringLiteral("Cabinet decree No. 10"));
        const QList<CalendarService::Day> before = daysOf(*m_database, 2027);
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            CalendarImport(*m_database).apply(m_admin, plan);
            QFAIL("an import over a newer edit was applied");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("2027")), qPrintable(e.message()));
        }
        QVERIFY(sameDays(daysOf(*m_database, 2027), before));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    void officersDoNotImport()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("bakyt"), QStringLiteral("Бакыт"),
                               Role::Officer, QStringLiteral("officer-password-1"));
        const Session officer =
            officers.signIn(QStringLiteral("bakyt"), QStringLiteral("officer-password-1"));
        const CalendarImport::Plan plan =
            planOf(*m_database, 2028, QByteArray(kHeader) + "2028-06-01,holiday,x,y\n");
        const QList<CalendarService::Day> before = daysOf(*m_database, 2028);
        try {
            CalendarImport(*m_database).apply(officer, plan);
            QFAIL("an officer imported a calendar");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY(sameDays(daysOf(*m_database, 2028), before));
    }
};

QTEST_GUILESS_MAIN(TestCalendarImport)
#include "tst_calendarimport.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/Inn.h"

#include <QtTest>

using namespace dpo;

class TestDeadlineCalendar : public QObject
{
    Q_OBJECT
private slots:
    void dueDate_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        // Wednesday + 30 = Friday 2026-12-25: a working day.
        QTest::newRow("ends on a working day") << QDate(2026, 11, 25) << 30 << QDate(2026, 12, 25);
        // Thursday + 30 = Saturday 2026-12-26: moves to Monday.
        QTest::newRow("ends on Saturday") << QDate(2026, 11, 26) << 30 << QDate(2026, 12, 28);
        // 7 days from Monday 2026-12-28 = Monday 2027-01-04, a working day in this calendar.
        QTest::newRow("seven days") << QDate(2026, 12, 28) << 7 << QDate(2027, 1, 4);
        // Received Friday 2026-02-27 + 7 = Friday 2026-03-06, a plain working day.
        QTest::newRow("week") << QDate(2026, 2, 27) << 7 << QDate(2026, 3, 6);
        // + 7 = Sunday 2026-03-08 (also a holiday below) -> Monday 2026-03-09 is a holiday -> Tuesday.
        QTest::newRow("holiday after weekend") << QDate(2026, 3, 1) << 7 << QDate(2026, 3, 10);
        // A transferred working Saturday counts as a working day.
        QTest::newRow("working Saturday") << QDate(2026, 4, 4) << 7 << QDate(2026, 4, 11);
    }
    void dueDate()
    {
        QFETCH(QDate, received);
        QFETCH(int, days);
        DeadlineCalendar calendar;
        calendar.setDay(QDate(2026, 3, 8), DeadlineCalendar::DayKind::Holiday);
        calendar.setDay(QDate(2026, 3, 9), DeadlineCalendar::DayKind::DayOff); // moved day off
        calendar.setDay(QDate(2026, 4, 11), DeadlineCalendar::DayKind::WorkingDay);
        QTEST(calendar.dueDate(received, days), "due");
    }
    // The rule on the calendar the database is seeded with (schema version 5), on both backends.
    void dueDateOnTheSeededCalendar_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("ordinary: Thursday") << QDate(2026, 6, 2) << 30 << QDate(2026, 7, 2);
        QTest::newRow("ends on a Saturday") << QDate(2026, 6, 4) << 30 << QDate(2026, 7, 6);
        QTest::newRow("ends on a Sunday") << QDate(2026, 6, 5) << 30 << QDate(2026, 7, 6);
        QTest::newRow("ends on a holiday (31 August)") << QDate(2026, 8, 1) << 30 << QDate(2026, 9, 1);
        // Friday 1 May 2026 is a holiday, then Saturday and Sunday: Monday 4 May.
        QTest::newRow("ends on a holiday followed by a weekend") << QDate(2026, 4, 1) << 30 << QDate(2026, 5, 4);
        // Saturday 7 November, holiday; Sunday 8, holiday; Monday 9 and Tuesday 10, the moved days off.
        QTest::newRow("holidays on a weekend and the days off they move") << QDate(2026, 10, 8) << 30 << QDate(2026, 11, 11);
        QTest::newRow("across the new year") << QDate(2026, 12, 15) << 30 << QDate(2027, 1, 14);
        QTest::newRow("ends on 1 January") << QDate(2026, 12, 2) << 30 << QDate(2027, 1, 4);
        QTest::newRow("received on a holiday") << QDate(2026, 3, 8) << 7 << QDate(2026, 3, 16);
        QTest::newRow("leap year: 29 February") << QDate(2024, 1, 30) << 30 << QDate(2024, 2, 29);
        QTest::newRow("no 29 February in 2027") << QDate(2027, 1, 30) << 30 << QDate(2027, 3, 1);
        QTest::newRow("leap day itself") << QDate(2024, 2, 28) << 1 << QDate(2024, 2, 29);
        QTest::newRow("access request: 7 days onto a moved day off") << QDate(2026, 5, 4) << Periods::kAccessRequestDays << QDate(2026, 5, 12);
        QTest::newRow("access request after Orozo Ait 2025") << QDate(2025, 3, 24) << Periods::kAccessRequestDays << QDate(2025, 4, 1);
        QTest::newRow("pre-trial claim period") << QDate(2026, 11, 25) << Periods::kPretrialClaimDays << QDate(2026, 12, 25);
    }
    void dueDateOnTheSeededCalendar()
    {
        QFETCH(QDate, received);
        QFETCH(int, days);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QVERIFY(test::rowCount(*database, QStringLiteral("calendar_days")) >= 70);
        QTEST(DeadlineCalendar::load(*database).dueDate(received, days), "due");
    }

    void aWorkingSaturdayTransferCounts()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        DeadlineCalendar calendar = DeadlineCalendar::load(*database);
        QCOMPARE(calendar.dueDate(QDate(2026, 6, 4), 30), QDate(2026, 7, 6));
        calendar.setDay(QDate(2026, 7, 4), DeadlineCalendar::DayKind::WorkingDay); // a decree's working Saturday
        QCOMPARE(calendar.dueDate(QDate(2026, 6, 4), 30), QDate(2026, 7, 4));
    }

    void daysLeftAndOverdue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("left");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("ten days ahead") << QDate(2026, 12, 5) << QDate(2026, 11, 25) << 10 << false;
        QTest::newRow("due today") << QDate(2026, 11, 25) << QDate(2026, 11, 25) << 0 << false;
        QTest::newRow("a day late") << QDate(2026, 11, 24) << QDate(2026, 11, 25) << -1 << true;
        QTest::newRow("across the new year") << QDate(2027, 1, 4) << QDate(2026, 12, 28) << 7 << false;
        QTest::newRow("a month late") << QDate(2026, 10, 26) << QDate(2026, 11, 25) << -30 << true;
    }
    void daysLeftAndOverdue()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QTEST(DeadlineCalendar::daysLeft(due, today), "left");
        QTEST(DeadlineCalendar::isOverdue(due, today), "overdue");
    }

    // The start-up reminder's horizon: N working days after today, on the seeded calendar.
    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("to");
        QTest::newRow("Wednesday + 3") << QDate(2026, 11, 25) << 3 << QDate(2026, 11, 30);
        QTest::newRow("Monday + 3") << QDate(2026, 11, 23) << 3 << QDate(2026, 11, 26);
        QTest::newRow("over the November holidays") << QDate(2026, 11, 5) << 3 << QDate(2026, 11, 12);
        QTest::newRow("from a Sunday") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
        QTest::newRow("zero days") << QDate(2026, 11, 25) << 0 << QDate(2026, 11, 25);
        QTest::newRow("over the new year") << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 5);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QTEST(DeadlineCalendar::load(*database).addWorkingDays(from, days), "to");
    }

    void endOfWeek_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("Wednesday") << QDate(2026, 11, 25) << QDate(2026, 11, 29);
        QTest::newRow("Monday") << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("Sunday itself") << QDate(2026, 11, 29) << QDate(2026, 11, 29);
        QTest::newRow("across the new year") << QDate(2026, 12, 31) << QDate(2027, 1, 3);
    }
    void endOfWeek()
    {
        QFETCH(QDate, today);
        QTEST(DeadlineCalendar::endOfWeek(today), "sunday");
    }

    void readsTheCalendarFromTheDatabase()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QSqlQuery q = prepareQuery(database->connection(),
                                   QStringLiteral("INSERT INTO calendar_days (day, kind, name, decree) VALUES (?, ?, ?, ?) "
                                                  "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind"));
        const QVariantList days[] = {{QDate(2026, 3, 9), "day_off", "Moved day off", "Decree No. 1"},
                                     {QDate(2026, 3, 10), "holiday", "Example holiday", QVariant()},
                                     {QDate(2026, 4, 11), "working_day", "Working Saturday", "Decree No. 2"}};
        for (const QVariantList& day : days) {
            for (int i = 0; i < day.size(); ++i)
                q.bindValue(i, day[i]);
            execQuery(q, "insert day");
        }
        const DeadlineCalendar calendar = DeadlineCalendar::load(*database);
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 9)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 10)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 4, 11))); // a Saturday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 4, 12))); // a plain Sunday
        // Received Thursday 2026-03-05 + 4 days = Monday 9 (day off) -> 10 (holiday) -> 11.
        QCOMPARE(calendar.dueDate(QDate(2026, 3, 5), 4), QDate(2026, 3, 11));
    }

    void innShape()
    {
        QVERIFY(Inn::isWellFormed(QStringLiteral("21503199012345")));
        QVERIFY(!Inn::isWellFormed(QStringLiteral("2150319901234")));
        QVERIFY(!Inn::isWellFormed(QStringLiteral("2150319901234x")));
        QCOMPARE(Inn::embeddedBirthDate(QStringLiteral("21503199012345")), QDate(1990, 3, 15));
        QCOMPARE(Inn::embeddedSex(QStringLiteral("21503199012345")), QLatin1Char('M'));
        QVERIFY(!Inn::embeddedBirthDate(QStringLiteral("29999199912345")).isValid());
        QCOMPARE(Mask::inn(QStringLiteral("21503199012345")), QStringLiteral("2*********2345"));
        QCOMPARE(Mask::phone(QStringLiteral("+996555123456")), QStringLiteral("+996*****3456"));
    }
    void foldingKyrgyzLetters()
    {
        QCOMPARE(NameFold::fold(QStringLiteral("ҢӨҮ Ёлка")), QStringLiteral("ңөү елка"));
        QCOMPARE(NameFold::prefixUpperBound(QStringLiteral("аб")), QStringLiteral("ав"));
        QVERIFY(QStringLiteral("үсөнова") < NameFold::prefixUpperBound(QStringLiteral("үсө")));
        QVERIFY(QStringLiteral("үсөнова") >= QStringLiteral("үсө"));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalendar)
#include "tst_deadlinecalendar.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/Inn.h"
#include "TestDatabase.h"

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
        // + 7 = Sunday 2026-03-08 (also a holiday below) -> Monday 2026-03-09 is a holiday ->
        // Tuesday.
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
    // The rule on the calendar the database is seeded with: 2024 by the old Labour Code (schema
    // version 5), 2025-2027 by the Labour Code in force since 2025 (schema version 11); both
    // backends.
    void dueDateOnTheSeededCalendar_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("ordinary: Thursday") << QDate(2026, 6, 2) << 30 << QDate(2026, 7, 2);
        QTest::newRow("ends on a Saturday") << QDate(2026, 6, 4) << 30 << QDate(2026, 7, 6);
        QTest::newRow("ends on a Sunday") << QDate(2026, 6, 5) << 30 << QDate(2026, 7, 6);
        QTest::newRow("ends on a holiday (31 August)")
            << QDate(2026, 8, 1) << 30 << QDate(2026, 9, 1);
        QTest::newRow("across the new year") << QDate(2026, 12, 15) << 30 << QDate(2027, 1, 14);
        QTest::newRow("received on a holiday") << QDate(2026, 3, 8) << 7 << QDate(2026, 3, 16);
        QTest::newRow("leap year: 29 February") << QDate(2024, 1, 30) << 30 << QDate(2024, 2, 29);
        QTest::newRow("no 29 February in 2027") << QDate(2027, 1, 30) << 30 << QDate(2027, 3, 1);
        QTest::newRow("leap day itself") << QDate(2024, 2, 28) << 1 << QDate(2024, 2, 29);
        QTest::newRow("pre-trial claim period")
            << QDate(2026, 11, 25) << Periods::kPretrialClaimDays << QDate(2026, 12, 25);

        // The Labour Code in force since 2025, one change at a time.
        // The case: received Saturday 10 October 2026, the 30th day is Monday 9 November,
        // a working day (7-8 November are working public holidays, on a weekend in 2026; nothing
        // moves).
        QTest::newRow("2026-10-10: the 30th day, Monday 9 November, is the due date")
            << QDate(2026, 10, 10) << Periods::kPretrialClaimDays << QDate(2026, 11, 9);
        QTest::newRow("7 November on a Saturday moves no day off")
            << QDate(2026, 10, 8) << 30 << QDate(2026, 11, 9);
        QTest::newRow("7 November 2025, a Friday, is a working day")
            << QDate(2025, 10, 8) << 30 << QDate(2025, 11, 7);
        QTest::newRow("8 November 2027, a Monday, is a working day")
            << QDate(2027, 10, 9) << 30 << QDate(2027, 11, 8);
        QTest::newRow("23 February is a working day")
            << QDate(2026, 1, 24) << 30 << QDate(2026, 2, 23);
        QTest::newRow("7 April is a working day") << QDate(2026, 3, 8) << 30 << QDate(2026, 4, 7);
        QTest::newRow("1-7 January are days off") << QDate(2026, 12, 2) << 30 << QDate(2027, 1, 8);
        QTest::newRow("2 January 2026 is a day off")
            << QDate(2025, 12, 3) << 30 << QDate(2026, 1, 8);
        QTest::newRow("2-8 May are days off") << QDate(2025, 4, 6) << 30 << QDate(2025, 5, 12);
        QTest::newRow("1-9 May 2026, then the weekend")
            << QDate(2026, 4, 1) << 30 << QDate(2026, 5, 11);
        QTest::newRow("8 March on a Sunday moves no day off")
            << QDate(2026, 2, 6) << 30 << QDate(2026, 3, 9);
        QTest::newRow("Nooruz on a Saturday moves no day off")
            << QDate(2026, 2, 19) << 30 << QDate(2026, 3, 23);
        QTest::newRow("31 August 2025 on a Sunday moves no day off")
            << QDate(2025, 8, 1) << 30 << QDate(2025, 9, 1);
        QTest::newRow("9 May 2026 on a Saturday: access request due Monday 11 May")
            << QDate(2026, 5, 4) << Periods::kAccessRequestDays << QDate(2026, 5, 11);
        QTest::newRow("Orozo Ait 2025 on a Sunday moves no day off")
            << QDate(2025, 3, 24) << Periods::kAccessRequestDays << QDate(2025, 3, 31);
        QTest::newRow("Orozo Ait, 20 March 2026 (the Muftiate)")
            << QDate(2026, 2, 18) << 30 << QDate(2026, 3, 23);
        QTest::newRow("Kurman Ait, 6 June 2025 (the Muftiate)")
            << QDate(2025, 5, 7) << 30 << QDate(2025, 6, 9);
        QTest::newRow("Kurman Ait, 27 May 2026 (expected)")
            << QDate(2026, 4, 27) << 30 << QDate(2026, 5, 28);
        QTest::newRow("8-9 January 2026 are days off only by decree, not seeded")
            << QDate(2026, 1, 1) << Periods::kAccessRequestDays << QDate(2026, 1, 8);

        // 2024 keeps the old Code: 23 February and 7 April were days off, and a holiday on a
        // weekend moved the day off to Monday.
        QTest::newRow("2024: 23 February a holiday")
            << QDate(2024, 2, 22) << 1 << QDate(2024, 2, 26);
        QTest::newRow("2024: 7 April on a Sunday moved to Monday 8 April")
            << QDate(2024, 4, 6) << 1 << QDate(2024, 4, 9);
    }
    void dueDateOnTheSeededCalendar()
    {
        QFETCH(QDate, received);
        QFETCH(int, days);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        QVERIFY(test::rowCount(*database, QStringLiteral("calendar_days")) >= 90);
        QTEST(DeadlineCalendar::load(*database).dueDate(received, days), "due");
    }

    void aWorkingSaturdayTransferCounts()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        DeadlineCalendar calendar = DeadlineCalendar::load(*database);
        QCOMPARE(calendar.dueDate(QDate(2026, 6, 4), 30), QDate(2026, 7, 6));
        calendar.setDay(QDate(2026, 7, 4),
                        DeadlineCalendar::DayKind::WorkingDay); // a decree's working Saturday
        QCOMPARE(calendar.dueDate(QDate(2026, 6, 4), 30), QDate(2026, 7, 4));
    }

    // The Cabinet's extra days off (8-9 January 2026, by decree for budget-funded employers) count
    // once the officer records them; a working public holiday on a weekday stays a working day and
    // on a weekend a day off.
    void daysOffByDecreeAndWorkingHolidays()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        DeadlineCalendar calendar = DeadlineCalendar::load(*database);
        QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 8)));
        QCOMPARE(calendar.dueDate(QDate(2026, 1, 1), 7), QDate(2026, 1, 8));
        calendar.setDay(QDate(2026, 1, 8), DeadlineCalendar::DayKind::DayOff);
        calendar.setDay(QDate(2026, 1, 9), DeadlineCalendar::DayKind::DayOff);
        QCOMPARE(calendar.dueDate(QDate(2026, 1, 1), 7), QDate(2026, 1, 12));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 23)));  // Monday, a working public holiday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 7))); // Saturday, the same kind of day
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 8))); // Sunday
        QVERIFY(calendar.isWorkingDay(QDate(2026, 11, 9)));  // Monday: no day off moved onto it
        QVERIFY(!calendar.isWorkingDay(QDate(2024, 11, 8))); // 2024 as it was: a holiday
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
        QTest::newRow("across the new year")
            << QDate(2027, 1, 4) << QDate(2026, 12, 28) << 7 << false;
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
        // 7-8 November 2026 fall on the weekend and move nothing since 2025.
        QTest::newRow("over the November weekend")
            << QDate(2026, 11, 5) << 3 << QDate(2026, 11, 10);
        QTest::newRow("from a Sunday") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
        QTest::newRow("zero days") << QDate(2026, 11, 25) << 0 << QDate(2026, 11, 25);
        // Thursday 31 December, then 1-7 January and the weekend: Friday 8, Monday 11.
        QTest::newRow("over the new year") << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 11);
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
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral(
                "INSERT INTO calendar_days (day, kind, name, decree) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind"));
        const QVariantList days[] = {
            {QDate(2026, 3, 9), "day_off", "Moved day off", "Decree No. 1"},
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
        QVERIFY(calendar.isWorkingDay(QDate(2026, 4, 11)));  // a Saturday
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

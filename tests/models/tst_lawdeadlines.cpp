// SPDX-License-Identifier: GPL-3.0-or-later
// The deadline rule as the design notes and docs/calendar.md state it, written here a second
// time and independently of DeadlineCalendar and the seeded table: a period of N calendar days
// starts the day after receipt; when its last day is not a working day, the due date is the next
// working day; since 2025 the non-working days are Saturdays, Sundays, 1-7 January, 8 March,
// 21 March, 1-9 May, 31 August and the two Aits, and nothing moves when a holiday falls on a
// weekend. For every day of 2025-2027 the due dates the console gives must be the rule's: a claim
// and an access request registered through ClaimService (what `claims add` calls) for every day
// up to today (a receipt in the future is refused), and the calendar a registration counts on for
// every day after. Both backends.
#include "domain/DeadlineCalendar.h"
#include "services/ClaimService.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

using namespace dpo;

namespace {
// Orozo Ait and Kurman Ait as docs/calendar.md lists them (the Muftiate's dates, or the expected
// ones where it has not announced them when this was written).
const QSet<QDate> kAits{QDate(2025, 3, 30), QDate(2025, 6, 6),  QDate(2026, 3, 20),
                        QDate(2026, 5, 27), QDate(2027, 3, 10), QDate(2027, 5, 16)};

bool nonWorkingByTheLabourCode(const QDate& d)
{
    if (d.dayOfWeek() >= Qt::Saturday)
        return true;
    const int month = d.month(), day = d.day();
    return (month == 1 && day <= 7) || (month == 3 && (day == 8 || day == 21)) ||
           (month == 5 && day <= 9) || (month == 8 && day == 31) || kAits.contains(d);
}

QDate dueByTheRule(const QDate& received, int days)
{
    QDate due = received.addDays(days);
    while (nonWorkingByTheLabourCode(due))
        due = due.addDays(1);
    return due;
}
} // namespace

class TestLawDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void everyDayOf2025To2027()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const ClaimService claims(*database);
        const DeadlineCalendar calendar = DeadlineCalendar::load(*database);
        const QDate today = QDate::currentDate();
        int registered = 0, counted = 0;
        QElapsedTimer timer;
        timer.start();
        for (QDate received(2025, 1, 1); received.year() <= 2027; received = received.addDays(1)) {
            for (const ClaimService::Kind kind :
                 {ClaimService::Kind::PretrialClaim, ClaimService::Kind::AccessRequest}) {
                const QDate expected = dueByTheRule(received, ClaimService::periodDays(kind));
                QDate given;
                if (received <= today.addDays(-1)) {
                    ClaimService::Registration r;
                    r.kind = kind;
                    r.claimantName = QStringLiteral("Асанова Айгүл");
                    r.receivedOn = received;
                    r.subjectMatter = QStringLiteral("Мөөнөттү текшерүү");
                    given = claims.registerClaim(admin, r).dueOn;
                    ++registered;
                } else {
                    given = calendar.dueDate(received, ClaimService::periodDays(kind));
                    ++counted;
                }
                QVERIFY2(
                    given == expected,
                    qPrintable(
                        QStringLiteral("received %1, %2 days: the console says %3, the rule %4")
                            .arg(received.toString(Qt::ISODate))
                            .arg(ClaimService::periodDays(kind))
                            .arg(given.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
            }
        }
        QCOMPARE(registered + counted, 2 * (365 + 365 + 365));
        QVERIFY(registered > 0);
        qInfo("%d registered, %d counted on the calendar, in %lld ms", registered, counted,
              qint64(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestLawDeadlines)
#include "tst_lawdeadlines.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every dashboard card and chart against the rows themselves, read raw and counted here in C++,
// on a seeded demo database (both backends).
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "domain/DeadlineCalendar.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "services/DashboardService.h"
#include "services/DisclosureService.h"
#include "TestDatabase.h"

#include <QSet>
#include <QSqlRecord>
#include <QtTest>

using namespace dpo;

namespace {
const QDate kToday(2026, 11, 25); // a Wednesday

QDate asDate(const QVariant& v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// The Bishkek day (UTC+6) of an instant stored in UTC.
QDate bishkekDay(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = v.typeId() == QMetaType::QDateTime
                      ? v.toDateTime()
                      : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC().addSecs(6 * 3600).date();
}

int monthIndex(const QDate& day, const QList<QDate>& months)
{
    for (int i = 0; i < months.size(); ++i)
        if (day >= months[i] && day < months[i].addMonths(1))
            return i;
    return -1;
}
} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    QList<QVariantList> rows(const char* sql) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(), QString::fromLatin1(sql));
        execQuery(q, "raw rows");
        QList<QVariantList> out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        DemoDataService::Options options;
        options.subjects = 3000;
        options.seed = 7;
        options.asOf = kToday;
        DemoDataService(*m_database).generate(m_admin, options);
        // One claim due today: received 26 October, 30 days later is Wednesday 25 November.
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанова Айгерим");
        r.receivedOn = QDate(2026, 10, 26);
        r.subjectMatter = QStringLiteral("Due today");
        QCOMPARE(ClaimService(*m_database).registerClaim(m_admin, r).dueOn, kToday);
    }

    void everyCardAgreesWithTheRows()
    {
        const DashboardFigures f = DashboardService(*m_database).figures(kToday);
        const QDate sunday(2026, 11, 29);
        const QSet<QString> openWithdrawal{"received", "identity_verified", "decided", "approved",
                                           "executed"};
        const QSet<QString> openClaim{"open", "answer_drafted"};
        qint64 open = 0, overdue = 0, today = 0, week = 0;
        for (const QVariantList& w : rows("SELECT state, due_on FROM withdrawal_requests")) {
            if (!openWithdrawal.contains(w[0].toString()))
                continue;
            const QDate due = asDate(w[1]);
            ++open;
            overdue += due < kToday;
            today += due == kToday;
            week += due >= kToday && due <= sunday;
        }
        QVERIFY(open > 0 && overdue > 0);
        QCOMPARE(f.openWithdrawals, open);
        QCOMPARE(f.overdueWithdrawals, overdue);
        QCOMPARE(f.dueTodayWithdrawals, today);
        QCOMPARE(f.dueThisWeekWithdrawals, week);

        open = overdue = today = week = 0;
        for (const QVariantList& c : rows("SELECT state, due_on FROM claims")) {
            if (!openClaim.contains(c[0].toString()))
                continue;
            const QDate due = asDate(c[1]);
            ++open;
            overdue += due < kToday;
            today += due == kToday;
            week += due >= kToday && due <= sunday;
        }
        QVERIFY(overdue > 0 && today > 0 && week >= today);
        QCOMPARE(f.openClaims, open);
        QCOMPARE(f.overdueClaims, overdue);
        QCOMPARE(f.dueTodayClaims, today);
        QCOMPARE(f.dueThisWeekClaims, week);

        // Subjects of a disclosure outside platform cooperation with no notice sent; failed
        // notices.
        QSet<QString> sent, failed;
        for (const QVariantList& n :
             rows("SELECT disclosure_id, subject_id, sent_at, state FROM notifications")) {
            const QString key = n[0].toString() + QLatin1Char('/') + n[1].toString();
            if (!n[2].isNull())
                sent << key;
            if (n[3].toString() == QStringLiteral("failed"))
                failed << key;
        }
        qint64 unnotified = 0;
        for (const QVariantList& s : rows("SELECT ds.disclosure_id, ds.subject_id, "
                                          "d.outside_platform FROM disclosure_subjects ds "
                                          "JOIN disclosures d ON d.id = ds.disclosure_id"))
            unnotified += s[2].toInt() == 1 &&
                          !sent.contains(s[0].toString() + QLatin1Char('/') + s[1].toString());
        QVERIFY(unnotified > 0 && !failed.isEmpty());
        QCOMPARE(f.unnotifiedDisclosureSubjects, unnotified);
        QCOMPARE(f.failedNotifications, qint64(failed.size()));
        // As many as the register's rows marked late (each row's own rule) among the unnotified.
        DisclosureService::Filter unnotifiedOnly;
        unnotifiedOnly.unnotifiedOnly = true;
        qint64 lateRows = 0;
        for (const DisclosureService::Row& row :
             DisclosureService(*m_database).list(unnotifiedOnly, kToday))
            lateRows += row.late;
        QVERIFY(lateRows > 0);
        QCOMPARE(f.lateDisclosures, lateRows);

        qint64 minors = 0, subjects = 0;
        for (const QVariantList& s : rows("SELECT birth_date, status FROM subjects")) {
            ++subjects;
            minors +=
                s[1].toString() == QStringLiteral("active") && asDate(s[0]) > kToday.addYears(-18);
        }
        QVERIFY(minors > 0);
        QCOMPARE(f.minors, minors);
        QCOMPARE(f.subjects, subjects);
    }

    void theAuditCardShowsTheLastVerification()
    {
        QVERIFY(!DashboardService(*m_database).figures(kToday).auditCheck.everVerified);
        AuditVerifier verifier(*m_database);
        verifier.recordVerification(m_admin, verifier.verify());
        const AuditCheck check = DashboardService(*m_database).figures(kToday).auditCheck;
        QVERIFY(check.everVerified);
        QVERIFY(check.intact);
        QCOMPARE(check.officer, QStringLiteral("admin"));
        QVERIFY(qAbs(check.atUtc.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void everyChartAgreesWithTheRows()
    {
        const DashboardCharts c = DashboardService(*m_database).charts(kToday);
        QCOMPARE(c.months.size(), 12);
        QCOMPARE(c.months.first(), QDate(2025, 12, 1));
        QCOMPARE(c.months.last(), QDate(2026, 11, 1));

        QList<qint64> withdrawals(12), claims(12), access(12), given(12), withdrawn(12);
        std::array<qint64, DashboardCharts::BandCount> wBands{}, cBands{}, aBands{};
        const QSet<QString> openWithdrawal{"received", "identity_verified", "decided", "approved",
                                           "executed"};
        for (const QVariantList& w :
             rows("SELECT received_on, state, due_on FROM withdrawal_requests")) {
            if (const int i = monthIndex(asDate(w[0]), c.months); i >= 0)
                ++withdrawals[i];
            if (openWithdrawal.contains(w[1].toString()))
                ++wBands[DashboardService::bandOf(asDate(w[2]), kToday)];
        }
        for (const QVariantList& r : rows("SELECT received_on, kind, state, due_on FROM claims")) {
            const bool isAccess = r[1].toString() == QStringLiteral("access_request");
            if (const int i = monthIndex(asDate(r[0]), c.months); i >= 0)
                ++(isAccess ? access : claims)[i];
            if (r[2].toString() == QStringLiteral("open") ||
                r[2].toString() == QStringLiteral("answer_drafted"))
                ++(isAccess ? aBands : cBands)[DashboardService::bandOf(asDate(r[3]), kToday)];
        }
        for (const QVariantList& r : rows("SELECT given_at, withdrawn_at FROM consents")) {
            if (const int i = monthIndex(bishkekDay(r[0]), c.months); i >= 0)
                ++given[i];
            if (const int i = monthIndex(bishkekDay(r[1]), c.months); i >= 0)
                ++withdrawn[i];
        }
        QCOMPARE(c.withdrawalsPerMonth, withdrawals);
        QCOMPARE(c.claimsPerMonth, claims);
        QCOMPARE(c.accessRequestsPerMonth, access);
        QCOMPARE(c.consentsGivenPerMonth, given);
        QCOMPARE(c.consentsWithdrawnPerMonth, withdrawn);
        QVERIFY(std::accumulate(withdrawals.begin(), withdrawals.end(), qint64(0)) > 0);
        QVERIFY(std::accumulate(given.begin(), given.end(), qint64(0)) > 0);
        QCOMPARE(c.withdrawalBands, wBands);
        QCOMPARE(c.claimBands, cBands);
        QCOMPARE(c.accessRequestBands, aBands);
        QVERIFY(cBands[DashboardCharts::Overdue] + aBands[DashboardCharts::Overdue] > 0);

        QMap<QString, qint64> grounds, channels;
        for (const QVariantList& r : rows("SELECT ground FROM disclosures"))
            ++grounds[r[0].toString()];
        for (const QVariantList& r : rows("SELECT channel FROM notifications"))
            ++channels[r[0].toString()];
        QCOMPARE(c.disclosuresByGround.size(), grounds.size());
        for (const auto& [code, n] : c.disclosuresByGround)
            QCOMPARE(n, grounds.value(code));
        QCOMPARE(c.noticesByChannel.size(), channels.size());
        for (int i = 0; i < c.noticesByChannel.size(); ++i) {
            QCOMPARE(c.noticesByChannel[i].second, channels.value(c.noticesByChannel[i].first));
            if (i > 0)
                QVERIFY(c.noticesByChannel[i - 1].second >=
                        c.noticesByChannel[i].second); // most first
        }
    }

    void bandsByDaysLeft_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("band");
        QTest::newRow("yesterday") << kToday.addDays(-1) << int(DashboardCharts::Overdue);
        QTest::newRow("today") << kToday << int(DashboardCharts::UnderFive);
        QTest::newRow("in 4 days") << kToday.addDays(4) << int(DashboardCharts::UnderFive);
        QTest::newRow("in 5 days") << kToday.addDays(5) << int(DashboardCharts::UnderTen);
        QTest::newRow("in 9 days") << kToday.addDays(9) << int(DashboardCharts::UnderTen);
        QTest::newRow("in 10 days") << kToday.addDays(10) << int(DashboardCharts::TenOrMore);
    }

    void bandsByDaysLeft()
    {
        QFETCH(QDate, due);
        QFETCH(int, band);
        QCOMPARE(int(DashboardService::bandOf(due, kToday)), band);
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"

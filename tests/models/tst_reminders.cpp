// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up and dashboard reminder: open claims, access requests and withdrawal requests that
// are overdue or due within three working days of a fixed "today"; nothing closed or executed.
#include "db/Sql.h"
#include "services/DashboardService.h"
#include "services/ReminderService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestReminders : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    qint64 m_subject = 0;

    void insertClaim(const QString& kind, const QString& name, const QDate& due,
                     const QString& state)
    {
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("INSERT INTO claims (kind, claimant_name, received_on, "
                                        "channel, subject_matter, due_on, state, outcome, "
                                        "answer_sent_on, answer_method, officer_id, registered_at) "
                                        "VALUES (?, ?, ?, 'post', 'x', ?, ?, ?, ?, ?, ?, ?)"));
        const bool answered = state == QStringLiteral("closed");
        q.addBindValue(kind);
        q.addBindValue(name);
        q.addBindValue(due.addDays(-7));
        q.addBindValue(due);
        q.addBindValue(state);
        q.addBindValue(answered ? QVariant(QStringLiteral("satisfied"))
                                : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(answered ? QVariant(due) : QVariant(QMetaType::fromType<QDate>()));
        q.addBindValue(answered ? QVariant(QStringLiteral("email"))
                                : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(m_admin.officerId);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        execQuery(q, "insert a claim");
    }

    void insertWithdrawal(const QDate& due, const QString& state)
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral(
                "INSERT INTO withdrawal_requests (subject_id, received_on, channel, scope, state, "
                "due_on, identity_method, "
                "officer_id, registered_at) VALUES (?, ?, 'post', 'full', ?, ?, ?, ?, ?)"));
        q.addBindValue(m_subject);
        q.addBindValue(due.addDays(-30));
        q.addBindValue(state);
        q.addBindValue(due);
        q.addBindValue(state == QStringLiteral("received")
                           ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QStringLiteral("id_in_person")));
        q.addBindValue(m_admin.officerId);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        execQuery(q, "insert a withdrawal request");
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_subject = test::insertSubject(*m_database, QStringLiteral("OG-REM"));
        // "Today" is Wednesday 25 November 2026: three working days later is Monday 30 November.
        insertClaim(QStringLiteral("pretrial_claim"), QStringLiteral("Overdue open"),
                    QDate(2026, 11, 20), QStringLiteral("open"));
        insertClaim(QStringLiteral("access_request"), QStringLiteral("Due Monday"),
                    QDate(2026, 11, 30), QStringLiteral("answer_drafted"));
        insertClaim(QStringLiteral("pretrial_claim"), QStringLiteral("Due Tuesday"),
                    QDate(2026, 12, 1), QStringLiteral("open"));
        insertClaim(QStringLiteral("pretrial_claim"), QStringLiteral("Closed long ago"),
                    QDate(2026, 11, 2), QStringLiteral("closed"));
        insertWithdrawal(QDate(2026, 11, 27), QStringLiteral("identity_verified"));
        insertWithdrawal(QDate(2026, 11, 10), QStringLiteral("closed"));
    }

    void remindsOfWhatIsOverdueOrDueWithinThreeWorkingDays()
    {
        QDate horizon;
        const QList<ReminderService::DueCase> cases =
            ReminderService(*m_database).dueSoon(QDate(2026, 11, 25), &horizon);
        QCOMPARE(horizon, QDate(2026, 11, 30));
        QCOMPARE(cases.size(), 3);
        QCOMPARE(cases[0].who, QStringLiteral("Overdue open"));
        QVERIFY(cases[0].overdue);
        QCOMPARE(cases[0].daysLeft, -5);
        QCOMPARE(cases[1].kind, ReminderService::Kind::Withdrawal);
        QCOMPARE(cases[1].who, QStringLiteral("OG-REM"));
        QCOMPARE(cases[1].daysLeft, 2);
        QCOMPARE(cases[2].kind, ReminderService::Kind::AccessRequest);
        QCOMPARE(cases[2].dueOn, QDate(2026, 11, 30));
        QVERIFY(!cases[2].overdue);
        QVERIFY(ReminderService::describe(cases[0]).contains(QStringLiteral("Overdue open")));
    }

    void theHorizonStretchesOverHolidays()
    {
        // Thursday 30 April 2026: 1-9 May are days off, then Sunday 10; Monday 11, Tuesday 12 and
        // Wednesday 13 count.
        QDate horizon;
        ReminderService(*m_database).dueSoon(QDate(2026, 4, 30), &horizon);
        QCOMPARE(horizon, QDate(2026, 5, 13));
    }

    void theDashboardCountsTheSame()
    {
        const DashboardFigures f = DashboardService(*m_database).figures(QDate(2026, 11, 25));
        // This week: from today to Sunday 29 November, not the overdue ones.
        QCOMPARE(f.dueThisWeekWithdrawals, 1); // the withdrawal request due on Friday 27 November
        QCOMPARE(f.dueThisWeekClaims, 0);
        QCOMPARE(f.overdueClaims, 1);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"

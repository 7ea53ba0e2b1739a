// SPDX-License-Identifier: GPL-3.0-or-later
// The audit list model: the model tester, the newest entry first, jumps to the oldest, and each
// filter against a count made by plain SQL.
#include "db/Sql.h"
#include "items/AuditListModel.h"
#include "services/AuditService.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSqlError>
#include <QtTest>

using namespace dpo;

class TestAuditListModel : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    qint64 count(const QString& where, const QVariantList& values = {}) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where);
        for (const QVariant& v : values)
            q.addBindValue(v);
        execQuery(q, "count");
        q.next();
        return q.value(0).toLongLong();
    }
    static qint64 seqAt(AuditListModel& model, int row)
    {
        model.index(row, 0).data();
        model.fetchWantedPages();
        const AuditListRow* r = model.loadedRow(row);
        return r ? r->seq : -1;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        const qint64 subject = test::insertSubject(*m_database, QStringLiteral("OG-7"));
        const QSqlDatabase db = m_database->connection();
        TransactionGuard t(db);
        for (int i = 0; i < 1234; ++i)
            AuditService::append(
                db, m_admin,
                i % 3 ? QStringLiteral("subject.reveal") : QStringLiteral("claim.register"),
                i % 3 ? QStringLiteral("subject") : QStringLiteral("claim"), QString::number(i),
                i % 5 == 0 ? subject : 0, QJsonObject{{QStringLiteral("i"), i}});
        AuditService::appendAnonymous(db, QStringLiteral("nobody"), QString(),
                                      QStringLiteral("officer.sign_in_failed"), {});
        t.commit();
    }

    void passesTheModelTesterAndShowsNewestFirst()
    {
        AuditListModel model(*m_database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        const qint64 total = test::rowCount(*m_database, QStringLiteral("audit_log"));
        QCOMPARE(model.rowCount(), int(total));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loading…"));
        QCOMPARE(seqAt(model, 0), total);
        QCOMPARE(model.index(0, AuditListModel::Action).data().toString(),
                 QStringLiteral("Sign-in failed")); // its name
        QCOMPARE(model.index(0, AuditListModel::Action).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("officer.sign_in_failed"));
        // Scrolling on by keyset, and a jump to the oldest entry by offset from the far end.
        for (int row = 0; row < 450; row += 50)
            QCOMPARE(seqAt(model, row), total - row);
        QCOMPARE(seqAt(model, model.rowCount() - 1), 1);
        QCOMPARE(seqAt(model, model.rowCount() - 150), 150);
    }

    void filtersMatchPlainSql_data()
    {
        QTest::addColumn<QString>("officer");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("where");
        QTest::newRow("officer") << "admin"
                                 << ""
                                 << ""
                                 << ""
                                 << "officer_username = 'admin'";
        QTest::newRow("failed sign-ins") << "nobody"
                                         << ""
                                         << ""
                                         << ""
                                         << "officer_username = 'nobody'";
        QTest::newRow("one action") << ""
                                    << "claim.register"
                                    << ""
                                    << ""
                                    << "action = 'claim.register'";
        QTest::newRow("an action family") << ""
                                          << "subject."
                                          << ""
                                          << ""
                                          << "action LIKE 'subject.%'";
        QTest::newRow("subject") << ""
                                 << ""
                                 << "OG-7"
                                 << ""
                                 << "subject_id = 1";
        QTest::newRow("unknown subject") << ""
                                         << ""
                                         << "OG-none"
                                         << ""
                                         << "1 = 0";
        QTest::newRow("entity") << ""
                                << ""
                                << ""
                                << "claim"
                                << "entity = 'claim'";
        QTest::newRow("together") << "admin"
                                  << "subject."
                                  << "OG-7"
                                  << "subject"
                                  << "officer_username = 'admin' AND action LIKE 'subject.%' AND "
                                     "subject_id = 1 AND entity = 'subject'";
        QTest::newRow("sql in the text") << "' OR 1=1 --"
                                         << ""
                                         << ""
                                         << ""
                                         << "1 = 0";
    }
    void filtersMatchPlainSql()
    {
        QFETCH(QString, officer);
        QFETCH(QString, action);
        QFETCH(QString, subject);
        QFETCH(QString, entity);
        QFETCH(QString, where);
        AuditListModel model(*m_database);
        AuditFilter filter;
        filter.officer = officer;
        filter.action = action;
        filter.subjectRef = subject;
        filter.entity = entity;
        model.setFilter(filter);
        const qint64 expected = count(where);
        QCOMPARE(qint64(model.rowCount()), expected);
        for (int row = 0; row < model.rowCount(); row += 97) {
            model.index(row, 0).data();
            model.fetchWantedPages();
            const AuditListRow* r = model.loadedRow(row);
            QVERIFY(r);
            if (!officer.isEmpty())
                QCOMPARE(r->officer, officer);
            if (action.endsWith(QLatin1Char('.')))
                QVERIFY(r->action.startsWith(action));
            if (!subject.isEmpty())
                QCOMPARE(r->subjectRef, subject);
        }
    }

    void periodFiltersByBishkekDays()
    {
        AuditListModel model(*m_database);
        AuditFilter filter;
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(6 * 3600)).date();
        filter.from = today;
        filter.to = today;
        model.setFilter(filter);
        QCOMPARE(qint64(model.rowCount()),
                 test::rowCount(*m_database, QStringLiteral("audit_log")));
        filter.from = today.addDays(1);
        filter.to = today.addDays(30);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        filter.from = QDate();
        filter.to = today.addDays(-1);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    void aPeriodIsReadBetweenItsFirstAndLastEntry()
    {
        // Entries of three days in Bishkek time, and one whose clock went back (seq 301, day 1).
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(true);
        // Entries made up with their own numbers and times: on PostgreSQL the owner lifts the
        // trigger by which the server numbers and stamps each entry itself (schema version 25).
        if (test::TestDatabase::isPostgres()) {
            QSqlQuery lift(database->connection());
            QVERIFY2(
                lift.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append")),
                qPrintable(lift.lastError().text()));
        }
        QSqlQuery q =
            prepareQuery(database->connection(),
                         QStringLiteral("INSERT INTO audit_log (seq, at_utc, officer_username, "
                                        "action, entity, details, prev_hash, hash) "
                                        "VALUES (?, ?, 'admin', 'test.day', 'x', '{}', ?, ?)"));
        const QDate day1(2026, 3, 1);
        for (int seq = 1; seq <= 301; ++seq) {
            const int day = seq == 301 ? 0 : (seq - 1) / 100;
            // 20:00 UTC is 02:00 the next day in Bishkek: day1 in Bishkek starts at 18:00 UTC the
            // day before.
            const QDateTime at(day1.addDays(day - 1), QTime(18, 30).addSecs(seq), QTimeZone::utc());
            q.bindValue(0, seq);
            q.bindValue(1, at.toString(Qt::ISODateWithMs));
            q.bindValue(2, QString(64, QLatin1Char('0')));
            q.bindValue(3, QStringLiteral("%1").arg(seq, 64, 10, QLatin1Char('0')));
            execQuery(q, "insert");
        }
        AuditListModel model(*database);
        AuditFilter filter;
        filter.from = day1;
        filter.to = day1;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(seqAt(model, 0), 301); // out of time order, still in the period
        QCOMPARE(seqAt(model, 1), 100);
        QCOMPARE(seqAt(model, 100), 1);
        filter.from = day1.addDays(1);
        filter.to = day1.addDays(2);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(seqAt(model, 0), 300);
        QCOMPARE(seqAt(model, 199), 101);
        QCOMPARE(seqAt(model, 150), 150);
    }
};

QTEST_GUILESS_MAIN(TestAuditListModel)
#include "tst_auditlistmodel.moc"

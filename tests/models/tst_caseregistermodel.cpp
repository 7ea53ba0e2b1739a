// SPDX-License-Identifier: GPL-3.0-or-later
// The case registers' windowed model (models/items/CaseRegisterModel.cpp) over the claims
// register (ClaimRegister, ClaimService::page), on both backends: every view walked a page at a
// time gives the rows of ClaimService::list in the same order, counted and with the overdue ones
// counted; QAbstractItemModelTester watches it; a page read after a new case came in starts
// right after the previous page's last row (keyset), neither repeating nor skipping a row. The
// register of outgoing letters walks the same way, whole and searched.
#include "core/Error.h"
#include "db/DatabaseWorker.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "domain/DocumentLanguage.h"
#include "items/ClaimRegister.h"
#include "items/DisclosureRegister.h"
#include "items/OutgoingLetterRegister.h"
#include "items/WithdrawalRegister.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/OutgoingLetterService.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QtTest>

using namespace dpo;

namespace {
// A register whose count waits at a gate the test opens: a reload that is slow to answer.
class GatedSource : public CaseRegisterSource
{
public:
    GatedSource(std::shared_ptr<const CaseRegisterSource> inner, QSemaphore& gate,
                QAtomicInt& counted)
        : m_inner(std::move(inner)), m_gate(gate), m_counted(counted)
    {
    }
    QStringList headers() const override { return m_inner->headers(); }
    int deadlineColumn() const override { return m_inner->deadlineColumn(); }
    qint64 count() const override
    {
        m_gate.acquire();
        m_counted.ref();
        return m_inner->count();
    }
    qint64 overdueCount() const override { return m_inner->overdueCount(); }
    QList<CaseRegisterRow> page(qint64 offset, int limit,
                                const CaseRegisterRow* after) const override
    {
        return m_inner->page(offset, limit, after);
    }

private:
    std::shared_ptr<const CaseRegisterSource> m_inner;
    QSemaphore& m_gate;
    QAtomicInt& m_counted;
};
} // namespace

Q_DECLARE_METATYPE(dpo::CaseFilter)

class TestCaseRegisterModel : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QDate m_today;
    qint64 m_demoClaims = 0;
    // The demo holds some dozens of requests and disclosures: pages of 3 rows walk them in
    // several pages, keyset after keyset.
    static constexpr int kSmallPage = 3;

    // The model over `source` walked page by page holds `ids` in order, counted, with `late`
    // rows counted as overdue; QAbstractItemModelTester watches it.
    static void compareWalk(std::shared_ptr<const CaseRegisterSource> source,
                            const QList<qint64>& ids, qint64 late)
    {
        CaseRegisterModel model(nullptr, kSmallPage);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(std::move(source));
        QCOMPARE(model.totalCount(), qint64(ids.size()));
        QCOMPARE(walk(model), ids);
        QCOMPARE(model.overdueCount(), late);
    }

    qint64 registerClaim(const QDate& received, const QString& name) const
    {
        ClaimService::Registration r;
        r.claimantName = name;
        r.receivedOn = received;
        r.subjectMatter = QStringLiteral("Маалыматтарым тууралуу");
        return ClaimService(*m_database).registerClaim(m_admin, r).id;
    }

    // Every row of the model, each page fetched when its first row is not loaded.
    static QList<qint64> walk(CaseRegisterModel& model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVariant id = model.index(row, 0).data(CaseRegisterModel::IdRole);
            if (!id.isValid()) {
                model.fetchWantedPages();
                id = model.index(row, 0).data(CaseRegisterModel::IdRole);
            }
            if (!id.isValid())
                return {}; // the page did not come: the caller's comparison fails
            ids << id.toLongLong();
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_today = bishkekToday();
        // The demo's withdrawal requests and disclosures (and claims) first: it wants an empty
        // database.
        DemoDataService::Options options;
        options.subjects = 6000; // 24 withdrawal requests, 15 claims, some 18 disclosures
        options.asOf = m_today;
        DemoDataService(*m_database).generate(m_admin, options);
        m_demoClaims = ClaimService(*m_database).count(m_today, CaseFilter::All);
        // 260 claims over 75 days, several on each day (equal due dates: the number decides),
        // a third of them closed.
        try {
            for (int i = 0; i < 260; ++i)
                registerClaim(m_today.addDays(-(i % 75)), QStringLiteral("Арыз ээси %1").arg(i));
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        try {
            QSqlQuery q = prepareQuery(
                m_database->connection(),
                QStringLiteral("UPDATE claims SET state = 'closed', outcome = 'satisfied', "
                               "answer_sent_on = received_on, answer_method = "
                               "'post' WHERE id % 3 = 0"));
            execQuery(q, "close a third");
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

    void everyViewPageByPage_data()
    {
        QTest::addColumn<CaseFilter>("filter");
        QTest::newRow("all") << CaseFilter::All;
        QTest::newRow("open") << CaseFilter::Open;
        QTest::newRow("overdue") << CaseFilter::Overdue;
        QTest::newRow("due this week") << CaseFilter::DueThisWeek;
        QTest::newRow("due today") << CaseFilter::DueToday;
    }
    void everyViewPageByPage()
    {
        QFETCH(CaseFilter, filter);
        const QList<ClaimService::Row> expected = ClaimService(*m_database).list(m_today, filter);
        CaseRegisterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(std::make_shared<ClaimRegister>(*m_database, m_today, filter));
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QCOMPARE(model.columnCount(), 8);
        QList<qint64> ids;
        qint64 overdue = 0;
        for (const ClaimService::Row& r : expected) {
            ids << r.id;
            overdue += r.overdue;
        }
        QCOMPARE(walk(model), ids);
        QCOMPARE(model.overdueCount(), overdue);
        if (filter == CaseFilter::All) {
            QCOMPARE(qint64(expected.size()), m_demoClaims + 260);
            QVERIFY(overdue > 0); // the data hold overdue claims, so the count was tested
            QVERIFY(model.cachedPageCount() >= 3);
        }
        // The words in the cells and the deadline column's band on a loaded row.
        if (!expected.isEmpty()) {
            const ClaimService::Row& first = expected.first();
            QCOMPARE(model.index(0, 0).data().toString(), QString::number(first.id));
            QCOMPARE(model.index(0, 2).data().toString(), first.claimant);
            QCOMPARE(model.index(0, 5).data().toString(), displayDate(first.dueOn));
            QVERIFY(!model.index(0, 6).data(CaseRegisterModel::DeadlineBandRole).isNull() ||
                    !first.open);
            QCOMPARE(model.loadedRowOf(first.id), 0);
        }
        QCOMPARE(model.loadedRowOf(-5), -1);
    }

    // A page with none loaded before it (the scroll bar dragged far down) is read by offset: the
    // open claims first, then the closed ones, whichever part the offset falls in, across the
    // line between the two as well.
    void aPageFarDownComesByOffset_data()
    {
        QTest::addColumn<CaseFilter>("filter");
        QTest::newRow("all") << CaseFilter::All;
        QTest::newRow("overdue") << CaseFilter::Overdue;
    }
    void aPageFarDownComesByOffset()
    {
        QFETCH(CaseFilter, filter);
        const QList<ClaimService::Row> expected = ClaimService(*m_database).list(m_today, filter);
        qint64 open = 0;
        for (const ClaimService::Row& r : expected)
            open += r.open;
        const qint64 total = expected.size();
        QVERIFY(open > 10);
        QVERIFY(filter != CaseFilter::All || total - open > 10); // both parts are walked into
        const ClaimRegister source(*m_database, m_today, filter);
        for (const qint64 offset : {qint64(1), open - 2, open - 1, open, open + 5, total - 2}) {
            if (offset < 0 || offset >= total)
                continue;
            QList<qint64> got;
            for (const CaseRegisterRow& row : source.page(offset, 4, nullptr))
                got << row.id;
            QList<qint64> want;
            for (qint64 i = offset; i < std::min(total, offset + 4); ++i)
                want << expected[int(i)].id;
            QVERIFY2(got == want, qPrintable(QStringLiteral("offset %1").arg(offset)));
        }
    }

    void withdrawalViewsPageByPage_data()
    {
        QTest::addColumn<CaseFilter>("filter");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("byOfficer");
        QTest::newRow("all") << CaseFilter::All << QString() << false;
        QTest::newRow("open") << CaseFilter::Open << QString() << false;
        QTest::newRow("overdue") << CaseFilter::Overdue << QString() << false;
        QTest::newRow("decided") << CaseFilter::All << QStringLiteral("decided") << false;
        QTest::newRow("one officer's") << CaseFilter::All << QString() << true;
    }
    void withdrawalViewsPageByPage()
    {
        QFETCH(CaseFilter, filter);
        QFETCH(QString, state);
        QFETCH(bool, byOfficer);
        const WithdrawalService service(*m_database);
        const QList<WithdrawalService::Row> all = service.list(m_today);
        QVERIFY(all.size() > 3 * kSmallPage); // several pages: paging is tested
        const qint64 officer = byOfficer ? all.first().id : 0;
        WithdrawalService::View view{filter, state, 0};
        if (byOfficer) {
            QSqlQuery q = prepareQuery(m_database->connection(),
                                       QStringLiteral("SELECT officer_id FROM withdrawal_requests "
                                                      "WHERE id = ?"));
            q.addBindValue(officer);
            execQuery(q, "the officer");
            QVERIFY(q.next());
            view.officerId = q.value(0).toLongLong();
        }
        QList<qint64> ids;
        qint64 late = 0;
        for (const WithdrawalService::Row& r :
             service.list(m_today, view.filter, view.state, view.officerId)) {
            ids << r.id;
            late += r.overdue;
        }
        QVERIFY(!ids.isEmpty());
        compareWalk(std::make_shared<WithdrawalRegister>(*m_database, m_today, view), ids, late);
    }

    void disclosureViewsPageByPage_data()
    {
        QTest::addColumn<int>("view"); // 0 all, 1 not everyone notified, 2 a delivery failed
        QTest::addColumn<bool>("lastMonth");
        QTest::newRow("all") << 0 << false;
        QTest::newRow("not everyone notified") << 1 << false;
        QTest::newRow("a delivery failed") << 2 << false;
        QTest::newRow("the last month") << 0 << true;
    }
    void disclosureViewsPageByPage()
    {
        QFETCH(int, view);
        QFETCH(bool, lastMonth);
        DisclosureService::Filter f;
        f.unnotifiedOnly = view == 1;
        f.failedOnly = view == 2;
        if (lastMonth)
            f.from = m_today.addMonths(-1);
        const QList<DisclosureService::Row> rows = DisclosureService(*m_database).list(f, m_today);
        QList<qint64> ids;
        qint64 late = 0;
        for (const DisclosureService::Row& r : rows) {
            ids << r.id;
            late += r.late;
        }
        QVERIFY(!ids.isEmpty());
        if (view == 0 && !lastMonth) {
            QVERIFY(rows.size() > 3 * kSmallPage);
            QVERIFY(late > 0); // the late count (a working-day cut-off) was put to the test
        }
        compareWalk(std::make_shared<DisclosureRegister>(*m_database, m_today, f), ids, late);
    }

    // On a worker (as the pages read): the reload answers with the count and the first page, the
    // other pages come as the view asks for them, "Loading…" until then, in the same order as
    // on the calling thread.
    void onAWorkerEveryPageComesInOrder()
    {
        const QList<ClaimService::Row> expected =
            ClaimService(*m_database).list(m_today, CaseFilter::All);
        DatabaseWorker worker(*m_database, QStringLiteral("dpo-test-register"));
        CaseRegisterModel model(nullptr, 40);
        model.setWorker(&worker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CaseRegisterModel::reloaded);
        model.setSource(std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::All));
        QVERIFY(model.isReloading());
        QCOMPARE(reloaded.count(), 0); // nothing read on this thread
        QTRY_COMPARE(reloaded.count(), 1);
        QVERIFY(!model.isReloading());
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QVERIFY(model.index(39, 0).data(CaseRegisterModel::IdRole).isValid()); // the first page
        QCOMPARE(model.index(40, 0).data().toString(), QStringLiteral("Loading…"));
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QTRY_VERIFY(model.index(row, 0).data(CaseRegisterModel::IdRole).isValid());
            ids << model.index(row, 0).data(CaseRegisterModel::IdRole).toLongLong();
        }
        QList<qint64> expectedIds;
        for (const ClaimService::Row& r : expected)
            expectedIds << r.id;
        QCOMPARE(ids, expectedIds);
        QTRY_COMPARE(worker.pendingJobs(), 0);
    }

    // The officer changes the view twice before the first answer comes: the first view's answer
    // is dropped (it was read, and is not shown), the second's is shown, once.
    void anEarlierReloadsAnswerIsDropped()
    {
        DatabaseWorker worker(*m_database, QStringLiteral("dpo-test-register"));
        CaseRegisterModel model;
        model.setWorker(&worker);
        QSignalSpy reloaded(&model, &CaseRegisterModel::reloaded);
        QSemaphore gate;
        QAtomicInt counted;
        model.setSource(std::make_shared<GatedSource>(
            std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::All), gate, counted));
        model.setSource(std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::Overdue));
        gate.release();
        QTRY_COMPARE(worker.pendingJobs(), 0);
        QCOMPARE(counted.loadRelaxed(), 1); // the first view was read...
        QCOMPARE(reloaded.count(), 1);      // ...and only the second shown
        const qint64 overdue = ClaimService(*m_database).count(m_today, CaseFilter::Overdue);
        QVERIFY(overdue < ClaimService(*m_database).count(m_today, CaseFilter::All));
        QCOMPARE(model.totalCount(), overdue);
        QCOMPARE(model.overdueCount(), overdue);
    }

    // A model that goes before its worker's answer never hears it (the sanitizer run would see
    // a call on the freed model); the worker serves the next model as before.
    void aModelGoneBeforeItsAnswerIsLeftAlone()
    {
        QSemaphore gate;
        QAtomicInt counted;
        DatabaseWorker worker(*m_database, QStringLiteral("dpo-test-register"));
        {
            CaseRegisterModel model;
            model.setWorker(&worker);
            model.setSource(std::make_shared<GatedSource>(
                std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::All), gate,
                counted));
        }
        gate.release();
        QTRY_COMPARE(worker.pendingJobs(), 0);
        QCOMPARE(counted.loadRelaxed(), 1); // it was read, and its answer went nowhere
        CaseRegisterModel later;
        later.setWorker(&worker);
        QSignalSpy reloaded(&later, &CaseRegisterModel::reloaded);
        later.setSource(std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::Open));
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(later.totalCount(), ClaimService(*m_database).count(m_today, CaseFilter::Open));
    }

    // A new claim due earliest comes in between two page reads: the second page, read by keyset
    // after the first page's last row, neither repeats that row nor skips the one after it.
    void aCaseComingInBetweenPagesMovesNothing()
    {
        CaseRegisterModel model;
        model.setSource(std::make_shared<ClaimRegister>(*m_database, m_today, CaseFilter::All));
        model.loadFirstPage();
        const qint64 lastOfFirst = model.index(CaseRegisterModel::kPageSize - 1, 0)
                                       .data(CaseRegisterModel::IdRole)
                                       .toLongLong();
        QVERIFY(lastOfFirst > 0);
        const qint64 added = registerClaim(m_today.addDays(-80), QStringLiteral("Кечиккен"));
        const QList<ClaimService::Row> now =
            ClaimService(*m_database).list(m_today, CaseFilter::All);
        int after = -1;
        for (int i = 0; i < now.size(); ++i)
            if (now[i].id == lastOfFirst)
                after = i + 1;
        QVERIFY(after > 0 && after < now.size());
        QCOMPARE(now.first().id, added); // it sorts first: an offset would repeat a row
        QVERIFY(!model.index(CaseRegisterModel::kPageSize, 0)
                     .data(CaseRegisterModel::IdRole)
                     .isValid());
        model.fetchWantedPages();
        QCOMPARE(model.index(CaseRegisterModel::kPageSize, 0)
                     .data(CaseRegisterModel::IdRole)
                     .toLongLong(),
                 now[after].id);
    }

    // Letters made on one day: the number decides the order (newest first), pages of 3 walk them
    // keyset after keyset; a search by number or by addressee walks only its letters.
    void outgoingLettersPageByPage()
    {
        for (int i = 0; i < 11; ++i) {
            const qint64 claim = registerClaim(
                m_today.addDays(-2), QStringLiteral("Жазышуучу %1").arg(i % 2 ? "Ак" : "Көк"));
            ClaimService(*m_database).draftAnswer(m_admin, claim, QStringLiteral("Жооп."));
            ClaimLetterService(*m_database).prepare(m_admin, claim, QStringLiteral("ky"));
        }
        const auto ids = [this](const QString& search) {
            QList<qint64> out;
            for (const auto& l : OutgoingLetterService(*m_database).page(search, 0, 1000, nullptr))
                out << l.id;
            return out;
        };
        const QList<qint64> all = ids(QString());
        QCOMPARE(all.size(), 11);
        QVERIFY(std::is_sorted(all.rbegin(), all.rend())); // newest first
        compareWalk(std::make_shared<OutgoingLetterRegister>(*m_database, QString()), all, 0);
        const QList<qint64> ak = ids(QStringLiteral("Жазышуучу Ак"));
        QCOMPARE(ak.size(), 5);
        compareWalk(
            std::make_shared<OutgoingLetterRegister>(*m_database, QStringLiteral("Жазышуучу Ак")),
            ak, 0);
        const QString number = OutgoingLetterService(*m_database).letter(all.last()).number;
        QCOMPARE(ids(number), QList<qint64>{all.last()}); // 2026/1, not 2026/10 and 2026/11
        QCOMPARE(ids(number.section(QLatin1Char('/'), 1)), QList<qint64>{all.last()});
        QVERIFY(ids(QStringLiteral("%")).isEmpty()); // a wildcard is a character like any other
    }
};

QTEST_GUILESS_MAIN(TestCaseRegisterModel)
#include "tst_caseregistermodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk action over cases: each case its own step and audit entry, a refusal that names its
// case and leaves the others going, a cancel that stops before the next case. Exercised with
// the bulk close of answered claims (ClaimService::closeAsDrafted).
#include "ClaimFixture.h"
#include "core/Error.h"
#include "core/JobProgress.h"
#include "DatabaseFixture.h"
#include "services/BulkRun.h"
#include "services/ClaimService.h"

#include <QtTest>

using namespace dpo;

class TestBulkRun : public test::DatabaseFixture
{
    Q_OBJECT

    qint64 claim(test::ClaimStage stage) { return test::claimAt(*m_database, m_admin, stage); }
    QString state(qint64 id) const
    {
        return test::scalar(*m_database, QStringLiteral("SELECT state FROM claims WHERE id = ?"),
                            {id})
            .toString();
    }
    qint64 closeEntries() const
    {
        return test::scalar(*m_database,
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                            {QStringLiteral("claim.close")})
            .toLongLong();
    }
    std::function<QString(qint64)> closeStep() const
    {
        return [this](qint64 id) {
            ClaimService(*m_database).closeAsDrafted(m_admin, id);
            return QStringLiteral("closed %1").arg(id);
        };
    }

private slots:
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void eachCaseIsDoneOrRefusedOnItsOwn()
    {
        const qint64 a = claim(test::ClaimStage::Answered);
        const qint64 unsent = claim(test::ClaimStage::Registered);
        const qint64 b = claim(test::ClaimStage::Answered);
        const qint64 noOutcome = claim(test::ClaimStage::AnsweredNoOutcome);
        const BulkRun::Result result = BulkRun::run({a, unsent, b, noOutcome}, closeStep());
        QCOMPARE(result.done(), 2);
        QCOMPARE(result.refused(), 2);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.cases.size(), 4);
        QCOMPARE(result.cases[0].note, QStringLiteral("closed %1").arg(a)); // the step's word
        QCOMPARE(result.cases[1].id, unsent);
        QVERIFY2(result.cases[1].reason.contains(QStringLiteral("answer was sent")),
                 qPrintable(result.cases[1].reason));
        QVERIFY2(result.cases[3].reason.contains(QStringLiteral("states no outcome")),
                 qPrintable(result.cases[3].reason));
        QCOMPARE(result.summary(), QStringLiteral("2 done, 2 refused."));
        QCOMPARE(state(a), QStringLiteral("closed"));
        QCOMPARE(state(b), QStringLiteral("closed"));
        QCOMPARE(state(unsent), QStringLiteral("open"));
        QCOMPARE(state(noOutcome), QStringLiteral("answer_sent"));
        QCOMPARE(closeEntries(), 2); // one entry per case closed
        QCOMPARE(test::scalar(*m_database,
                              QStringLiteral("SELECT outcome FROM claims WHERE id = ?"), {a})
                     .toString(),
                 QStringLiteral("satisfied"));
        // Again: the closed ones are refused now, nothing changes.
        const BulkRun::Result again = BulkRun::run({a, b}, closeStep());
        QCOMPARE(again.done(), 0);
        QCOMPARE(closeEntries(), 2);
    }

    void aCancelStopsBeforeTheNextCase()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << claim(test::ClaimStage::Answered);
        JobProgress progress;
        progress.observe([&](JobProgress::Stage, qint64 done, qint64 total) {
            QCOMPARE(total, 4);
            if (done == 2)
                progress.cancel();
        });
        const BulkRun::Result result = BulkRun::run(ids, closeStep(), &progress);
        QVERIFY(result.cancelled);
        QCOMPARE(result.done(), 2);
        QCOMPARE(result.notReached, 2);
        QCOMPARE(result.summary(), QStringLiteral("2 done, 0 refused. Cancelled: 2 not reached."));
        QCOMPARE(state(ids[1]), QStringLiteral("closed"));
        QCOMPARE(state(ids[2]), QStringLiteral("answer_sent"));
        QCOMPARE(closeEntries(), 2);
    }

    void tooManyCasesAreRefusedWhole()
    {
        QList<qint64> ids;
        for (int i = 1; i <= BulkRun::kMaxCases + 1; ++i)
            ids << i;
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, BulkRun::run(ids, [&](qint64) {
                                     ++calls;
                                     return QString();
                                 }));
        QCOMPARE(calls, 0);
    }

    void anAuditorIsRefusedCaseByCase()
    {
        const qint64 a = claim(test::ClaimStage::Answered);
        const Session auditor =
            test::signedInAs(*m_database, m_admin, Role::Auditor, QStringLiteral("auditor"));
        const BulkRun::Result result = BulkRun::run({a}, [&](qint64 id) {
            ClaimService(*m_database).closeAsDrafted(auditor, id);
            return QString();
        });
        QCOMPARE(result.refused(), 1);
        QCOMPARE(state(a), QStringLiteral("answer_sent"));
    }
};

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The case workflows' tables (models/domain/WithdrawalWorkflow.cpp, ClaimWorkflow.cpp, both of the
// shape CaseWorkflow), without a database: every step from every state, with and without the facts
// it needs, as docs/withdrawals.md and the claims' steps walk through them. The services refuse
// what the tables refuse (tst_withdrawalservice, tst_claimservice); the panes enable what they
// allow (tst_withdrawalspage, tst_claimspage).
#include "domain/ClaimWorkflow.h"
#include "domain/WithdrawalWorkflow.h"

#include <QtTest>

using namespace dpo;
using WithdrawalWorkflow::Step;

Q_DECLARE_METATYPE(dpo::WithdrawalWorkflow::Step)
Q_DECLARE_METATYPE(dpo::ClaimWorkflow::Step)

namespace {
const QStringList kStates{
    QStringLiteral("received"), QStringLiteral("opened"),   QStringLiteral("identity_verified"),
    QStringLiteral("decided"),  QStringLiteral("approved"), QStringLiteral("executed"),
    QStringLiteral("closed"),   QStringLiteral("rejected")};
}

class TestCaseWorkflows : public QObject
{
    Q_OBJECT
private slots:
    void withdrawalSteps_data()
    {
        QTest::addColumn<Step>("step");
        // The states it may start from with no fact set, and with each fact set.
        QTest::addColumn<QStringList>("plain");
        QTest::addColumn<QStringList>("keepAwaitsApproval");
        QTest::addColumn<QStringList>("recipientUntold");
        QTest::addColumn<QString>("after"); // from its first state
        const QStringList none;
        QTest::newRow("verify identity")
            << Step::VerifyIdentity << QStringList{"received"} << QStringList{"received"}
            << QStringList{"received"} << "identity_verified";
        // A minor's case starts "opened": rejected (not a minor) or decided from there.
        const QStringList rejectable{"received", "identity_verified", "opened"};
        QTest::newRow("reject") << Step::Reject << rejectable << rejectable << rejectable
                                << "rejected";
        const QStringList decidable{"identity_verified", "opened", "decided", "approved"};
        QTest::newRow("decide") << Step::Decide << decidable << decidable << decidable << "decided";
        QTest::newRow("approve a keep")
            << Step::ApproveKeep << none << QStringList{"decided"} << none << "approved";
        QTest::newRow("execute") << Step::Execute << QStringList{"decided", "approved"}
                                 << QStringList{"approved"} << QStringList{"decided", "approved"}
                                 << "executed";
        QTest::newRow("recipient told")
            << Step::RecordTold << none << none << QStringList{"executed"} << "executed";
        QTest::newRow("reply sent") << Step::SendReply << QStringList{"executed"}
                                    << QStringList{"executed"} << none << "closed";
        QTest::newRow("letter") << Step::Letter << QStringList{"executed", "closed", "rejected"}
                                << QStringList{"executed", "closed", "rejected"}
                                << QStringList{"executed", "closed", "rejected"} << "executed";
    }
    void withdrawalSteps()
    {
        QFETCH(Step, step);
        QFETCH(QStringList, plain);
        QFETCH(QStringList, keepAwaitsApproval);
        QFETCH(QStringList, recipientUntold);
        QFETCH(QString, after);
        WithdrawalWorkflow::Facts keep, untold;
        keep.keepAwaitsApproval = true;
        untold.recipientUntold = true;
        QStringList any;
        for (const QString& state : kStates) {
            QCOMPARE(WithdrawalWorkflow::workflow().allows(step, state, {}), plain.contains(state));
            QCOMPARE(WithdrawalWorkflow::workflow().allows(step, state, keep),
                     keepAwaitsApproval.contains(state));
            QCOMPARE(WithdrawalWorkflow::workflow().allows(step, state, untold),
                     recipientUntold.contains(state));
            if (plain.contains(state) || keepAwaitsApproval.contains(state) ||
                recipientUntold.contains(state))
                any << state;
        }
        // What the service checks is every state the step may start from under some facts.
        QStringList states = WithdrawalWorkflow::workflow().statesFor(step);
        states.sort();
        any.sort();
        QCOMPARE(states, any);
        QCOMPARE(WithdrawalWorkflow::workflow().stateAfter(
                     step, WithdrawalWorkflow::workflow().statesFor(step).first()),
                 after);
    }

    // A closed or rejected request takes no step but its letter; an open one always has a next
    // step.
    void closedRequestsOnlyGiveTheirLetter()
    {
        const Step steps[] = {Step::VerifyIdentity, Step::Reject,  Step::Decide,
                              Step::ApproveKeep,    Step::Execute, Step::RecordTold,
                              Step::SendReply,      Step::Letter};
        for (const QString& state : kStates) {
            const bool open = WithdrawalWorkflow::openStates().contains(state);
            QCOMPARE(open,
                     state != QStringLiteral("closed") && state != QStringLiteral("rejected"));
            int possible = 0;
            for (const Step step : steps) {
                for (const bool untold : {false, true}) {
                    WithdrawalWorkflow::Facts facts;
                    facts.recipientUntold = untold;
                    if (step != Step::Letter &&
                        WithdrawalWorkflow::workflow().allows(step, state, facts))
                        ++possible;
                }
            }
            QVERIFY2(open == (possible > 0), qPrintable(state));
        }
    }

    // The SQL condition the registers, counts and reminders read open cases by names exactly the
    // open states, quoted, on the column asked for.
    void openConditionsNameTheOpenStates()
    {
        const QString withdrawal = WithdrawalWorkflow::openCondition(QStringLiteral("w.state"));
        QVERIFY2(withdrawal.startsWith(QStringLiteral("w.state IN (")), qPrintable(withdrawal));
        for (const QString& state : kStates)
            QVERIFY2(withdrawal.contains(QLatin1Char('\'') + state + QLatin1Char('\'')) ==
                         WithdrawalWorkflow::openStates().contains(state),
                     qPrintable(state));
        QCOMPARE(ClaimWorkflow::openCondition(QStringLiteral("state")),
                 QStringLiteral("state IN ('open', 'answer_drafted')"));
    }

    void claimSteps_data()
    {
        QTest::addColumn<ClaimWorkflow::Step>("step");
        QTest::addColumn<QStringList>("from");
        QTest::addColumn<QString>("after");
        QTest::newRow("draft the answer")
            << ClaimWorkflow::Step::DraftAnswer << QStringList{"open", "answer_drafted"}
            << "answer_drafted";
        QTest::newRow("answer sent") << ClaimWorkflow::Step::LogAnswerSent
                                     << QStringList{"open", "answer_drafted"} << "answer_sent";
        QTest::newRow("close") << ClaimWorkflow::Step::Close << QStringList{"answer_sent"}
                               << "closed";
        QTest::newRow("recalculate the due date")
            << ClaimWorkflow::Step::RecalculateDue << QStringList{"open", "answer_drafted"}
            << "open";
    }
    void claimSteps()
    {
        QFETCH(ClaimWorkflow::Step, step);
        QFETCH(QStringList, from);
        QFETCH(QString, after);
        for (const char* state : {"open", "answer_drafted", "answer_sent", "closed"})
            QCOMPARE(ClaimWorkflow::workflow().allows(step, QString::fromLatin1(state)),
                     from.contains(QLatin1String(state)));
        QCOMPARE(ClaimWorkflow::workflow().statesFor(step), from);
        QCOMPARE(ClaimWorkflow::workflow().stateAfter(step, from.first()), after);
        QCOMPARE(ClaimWorkflow::workflow().stateAfter(step, QStringLiteral("closed")),
                 QStringLiteral("closed")); // nothing after closing
        QCOMPARE(ClaimWorkflow::openStates(), QStringList({"open", "answer_drafted"}));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflows)
#include "tst_caseworkflows.moc"

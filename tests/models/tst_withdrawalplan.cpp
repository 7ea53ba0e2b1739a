// SPDX-License-Identifier: GPL-3.0-or-later
// What executing a withdrawal's decisions does (models/domain/WithdrawalDecision.cpp), without a
// database: each decision's category state, the subject's columns cleared, the record's status,
// the values other records repeat, and the keeps that still wait for approval.
// tst_withdrawalservice checks that the service applies the plan to the rows on both backends.
#include "domain/WithdrawalDecision.h"

#include <QtTest>

using namespace dpo;

Q_DECLARE_METATYPE(dpo::DecisionAction)

namespace {
// "personal_details=destroy,contacts=keep+" (a trailing + : the keep is approved)
QList<PlannedDecision> parse(const QString& text)
{
    QList<PlannedDecision> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        QString code = pair.value(1);
        const bool approved = code.endsWith(QLatin1Char('+'));
        code.remove(QLatin1Char('+'));
        const auto action = DecisionActions::fromCode(code);
        if (!action)
            qFatal("bad action in a test row: %s", qPrintable(code));
        out << PlannedDecision{pair.value(0), *action, approved};
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestWithdrawalPlan : public QObject
{
    Q_OBJECT
private slots:
    void actionCodesRoundTrip()
    {
        QCOMPARE(DecisionActions::all().size(), 4);
        QStringList codes;
        for (const DecisionAction a : DecisionActions::all()) {
            const QString code = DecisionActions::code(a);
            QVERIFY(!codes.contains(code));
            codes << code;
            QCOMPARE(DecisionActions::fromCode(code), std::optional<DecisionAction>(a));
        }
        // the schema's CHECK on withdrawal_decisions.action names exactly these
        QCOMPARE(sorted(codes), (QStringList{"block", "depersonalise", "destroy", "keep"}));
        QVERIFY(!DecisionActions::fromCode(QStringLiteral("forget")));
        QVERIFY(!DecisionActions::fromCode(QStringLiteral("Destroy")));
        QVERIFY(!DecisionActions::fromCode(QString()));
    }

    void categoryStates_data()
    {
        QTest::addColumn<DecisionAction>("action");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("removes");
        QTest::newRow("destroy") << DecisionAction::Destroy << "destroyed" << true;
        QTest::newRow("depersonalise") << DecisionAction::Depersonalise << "depersonalised" << true;
        QTest::newRow("block") << DecisionAction::Block << "blocked" << false;
        QTest::newRow("keep") << DecisionAction::Keep << "kept" << false;
    }
    void categoryStates()
    {
        QFETCH(DecisionAction, action);
        QFETCH(QString, state);
        QFETCH(bool, removes);
        QCOMPARE(DecisionActions::categoryState(action), state);
        QCOMPARE(DecisionActions::removesValues(action), removes);
        const ExecutionPlan plan = planExecution({{QStringLiteral("face_photo"), action, true}});
        QCOMPARE(plan.categoryStates.value(QStringLiteral("face_photo")), state);
        QCOMPARE(plan.destroyedCategories,
                 action == DecisionAction::Destroy ? QStringList{"face_photo"} : QStringList{});
        // a category the subject's row has no column for changes no column
        QVERIFY(plan.clearedColumns.isEmpty());
        QVERIFY(plan.subjectStatus.isEmpty());
    }

    void subjectRecord_data()
    {
        QTest::addColumn<QString>("decisions");
        QTest::addColumn<QStringList>("cleared");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("folds");
        QTest::addColumn<bool>("yearOnly");
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<QString>("repeats"); // n: notice addresses, c: claimant contact, m: name
        QTest::newRow("nothing of the record")
            << "face_photo=destroy" << QStringList{} << "" << false << false << false << "";
        QTest::newRow("name destroyed")
            << "personal_details=destroy,identity_document=destroy"
            << QStringList{"surname", "given_name", "patronymic", "birth_date",
                           "sex",     "inn",        "id_document"}
            << "destroyed" << true << false << true << "m";
        QTest::newRow("name depersonalised: the year of birth stays")
            << "personal_details=depersonalise,identity_document=depersonalise"
            << QStringList{"surname", "given_name", "patronymic", "inn", "id_document"}
            << "depersonalised" << true << true << true << "m";
        QTest::newRow("identity destroyed, name depersonalised")
            << "personal_details=depersonalise,identity_document=destroy"
            << QStringList{"surname", "given_name", "patronymic", "inn", "id_document"}
            << "depersonalised" << true << true << true << "m";
        QTest::newRow("name blocked") << "personal_details=block" << QStringList{} << "blocked"
                                      << false << false << false << "";
        QTest::newRow("name kept, contacts destroyed")
            << "personal_details=keep+,contacts=destroy" << QStringList{"phone", "email"} << ""
            << false << false << false << "nc";
        QTest::newRow("contacts depersonalised")
            << "contacts=depersonalise" << QStringList{"phone", "email"} << "" << false << false
            << false << "nc";
        QTest::newRow("addresses destroyed: the region too")
            << "addresses=destroy"
            << QStringList{"registration_address", "residence_address", "region"} << "" << false
            << false << false << "";
        QTest::newRow("addresses depersonalised: the region stays")
            << "addresses=depersonalise" << QStringList{"registration_address", "residence_address"}
            << "" << false << false << false << "";
        QTest::newRow("contacts blocked: nothing cleared")
            << "contacts=block" << QStringList{} << "" << false << false << false << "";
    }
    void subjectRecord()
    {
        QFETCH(QString, decisions);
        QFETCH(QStringList, cleared);
        QFETCH(QString, status);
        QFETCH(bool, folds);
        QFETCH(bool, yearOnly);
        QFETCH(bool, anonymous);
        QFETCH(QString, repeats);
        const ExecutionPlan plan = planExecution(parse(decisions));
        QCOMPARE(sorted(plan.clearedColumns), sorted(cleared));
        QCOMPARE(plan.subjectStatus, status);
        QCOMPARE(plan.clearNameFolds, folds);
        QCOMPARE(plan.birthDateToYear, yearOnly);
        QCOMPARE(plan.newAnonymousReference, anonymous);
        QCOMPARE(plan.clearNoticeAddresses, repeats.contains(QLatin1Char('n')));
        QCOMPARE(plan.clearClaimantContact, repeats.contains(QLatin1Char('c')));
        QCOMPARE(plan.clearClaimantName, repeats.contains(QLatin1Char('m')));
        QVERIFY(plan.keepsAwaitingApproval.isEmpty());
    }

    void keepsWaitForApproval()
    {
        const ExecutionPlan plan =
            planExecution(parse(QStringLiteral("contacts=keep,face_photo=keep+,addresses=keep")));
        QCOMPARE(plan.keepsAwaitingApproval, (QStringList{"contacts", "addresses"}));
        QCOMPARE(plan.categoryStates.size(), 3);
    }

    void identityWithoutTheName_data()
    {
        QTest::addColumn<QString>("decisions");
        QTest::addColumn<bool>("refused");
        QTest::newRow("identity destroyed, name kept")
            << "identity_document=destroy,personal_details=keep" << true;
        QTest::newRow("identity depersonalised, name blocked")
            << "identity_document=depersonalise,personal_details=block" << true;
        QTest::newRow("identity destroyed, name not decided")
            << "identity_document=destroy" << true;
        QTest::newRow("both destroyed")
            << "identity_document=destroy,personal_details=destroy" << false;
        QTest::newRow("identity destroyed, name depersonalised")
            << "identity_document=destroy,personal_details=depersonalise" << false;
        QTest::newRow("identity blocked, name kept")
            << "identity_document=block,personal_details=keep" << false;
        QTest::newRow("name destroyed, identity kept")
            << "identity_document=keep,personal_details=destroy" << false;
    }
    void identityWithoutTheName()
    {
        QFETCH(QString, decisions);
        QFETCH(bool, refused);
        QHash<QString, DecisionAction> actionOf;
        for (const PlannedDecision& d : parse(decisions))
            actionOf.insert(d.category, d.action);
        QCOMPARE(identityRemovedButNameKept(actionOf), refused);
    }
};

QTEST_GUILESS_MAIN(TestWithdrawalPlan)
#include "tst_withdrawalplan.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpo {

// What a withdrawal request decides for one data category (policy 12.1.4; docs/withdrawals.md).
enum class DecisionAction
{
    Destroy,
    Depersonalise,
    Block,
    Keep, // on a legal ground, until a date, with a supervisor's approval
};

namespace DecisionActions {
const QList<DecisionAction>& all();
// The code stored in withdrawal_decisions.action and named by Vocabulary::Kind::DecisionAction.
QString code(DecisionAction action);
std::optional<DecisionAction> fromCode(const QString& code);
// The category's state once the decision is executed (subject_categories.state).
QString categoryState(DecisionAction action);
// Destroy and depersonalise take the values away; block and keep leave them stored.
bool removesValues(DecisionAction action);
} // namespace DecisionActions

// One decision as the execution reads it.
struct PlannedDecision
{
    QString category;
    DecisionAction action = DecisionAction::Block;
    bool approved = false; // a keep's second signature
};

// What executing a request's decisions does to the data this database holds, decided without a
// database so that each rule can be tested on its own (tst_withdrawalplan). WithdrawalService
// applies it in one transaction; docs/withdrawals.md describes it for officers.
struct ExecutionPlan
{
    QHash<QString, QString> categoryStates; // category -> its state after execution
    QStringList destroyedCategories;        // each leaves a destruction record (a tombstone)
    QStringList clearedColumns;             // subjects columns set to NULL
    bool clearNameFolds = false;            // the search folds of a removed name
    bool birthDateToYear = false;           // depersonalised: the year of birth stays
    QString subjectStatus;                  // empty: unchanged
    bool newAnonymousReference = false;     // the platform reference no longer ties it back
    bool clearNoticeAddresses = false;      // notices of disclosures went to removed contacts
    bool clearClaimantContact = false;      // claims repeat the removed contact...
    bool clearClaimantName = false;         // ...and the removed name
    QStringList keepsAwaitingApproval;      // not executable while any is left
};

ExecutionPlan planExecution(const QList<PlannedDecision>& decisions);

// The data category whose values a subjects column holds (surname: personal_details, phone:
// contacts); empty for a column of no category (the preferred language).
QString categoryOfColumn(const QString& column);

// Decisions that cannot stand together: without the identity document's number a record cannot
// stay a named one (the schema: an active subject has an INN), so the personal details go too.
bool identityRemovedButNameKept(const QHash<QString, DecisionAction>& actionOf);

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseWorkflow.h"

#include <QString>
#include <QStringList>

namespace dpo {

// A withdrawal request's life (docs/withdrawals.md) as one table: which step an officer may take
// from which state, and what must also hold. WithdrawalService refuses a step from any other
// state; the request's pane enables each step's button by the same table, so the two cannot
// disagree. States are the withdrawal_requests.state codes.
namespace WithdrawalWorkflow {

enum class Step
{
    VerifyIdentity, // received -> identity_verified
    Reject,         // received, identity_verified, opened (a minor's case) -> rejected
    Decide,         // identity_verified, opened, decided, approved -> decided
    ApproveKeep,    // decided (a keep awaits approval) -> approved
    Execute,        // approved, or decided with nothing to approve -> executed
    RecordTold,     // executed (a recipient not yet told) -> executed
    SendReply,      // executed (every recipient told) -> closed
    Letter,         // executed, closed, rejected: the reply letter (or the rejection's)
};

// What a step may need besides the state, read from the request's details.
struct Facts
{
    bool keepAwaitsApproval = false; // a "keep" decision not yet approved by a second supervisor
    bool recipientUntold = false;    // a recipient of the data not yet told of the withdrawal
};

// The table: statesFor(step) is what the service checks in the step's transaction (with its
// own, more precise refusal for the facts); allows(step, state, facts) what the pane shows.
const CaseWorkflow<Step, Facts>& workflow();
// Every state a request is open in (not closed, not rejected).
const QStringList& openStates();
// "`column` IN (the open states)" for the SQL that reads open requests.
inline QString openCondition(const QString& column)
{
    return stateCondition(column, openStates());
}

} // namespace WithdrawalWorkflow

} // namespace dpo

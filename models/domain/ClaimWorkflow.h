// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CaseWorkflow.h"

#include <QString>
#include <QStringList>

namespace dpo {

// A claim's or access request's life (policy 14.2, Law No. 58 Art. 17) as one table, the shape of
// CaseWorkflow: ClaimService refuses a step from any other state, ClaimPane enables each button by
// the same table. States are the claims.state codes. Linking, documents and the letter (which
// needs a drafted answer, not a state) are open to a claim in any state.
namespace ClaimWorkflow {

enum class Step
{
    DraftAnswer,    // open, answer_drafted -> answer_drafted
    LogAnswerSent,  // open, answer_drafted -> answer_sent
    Close,          // answer_sent -> closed
    RecalculateDue, // open, answer_drafted: the due date counted again on today's calendar
};

struct Facts
{
};

// The table: statesFor(step) is what ClaimService checks, allows(step, state, {}) what the pane
// shows.
const CaseWorkflow<Step, Facts>& workflow();
// The states a claim is open in: its answer not yet sent.
const QStringList& openStates();
// "`column` IN (the open states)" for the SQL that reads open claims.
inline QString openCondition(const QString& column)
{
    return stateCondition(column, openStates());
}

} // namespace ClaimWorkflow

} // namespace dpo

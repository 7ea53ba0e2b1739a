// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ClaimWorkflow.h"

namespace dpo::ClaimWorkflow {

namespace {
using Transition = CaseTransition<Step, Facts>;
// clang-format off
constexpr Transition kTransitions[] = {
    {Step::DraftAnswer,    "open",           nullptr, "answer_drafted"},
    {Step::DraftAnswer,    "answer_drafted", nullptr, "answer_drafted"},
    {Step::LogAnswerSent,  "open",           nullptr, "answer_sent"},
    {Step::LogAnswerSent,  "answer_drafted", nullptr, "answer_sent"},
    {Step::Close,          "answer_sent",    nullptr, "closed"},
    {Step::RecalculateDue, "open",           nullptr, nullptr},
    {Step::RecalculateDue, "answer_drafted", nullptr, nullptr},
};
// clang-format on
constexpr CaseWorkflow<Step, Facts> kWorkflow{kTransitions};
} // namespace

const CaseWorkflow<Step, Facts>& workflow()
{
    return kWorkflow;
}

const QStringList& openStates()
{
    static const QStringList states{QStringLiteral("open"), QStringLiteral("answer_drafted")};
    return states;
}

} // namespace dpo::ClaimWorkflow

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WithdrawalWorkflow.h"

namespace dpo::WithdrawalWorkflow {

namespace {
bool keepAwaitsApproval(const Facts& f)
{
    return f.keepAwaitsApproval;
}
bool nothingToApprove(const Facts& f)
{
    return !f.keepAwaitsApproval;
}
bool recipientUntold(const Facts& f)
{
    return f.recipientUntold;
}
bool everyoneTold(const Facts& f)
{
    return !f.recipientUntold;
}

using Transition = CaseTransition<Step, Facts>;
// clang-format off
constexpr Transition kTransitions[] = {
    {Step::VerifyIdentity, "received",          nullptr,            "identity_verified"},
    {Step::Reject,         "received",          nullptr,            "rejected"},
    {Step::Reject,         "identity_verified", nullptr,            "rejected"},
    {Step::Reject,         "opened",            nullptr,            "rejected"},
    {Step::Decide,         "identity_verified", nullptr,            "decided"},
    {Step::Decide,         "opened",            nullptr,            "decided"},
    {Step::Decide,         "decided",           nullptr,            "decided"},
    {Step::Decide,         "approved",          nullptr,            "decided"},
    {Step::ApproveKeep,    "decided",           keepAwaitsApproval, "approved"},
    {Step::Execute,        "approved",          nullptr,            "executed"},
    {Step::Execute,        "decided",           nothingToApprove,   "executed"},
    {Step::RecordTold,     "executed",          recipientUntold,    nullptr},
    {Step::SendReply,      "executed",          everyoneTold,       "closed"},
    {Step::Letter,         "executed",          nullptr,            nullptr},
    {Step::Letter,         "closed",            nullptr,            nullptr},
    {Step::Letter,         "rejected",          nullptr,            nullptr},
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
    static const QStringList states{
        QStringLiteral("received"), QStringLiteral("opened"),   QStringLiteral("identity_verified"),
        QStringLiteral("decided"),  QStringLiteral("approved"), QStringLiteral("executed")};
    return states;
}

} // namespace dpo::WithdrawalWorkflow

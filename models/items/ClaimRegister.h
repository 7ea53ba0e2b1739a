// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/DueRegister.h"
#include "services/ClaimService.h"

namespace dpo {

// The claims register (pre-trial claims and access requests) in a view: number, kind, claimant,
// subject, received, due, days left, state and outcome.
class ClaimRegister : public DueRegister<ClaimService>
{
public:
    using DueRegister::DueRegister;
    QStringList headers() const override;
    int deadlineColumn() const override { return 6; }

protected:
    CaseRegisterRow toRow(const ClaimService::Row& r) const override;
};

} // namespace dpo

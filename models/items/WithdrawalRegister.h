// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/DueRegister.h"
#include "services/WithdrawalService.h"

namespace dpo {

// The register of withdrawal requests in a view (deadline, state, officer): number, subject,
// name, received, target date, days left, state, officer; a row opens its subject.
class WithdrawalRegister : public DueRegister<WithdrawalService>
{
public:
    using DueRegister::DueRegister;
    QStringList headers() const override;
    int deadlineColumn() const override { return 5; }

protected:
    CaseRegisterRow toRow(const WithdrawalService::Row& r) const override;
};

} // namespace dpo

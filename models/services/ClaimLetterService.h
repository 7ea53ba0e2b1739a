// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LetterService.h"

namespace dpo {

// The written answer to a pre-trial claim or an access request (policy 14.2; Law No. 58 Art. 17),
// as a letter in Kyrgyz or Russian whatever the console's language: the holder, the addressee,
// the claim's number and date, the answer's text, the outcome once closed, and the officer.
// Each letter made is an audit entry ("claim.letter").
class ClaimLetterService : public LetterService
{
public:
    explicit ClaimLetterService(Database& database);

protected:
    LetterContent content(qint64 claimId, const QString& language) const override;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LetterService.h"

namespace dpo {

// The letter to a subject about their written withdrawal request, in Kyrgyz or Russian whatever
// the console's language (the subject's preferred one by default): once executed, what was
// destroyed, depersonalised, blocked, and what is kept, on which ground and until when, and the
// recipients told; once rejected, the reason. Each letter made is an audit entry
// ("withdrawal.letter"); a PDF that cannot be written leaves none.
class WithdrawalLetterService : public LetterService
{
public:
    explicit WithdrawalLetterService(Database& database);

protected:
    LetterContent content(qint64 requestId, const QString& language) const override;
};

} // namespace dpo

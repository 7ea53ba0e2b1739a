// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DocumentLanguage.h"
#include "services/ClaimService.h"

namespace dpo::test {

// How far a test's claim has gone.
enum class ClaimStage
{
    Registered,        // received ten days ago, no answer sent
    AnsweredNoOutcome, // the answer sent yesterday; its draft states no outcome
    Answered,          // the answer sent yesterday; its draft states "satisfied"
};

// A pre-trial claim of someone not in the database, taken to `stage` by `officer`.
inline qint64 claimAt(Database& database, const Session& officer, ClaimStage stage)
{
    ClaimService service(database);
    ClaimService::Registration r;
    r.claimantName = QStringLiteral("Асанов Бакыт");
    r.receivedOn = bishkekToday().addDays(-10);
    r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
    const qint64 id = service.registerClaim(officer, r).id;
    if (stage == ClaimStage::Registered)
        return id;
    ClaimService::Draft draft;
    draft.text = QStringLiteral("Урматтуу Бакыт мырза, ...");
    if (stage == ClaimStage::Answered)
        draft.outcome = QStringLiteral("satisfied");
    service.draftAnswer(officer, id, draft);
    ClaimService::Answer a;
    a.sentOn = bishkekToday().addDays(-1);
    a.method = QStringLiteral("hand_delivery");
    service.logAnswer(officer, id, a);
    return id;
}

} // namespace dpo::test

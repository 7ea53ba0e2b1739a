// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/ClaimRegister.h"

#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"

namespace dpo {

QStringList ClaimRegister::headers() const
{
    return translatedHeaders("dpo::ClaimRegister",
                             {QT_TRANSLATE_NOOP("dpo::ClaimRegister", "No."),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Kind"),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Claimant"),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Subject"),
                              //: A column: the day the claim was received.
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Received"),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Due"),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "Deadline"),
                              QT_TRANSLATE_NOOP("dpo::ClaimRegister", "State")});
}

CaseRegisterRow ClaimRegister::toRow(const ClaimService::Row& r) const
{
    const Vocabulary words;
    QString state = words.name(Vocabulary::Kind::ClaimState, r.state);
    if (!r.outcome.isEmpty())
        state += QStringLiteral("; ") + words.name(Vocabulary::Kind::ClaimOutcome, r.outcome);
    CaseRegisterRow row;
    row.cells = {QString::number(r.id),
                 words.name(Vocabulary::Kind::ClaimKind, ClaimService::kindCode(r.kind)),
                 r.claimant,
                 r.subjectRef,
                 displayDate(r.receivedOn),
                 displayDate(r.dueOn),
                 r.open ? DeadlineCalendar::deadlineText(r.daysLeft) : QString(),
                 state};
    return row;
}

} // namespace dpo

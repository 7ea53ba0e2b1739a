// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/WithdrawalRegister.h"

#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"

namespace dpo {

QStringList WithdrawalRegister::headers() const
{
    return translatedHeaders("dpo::WithdrawalRegister",
                             {QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "No."),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Subject"),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Name"),
                              //: A column: the day the request was received.
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Received"),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Target date"),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Deadline"),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "State"),
                              QT_TRANSLATE_NOOP("dpo::WithdrawalRegister", "Officer")});
}

CaseRegisterRow WithdrawalRegister::toRow(const WithdrawalService::Row& r) const
{
    CaseRegisterRow row;
    row.subjectId = r.subjectId;
    row.cells = {QString::number(r.id),
                 r.subjectRef,
                 r.subjectName,
                 displayDate(r.receivedOn),
                 displayDate(r.dueOn),
                 r.open ? DeadlineCalendar::deadlineText(r.daysLeft) : QString(),
                 Vocabulary().name(Vocabulary::Kind::WithdrawalState, r.state),
                 r.officer};
    return row;
}

} // namespace dpo

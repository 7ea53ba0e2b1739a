// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/LetterService.h"

namespace dpo {

// The notice of a disclosure to one of its subjects as a letter to post (policy 4.6.4), in Kyrgyz
// or Russian: the holder, the subject's name and postal address, the notice's text (the same
// template as the outbox's). Audited as "disclosure.notice_letter"; the case is the disclosure.
class NoticeLetterService : public LetterService
{
public:
    NoticeLetterService(Database& database, qint64 subjectId);

protected:
    LetterContent content(qint64 disclosureId, const QString& language) const override;
    qint64 addresseeSubject() const override { return m_subjectId; }

private:
    qint64 m_subjectId;
};

} // namespace dpo

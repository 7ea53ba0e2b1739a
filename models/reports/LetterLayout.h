// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/HolderService.h"
#include "services/OutgoingLetterService.h"

#include <QString>

namespace dpo {

class DocumentLanguage;

// What a letter says, as its service makes it (ClaimLetterService, WithdrawalLetterService,
// NoticeLetterService); the letterhead, the number and the signature are the layout's.
struct LetterContent
{
    QString addresseeName;
    QString addresseeAddress;
    QString heading; // plain text
    QString body;    // HTML, its values already escaped
};

// The letter in the layout every letter shares (resources/letters/letter.html): the holder's
// letterhead (name, INN, address), the outgoing number and date, the addressee, the heading, the
// body, and the signatory's position, a signature line and name. Throws Error(Database) when the
// layout asks for a value it is not given (a template edited wrongly).
QString layOutLetter(const LetterContent& content, const Holder& holder,
                     const OutgoingLetterService::Letter& outgoing,
                     const DocumentLanguage& language, const QString& signatory);

// Text from the database or an officer as letter HTML: escaped, its line breaks kept.
QString letterText(const QString& text);

} // namespace dpo

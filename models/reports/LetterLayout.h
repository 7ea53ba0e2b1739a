// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/HolderService.h"
#include "services/OutgoingLetterService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dpo {

class DocumentLanguage;

// A letter's body as its service says it, in plain text: paragraphs, a paragraph that opens with
// a label, a table. The markup and the escaping are here, once; no service writes HTML.
class LetterBody
{
public:
    enum class Label
    {
        Italic, // "You wrote about:" before what the claimant wrote
        Bold    // "Outcome:" before the outcome
    };
    LetterBody& paragraph(const QString& text); // its line breaks kept
    LetterBody& labelled(Label style, const QString& label, const QString& text);
    LetterBody& table(const QStringList& headers, const QList<QStringList>& rows);
    const QString& html() const { return m_html; }

private:
    QString m_html;
};

// What a letter says, as its service makes it (ClaimLetterService, WithdrawalLetterService,
// NoticeLetterService); the letterhead, the number and the signature are the layout's.
struct LetterContent
{
    QString addresseeName;
    QString addresseeAddress;
    QString heading; // plain text
    LetterBody body;
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

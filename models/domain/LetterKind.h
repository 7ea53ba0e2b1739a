// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

namespace dpo {

// The case a letter answers; the window opens it from the register of outgoing letters.
enum class CaseType
{
    Claim,             // a pre-trial claim or an access request: its answer
    WithdrawalRequest, // its reply
    Disclosure         // the notice to one of its subjects
};

// Every kind of letter the console makes, in one table: what the register of outgoing letters and
// the audit trail store, the case it answers, and how the register names it. A new kind of letter
// is a row here and a LetterService.
struct LetterKind
{
    CaseType caseType;
    const char* code;          // the register's kind and the audit entry's action: "claim.letter"
    const char* entity;        // the audit entry's entity: "claim"
    const char* refusedAction; // what a refused role was trying to do: "make an answer letter"
    const char* name;          // the register's words for it: "Answer to a claim"
    const char* caseName;      // the case it answers: "Claim %1"
    const char* title;         // the PDF's title, in the letter's language: "Answer letter No. %1"
    // The addressee's name as the case holds it now, an SQL expression over the register's row `o`
    // (the register keeps no copy: a withdrawal that destroys a name leaves none).
    const char* addresseeSql;
};

class LetterKinds
{
    Q_DECLARE_TR_FUNCTIONS(dpo::LetterKind)
public:
    static std::span<const LetterKind> all();
    static const LetterKind& of(CaseType caseType);
    static const LetterKind* find(const QString& code); // nullptr: a kind a newer console made

    // In the console's language; a code this console does not know is shown as stored.
    static QString name(const QString& code);
    static QString caseName(const QString& code, qint64 caseId);
    static QString refusedAction(const LetterKind& kind);
    // `kind`'s title for case `caseId` in the letter's `language` (ky or ru).
    static QString title(const LetterKind& kind, qint64 caseId, const QString& language);
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LetterKind.h"

#include "domain/DocumentLanguage.h"

#include <array>

namespace dpo {

namespace {

constexpr const char* kSubjectNameSql =
    "(SELECT trim(coalesce(s.surname, '') || ' ' || coalesce(s.given_name, '') || ' ' || "
    "coalesce(s.patronymic, '')) FROM subjects s WHERE s.id = o.subject_id)";

constexpr std::array kKinds{
    LetterKind{CaseType::Claim, "claim.letter", "claim",
               QT_TRANSLATE_NOOP("dpo::LetterKind", "make an answer letter"),
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Answer to a claim"),
               //: A letter's subject in the list of letters. %1: the claim's number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Claim %1"),
               // The same for a claim and an access request.
               //: A letter's title. %1: its outgoing number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Answer letter No. %1"),
               "(SELECT c.claimant_name FROM claims c WHERE c.id = o.case_id)"},
    LetterKind{CaseType::WithdrawalRequest, "withdrawal.letter", "withdrawal_request",
               QT_TRANSLATE_NOOP("dpo::LetterKind", "make a reply letter"),
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Reply to a withdrawal request"),
               //: A letter's subject in the list of letters. %1: the request's number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Withdrawal request %1"),
               //: A letter's title. %1: its outgoing number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Reply letter No. %1"),
               "(SELECT w.reply_to_name FROM withdrawal_requests w WHERE w.id = o.case_id)"},
    LetterKind{CaseType::Disclosure, "disclosure.notice_letter", "disclosure",
               QT_TRANSLATE_NOOP("dpo::LetterKind", "print a notice of disclosure"),
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Notice of a disclosure"),
               //: A letter's subject in the list of letters. %1: the disclosure's number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Disclosure %1"),
               //: A letter's title. %1: its outgoing number.
               QT_TRANSLATE_NOOP("dpo::LetterKind", "Notice of disclosure No. %1"),
               kSubjectNameSql},
};

} // namespace

std::span<const LetterKind> LetterKinds::all()
{
    return kKinds;
}

const LetterKind& LetterKinds::of(CaseType caseType)
{
    for (const LetterKind& kind : kKinds) {
        if (kind.caseType == caseType)
            return kind;
    }
    Q_UNREACHABLE(); // every case type has its row
}

const LetterKind* LetterKinds::find(const QString& code)
{
    for (const LetterKind& kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return &kind;
    }
    return nullptr;
}

QString LetterKinds::name(const QString& code)
{
    const LetterKind* kind = find(code);
    return kind ? tr(kind->name) : code;
}

QString LetterKinds::caseName(const QString& code, qint64 caseId)
{
    const LetterKind* kind = find(code);
    return kind ? tr(kind->caseName).arg(caseId) : QString::number(caseId);
}

QString LetterKinds::refusedAction(const LetterKind& kind)
{
    return tr(kind.refusedAction);
}

QString LetterKinds::title(const LetterKind& kind, qint64 caseId, const QString& language)
{
    return DocumentLanguage(language).translate("dpo::LetterKind", kind.title).arg(caseId);
}

} // namespace dpo

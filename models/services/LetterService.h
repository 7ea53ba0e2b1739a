// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LetterKind.h"
#include "reports/LetterLayout.h"

#include <QString>

class QSqlDatabase;

namespace dpo {

class Database;
struct Session;

// How every letter to a subject or claimant is made (ClaimLetterService, WithdrawalLetterService,
// NoticeLetterService): its number from the register of outgoing letters, its text in the shared
// layout (LetterLayout: the holder's letterhead, the addressee, the signature) and its audit entry,
// in one transaction, for the print preview or the printer; or the PDF written together with them,
// so that a file that cannot be written leaves no entry and takes no number.
class LetterService
{
public:
    // Kyrgyz, then Russian on pages of its own, with the note that the Russian text prevails
    // where the two differ (policy 2.5).
    static constexpr const char* kBilingual = "ky+ru";

    virtual ~LetterService() = default;

    // `language`: ky, ru, or kBilingual for both texts in one letter (policy 2.5).
    QString prepare(const Session& session, qint64 caseId,
                    const QString& language) const; // HTML, numbered, audited
    // The letter as it would be made, to look at: its number if it was made before, else a blank
    // one ("numbered when printed or saved"): a preview takes no number. Audited as a preview.
    QString preview(const Session& session, qint64 caseId, const QString& language) const;
    void writePdf(const Session& session, qint64 caseId, const QString& language,
                  const QString& path) const;

protected:
    // `caseType`: the row of LetterKinds that names the letter in the register and the audit.
    LetterService(Database& database, CaseType caseType)
        : m_database(database), m_kind(LetterKinds::of(caseType))
    {
    }

    // What the letter says in `language`; throws what keeps it from being made.
    virtual LetterContent content(qint64 caseId, const QString& language) const = 0;
    // The subject a letter of this case is addressed to when a case has several (a disclosure's
    // notices); 0 when the case has one addressee.
    virtual qint64 addresseeSubject() const { return 0; }

    Database& m_database;

private:
    QString documentHtml(const QSqlDatabase& db, qint64 caseId, const QString& language,
                         const QString& officer,
                         const OutgoingLetterService::Letter& outgoing) const;
    QString documentTitle(qint64 caseId, const QString& language) const;
    QString refusedAction() const; // in a refusal: what the officer tried
    // ky, ru or kBilingual; another is refused before the letter takes a number.
    static void requireLetterLanguage(const QString& language);
    // Numbered: made (its number taken); Preview: shown with its number if it was made before.
    enum class Made
    {
        Numbered,
        Preview
    };
    // The letter and its audit entry, in the step's transaction.
    QString auditedLetter(const QSqlDatabase& db, const Session& session, qint64 caseId,
                          const QString& language, Made made) const;
    const LetterKind& m_kind;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dpo {

class DocumentLanguage;

// The names of the codes the database stores (states, channels, grounds...), in the UI's
// language or in a document's. One table, so that a list, a record and a letter say the same.
class Vocabulary
{
public:
    enum class Kind
    {
        SubjectStatus,
        ConsentState,
        ConsentChannel,
        CategoryState,
        RecipientKind,
        WithdrawalChannel,
        WithdrawalScope,
        WithdrawalState,
        RejectionReason,
        ClaimKind,
        ClaimChannel,
        ClaimState,
        ClaimOutcome,
        DisclosureGround,
        NotificationChannel,
        NotificationState,
        Sex,
        Language,
        KeepGround,
        IdentityMethod,
        DecisionAction,
        NoticeMethod,
        ReplyMethod,
        AuditAction,
        AuditFamily,
        AuditEntity,
        FeedFlagKind,
        SystemKind,
        SystemConfirmer,
        TaskKind,
        TaskState,
        Authority, // the bodies whose requests are answered within a week (Law No. 58 Art. 17(g))
        RetentionReason, // why data is due for the retention review (policy 6.2-6.3)
        SubjectField,    // a field of the subject's record a rectification corrects (policy 12.3)
    };

    Vocabulary() = default; // the UI's language (the installed translators)
    explicit Vocabulary(const DocumentLanguage& document) : m_document(&document) {}

    // The code itself when it is not in the table.
    QString name(Kind kind, const QString& code) const;
    // The codes of a kind in the table's order that a form offers: a retired code is still named
    // in the records that hold it, but no longer offered or accepted.
    static QStringList codes(Kind kind);
    static bool isRetired(Kind kind, const QString& code);

private:
    const DocumentLanguage* m_document = nullptr;
};

} // namespace dpo

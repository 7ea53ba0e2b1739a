// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CasePane.h"
#include "services/ClaimService.h"
#include "services/RectificationService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace dpo {

class AnswerDraftDialog;
class AnswerSentDialog;
class ClaimLinkDialog;
class CloseClaimDialog;
class CorrectionDialog;
class SentDialog;
class UserPrompts;

// One claim or access request and the work on it: the facts, its documents and links, the
// answer drafted, sent and the claim closed, the due date recalculated on request, and the
// answer letter in Kyrgyz or Russian (preview, print, PDF). A request to correct data also has
// its corrections and the recipients told of them. Each step is one service call.
class ClaimPane : public CasePane
{
    Q_OBJECT
public:
    ClaimPane(Database& database, Session session, UserPrompts& prompts, QWidget* parent = nullptr);
    ~ClaimPane() override;
    void showClaim(qint64 claimId); // 0: nothing shown
    qint64 claimId() const { return m_details.row.id; }
    qint64 caseId() const override { return claimId(); }
    const ClaimService::Details& details() const { return m_details; }

    // The steps; the dialogs are shown without blocking and return so that tests can fill them.
    AnswerDraftDialog* openDraft();
    AnswerSentDialog* openAnswerSent();
    CloseClaimDialog* openClose();
    ClaimLinkDialog* openLink();
    void recalculateDueDate();
    void unlinkSelected();
    // A request to correct data (policy 12.3): the corrections, then each recipient told.
    CorrectionDialog* openCorrection();
    SentDialog* openRecipientTold();
    // An access request is fulfilled by the subject data report (Law No. 58 Art. 17).
    void saveSubjectReport();

protected:
    void showCase(qint64 id) override { showClaim(id); }
    void showDetails() override;
    qint64 factsSubjectId() const override { return m_details.subjectId; }

private:
    // The version of the claim as shown, passed back with each step (0, never a version, when
    // another claim is shown): a change another officer made meanwhile is refused, not overwritten.
    int versionOf(qint64 claimId) const
    {
        return m_details.row.id == claimId ? m_details.version : 0;
    }
    void updateActions();

    bool isRectification() const
    {
        return m_details.row.kind == ClaimService::Kind::RectificationRequest;
    }

    ClaimService::Details m_details;
    RectificationService::Details m_rectification; // empty for other kinds
    QListWidget* m_links;
    QPushButton* m_draft;
    QPushButton* m_sent;
    QPushButton* m_close;
    QPushButton* m_recalculate;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_report;
    QPushButton* m_correct;
    QPushButton* m_told;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/ClaimService.h"

#include <functional>
#include <memory>
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
class DocumentList;
class LetterButtons;
class StepRunner;
class UserPrompts;

// One claim or access request and the work on it: the facts, its documents and links, the
// answer drafted, sent and the claim closed, the due date recalculated on request, and the
// answer letter in Kyrgyz or Russian (preview, print, PDF). Each step is one service call.
class ClaimPane : public QWidget
{
    Q_OBJECT
public:
    ClaimPane(Database& database, Session session, UserPrompts& prompts, QWidget* parent = nullptr);
    ~ClaimPane() override;
    void showClaim(qint64 claimId); // 0: nothing shown
    qint64 claimId() const { return m_details.row.id; }
    const ClaimService::Details& details() const { return m_details; }

    // The steps; the dialogs are shown without blocking and return so that tests can fill them.
    AnswerDraftDialog* openDraft();
    AnswerSentDialog* openAnswerSent();
    CloseClaimDialog* openClose();
    ClaimLinkDialog* openLink();
    void recalculateDueDate();
    void unlinkSelected();
    // An access request is fulfilled by the subject data report (Law No. 58 Art. 17).
    void saveSubjectReport();

signals:
    void claimChanged(qint64 claimId);
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

private:
    // The version of the claim as shown, passed back with each step (0, never a version, when
    // another claim is shown): a change another officer made meanwhile is refused, not overwritten.
    int versionOf(qint64 claimId) const
    {
        return m_details.row.id == claimId ? m_details.version : 0;
    }
    void reload();
    void updateActions();
    void stepDone(const QString& done); // the status line, the list and the pane brought up to date

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    ClaimService::Details m_details;
    std::unique_ptr<StepRunner> m_steps;
    QLabel* m_title;
    QLabel* m_facts;
    DocumentList* m_documents;
    QListWidget* m_links;
    LetterButtons* m_letter;
    QPushButton* m_draft;
    QPushButton* m_sent;
    QPushButton* m_close;
    QPushButton* m_recalculate;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QPushButton* m_report;
};

} // namespace dpo

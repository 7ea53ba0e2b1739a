// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CasePane.h"
#include "services/TaskService.h"
#include "services/WithdrawalService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dpo {

class AllowCloseDialog;
class ApprovalDialog;
class ChoiceNoteDialog;
class DecisionDialog;
class SentDialog;
class TaskConfirmDialog;
class UserPrompts;

// One written withdrawal request and the work on it, step by step: verify the identity or reject,
// decide per category, a supervisor's approval of a keep, execute, each recipient told, the reply
// (its letter in the subject's language) and when it was sent.
class WithdrawalPane : public CasePane
{
    Q_OBJECT
public:
    WithdrawalPane(Database& database, Session session, UserPrompts& prompts,
                   QWidget* parent = nullptr);
    ~WithdrawalPane() override;
    void showRequest(qint64 requestId); // 0: nothing shown
    qint64 requestId() const { return m_details.row.id; }
    qint64 caseId() const override { return requestId(); }
    const WithdrawalService::Details& details() const { return m_details; }

    // The steps; dialogs are shown without blocking and returned so that tests can fill them.
    ChoiceNoteDialog* openVerify();
    ChoiceNoteDialog* openReject();
    DecisionDialog* openDecide();
    ApprovalDialog* openApprove();
    void execute();                  // asks for confirmation first
    SentDialog* openRecipientTold(); // the selected recipient, or the first not yet told
    SentDialog* openReplySent();
    // The tasks: the selected one (or the first not yet done) confirmed by hand; the selected
    // failed one retried; a supervisor's leave to close with tasks open.
    TaskConfirmDialog* openConfirmTask();
    void retryTask();
    AllowCloseDialog* openAllowClose();

protected:
    void showCase(qint64 id) override { showRequest(id); }
    void showDetails() override;
    qint64 factsSubjectId() const override { return m_details.row.subjectId; }

private:
    // The version of the request as shown, passed back with each step (0, never a version, when
    // another request is shown): a change another officer made meanwhile is refused, not
    // overwritten.
    int versionOf(qint64 requestId) const
    {
        return m_details.row.id == requestId ? m_details.version : 0;
    }
    void updateActions();
    QString factsHtml(const QHash<QString, QString>& categoryNames) const;
    void showTasks(const QHash<QString, QString>& categoryNames);
    QString taskName(const TaskService::Task& task) const;
    const TaskService::Task* selectedTask(bool pendingOnly) const;

    WithdrawalService::Details m_details;
    QTableWidget* m_decisions;
    QTableWidget* m_notices;
    QTableWidget* m_tasks; // what the request asks of the platform's systems and recipients
    QList<TaskService::Task> m_taskList; // as m_tasks shows them
    QHash<QString, QString> m_categoryNames;
    QPushButton* m_verify;
    QPushButton* m_reject;
    QPushButton* m_decide;
    QPushButton* m_approve;
    QPushButton* m_execute;
    QPushButton* m_told;
    QPushButton* m_reply;
    QPushButton* m_confirmTask;
    QPushButton* m_retryTask;
    QPushButton* m_allowClose;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawalPane.h"
#include "domain/Permissions.h"
#include "domain/WithdrawalWorkflow.h"

#include "core/Error.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "items/DeadlineBand.h"
#include "services/ReferenceDataService.h"
#include "services/TaskService.h"
#include "services/WithdrawalLetterService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "widgets/ReadOnlyTable.h"
#include "WithdrawalDialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

WithdrawalPane::WithdrawalPane(Database& database, Session session, UserPrompts& prompts,
                               QWidget* parent)
    : CasePane(database, std::move(session), prompts, QStringLiteral("withdrawal"),
               tr("Withdrawals"), parent),
      m_decisions(makeReadOnlyTable(this, QStringLiteral("withdrawalDecisions"))),
      m_notices(makeReadOnlyTable(this, QStringLiteral("withdrawalNotices"))),
      m_tasks(makeReadOnlyTable(this, QStringLiteral("withdrawalTasks"))),
      //: A button: records that the requester's identity was verified.
      m_verify(makeStepButton(this, tr("Identity verified…"), "verifyIdentity",
                              tr("Record how the identity of the request's author was checked"))),
      m_reject(makeStepButton(this, tr("Reject…"), "rejectRequest",
                              tr("Refuse the request with its reason; the letter says why"))),
      m_decide(makeStepButton(this, tr("Decide…"), "decideRequest",
                              tr("Decide per data category: destroy, depersonalise, block or keep "
                                 "on a legal ground until a date"))),
      m_approve(makeStepButton(this, tr("Approve…"), "approveRequest",
                               tr("A supervisor other than the proposing officer approves the "
                                  "keeps"))),
      m_execute(makeStepButton(this, tr("Execute…"), "executeRequest",
                               tr("Carry out every decision at once; destroyed values cannot be "
                                  "brought back"))),
      m_told(makeStepButton(this, tr("Recipient told…"), "recipientTold",
                            tr("Record the day and the way the selected recipient was told"))),
      m_reply(makeStepButton(this, tr("Reply sent…"), "replySent",
                             tr("Record that the reply was sent to the subject; this closes the "
                                "request"))),
      m_confirmTask(makeStepButton(this, tr("Confirm task…"), "confirmTask",
                                   tr("Record by hand that a data system carried out its task"))),
      m_retryTask(makeStepButton(this, tr("Retry task"), "retryTask",
                                 tr("Send the selected failed task to its data system again"))),
      m_allowClose(makeStepButton(this, tr("Allow closing…"), "allowClose",
                                  tr("A supervisor lets the request close with tasks still open, "
                                     "stating the reason")))
{
    m_decisions->setAccessibleName(tr("Decision per data category"));
    m_decisions->setAccessibleDescription(
        tr("For each data category: what is done with it, on what ground and until when"));
    m_notices->setAccessibleName(tr("Recipients to tell"));
    m_notices->setAccessibleDescription(
        tr("Each recipient that received the subject's data, and when and how it was told"));
    m_tasks->setAccessibleName(tr("Tasks of the data systems"));
    m_tasks->setAccessibleDescription(
        tr("What each data system must do and whether it confirmed; select one to confirm or "
           "retry it"));
    setLetter([this] { return std::make_unique<WithdrawalLetterService>(m_database); },
              //: A dialog's title. %1: the request's number.
              [this] { return tr("Reply letter: request No. %1").arg(requestId()); },
              [this](const QString& language) {
        return QStringLiteral("withdrawal-reply-%1-%2.pdf").arg(requestId()).arg(language);
    });
    setAttach(
        [this](const AttachmentService::Document& document) {
        WithdrawalService(m_database).attach(m_session, requestId(), document);
        },
        //: %1: the request's number.
        [this] { return tr("The document is attached to request No. %1.").arg(requestId()); });
    m_decisions->setMaximumHeight(150);
    m_decisions->setWordWrap(false);
    m_notices->setMaximumHeight(110);
    m_tasks->setMinimumHeight(110);
    m_tasks->setWordWrap(false);
    connect(m_notices, &QTableWidget::itemSelectionChanged, this, &WithdrawalPane::updateActions);
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, &WithdrawalPane::updateActions);

    connect(m_verify, &QPushButton::clicked, this, &WithdrawalPane::openVerify);
    connect(m_reject, &QPushButton::clicked, this, &WithdrawalPane::openReject);
    connect(m_decide, &QPushButton::clicked, this, &WithdrawalPane::openDecide);
    connect(m_approve, &QPushButton::clicked, this, &WithdrawalPane::openApprove);
    connect(m_execute, &QPushButton::clicked, this, &WithdrawalPane::execute);
    connect(m_told, &QPushButton::clicked, this, &WithdrawalPane::openRecipientTold);
    connect(m_reply, &QPushButton::clicked, this, &WithdrawalPane::openReplySent);
    connect(m_confirmTask, &QPushButton::clicked, this, &WithdrawalPane::openConfirmTask);
    connect(m_retryTask, &QPushButton::clicked, this, &WithdrawalPane::retryTask);
    connect(m_allowClose, &QPushButton::clicked, this, &WithdrawalPane::openAllowClose);

    QVBoxLayout* layout = caseLayout();
    layout->addLayout(factsBesideDocuments(), 1);
    layout->addWidget(m_decisions);
    layout->addWidget(m_notices);
    layout->addWidget(m_tasks, 1);
    // The tasks' buttons with the letter's, the steps on a row of their own: in Kyrgyz and
    // Russian the seven steps need the pane's whole width.
    stepsLayout()->addLayout(stepRow({m_confirmTask, m_retryTask, m_allowClose}));
    auto* steps = new QHBoxLayout;
    for (QPushButton* step : {m_verify, m_reject, m_decide, m_approve, m_execute, m_told, m_reply})
        steps->addWidget(step);
    steps->addStretch(1);
    stepsLayout()->addLayout(steps);
    showRequest(0);
}

WithdrawalPane::~WithdrawalPane() = default;

void WithdrawalPane::showRequest(qint64 id)
{
    readCase(id, m_details,
             [&] { return WithdrawalService(m_database).details(id, bishkekToday()); });
}

QString WithdrawalPane::factsHtml(const QHash<QString, QString>& categoryNames) const
{
    const WithdrawalService::Details& d = m_details;
    const Vocabulary words;
    const QHash<QString, QString> purposeNames =
        d.purposes.isEmpty() ? QHash<QString, QString>()
                             : ReferenceDataService(m_database).purposeNames();
    const auto names = [](const QStringList& codes, const QHash<QString, QString>& table) {
        QStringList out;
        for (const QString& code : codes)
            out << table.value(code, code);
        return out.join(QStringLiteral("; "));
    };
    FactsTable facts;
    const auto row = [&facts](const QString& label, const QString& html) {
        facts.add(label, html);
    };
    row(tr("Subject:"),
        QStringLiteral("<a href=\"subject\">%1</a> %2")
            .arg(FactsTable::escape(d.row.subjectRef), FactsTable::escape(d.row.subjectName)));
    if (d.row.minorCase()) {
        row(tr("Case:"), FactsTable::escape(tr("Opened by the officer: the subject is under 18 "
                                               "(policy 9.1, 12.4)")));
        row(tr("Letter to:"),
            FactsTable::escape(
                d.replyToAddress.isEmpty()
                    ? tr("No address of a parent or guardian is known: the case closes without "
                         "a letter.")
                    : joinNonEmpty({d.replyToName.isEmpty()
                                        ?
                                        //: The addressee of a letter. %1: the minor's full name.
                                        tr("the parent or legal guardian of %1").arg(d.minorName)
                                        : d.replyToName,
                                    d.replyToAddress})));
    } else if (d.row.retentionReview()) {
        row(tr("Case:"), FactsTable::escape(tr("Opened by the officer: the retention review "
                                               "(policy 6.2-6.3); it writes to no one")));
    } else {
        row(tr("Reply to:"), FactsTable::escape(joinNonEmpty({d.replyToName, d.replyToAddress})));
    }
    //: A label: the day and way the request was received.
    row(tr("Received:"),
        FactsTable::escape(
            //: How a case arrived. %1: the date; %2: the channel, e.g. "by post".
            tr("%1, %2").arg(displayDate(d.row.receivedOn),
                             words.name(Vocabulary::Kind::WithdrawalChannel, d.channel))));
    if (!d.formRef.isEmpty())
        row(tr("Signed form:"),
            FactsTable::escape(
                //: %1: the form's reference in the platform's archive; %2: its SHA-256 hash.
                tr("%1 in the platform's archive, SHA-256 %2").arg(d.formRef, d.formSha256)));
    QString scope = FactsTable::escape(words.name(Vocabulary::Kind::WithdrawalScope, d.scope));
    if (d.scope == QStringLiteral("partial"))
        scope += QStringLiteral("<br>") +
                 FactsTable::escape(joinNonEmpty(
                     {names(d.purposes, purposeNames), names(d.categories, categoryNames)}));
    if (!d.scopeNote.isEmpty())
        scope += QStringLiteral("<br><i>%1</i>").arg(FactsTable::escape(d.scopeNote));
    row(tr("Scope:"), scope);
    QString due = FactsTable::escape(displayDate(d.row.dueOn));
    if (d.row.open)
        due += QStringLiteral(" &nbsp;<span style=\"color:%1\"><b>%2</b></span>")
                   .arg(deadlineBandColour(true, d.row.overdue, d.row.daysLeft).name(),
                        FactsTable::escape(DeadlineCalendar::deadlineText(d.row.daysLeft)));
    row(tr("Target date:"), due);
    if (!d.identityMethod.isEmpty())
        row(tr("Identity:"),
            FactsTable::escape(joinNonEmpty(
                {words.name(Vocabulary::Kind::IdentityMethod, d.identityMethod), d.identityNote})));
    if (!d.rejectionReason.isEmpty())
        //: A label: when and why the request was rejected.
        row(tr("Rejected:"), FactsTable::escape(joinNonEmpty(
                                 {words.name(Vocabulary::Kind::RejectionReason, d.rejectionReason),
                                  d.rejectionNote})));
    if (d.executedAt.isValid())
        //: A label: when the request's decisions were executed.
        row(tr("Executed:"), FactsTable::escape(displayInstant(d.executedAt)));
    if (d.replySentOn.isValid())
        row(tr("Reply sent:"),
            FactsTable::escape(joinNonEmpty(
                {displayDate(d.replySentOn),
                 words.name(Vocabulary::Kind::ReplyMethod, d.replyMethod), d.replyTracking})));
    row(tr("Registered by:"), FactsTable::escape(d.row.officer));
    return facts.html();
}

void WithdrawalPane::showDetails()
{
    const WithdrawalService::Details& d = m_details;
    if (d.row.id == 0) {
        m_title->setText(tr("Select a request in the list to work on it."));
        m_facts->clear();
        m_documents->setDocuments({}, false);
        fillReadOnlyTable(m_decisions, {}, {});
        fillReadOnlyTable(m_notices, {}, {});
        fillReadOnlyTable(m_tasks, {}, {});
        m_taskList.clear();
        updateActions();
        return;
    }
    const Vocabulary words;
    QString title;
    if (d.row.minorCase())
        //: A case's title. %1: its number; %2: its state, e.g. "Received".
        title = tr("Case for a minor No. %1: %2");
    else if (d.row.retentionReview())
        //: A case's title. %1: its number; %2: its state, e.g. "Received".
        title = tr("Retention review No. %1: %2");
    else
        //: A case's title. %1: its number; %2: its state, e.g. "Received".
        title = tr("Withdrawal request No. %1: %2");
    m_title->setText(
        title.arg(d.row.id).arg(words.name(Vocabulary::Kind::WithdrawalState, d.row.state)));
    m_categoryNames = ReferenceDataService(m_database).categoryNames();
    const QHash<QString, QString>& categoryNames = m_categoryNames;
    m_facts->setText(factsHtml(categoryNames));
    m_documents->setDocuments(d.documents,
                              Permissions::allows(m_session.role, Permission::WorkOnCases));
    QList<QStringList> decisions;
    for (const WithdrawalService::Decision& x : d.decisions) {
        const QString ground =
            x.action == DecisionAction::Keep
                ? joinNonEmpty({words.name(Vocabulary::Kind::KeepGround, x.ground), x.groundDetail,
                                //: In a table cell: how long a category is kept. %1: a date.
                                tr("until %1").arg(displayDate(x.keepUntil))})
                : QString();
        decisions << QStringList{
            categoryNames.value(x.category, x.category),
            words.name(Vocabulary::Kind::DecisionAction, DecisionActions::code(x.action)),
            ground,
            x.justification,
            x.proposedBy,
            x.approvedBy};
    }
    fillReadOnlyTable(m_decisions,
                      {tr("Data category"), tr("Decision"), tr("Legal ground"), tr("Justification"),
                       tr("Proposed by"), tr("Approved by")},
                      decisions);
    QList<QStringList> notices;
    for (const WithdrawalService::Notice& n : d.notices) {
        QStringList categories;
        for (const QString& c : n.categories)
            categories << categoryNames.value(c, c);
        notices << QStringList{
            n.recipient, categories.join(QStringLiteral("; ")),
            n.notifiedOn.isValid() ? displayDate(n.notifiedOn) : tr("not yet told"),
            n.method.isEmpty() ? QString() : words.name(Vocabulary::Kind::NoticeMethod, n.method),
            n.note};
    }
    fillReadOnlyTable(
        m_notices,
        {tr("Recipient to tell"), tr("Data it received"), tr("Told on"), tr("How"), tr("Note")},
        notices);
    showTasks(categoryNames);
    m_letter->setLanguage(d.preferredLanguage);
    updateActions();
}

void WithdrawalPane::showTasks(const QHash<QString, QString>& categoryNames)
{
    const Vocabulary words;
    const QDate today = bishkekToday();
    QList<QStringList> rows;
    TaskService::Filter filter;
    filter.requestId = m_details.row.id;
    m_taskList = TaskService(m_database).list(filter);
    for (const TaskService::Task& t : m_taskList) {
        QString state = words.name(Vocabulary::Kind::TaskState, t.state);
        if (t.isPending() && DeadlineCalendar::isOverdue(t.dueOn, today))
            //: A task's state in a table cell. %1: the state, e.g. "Open".
            state = tr("%1, overdue").arg(state);
        const QString outcome = t.outcomeAt.isValid()
                                    //: When and by whom a task was done. %1: a date and time; %2:
                                    //: the officer's user name.
                                    ? tr("%1 by %2").arg(displayInstant(t.outcomeAt), t.recordedBy)
                                    : QString();
        rows << QStringList{
            t.kind == QLatin1String("system") ? t.systemName : t.recipient,
            t.kind == QLatin1String("system") ? categoryNames.value(t.category, t.category)
                                              : tr("(tell the recipient)"),
            t.action.isEmpty() ? QString() : words.name(Vocabulary::Kind::DecisionAction, t.action),
            state,
            displayDate(t.dueOn),
            QString::number(t.attempt),
            outcome,
            t.outcomeNote};
    }
    fillReadOnlyTable(m_tasks,
                      {tr("System or recipient"), tr("Data category"), tr("Asked to"),
                       tr("Task", "its state"), tr("Due"), tr("Attempt"),
                       //: A column: when and by whom the task was confirmed.
                       tr("Confirmed"), tr("Note")},
                      rows);
}

void WithdrawalPane::updateActions()
{
    using WithdrawalWorkflow::Step;
    const QString state = m_details.row.state;
    const bool writer =
        m_details.row.id > 0 && Permissions::allows(m_session.role, Permission::WorkOnCases);
    const bool supervisor = Permissions::allows(m_session.role, Permission::ApproveKeep);
    WithdrawalWorkflow::Facts facts;
    facts.keepAwaitsApproval = m_details.needsApproval;
    for (const WithdrawalService::Notice& n : m_details.notices)
        facts.recipientUntold = facts.recipientUntold || !n.notifiedOn.isValid();
    // The steps the workflow's table allows now (the service checks the same table).
    const auto may = [&](Step step) {
        return writer && WithdrawalWorkflow::workflow().allows(step, state, facts);
    };
    m_verify->setEnabled(may(Step::VerifyIdentity));
    m_reject->setEnabled(may(Step::Reject) && !m_details.row.retentionReview());
    m_decide->setEnabled(may(Step::Decide));
    m_approve->setEnabled(may(Step::ApproveKeep));
    m_approve->setToolTip(supervisor ? QString() : tr("A supervisor signs in to approve."));
    m_execute->setEnabled(may(Step::Execute));
    m_told->setEnabled(may(Step::RecordTold));
    m_reply->setEnabled(may(Step::SendReply));
    // A retention review writes to no one; a minor's case only to a known address, and not when
    // the subject turned out not to be a minor (WithdrawalLetterService refuses the same).
    const bool writes = !m_details.row.retentionReview() &&
                        !(m_details.row.minorCase() && (state == QLatin1String("rejected") ||
                                                        m_details.replyToAddress.isEmpty()));
    m_letter->setAvailable(may(Step::Letter) && writes);
    const bool executed = state == QLatin1String("executed") || state == QLatin1String("closed");
    m_confirmTask->setEnabled(writer && executed && selectedTask(true) != nullptr);
    const TaskService::Task* selected = selectedTask(false);
    m_retryTask->setEnabled(writer && selected && selected->state == QLatin1String("failed"));
    bool holding = false;
    for (const TaskService::Task& t : m_taskList)
        holding = holding || (t.isPending() && !t.isBackup());
    m_allowClose->setEnabled(writer && state == QLatin1String("executed") && holding);
    m_allowClose->setToolTip(tr("Let the request close while some of its tasks are not yet done: "
                                "a supervisor who did not execute it signs in."));
}

QString WithdrawalPane::taskName(const TaskService::Task& task) const
{
    const Vocabulary words;
    if (task.kind != QLatin1String("system"))
        //: A dialog's title. %1: the recipient's name.
        return tr("Tell %1 of the withdrawal").arg(task.recipient);
    //: A dialog's title. %1: the data system's name; %2: the action, e.g. "destroy"; %3: the data
    //: category's name.
    return tr("%1: %2 (%3)")
        .arg(task.systemName, words.name(Vocabulary::Kind::DecisionAction, task.action).toLower(),
             m_categoryNames.value(task.category, task.category));
}

// The task selected in the table; else, when `pendingOnly`, the first one not yet done.
const TaskService::Task* WithdrawalPane::selectedTask(bool pendingOnly) const
{
    const int row = m_tasks->currentRow();
    if (row >= 0 && row < m_taskList.size() && m_tasks->selectionModel()->hasSelection() &&
        (!pendingOnly || m_taskList[row].isPending()))
        return &m_taskList[row];
    if (!pendingOnly)
        return nullptr;
    for (const TaskService::Task& t : m_taskList)
        if (t.isPending())
            return &t;
    return nullptr;
}

TaskConfirmDialog* WithdrawalPane::openConfirmTask()
{
    const TaskService::Task* task = selectedTask(true);
    if (!task)
        return nullptr;
    const qint64 taskId = task->id;
    auto* dialog = new TaskConfirmDialog(taskName(*task), task->createdAt, m_details.documents,
                                         m_prompts, this);
    m_steps->submit(
        dialog,
        [this, dialog, taskId] {
        TaskService(m_database).confirm(m_session, taskId, dialog->outcome());
        },
        //: %1: the task's number.
        tr("Task %1 is recorded.").arg(taskId));
    return dialog;
}

void WithdrawalPane::retryTask()
{
    const TaskService::Task* task = selectedTask(false);
    if (!task || task->state != QLatin1String("failed"))
        return;
    const qint64 taskId = task->id;
    bool accepted = false;
    const QString note =
        m_prompts.askText(this, tr("Retry task"), tr("Why it may work now (optional):"), &accepted);
    if (!accepted)
        return;
    m_steps->run([this, taskId, note] { TaskService(m_database).retry(m_session, taskId, note); },
                 //: %1: the task's number.
                 tr("Task %1 is open again for another attempt.").arg(taskId));
}

AllowCloseDialog* WithdrawalPane::openAllowClose()
{
    QStringList open;
    for (const TaskService::Task& t : m_taskList)
        if (t.isPending() && !t.isBackup())
            open << taskName(t);
    auto* dialog = new AllowCloseDialog(m_details, open.join(QStringLiteral("; ")), this);
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database)
            .allowCloseWithOpenTasks(dialog->signIn(m_database), id, dialog->reason(),
                                     versionOf(id));
        },
        //: %1: the request's number.
        tr("Request No. %1 may close with its tasks open; they stay open until confirmed.")
            .arg(id));
    return dialog;
}

ChoiceNoteDialog* WithdrawalPane::openVerify()
{
    auto* dialog = new ChoiceNoteDialog(
        //: A dialog's title. %1: the request's number.
        tr("Identity of the requester: request No. %1").arg(requestId()),
        //: A button: confirms that the requester's identity is verified.
        tr("Verified"), tr("How it was verified:"), Vocabulary::Kind::IdentityMethod, this);
    dialog->setChoiceDescription(tr("How the author was shown to be the subject"));
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database)
            .verifyIdentity(m_session, id, dialog->code(), dialog->note(), versionOf(id));
        },
        //: %1: the request's number.
        tr("The identity for request No. %1 is verified.").arg(id));
    return dialog;
}

ChoiceNoteDialog* WithdrawalPane::openReject()
{
    //: A dialog's title. %1: the request's number.
    auto* dialog = new ChoiceNoteDialog(tr("Reject request No. %1").arg(requestId()), tr("Reject"),
                                        tr("Reason:"), Vocabulary::Kind::RejectionReason, this);
    dialog->setChoiceDescription(tr("Why the request is refused; the rejection letter says so"));
    // A minor's case is rejected only because the subject is not a minor; a request never so.
    QStringList reasons = Vocabulary::codes(Vocabulary::Kind::RejectionReason);
    if (m_details.row.minorCase())
        reasons = {QStringLiteral("not_a_minor")};
    else
        reasons.removeAll(QStringLiteral("not_a_minor"));
    dialog->limitChoices(reasons);
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database)
            .reject(m_session, id, dialog->code(), dialog->note(), versionOf(id));
        },
        //: %1: the request's number.
        tr("Request No. %1 is rejected; its letter says why.").arg(id));
    return dialog;
}

DecisionDialog* WithdrawalPane::openDecide()
{
    auto* dialog = new DecisionDialog(m_database, m_details, this);
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database).decide(m_session, id, dialog->decisions(), versionOf(id));
        },
        //: %1: the request's number.
        tr("The decisions on request No. %1 are recorded.").arg(id));
    return dialog;
}

ApprovalDialog* WithdrawalPane::openApprove()
{
    auto* dialog = new ApprovalDialog(m_details, this);
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database).approve(dialog->signIn(m_database), id, versionOf(id));
        },
        //: %1: the request's number.
        tr("Keeping data under request No. %1 is approved.").arg(id));
    return dialog;
}

void WithdrawalPane::execute()
{
    const qint64 id = requestId();
    if (!m_prompts.confirm(this, tr("Execute the decisions"),
                           //: %1: the request's number.
                           tr("Execute the decisions on request No. %1 now? Destroyed and "
                              "depersonalised values cannot be brought back.")
                               .arg(id)))
        return;
    m_steps->run(
        [this, id] { WithdrawalService(m_database).execute(m_session, id, versionOf(id)); },
        //: %1: the request's number.
        tr("Request No. %1 is executed; tell each recipient, then send the reply.").arg(id));
}

SentDialog* WithdrawalPane::openRecipientTold()
{
    int row = m_notices->currentRow();
    if (row < 0 || row >= m_details.notices.size() || m_details.notices[row].notifiedOn.isValid()) {
        row = -1;
        for (int i = 0; i < m_details.notices.size() && row < 0; ++i)
            if (!m_details.notices[i].notifiedOn.isValid())
                row = i;
    }
    if (row < 0)
        return nullptr;
    const WithdrawalService::Notice notice = m_details.notices[row];
    auto* dialog =
        //: A dialog's title. %1: the recipient's name.
        new SentDialog(tr("%1 told of the withdrawal").arg(notice.recipient),
                       Vocabulary::Kind::NoticeMethod, m_details.row.receivedOn, tr("Note:"), this);
    m_steps->submit(
        dialog,
        [this, dialog, notice] {
        WithdrawalService(m_database)
            .recordNotice(m_session, notice.id, dialog->sentOn(), dialog->method(), dialog->note());
        },
        //: %1: the recipient's name.
        tr("%1 is recorded as told.").arg(notice.recipient));
    return dialog;
}

SentDialog* WithdrawalPane::openReplySent()
{
    //: A dialog's title. %1: the request's number.
    auto* dialog = new SentDialog(tr("The reply to request No. %1 was sent").arg(requestId()),
                                  Vocabulary::Kind::ReplyMethod, m_details.row.receivedOn,
                                  tr("Tracking number:"), this);
    // "No letter" only for a minor's case with no address to write to, and then only that.
    QStringList methods = Vocabulary::codes(Vocabulary::Kind::ReplyMethod);
    if (m_details.row.retentionReview() ||
        (m_details.row.minorCase() && m_details.replyToAddress.isEmpty()))
        methods = {QStringLiteral("none")};
    else
        methods.removeAll(QStringLiteral("none"));
    dialog->limitMethods(methods);
    const qint64 id = requestId();
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        WithdrawalService(m_database)
            .logReply(m_session, id, dialog->sentOn(), dialog->method(), dialog->note(),
                      versionOf(id));
        },
        //: %1: the request's number.
        tr("The reply to request No. %1 is logged; the request is closed.").arg(id));
    return dialog;
}

} // namespace dpo

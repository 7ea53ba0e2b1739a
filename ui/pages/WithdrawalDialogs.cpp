// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawalDialogs.h"

#include "domain/DocumentLanguage.h"
#include "services/OfficerService.h"
#include "services/ReferenceDataService.h"
#include "widgets/DocumentPicker.h"
#include "widgets/FormHelpers.h"
#include "widgets/SubjectLookup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <tuple>

namespace dpo {

WithdrawalDialog::WithdrawalDialog(Database& database, const Session& session, UserPrompts& prompts,
                                   QWidget* parent)
    : SubmitDialog(tr("Register a written request to withdraw consent"), tr("Register"), parent),
      m_subject(new SubjectLookup(database, session, this)), m_replyName(new QLineEdit(this)),
      m_replyAddress(new QLineEdit(this)),
      m_received(dateField(this, bishkekToday(), "withdrawalReceived")),
      m_channel(vocabularyCombo(this, Vocabulary::Kind::WithdrawalChannel, "withdrawalChannel")),
      m_scope(vocabularyCombo(this, Vocabulary::Kind::WithdrawalScope, "withdrawalScope")),
      m_purposes(checkList(this, ReferenceDataService(database).purposes(), "withdrawalPurposes")),
      m_categories(
          checkList(this, ReferenceDataService(database).categories(), "withdrawalCategories")),
      m_scopeNote(new QLineEdit(this)),
      m_documents(new DocumentPicker(
          prompts, tr("The written request"), [this](const QString& error) { showError(error); },
          this))
{
    setObjectName(QStringLiteral("withdrawalDialog"));
    m_subject->setObjectName(QStringLiteral("withdrawalSubject"));
    m_subject->setToolTip(tr("Whose consent is withdrawn: find them by name, INN, phone or "
                             "platform reference"));
    m_replyName->setObjectName(QStringLiteral("withdrawalReplyName"));
    m_replyName->setToolTip(tr("Whom the reply is addressed to"));
    m_replyName->setPlaceholderText(tr("As the letter gives it; empty: the subject's name"));
    m_replyAddress->setObjectName(QStringLiteral("withdrawalReplyAddress"));
    m_replyAddress->setPlaceholderText(
        tr("As the letter gives it; empty: the subject's residence address"));
    m_replyAddress->setToolTip(tr("Where the reply goes"));
    m_received->setMaximumDate(bishkekToday());
    m_received->setToolTip(tr("The day the written request arrived; the target date counts from "
                              "it"));
    m_channel->setToolTip(tr("How the written request arrived"));
    m_scope->setToolTip(tr("The whole consent, or only the purposes and data categories ticked "
                           "below"));
    m_scopeNote->setObjectName(QStringLiteral("withdrawalScopeNote"));
    m_scopeNote->setToolTip(tr("What the letter says it withdraws, in its own words"));
    m_documents->setObjectName(QStringLiteral("withdrawalDocuments"));
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Reply to:"), m_replyName);
    form()->addRow(tr("Address:"), m_replyAddress);
    form()->addRow(tr("Received on:"), m_received);
    form()->addRow(tr("How it came:"), m_channel);
    form()->addRow(tr("Scope:"), m_scope);
    // A list's accessible name is not read from its form label: it is given.
    m_purposes->setAccessibleName(tr("Purposes withdrawn"));
    m_categories->setAccessibleName(tr("Data categories withdrawn"));
    m_purposes->setAccessibleDescription(tr("Tick each purpose the consent is withdrawn for"));
    m_categories->setAccessibleDescription(tr("Tick each data category the consent is withdrawn "
                                              "for"));
    form()->addRow(tr("Purposes:"), m_purposes);
    form()->addRow(tr("Data categories:"), m_categories);
    form()->addRow(tr("Scope in the letter's words:"), m_scopeNote);
    form()->addRow(tr("Documents:"), m_documents);
    const auto partial = [this] {
        const bool on = m_scope->currentData().toString() == QStringLiteral("partial");
        m_purposes->setEnabled(on);
        m_categories->setEnabled(on);
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, partial);
    partial();
    resize(680, 720);
}

WithdrawalService::Registration WithdrawalDialog::registration() const
{
    WithdrawalService::Registration r;
    r.subjectRef = m_subject->text().trimmed();
    r.replyToName = m_replyName->text().trimmed();
    r.replyToAddress = m_replyAddress->text().trimmed();
    r.receivedOn = m_received->date();
    r.channel = m_channel->currentData().toString();
    r.fullScope = m_scope->currentData().toString() == QStringLiteral("full");
    if (!r.fullScope) {
        r.purposes = checkedCodes(m_purposes);
        r.categories = checkedCodes(m_categories);
    }
    r.scopeNote = m_scopeNote->text().trimmed();
    r.documents = m_documents->documents();
    return r;
}

ChoiceNoteDialog::ChoiceNoteDialog(const QString& title, const QString& okText,
                                   const QString& choiceLabel, Vocabulary::Kind kind,
                                   QWidget* parent)
    : SubmitDialog(title, okText, parent), m_choice(vocabularyCombo(this, kind, "choice")),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("choiceNoteDialog"));
    m_choice->setToolTip(choiceLabel);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setToolTip(tr("Anything the case should record besides the choice above"));
    m_note->setMaximumHeight(90);
    form()->addRow(choiceLabel, m_choice);
    form()->addRow(tr("Note:"), m_note);
    resize(520, 220);
}

namespace {
void keepOnly(QComboBox* box, const QStringList& codes)
{
    for (int i = box->count() - 1; i >= 0; --i)
        if (!codes.contains(box->itemData(i).toString()))
            box->removeItem(i);
}
} // namespace

void ChoiceNoteDialog::setChoiceDescription(const QString& description)
{
    m_choice->setToolTip(description);
}

void ChoiceNoteDialog::limitChoices(const QStringList& codes)
{
    keepOnly(m_choice, codes);
}

void SentDialog::limitMethods(const QStringList& codes)
{
    keepOnly(m_method, codes);
}

QString ChoiceNoteDialog::code() const
{
    return m_choice->currentData().toString();
}

QString ChoiceNoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

DecisionDialog::DecisionDialog(Database& database, const WithdrawalService::Details& request,
                               QWidget* parent)
    //: A dialog's title. %1: the request's number.
    : SubmitDialog(tr("Decide per data category: request No. %1").arg(request.row.id),
                   tr("Save the decisions"), parent),
      m_table(new QTableWidget(this)), m_categories(request.heldCategories)
{
    setObjectName(QStringLiteral("decisionDialog"));
    m_table->setObjectName(QStringLiteral("decisionTable"));
    m_table->setAccessibleName(tr("Decision per data category"));
    m_table->setAccessibleDescription(tr("A row per data category held: its decision, and for a "
                                         "keep the ground, the paragraph or law, and the date"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Data category"), tr("Decision"), tr("Legal ground"),
                                        tr("Paragraph or law"), tr("Kept until"),
                                        tr("Justification")});
    m_table->setRowCount(int(m_categories.size()));
    m_table->verticalHeader()->hide();
    const QHash<QString, QString> names = ReferenceDataService(database).categoryNames();
    QHash<QString, WithdrawalService::Decision> earlier;
    for (const WithdrawalService::Decision& d : request.decisions)
        earlier.insert(d.category, d);
    for (int row = 0; row < m_categories.size(); ++row) {
        const QString code = m_categories[row];
        auto* name = new QTableWidgetItem(names.value(code, code));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, Category, name);
        QComboBox* action =
            vocabularyCombo(m_table, Vocabulary::Kind::DecisionAction, "decisionAction");
        QComboBox* ground =
            vocabularyCombo(m_table, Vocabulary::Kind::KeepGround, "decisionGround");
        auto* detail = new QLineEdit(m_table);
        detail->setObjectName(QStringLiteral("decisionGroundDetail"));
        QDateEdit* until = dateField(m_table, bishkekToday().addYears(5), "decisionKeepUntil");
        auto* justification = new QLineEdit(m_table);
        justification->setObjectName(QStringLiteral("decisionJustification"));
        // Each cell's control is named by its column and row, which a screen reader does not
        // read from the table around it.
        const QString category = names.value(code, code);
        for (const auto& [widget, column, description] :
             {std::tuple<QWidget*, QString, QString>{
                  action, tr("Decision"),
                  tr("Destroy, depersonalise, block, or keep on a legal ground")},
              {ground, tr("Legal ground"), tr("The ground a keep rests on")},
              {detail, tr("Paragraph or law"),
               tr("The paragraph of Art. 15, or the other law's name and article")},
              {until, tr("Kept until"), tr("The day the kept data is to be destroyed")},
              {justification, tr("Justification"),
               tr("Why this decision, as the reply states it")}}) {
            widget->setAccessibleName(
                //: %1: a column's title, e.g. "Kept until"; %2: the data category's name.
                tr("%1: %2", "a column: a data category").arg(column, category));
            widget->setToolTip(description);
        }
        justification->setText(tr("Consent withdrawn by a written request (policy 12.1.3)"));
        const auto it = earlier.constFind(code);
        if (it != earlier.cend()) {
            action->setCurrentIndex(action->findData(DecisionActions::code(it->action)));
            if (!it->ground.isEmpty())
                ground->setCurrentIndex(ground->findData(it->ground));
            detail->setText(it->groundDetail);
            if (it->keepUntil.isValid())
                until->setDate(it->keepUntil);
            justification->setText(it->justification);
        }
        m_table->setCellWidget(row, Action, action);
        m_table->setCellWidget(row, Ground, ground);
        m_table->setCellWidget(row, GroundDetail, detail);
        m_table->setCellWidget(row, KeepUntil, until);
        justification->setCursorPosition(0); // the beginning of the text in sight
        m_table->setCellWidget(row, Justification, justification);
        connect(action, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        connect(ground, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        updateRow(row);
    }
    m_table->resizeColumnsToContents();
    // The justification is what the officer writes most: it takes the room the others leave.
    m_table->setColumnWidth(Category, qMin(m_table->columnWidth(Category), 300));
    m_table->setColumnWidth(Ground, qMin(m_table->columnWidth(Ground), 230));
    m_table->setColumnWidth(GroundDetail, 110);
    m_table->horizontalHeader()->setSectionResizeMode(Justification, QHeaderView::Stretch);
    m_table->setMinimumWidth(1100);
    form()->addRow(m_table);
    resize(1380, 140 + 34 * int(m_categories.size()));
}

DecisionAction DecisionDialog::actionAt(int row) const
{
    const QString code =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, Action))->currentData().toString();
    return DecisionActions::fromCode(code).value_or(DecisionAction::Block);
}

void DecisionDialog::updateRow(int row)
{
    const bool keep = actionAt(row) == DecisionAction::Keep;
    const QString ground =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, Ground))->currentData().toString();
    m_table->cellWidget(row, Ground)->setEnabled(keep);
    m_table->cellWidget(row, KeepUntil)->setEnabled(keep);
    m_table->cellWidget(row, GroundDetail)
        ->setEnabled(keep && (ground == QStringLiteral("law58_art15") ||
                              ground == QStringLiteral("other_law")));
}

QList<WithdrawalService::Decision> DecisionDialog::decisions() const
{
    QList<WithdrawalService::Decision> out;
    for (int row = 0; row < m_categories.size(); ++row) {
        WithdrawalService::Decision d;
        d.category = m_categories[row];
        d.action = actionAt(row);
        d.justification =
            qobject_cast<QLineEdit*>(m_table->cellWidget(row, Justification))->text().trimmed();
        if (d.action == DecisionAction::Keep) {
            d.ground = qobject_cast<QComboBox*>(m_table->cellWidget(row, Ground))
                           ->currentData()
                           .toString();
            d.keepUntil = qobject_cast<QDateEdit*>(m_table->cellWidget(row, KeepUntil))->date();
            const auto* detail = qobject_cast<QLineEdit*>(m_table->cellWidget(row, GroundDetail));
            if (detail->isEnabled())
                d.groundDetail = detail->text().trimmed();
        }
        out << d;
    }
    return out;
}

ApprovalDialog::ApprovalDialog(const WithdrawalService::Details& request, QWidget* parent)
    : ApprovalDialog(
          //: A dialog's title. %1: the request's number.
          tr("Approve keeping data: request No. %1").arg(request.row.id), tr("Approve"),
          tr("A supervisor other than the officer who proposed the keep signs in to approve it."),
          parent)
{
}

ApprovalDialog::ApprovalDialog(const QString& title, const QString& okText,
                               const QString& explanation, QWidget* parent)
    : SubmitDialog(title, okText, parent), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_username->setObjectName(QStringLiteral("approverUsername"));
    m_password->setObjectName(QStringLiteral("approverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setToolTip(tr("The user name of the supervisor who approves"));
    m_password->setToolTip(tr("The supervisor's own password; it is not kept"));
    auto* note = new QLabel(explanation, this);
    note->setWordWrap(true);
    form()->addRow(note);
    form()->addRow(tr("Supervisor:"), m_username);
    form()->addRow(tr("Password:"), m_password);
    resize(460, 200);
}

QString ApprovalDialog::username() const
{
    return m_username->text().trimmed();
}

QString ApprovalDialog::password() const
{
    return m_password->text();
}

Session ApprovalDialog::signIn(Database& database) const
{
    return OfficerService(database).signIn(username(), password());
}

AllowCloseDialog::AllowCloseDialog(const WithdrawalService::Details& request,
                                   const QString& openTasks, QWidget* parent)
    //: A dialog's title. %1: the request's number.
    : ApprovalDialog(tr("Allow request No. %1 to close with tasks open").arg(request.row.id),
                     tr("Allow closing"),
                     //: %1: the open tasks, listed.
                     tr("Not yet done: %1. A supervisor or administrator who did not execute the "
                        "request signs in and says why it may close now; the tasks stay open "
                        "until their systems confirm them.")
                         .arg(openTasks),
                     parent),
      m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("allowCloseDialog"));
    m_reason->setObjectName(QStringLiteral("allowCloseReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setToolTip(tr("Why the request may close before every task is confirmed"));
    form()->addRow(tr("Reason:"), m_reason);
    resize(520, 320);
}

QString AllowCloseDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

TaskConfirmDialog::TaskConfirmDialog(const QString& taskName, const QDateTime& createdAt,
                                     const QList<AttachmentService::Info>& documents,
                                     UserPrompts& prompts, QWidget* parent)
    : SubmitDialog(tr("Confirm a task by hand"), tr("Confirm"), parent),
      m_outcome(new QComboBox(this)), m_at(new QDateTimeEdit(this)),
      m_note(new QPlainTextEdit(this)), m_evidence(new QComboBox(this)),
      m_newEvidence(new DocumentPicker(
          prompts, tr("The evidence"), [this](const QString& error) { showError(error); }, this))
{
    setObjectName(QStringLiteral("taskConfirmDialog"));
    m_outcome->setObjectName(QStringLiteral("taskOutcome"));
    m_outcome->addItem(tr("Done", "a task"), true);
    m_outcome->addItem(tr("Failed", "a task"), false);
    m_outcome->setToolTip(tr("Whether the data system did what the task asked"));
    m_at->setObjectName(QStringLiteral("taskAt"));
    m_at->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_at->setCalendarPopup(true);
    // Bishkek's wall clock whatever the workstation's zone (Qt 6.4's editor has no time zone):
    // held as a UTC value showing Bishkek's date and time.
    m_at->setTimeSpec(Qt::UTC);
    const auto wallClock = [](const QDateTime& instant) {
        const QDateTime local = instant.toTimeZone(bishkekZone());
        return QDateTime(local.date(), local.time(), Qt::UTC);
    };
    const QDateTime now = wallClock(QDateTime::currentDateTimeUtc());
    m_at->setDateTimeRange(wallClock(createdAt), now);
    m_at->setDateTime(now);
    m_at->setToolTip(tr("When the system did it, Bishkek time; not before the task was sent"));
    m_note->setObjectName(QStringLiteral("taskNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Who confirmed it and how; a failure's reason"));
    m_note->setToolTip(tr("Who confirmed it and how; a failure's reason"));
    m_evidence->setObjectName(QStringLiteral("taskEvidence"));
    m_evidence->addItem(tr("(none)", "no document"), qint64(0));
    m_evidence->setToolTip(tr("A document of the case that shows it was done"));
    for (const AttachmentService::Info& document : documents)
        m_evidence->addItem(document.fileName, document.id);
    auto* what = new QLabel(taskName, this);
    what->setWordWrap(true);
    form()->addRow(tr("Task:", "of a data system"), what);
    form()->addRow(tr("Outcome:"), m_outcome);
    form()->addRow(tr("When:"), m_at);
    form()->addRow(tr("Note:"), m_note);
    form()->addRow(tr("Evidence on file:"), m_evidence);
    form()->addRow(tr("New evidence:"), m_newEvidence);
    resize(560, 420);
}

TaskService::Outcome TaskConfirmDialog::outcome() const
{
    TaskService::Outcome o;
    o.done = m_outcome->currentData().toBool();
    const QDateTime shown = m_at->dateTime();
    o.at = QDateTime(shown.date(), shown.time(), bishkekZone()).toUTC();
    o.note = m_note->toPlainText().trimmed();
    if (!m_newEvidence->documents().isEmpty())
        o.evidence = m_newEvidence->documents().first();
    else
        o.evidenceId = m_evidence->currentData().toLongLong();
    return o;
}

SentDialog::SentDialog(const QString& title, Vocabulary::Kind methods, const QDate& earliest,
                       const QString& noteLabel, QWidget* parent)
    : SubmitDialog(title, tr("Record"), parent), m_on(dateField(this, bishkekToday(), "sentOn")),
      m_method(vocabularyCombo(this, methods, "sentMethod")), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sentDialog"));
    m_on->setDateRange(earliest, bishkekToday());
    m_note->setObjectName(QStringLiteral("sentNote"));
    m_on->setToolTip(tr("The day it was sent or told; not before the case was received"));
    m_method->setToolTip(tr("The way it was sent"));
    m_note->setToolTip(
        tr("What the record should say besides the day and the way, such as a tracking number"));
    form()->addRow(tr("On:"), m_on);
    form()->addRow(tr("How:"), m_method);
    form()->addRow(noteLabel, m_note);
    resize(480, 200);
}

QDate SentDialog::sentOn() const
{
    return m_on->date();
}

QString SentDialog::method() const
{
    return m_method->currentData().toString();
}

QString SentDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawalDialogs.h"

#include "domain/DocumentLanguage.h"
#include "services/ReferenceDataService.h"
#include "widgets/DocumentPicker.h"
#include "widgets/FormHelpers.h"
#include "widgets/SubjectLookup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace dpo {

WithdrawalDialog::WithdrawalDialog(Database& database, UserPrompts& prompts, QWidget* parent)
    : SubmitDialog(tr("Register a written request to withdraw consent"), tr("Register"), parent),
      m_subject(new SubjectLookup(database, this)), m_replyName(new QLineEdit(this)),
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
    m_replyName->setObjectName(QStringLiteral("withdrawalReplyName"));
    m_replyName->setPlaceholderText(tr("As the letter gives it; empty: the subject's name"));
    m_replyAddress->setObjectName(QStringLiteral("withdrawalReplyAddress"));
    m_replyAddress->setPlaceholderText(
        tr("As the letter gives it; empty: the subject's residence address"));
    m_received->setMaximumDate(bishkekToday());
    m_scopeNote->setObjectName(QStringLiteral("withdrawalScopeNote"));
    m_documents->setObjectName(QStringLiteral("withdrawalDocuments"));
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Reply to:"), m_replyName);
    form()->addRow(tr("Address:"), m_replyAddress);
    form()->addRow(tr("Received on:"), m_received);
    form()->addRow(tr("How it came:"), m_channel);
    form()->addRow(tr("Scope:"), m_scope);
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
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaximumHeight(90);
    form()->addRow(choiceLabel, m_choice);
    form()->addRow(tr("Note:"), m_note);
    resize(520, 220);
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
    : SubmitDialog(tr("Decide per data category: request No. %1").arg(request.row.id),
                   tr("Save the decisions"), parent),
      m_table(new QTableWidget(this)), m_categories(request.heldCategories)
{
    setObjectName(QStringLiteral("decisionDialog"));
    m_table->setObjectName(QStringLiteral("decisionTable"));
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
    : SubmitDialog(tr("Approve keeping data: request No. %1").arg(request.row.id), tr("Approve"),
                   parent),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_username->setObjectName(QStringLiteral("approverUsername"));
    m_password->setObjectName(QStringLiteral("approverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* note = new QLabel(
        tr("A supervisor other than the officer who proposed the keep signs in to approve it."),
        this);
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

SentDialog::SentDialog(const QString& title, Vocabulary::Kind methods, const QDate& earliest,
                       const QString& noteLabel, QWidget* parent)
    : SubmitDialog(title, tr("Record"), parent), m_on(dateField(this, bishkekToday(), "sentOn")),
      m_method(vocabularyCombo(this, methods, "sentMethod")), m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sentDialog"));
    m_on->setDateRange(earliest, bishkekToday());
    m_note->setObjectName(QStringLiteral("sentNote"));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimDialog.h"

#include "core/Error.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "UserPrompts.h"
#include "widgets/DocumentPicker.h"
#include "widgets/SubjectLookup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dpo {

ClaimDialog::ClaimDialog(Database& database, const Session& session, UserPrompts& prompts,
                         QWidget* parent)
    : SubmitDialog(tr("Register a claim or a request for own data"), tr("Register"), parent),
      m_database(database), m_prompts(prompts), m_kind(new QComboBox(this)),
      m_authority(new QComboBox(this)), m_requestNumber(new QLineEdit(this)),
      m_requestDate(new QDateEdit(bishkekToday(), this)),
      m_subject(new SubjectLookup(database, session, this)), m_claimant(new QLineEdit(this)),
      m_contact(new QLineEdit(this)), m_received(new QDateEdit(bishkekToday(), this)),
      m_channel(new QComboBox(this)), m_summary(new QPlainTextEdit(this)),
      m_documents(new DocumentPicker(
          prompts, tr("The claim's document"), [this](const QString& error) { showError(error); },
          this)),
      m_due(new QLabel(this))
{
    setObjectName(QStringLiteral("claimDialog"));
    const Vocabulary words;
    m_kind->setObjectName(QStringLiteral("claimKind"));
    m_kind->setToolTip(tr("What is asked; it sets the period for the answer"));
    m_kind->addItem(words.name(Vocabulary::Kind::ClaimKind, QStringLiteral("pretrial_claim")),
                    int(ClaimService::Kind::PretrialClaim));
    m_kind->addItem(words.name(Vocabulary::Kind::ClaimKind, QStringLiteral("access_request")),
                    int(ClaimService::Kind::AccessRequest));
    m_kind->addItem(words.name(Vocabulary::Kind::ClaimKind, QStringLiteral("authority_request")),
                    int(ClaimService::Kind::AuthorityRequest));
    m_kind->addItem(
        words.name(Vocabulary::Kind::ClaimKind, QStringLiteral("rectification_request")),
        int(ClaimService::Kind::RectificationRequest));
    m_authority->setObjectName(QStringLiteral("claimAuthority"));
    // The Agency's full name is long: the combo does not widen the dialog for it.
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_authority->setMinimumContentsLength(30);
    m_authority->setToolTip(tr("The body whose request this is"));
    for (const char* body : {"state_agency", "ombudsman"})
        m_authority->addItem(words.name(Vocabulary::Kind::Authority, QString::fromLatin1(body)),
                             QString::fromLatin1(body));
    m_requestNumber->setObjectName(QStringLiteral("claimRequestNumber"));
    m_requestNumber->setPlaceholderText(tr("The number on the body's letter"));
    m_requestNumber->setToolTip(tr("The number on the body's letter"));
    m_requestDate->setObjectName(QStringLiteral("claimRequestDate"));
    m_requestDate->setCalendarPopup(true);
    m_requestDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_requestDate->setMaximumDate(bishkekToday());
    m_requestDate->setToolTip(tr("The date on the body's letter"));
    m_subject->setObjectName(QStringLiteral("claimSubject"));
    m_subject->setToolTip(
        tr("When the claimant is a subject: find them by name, INN, phone or platform reference"));
    m_claimant->setObjectName(QStringLiteral("claimClaimant"));
    m_claimant->setPlaceholderText(tr("Full name (the subject's, when left empty)"));
    m_claimant->setToolTip(tr("Who wrote: their full name, or empty for the subject found above"));
    m_contact->setObjectName(QStringLiteral("claimContact"));
    m_contact->setToolTip(tr("Where the answer goes: a postal address, a phone number or an "
                             "e-mail address"));
    m_received->setObjectName(QStringLiteral("claimReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_received->setMaximumDate(bishkekToday());
    m_received->setToolTip(tr("The day the letter arrived; the period counts from the day after"));
    m_channel->setObjectName(QStringLiteral("claimChannel"));
    m_channel->setToolTip(tr("How the letter arrived"));
    for (const char* channel : {"post", "in_person", "email", "app_form"})
        m_channel->addItem(words.name(Vocabulary::Kind::ClaimChannel, QString::fromLatin1(channel)),
                           QString::fromLatin1(channel));
    m_summary->setObjectName(QStringLiteral("claimSummary"));
    m_summary->setToolTip(tr("What the letter asks or complains of, in a few words"));
    m_summary->setPlaceholderText(tr("What the claim is about"));
    m_documents->setObjectName(QStringLiteral("claimDocuments"));
    m_due->setObjectName(QStringLiteral("claimDue"));

    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Body:"), m_authority);
    form()->addRow(tr("Request number:"), m_requestNumber);
    form()->addRow(tr("Request date:"), m_requestDate);
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Claimant:"), m_claimant);
    form()->addRow(tr("Contact:"), m_contact);
    form()->addRow(tr("Received on:"), m_received);
    form()->addRow(tr("How it came:"), m_channel);
    form()->addRow(tr("About:"), m_summary);
    form()->addRow(tr("Documents:"), m_documents);
    form()->addRow(tr("Answer due:"), m_due);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimDialog::updateDue);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimDialog::updateKind);
    connect(m_received, &QDateEdit::dateChanged, this, &ClaimDialog::updateDue);
    updateDue();
    updateKind();
    resize(640, 620);
}

void ClaimDialog::setSubmitRegistration(
    std::function<QString(const ClaimService::Registration&)> submit)
{
    setSubmit([this, submit = std::move(submit)] { return submit(registration()); });
}

void ClaimDialog::updateDue()
{
    const auto kind = ClaimService::Kind(m_kind->currentData().toInt());
    try {
        const QDate due = DeadlineCalendar::load(m_database)
                              .dueDate(m_received->date(), ClaimService::periodDays(kind));
        // No law sets a period for a correction: the target is the organisation's own.
        m_due->setText(
            (kind == ClaimService::Kind::RectificationRequest
                 ?
                 //: The due date of a case. %1: the due date; %Ln: the number of calendar days from
                 //: receipt.
                 tr("%1 (%Ln calendar day(s) from receipt, by the working-day calendar: the "
                    "organisation's own target, not a period set by law)",
                    nullptr, ClaimService::periodDays(kind))
                 :
                 //: The due date of a case. %1: the due date; %Ln: the number of calendar days from
                 //: receipt.
                 tr("%1 (%Ln calendar day(s) from receipt, by the working-day calendar)", nullptr,
                    ClaimService::periodDays(kind)))
                .arg(displayDate(due)));
    } catch (const Error& e) {
        m_due->setText(e.message());
    }
}

// A body's request names the body and its letter; the claimant is then the body (a subject the
// request concerns may still be named).
void ClaimDialog::updateKind()
{
    const bool authority =
        ClaimService::Kind(m_kind->currentData().toInt()) == ClaimService::Kind::AuthorityRequest;
    for (QWidget* w : {static_cast<QWidget*>(m_authority), static_cast<QWidget*>(m_requestNumber),
                       static_cast<QWidget*>(m_requestDate)})
        w->setEnabled(authority);
    m_claimant->setPlaceholderText(authority ? tr("Empty: the body's name")
                                             : tr("Full name (the subject's, when left empty)"));
    // A request to correct data is the subject's own (RectificationService).
    m_subject->setToolTip(
        ClaimService::Kind(m_kind->currentData().toInt()) ==
                ClaimService::Kind::RectificationRequest
            ? tr("Required: the subject whose data is to be corrected")
            : tr("When the claimant is a subject: find them by name, INN, phone or platform "
                 "reference"));
}

ClaimService::Registration ClaimDialog::registration() const
{
    ClaimService::Registration r;
    r.kind = ClaimService::Kind(m_kind->currentData().toInt());
    r.subjectRef = m_subject->text().trimmed();
    r.claimantName = m_claimant->text().trimmed();
    r.claimantContact = m_contact->text().trimmed();
    r.receivedOn = m_received->date();
    r.channel = m_channel->currentData().toString();
    r.subjectMatter = m_summary->toPlainText().trimmed();
    r.documents = m_documents->documents();
    if (r.kind == ClaimService::Kind::AuthorityRequest) {
        r.authority = m_authority->currentData().toString();
        r.requestNumber = m_requestNumber->text().trimmed();
        r.requestDate = m_requestDate->date();
    }
    return r;
}

} // namespace dpo

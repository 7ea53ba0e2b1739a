// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimStepDialogs.h"

#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace dpo {

namespace {
bool isAccessRequest(const ClaimService::Details& claim)
{
    return claim.row.kind == ClaimService::Kind::AccessRequest;
}
} // namespace

OutcomeFields::OutcomeFields(QWidget* dialog, const ClaimService::Details& claim, bool undecided)
    : m_access(isAccessRequest(claim)), m_outcome(new QComboBox(dialog)),
      m_reason(new QPlainTextEdit(dialog)), m_paragraph(new QLineEdit(dialog))
{
    const Vocabulary words;
    m_outcome->setObjectName(QStringLiteral("claimOutcome"));
    m_outcome->setToolTip(tr("What the answer grants: all that was asked, a part, or nothing"));
    if (undecided)
        m_outcome->addItem(tr("Not decided yet"), QString());
    for (const char* code : {"satisfied", "partly_satisfied", "refused"})
        m_outcome->addItem(words.name(Vocabulary::Kind::ClaimOutcome, QString::fromLatin1(code)),
                           QString::fromLatin1(code));
    const int current = m_outcome->findData(claim.row.outcome);
    if (current >= 0)
        m_outcome->setCurrentIndex(current);
    m_reason->setObjectName(QStringLiteral("claimOutcomeReason"));
    m_reason->setPlainText(claim.outcomeReason);
    m_reason->setMaximumHeight(80);
    m_reason->setPlaceholderText(tr("Required when the claim is refused in whole or in part"));
    m_reason->setToolTip(tr("Why the claim is refused in whole or in part; the letter quotes it"));
    m_paragraph->setObjectName(QStringLiteral("claimArt15Paragraph"));
    m_paragraph->setText(claim.refusalParagraph);
    m_paragraph->setPlaceholderText(tr("e.g. 2 or 3.1"));
    m_paragraph->setToolTip(tr("The paragraph of Art. 15 of Law No. 58 a refusal of access rests "
                               "on"));
    m_paragraph->setMaxLength(20);
    if (!m_access)
        m_paragraph->hide();
    QObject::connect(m_outcome, &QComboBox::currentIndexChanged, dialog, [this] { update(); });
    update();
}

void OutcomeFields::addTo(QFormLayout* form) const
{
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Reasons:"), m_reason);
    if (m_access)
        form->addRow(tr("Law No. 58 Art. 15, paragraph:"), m_paragraph);
}

void OutcomeFields::update()
{
    const QString code = outcome();
    m_reason->setEnabled(!code.isEmpty());
    m_paragraph->setEnabled(m_access && !code.isEmpty() && code != QStringLiteral("satisfied"));
}

QString OutcomeFields::outcome() const
{
    return m_outcome->currentData().toString();
}

QString OutcomeFields::reason() const
{
    return m_reason->isEnabled() ? m_reason->toPlainText().trimmed() : QString();
}

QString OutcomeFields::paragraph() const
{
    return m_paragraph->isEnabled() ? m_paragraph->text().trimmed() : QString();
}

AnswerDraftDialog::AnswerDraftDialog(const ClaimService::Details& claim, QWidget* parent)
    //: A dialog's title. %1: the claim's number.
    : SubmitDialog(tr("The written answer to No. %1").arg(claim.row.id), tr("Save draft"), parent),
      m_text(new QPlainTextEdit(this)), m_outcome(this, claim, true)
{
    form()->addRow(tr("Answer:"), m_text);
    m_outcome.addTo(form());
    setObjectName(QStringLiteral("answerDraftDialog"));
    m_text->setObjectName(QStringLiteral("answerText"));
    m_text->setToolTip(tr("The answer's text as the letter prints it"));
    m_text->setPlainText(claim.answerText);
    m_text->setMinimumHeight(220);
    resize(680, 560);
}

ClaimService::Draft AnswerDraftDialog::draft() const
{
    return {m_text->toPlainText().trimmed(), m_outcome.outcome(), m_outcome.reason(),
            m_outcome.paragraph()};
}

AnswerSentDialog::AnswerSentDialog(const ClaimService::Details& claim, QWidget* parent)
    //: A dialog's title. %1: the claim's number.
    : SubmitDialog(tr("The answer to No. %1 was sent").arg(claim.row.id), tr("Log"), parent),
      m_sentOn(new QDateEdit(bishkekToday(), this)), m_method(new QComboBox(this)),
      m_tracking(new QLineEdit(this))
{
    setObjectName(QStringLiteral("answerSentDialog"));
    m_sentOn->setObjectName(QStringLiteral("answerSentOn"));
    m_sentOn->setCalendarPopup(true);
    m_sentOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_sentOn->setDateRange(claim.row.receivedOn, bishkekToday());
    m_sentOn->setToolTip(tr("The day the answer was sent; not before the claim was received"));
    m_method->setObjectName(QStringLiteral("answerMethod"));
    m_method->addItem(tr("By post", "answer sent"), QStringLiteral("post"));
    m_method->addItem(tr("By hand", "answer sent"), QStringLiteral("hand_delivery"));
    m_method->addItem(tr("By email", "answer sent"), QStringLiteral("email"));
    m_method->setToolTip(tr("The way the answer was sent"));
    m_tracking->setObjectName(QStringLiteral("answerTracking"));
    m_tracking->setPlaceholderText(tr("Required for post, e.g. RR123456789KG"));
    m_tracking->setToolTip(tr("The post's tracking number of the letter"));
    form()->addRow(tr("Sent on:"), m_sentOn);
    form()->addRow(tr("How:"), m_method);
    form()->addRow(tr("Tracking number:"), m_tracking);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_tracking->setEnabled(m_method->currentData().toString() == QStringLiteral("post"));
    });
    resize(480, 220);
}

ClaimService::Answer AnswerSentDialog::answer() const
{
    ClaimService::Answer a;
    a.sentOn = m_sentOn->date();
    a.method = m_method->currentData().toString();
    a.tracking = m_tracking->isEnabled() ? m_tracking->text().trimmed() : QString();
    return a;
}

CloseClaimDialog::CloseClaimDialog(const ClaimService::Details& claim, QWidget* parent)
    //: A dialog's title. %1: the claim's number.
    : SubmitDialog(tr("Close No. %1").arg(claim.row.id), tr("Close", "a claim"), parent),
      m_outcome(this, claim, false)
{
    m_outcome.addTo(form());
    setObjectName(QStringLiteral("closeClaimDialog"));
    resize(560, 300);
}

ClaimLinkDialog::ClaimLinkDialog(QWidget* parent)
    : SubmitDialog(tr("Link the claim"), tr("Link"), parent), m_kind(new QComboBox(this)),
      m_number(new QSpinBox(this))
{
    setObjectName(QStringLiteral("claimLinkDialog"));
    m_kind->setObjectName(QStringLiteral("linkKind"));
    m_kind->addItem(tr("Withdrawal request"), int(ClaimService::LinkKind::WithdrawalRequest));
    m_kind->addItem(tr("Disclosure"), int(ClaimService::LinkKind::Disclosure));
    m_kind->addItem(tr("Claim or request for own data"), int(ClaimService::LinkKind::Claim));
    m_number->setObjectName(QStringLiteral("linkNumber"));
    m_number->setRange(1, 999999999);
    m_kind->setToolTip(tr("The kind of case to link this claim to"));
    m_number->setToolTip(tr("The number of that case in its register"));
    form()->addRow(tr("Link to:"), m_kind);
    form()->addRow(tr("Number:"), m_number);
    resize(420, 160);
}

ClaimService::LinkKind ClaimLinkDialog::kind() const
{
    return ClaimService::LinkKind(m_kind->currentData().toInt());
}

qint64 ClaimLinkDialog::targetId() const
{
    return m_number->value();
}

} // namespace dpo

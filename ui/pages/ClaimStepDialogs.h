// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ClaimService.h"
#include "widgets/SubmitDialog.h"

#include <QCoreApplication>

class QComboBox;
class QFormLayout;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dpo {

// The outcome of a claim as a group of fields: satisfied, partly satisfied or refused, the
// reasons, and for a refused access request the paragraph of Law No. 58 Art. 15.
class OutcomeFields
{
    Q_DECLARE_TR_FUNCTIONS(dpo::OutcomeFields)
public:
    // `undecided`: the first choice is "not decided yet" (a draft may leave it open).
    OutcomeFields(QWidget* dialog, const ClaimService::Details& claim, bool undecided);
    void addTo(QFormLayout* form) const;
    QString outcome() const;
    QString reason() const;
    QString paragraph() const;

private:
    void update();
    bool m_access;
    QComboBox* m_outcome;
    QPlainTextEdit* m_reason;
    QLineEdit* m_paragraph;
};

// Drafting the written answer (its text, and the outcome it states).
class AnswerDraftDialog : public SubmitDialog
{
    Q_OBJECT
public:
    AnswerDraftDialog(const ClaimService::Details& claim, QWidget* parent = nullptr);
    ClaimService::Draft draft() const;

private:
    QPlainTextEdit* m_text;
    OutcomeFields m_outcome;
};

// The answer went out: on which day, how, and the post's tracking number.
class AnswerSentDialog : public SubmitDialog
{
    Q_OBJECT
public:
    AnswerSentDialog(const ClaimService::Details& claim, QWidget* parent = nullptr);
    ClaimService::Answer answer() const;

private:
    QDateEdit* m_sentOn;
    QComboBox* m_method;
    QLineEdit* m_tracking;
};

// Closing with the outcome (the drafted one offered first).
class CloseClaimDialog : public SubmitDialog
{
    Q_OBJECT
public:
    CloseClaimDialog(const ClaimService::Details& claim, QWidget* parent = nullptr);
    const OutcomeFields& outcome() const { return m_outcome; }

private:
    OutcomeFields m_outcome;
};

// Linking the claim to a withdrawal request, a disclosure or another claim, by number.
class ClaimLinkDialog : public SubmitDialog
{
    Q_OBJECT
public:
    explicit ClaimLinkDialog(QWidget* parent = nullptr);
    ClaimService::LinkKind kind() const;
    qint64 targetId() const;

private:
    QComboBox* m_kind;
    QSpinBox* m_number;
};

} // namespace dpo

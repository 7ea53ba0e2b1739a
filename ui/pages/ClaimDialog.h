// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ClaimService.h"
#include "widgets/SubmitDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dpo {

struct Session;
class DocumentPicker;
class UserPrompts;

// Registering a pre-trial claim, an access request or a request of the State Agency or the
// Ombudsman: who (a subject by platform reference, a person not in the database, or the body with
// its request's number and date), when it came and how, what it is about, and the document. The
// due date is shown as the officer types, by the calendar's rule.
class ClaimDialog : public SubmitDialog
{
    Q_OBJECT
public:
    ClaimDialog(Database& database, const Session& session, UserPrompts& prompts,
                QWidget* parent = nullptr);
    ClaimService::Registration registration() const;
    // Called on Register: returns an error to show (the dialog stays open), or empty to close.
    void setSubmitRegistration(std::function<QString(const ClaimService::Registration&)> submit);

private:
    void updateDue();
    void updateKind();

    Database& m_database;
    UserPrompts& m_prompts;
    QComboBox* m_kind;
    QComboBox* m_authority;
    QLineEdit* m_requestNumber;
    QDateEdit* m_requestDate;
    QLineEdit* m_subject;
    QLineEdit* m_claimant;
    QLineEdit* m_contact;
    QDateEdit* m_received;
    QComboBox* m_channel;
    QPlainTextEdit* m_summary;
    DocumentPicker* m_documents;
    QLabel* m_due;
};

} // namespace dpo

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

// Registering a pre-trial claim or an access request: who (a subject by platform reference, or a
// person not in the database), when it came and how, what it is about, and the claim's document.
// The due date is shown as the officer types, by the calendar's rule.
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

    Database& m_database;
    UserPrompts& m_prompts;
    QComboBox* m_kind;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ClaimService.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dpo {

// Registering a pre-trial claim or an access request: who (a subject by platform reference, or a
// person not in the database), when it came and how, and what it is about. The due date is
// shown as the officer types, by the calendar's rule.
class ClaimDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimDialog(Database& database, QWidget* parent = nullptr);
    ClaimService::Registration registration() const;
    void showError(const QString& message);
    // Called on Register: returns an error to show (the dialog stays open), or empty to close.
    void setSubmit(std::function<QString(const ClaimService::Registration&)> submit) { m_submit = std::move(submit); }

private:
    void updateDue();
    void submit();

    Database& m_database;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QLineEdit* m_claimant;
    QLineEdit* m_contact;
    QDateEdit* m_received;
    QComboBox* m_channel;
    QPlainTextEdit* m_summary;
    QLabel* m_due;
    QLabel* m_error;
    std::function<QString(const ClaimService::Registration&)> m_submit;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "services/WithdrawalService.h"
#include "widgets/SubmitDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace dpo {

class DocumentPicker;
class UserPrompts;

// Registering a written withdrawal request: the subject, where the reply goes, when and how it
// came, its scope (the whole consent, or named purposes and categories) and its document.
class WithdrawalDialog : public SubmitDialog
{
    Q_OBJECT
public:
    WithdrawalDialog(Database& database, UserPrompts& prompts, QWidget* parent = nullptr);
    WithdrawalService::Registration registration() const;
    DocumentPicker* documents() const { return m_documents; }

private:
    QLineEdit* m_subject;
    QLineEdit* m_replyName;
    QLineEdit* m_replyAddress;
    QDateEdit* m_received;
    QComboBox* m_channel;
    QComboBox* m_scope;
    QListWidget* m_purposes;
    QListWidget* m_categories;
    QLineEdit* m_scopeNote;
    DocumentPicker* m_documents;
};

// A code from a vocabulary and a note: the identity check, a rejection.
class ChoiceNoteDialog : public SubmitDialog
{
    Q_OBJECT
public:
    ChoiceNoteDialog(const QString& title, const QString& okText, const QString& choiceLabel,
                     Vocabulary::Kind kind, QWidget* parent = nullptr);
    QString code() const;
    QString note() const;

private:
    QComboBox* m_choice;
    QPlainTextEdit* m_note;
};

// One decision per category in scope: destroy, depersonalise, block, or keep on a legal ground
// (with the Art. 15 paragraph or the other law's name) until a date, each with its justification.
class DecisionDialog : public SubmitDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Category,
        Action,
        Ground,
        GroundDetail,
        KeepUntil,
        Justification
    };
    DecisionDialog(Database& database, const WithdrawalService::Details& request,
                   QWidget* parent = nullptr);
    QList<WithdrawalService::Decision> decisions() const;
    QTableWidget* table() const { return m_table; }

private:
    void updateRow(int row);
    DecisionAction actionAt(int row) const; // the row's combo holds the vocabulary's codes
    QTableWidget* m_table;
    QStringList m_categories;
};

// A supervisor approves keeping data by signing in here (not the proposer).
class ApprovalDialog : public SubmitDialog
{
    Q_OBJECT
public:
    explicit ApprovalDialog(const WithdrawalService::Details& request, QWidget* parent = nullptr);
    QString username() const;
    QString password() const;

private:
    QLineEdit* m_username;
    QLineEdit* m_password;
};

// A day, a way and a note (or tracking number): a recipient told, the reply sent.
class SentDialog : public SubmitDialog
{
    Q_OBJECT
public:
    SentDialog(const QString& title, Vocabulary::Kind methods, const QDate& earliest,
               const QString& noteLabel, QWidget* parent = nullptr);
    QDate sentOn() const;
    QString method() const;
    QString note() const;

private:
    QDateEdit* m_on;
    QComboBox* m_method;
    QLineEdit* m_note;
};

} // namespace dpo

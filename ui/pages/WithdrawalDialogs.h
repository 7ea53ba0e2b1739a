// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "domain/Vocabulary.h"
#include "services/TaskService.h"
#include "services/WithdrawalService.h"
#include "widgets/SubmitDialog.h"

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
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
    WithdrawalDialog(Database& database, const Session& session, UserPrompts& prompts,
                     QWidget* parent = nullptr);
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
    void limitChoices(const QStringList& codes);           // only these of the vocabulary's codes
    void setChoiceDescription(const QString& description); // its tooltip

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
    // The supervisor signed in with the name and password given here (throws as a sign-in does).
    Session signIn(Database& database) const;

protected:
    // Another four-eyes step: a supervisor signs in for it, `explanation` saying who may.
    ApprovalDialog(const QString& title, const QString& okText, const QString& explanation,
                   QWidget* parent);

private:
    QLineEdit* m_username;
    QLineEdit* m_password;
};

// A supervisor or administrator who did not execute the request lets it close while some of its
// tasks are not yet done (docs/tasks.md), with the reason.
class AllowCloseDialog : public ApprovalDialog
{
    Q_OBJECT
public:
    AllowCloseDialog(const WithdrawalService::Details& request, const QString& openTasks,
                     QWidget* parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit* m_reason;
};

// A task confirmed by hand: done or failed, when, a note (a failure's reason; who confirmed and
// how), and a document as evidence: one of the request's, or a new one attached with the step.
class TaskConfirmDialog : public SubmitDialog
{
    Q_OBJECT
public:
    TaskConfirmDialog(const QString& taskName, const QDateTime& createdAt,
                      const QList<AttachmentService::Info>& documents, UserPrompts& prompts,
                      QWidget* parent = nullptr);
    TaskService::Outcome outcome() const;
    DocumentPicker* newEvidence() const { return m_newEvidence; }

private:
    QComboBox* m_outcome;
    QDateTimeEdit* m_at;
    QPlainTextEdit* m_note;
    QComboBox* m_evidence;
    DocumentPicker* m_newEvidence;
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
    void limitMethods(const QStringList& codes); // only these of the vocabulary's codes

private:
    QDateEdit* m_on;
    QComboBox* m_method;
    QLineEdit* m_note;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts every case pane (a claim, a withdrawal request) is built of: its documents, its
// letter in Kyrgyz or Russian, and the steps that call a service and bring the pane up to date.

#include "core/Session.h"
#include "services/AttachmentService.h"
#include "services/LetterService.h"

#include <functional>
#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace dpo {

class Database;
class SubmitDialog;
class UserPrompts;

// Runs a step for the pane: an error goes to the officer (a message, or the dialog's red line
// with the input kept); success calls `done` with the status text.
class StepRunner
{
public:
    StepRunner(QWidget* owner, UserPrompts& prompts, QString errorTitle,
               std::function<void(const QString&)> done);
    bool run(const std::function<void()>& step, const QString& doneText) const;
    // The dialog is shown without blocking and deletes itself when closed. A step refused because
    // another officer changed the case (Error::Conflict) shows the case again (`done` with no
    // text).
    void submit(SubmitDialog* dialog, const std::function<void()>& step,
                const QString& doneText) const;

private:
    QWidget* m_owner;
    UserPrompts& m_prompts;
    QString m_errorTitle;
    std::function<void(const QString&)> m_done;
};

// A case's documents: the list (name, size, when), Attach… and Open (hash checked, audited).
class DocumentList : public QWidget
{
    Q_OBJECT
public:
    using Attach = std::function<void(const AttachmentService::Document&)>;
    DocumentList(Database& database, Session session, UserPrompts& prompts, const QString& listName,
                 QWidget* parent = nullptr);
    void setDocuments(const QList<AttachmentService::Info>& documents, bool canAttach);
    void setAttach(Attach attach) { m_attach = std::move(attach); }
    void attachFromFile();
    void openSelected();
    QListWidget* list() const { return m_list; }

signals:
    void attached(const QString& fileName);

private:
    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QListWidget* m_list;
    QPushButton* m_attachButton;
    QPushButton* m_openButton;
    Attach m_attach;
};

// A letter's language and its Preview…, Print… and PDF… buttons. The functions make the HTML
// (audited by its service) and write the PDF.
class LetterButtons : public QWidget
{
    Q_OBJECT
public:
    struct Letter
    {
        // The service of the letter the pane shows (a notice's names its subject) and its case.
        std::function<std::unique_ptr<LetterService>()> service;
        std::function<qint64()> caseId;
        std::function<QString()> title; // the preview's and the print job's
        std::function<QString(const QString& language)> fileName; // suggested
    };
    // Preview shows the letter without numbering it; Print and PDF make it (numbered, audited).
    LetterButtons(UserPrompts& prompts, Session session, Letter letter, QWidget* parent = nullptr);
    QString language() const;
    void setLanguage(const QString& language);
    void setAvailable(bool available);
    void preview();
    void print();
    void savePdf();

signals:
    void statusMessage(const QString& message);

private:
    UserPrompts& m_prompts;
    Session m_session;
    Letter m_letter;
    QComboBox* m_language;
    QList<QPushButton*> m_buttons;
};

// A case's heading ("Claim No. 4: open") and its facts (a rich-text table with a subject link).
QLabel* makeCaseTitle(QWidget* parent, const QString& objectName);
QLabel* makeFactsLabel(QWidget* parent, const QString& objectName);
// A case step's button, named for tests and styles; what the step records is its tooltip, which a
// screen reader reads as the button's description.
QPushButton* makeStepButton(QWidget* parent, const QString& text, const char* objectName,
                            const QString& description);

// The facts of a case as label / value rows; a row with an empty value is left out.
class FactsTable
{
public:
    static QString escape(const QString& text); // HTML-escaped, line breaks kept
    void add(const QString& label, const QString& html);
    QString html() const;

private:
    QString m_rows;
};

// A registration form shown without blocking (deleted when closed): on OK `registerCase` runs and
// returns the new case's id for `registered`; an error stays in the form with the input.
void openRegistration(SubmitDialog* dialog, std::function<qint64()> registerCase,
                      std::function<void(qint64)> registered);

// A small table's rows (the officers list) carry their id (Qt::UserRole + 1 of the first cell).
void setRowId(QTableWidget* table, int row, qint64 id);
qint64 selectedRowId(const QTableWidget* table); // 0 when nothing is selected

} // namespace dpo

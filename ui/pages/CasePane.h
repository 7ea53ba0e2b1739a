// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Session.h"
#include "services/AttachmentService.h"

#include <functional>
#include <memory>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace dpo {

class Database;
class DocumentList;
class LetterButtons;
class LetterService;
class StepRunner;
class UserPrompts;

// What every case's pane is (a claim, a withdrawal request, a disclosure): its heading and facts
// (a link in them opens the subject), its documents (attached through the case type's service),
// its steps run through one StepRunner (a refusal shown, the case shown again after a step), and
// its letter (preview, print, PDF). A case type's pane adds its own step buttons and lists, lays
// them out, and says how a case is shown.
class CasePane : public QWidget
{
    Q_OBJECT
public:
    ~CasePane() override;
    virtual qint64 caseId() const = 0;    // 0: nothing shown
    virtual void showCase(qint64 id) = 0; // 0: nothing

signals:
    void caseChanged(qint64 caseId); // a step changed the case: its register reads it again
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

protected:
    // `kind` names the widgets tests and styles find: claim → claimPane, claimTitle, claimFacts,
    // claimDocumentList; `errorTitle` is the title of a refusal's message.
    CasePane(Database& database, Session session, UserPrompts& prompts, const QString& kind,
             const QString& errorTitle, QWidget* parent);

    // The letter of the case shown: its service (a notice's names its subject), the print job's
    // title, the file name suggested in a language. Creates m_letter.
    void setLetter(std::function<std::unique_ptr<LetterService>()> service,
                   std::function<QString()> title,
                   std::function<QString(const QString& language)> fileName);
    // A document attached through the case type's service; the status line then says `attached`.
    void setAttach(std::function<void(const AttachmentService::Document&)> attach,
                   std::function<QString()> attached);

    // Reads case `id` into `details` with `read` (empty for 0, or when it cannot be read: the
    // reason shown), then shows it.
    template <typename Details, typename Read> void readCase(qint64 id, Details& details, Read read)
    {
        details = {};
        if (id > 0) {
            try {
                details = read();
            } catch (const Error& e) {
                showReadError(e);
            }
        }
        showDetails();
    }
    virtual void showDetails() = 0;            // the case as read (none: what to do to see one)
    virtual qint64 factsSubjectId() const = 0; // the subject the facts' link opens; 0: none
    // After a step: the status line, the register told, the case shown again.
    virtual void stepDone(const QString& done);

    // The pane's layout: the title, then what the case type adds (in the returned layout, which
    // scrolls), then its step rows (in stepsLayout(), always in view).
    QVBoxLayout* caseLayout();
    QVBoxLayout* stepsLayout() const { return m_stepsLayout; }
    QHBoxLayout* factsBesideDocuments();
    // The steps in order, then at the right end `trailing` and the letter's buttons.
    QHBoxLayout* stepRow(std::initializer_list<QWidget*> steps,
                         std::initializer_list<QWidget*> trailing = {});

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    std::unique_ptr<StepRunner> m_steps;
    QLabel* m_title;
    QLabel* m_facts;
    DocumentList* m_documents;
    QVBoxLayout* m_stepsLayout = nullptr; // made by caseLayout()
    LetterButtons* m_letter = nullptr;

private:
    void showReadError(const Error& error);
    QString m_errorTitle;
};

} // namespace dpo

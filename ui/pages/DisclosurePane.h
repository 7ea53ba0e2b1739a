// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/DisclosureService.h"

#include <memory>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dpo {

class DocumentList;
class LetterButtons;
class NoticeDialog;
class StepRunner;
class UserPrompts;

// One disclosure: its ground, recipient and data, its request document, its subjects (notified
// or not, late after the notice period) and every notice with its delivery state; a subject is
// notified through the outbox or a notice sent by hand is recorded; the postal notice printed.
class DisclosurePane : public QWidget
{
    Q_OBJECT
public:
    DisclosurePane(Database& database, Session session, UserPrompts& prompts,
                   QWidget* parent = nullptr);
    ~DisclosurePane() override;
    void showDisclosure(qint64 disclosureId); // 0: nothing shown
    qint64 disclosureId() const { return m_details.row.id; }
    const DisclosureService::Details& details() const { return m_details; }
    void selectSubject(int row);

    NoticeDialog* openNotify(); // the selected subject, through the outbox
    NoticeDialog* openSentByHand();

signals:
    void disclosureChanged(qint64 disclosureId);
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

private:
    void reload();
    void updateActions();
    void stepDone(const QString& done);
    const DisclosureService::SubjectLine* selectedSubject() const;

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    DisclosureService::Details m_details;
    std::unique_ptr<StepRunner> m_steps;
    QLabel* m_title;
    QLabel* m_facts;
    DocumentList* m_documents;
    QTableWidget* m_subjects;
    QTableWidget* m_notices;
    LetterButtons* m_letter;
    QPushButton* m_notify;
    QPushButton* m_byHand;
};

} // namespace dpo

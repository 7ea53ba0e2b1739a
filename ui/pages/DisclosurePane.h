// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CasePane.h"
#include "DisclosureDialogs.h"
#include "services/DisclosureService.h"

#include <functional>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dpo {

class UserPrompts;

// One disclosure: its ground, recipient and data, its request document, its subjects (notified
// or not, late after the notice period) and every notice with its delivery state; a subject is
// notified through the outbox or a notice sent by hand is recorded; the postal notice printed.
class DisclosurePane : public CasePane
{
    Q_OBJECT
public:
    DisclosurePane(Database& database, Session session, UserPrompts& prompts,
                   QWidget* parent = nullptr);
    ~DisclosurePane() override;
    void showDisclosure(qint64 disclosureId); // 0: nothing shown
    qint64 disclosureId() const { return m_details.row.id; }
    qint64 caseId() const override { return disclosureId(); }
    const DisclosureService::Details& details() const { return m_details; }
    void selectSubject(int row);

    NoticeDialog* openNotify(); // the selected subject, through the outbox
    NoticeDialog* openSentByHand();

protected:
    void showCase(qint64 id) override { showDisclosure(id); }
    void showDetails() override;
    qint64 factsSubjectId() const override;      // the selected subject's
    void stepDone(const QString& done) override; // keeps the selected subject

private:
    void updateActions();
    const DisclosureService::SubjectLine* selectedSubject() const;
    // A notice to the selected subject: the dialog shown, `step` run with it once accepted.
    NoticeDialog*
    openNotice(NoticeDialog::Mode mode,
               std::function<void(const NoticeDialog&, qint64 disclosureId, qint64 subjectId)> step,
               const QString& done);

    DisclosureService::Details m_details;
    QTableWidget* m_subjects;
    QTableWidget* m_notices;
    QPushButton* m_notify;
    QPushButton* m_byHand;
};

} // namespace dpo

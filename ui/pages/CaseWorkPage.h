// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseRegisterPage.h"
#include "core/Session.h"

namespace dpo {

class BulkRunDialog;
class CasePane;
class UserPrompts;

// A register whose cases are worked on in a CasePane below it (claims, withdrawal requests,
// disclosures): Register… is offered to whoever may work on cases, the register's selection is
// shown in the pane, and the pane is wired to the page (a step reads the register again, its
// status messages and subject links pass up). A case type's page adds its filters, its register
// (source) and its registration dialog.
class CaseWorkPage : public CaseRegisterPage
{
    Q_OBJECT
protected:
    CaseWorkPage(Database& database, Session session, UserPrompts& prompts, const Names& names,
                 const QString& heading, const QString& rule, QWidget* parent);
    // Called once by the subclass's constructor, after its filters.
    void setCasePane(CasePane* pane);
    void showCase(qint64 id) final;
    qint64 shownCaseId() const final;

    // A bulk action's two halves. The selected cases, or none after telling the officer (under
    // `title`) how to select several; `question` (%1: how many; empty: none) is asked before
    // any is returned, with a word on selected rows not read yet.
    QList<qint64> selectedForBulk(const QString& title, const QString& question);
    // Runs `step` over `ids` in a BulkRunDialog shown without blocking; the register is read
    // again when it is done.
    BulkRunDialog* runBulk(const QString& title, const QString& caseHeader,
                           const QList<qint64>& ids, std::function<QString(qint64)> step);

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;

private:
    CasePane* m_casePane = nullptr;
};

} // namespace dpo

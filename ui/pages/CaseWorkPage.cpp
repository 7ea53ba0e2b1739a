// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWorkPage.h"

#include "CasePane.h"
#include "domain/Permissions.h"
#include "UserPrompts.h"
#include "widgets/BulkRunDialog.h"

namespace dpo {

CaseWorkPage::CaseWorkPage(Database& database, Session session, UserPrompts& prompts,
                           const Names& names, const QString& heading, const QString& rule,
                           QWidget* parent)
    : CaseRegisterPage(database, names, heading, rule,
                       Permissions::allows(session.role, Permission::WorkOnCases), parent),
      m_database(database), m_session(std::move(session)), m_prompts(prompts)
{
}

void CaseWorkPage::setCasePane(CasePane* pane)
{
    m_casePane = pane;
    setPane(pane);
    connect(pane, &CasePane::caseChanged, this, &CaseWorkPage::reload);
    connect(pane, &CasePane::statusMessage, this, &CaseWorkPage::statusMessage);
    connect(pane, &CasePane::openSubject, this, &CaseWorkPage::openSubject);
}

void CaseWorkPage::showCase(qint64 id)
{
    if (m_casePane)
        m_casePane->showCase(id);
}

qint64 CaseWorkPage::shownCaseId() const
{
    return m_casePane ? m_casePane->caseId() : 0;
}

QList<qint64> CaseWorkPage::selectedForBulk(const QString& title, const QString& question)
{
    int unread = 0;
    const QList<qint64> ids = selectedCaseIds(&unread);
    if (ids.isEmpty()) {
        m_prompts.showInformation(this, title,
                                  tr("Select the cases in the register first: Shift or Ctrl "
                                     "selects several, Ctrl+A all of those read."));
        return {};
    }
    if (question.isEmpty())
        return ids;
    QString text = question.arg(ids.size());
    if (unread > 0)
        text += QLatin1Char(' ') +
                //: %1: the number of selected rows not yet read from the database.
                tr("%L1 selected rows are not read yet and are left out.").arg(unread);
    return m_prompts.confirm(this, title, text) ? ids : QList<qint64>();
}

BulkRunDialog* CaseWorkPage::runBulk(const QString& title, const QString& caseHeader,
                                     const QList<qint64>& ids, std::function<QString(qint64)> step)
{
    auto* dialog = new BulkRunDialog(m_database, title, caseHeader, ids, std::move(step), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkRunDialog::finished, this, &CaseWorkPage::reload);
    dialog->open();
    dialog->start();
    return dialog;
}

} // namespace dpo

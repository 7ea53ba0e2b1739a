// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWorkPage.h"

#include "CasePane.h"
#include "domain/Permissions.h"

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

} // namespace dpo

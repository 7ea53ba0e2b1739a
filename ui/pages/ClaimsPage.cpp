// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimsPage.h"

#include "ClaimDialog.h"
#include "ClaimPane.h"
#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "items/ClaimRegister.h"

#include <QComboBox>
#include <QPushButton>

namespace dpo {

ClaimsPage::ClaimsPage(Database& database, Session session, UserPrompts& prompts, QWidget* parent)
    : CaseWorkPage(database, std::move(session), prompts,
                   {QStringLiteral("claimsPage"), QStringLiteral("claimsRegister"),
                    QStringLiteral("claimsSummary"), QStringLiteral("registerClaim")},
                   tr("Pre-trial claims and requests for own data"),
                   tr("Policy 14.1-14.2: a written answer within 30 calendar days; Law "
                      "No. 58 Art. 17: a subject's own data, and what the State Agency or the "
                      "Ombudsman asks, within one week; a correction of data (policy 12.3): "
                      "the organisation's own target of one week."),
                   parent),
      m_view(new QComboBox(this)), m_pane(new ClaimPane(database, m_session, prompts, this))
{
    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->addItem(tr("All", "claims"), int(ClaimService::Filter::All));
    m_view->addItem(tr("Open", "claims"), int(ClaimService::Filter::Open));
    m_view->addItem(tr("Due today", "claims"), int(ClaimService::Filter::DueToday));
    m_view->addItem(tr("Due this week", "claims"), int(ClaimService::Filter::DueThisWeek));
    m_view->addItem(tr("Overdue", "claims"), int(ClaimService::Filter::Overdue));
    addFilter(m_view, tr("Show all claims, or only the open ones, or those due soon or overdue"));
    setRegisterButton(tr("Register…"),
                      tr("Register a claim, a request for own data, a correction or an "
                         "authority's request, with its letter"));
    //: A button: closes the selected claims whose answer was sent ("answered" qualifies the
    //: claims).
    auto* closeAnswered = new QPushButton(tr("Close answered…"), this);
    closeAnswered->setObjectName(QStringLiteral("closeAnsweredClaims"));
    closeAnswered->setToolTip(tr("Closes the selected claims (Shift or Ctrl to select several), "
                                 "each with the outcome its draft states"));
    closeAnswered->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    connect(closeAnswered, &QPushButton::clicked, this, &ClaimsPage::closeSelectedAnswered);
    addHeaderButton(closeAnswered);
    allowSelectingMany();
    setCasePane(m_pane);
    connect(this, &CaseRegisterPage::registerRequested, this, &ClaimsPage::openRegistration);
}

std::shared_ptr<const CaseRegisterSource> ClaimsPage::source() const
{
    return std::make_shared<ClaimRegister>(m_database, bishkekToday(),
                                           ClaimService::Filter(m_view->currentData().toInt()));
}

void ClaimsPage::setView(ClaimService::Filter view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

ClaimDialog* ClaimsPage::openRegistration()
{
    auto* dialog = new ClaimDialog(m_database, m_session, m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitRegistration([this](const ClaimService::Registration& r) -> QString {
        try {
            const ClaimService::Row row = ClaimService(m_database).registerClaim(m_session, r);
            //: %1: the claim's number; %2: the due date.
            emit statusMessage(tr("Claim %1 registered; the answer is due on %2.")
                                   .arg(row.id)
                                   .arg(displayDate(row.dueOn)));
            reload();
            selectClaim(row.id);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    dialog->open();
    return dialog;
}

BulkRunDialog* ClaimsPage::closeSelectedAnswered()
{
    const QList<qint64> ids = selectedForBulk(
        tr("Close answered claims"),
        //: %1: the number of selected claims.
        tr("Close %L1 selected claims, each with the outcome its draft states? A claim whose "
           "answer was not sent, or whose draft states no outcome, is refused and stays as it "
           "is."));
    if (ids.isEmpty())
        return nullptr;
    //: A dialog's title. %1: the number of selected claims.
    return runBulk(tr("Close the selected claims (%L1)").arg(ids.size()), tr("Claim No."), ids,
                   [database = &m_database, session = m_session](qint64 id) {
        ClaimService(*database).closeAsDrafted(session, id);
        return QString();
    });
}

} // namespace dpo

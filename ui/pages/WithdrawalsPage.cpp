// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawalsPage.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "domain/Vocabulary.h"
#include "items/WithdrawalRegister.h"
#include "RetentionReviewDialog.h"
#include "services/OfficerService.h"
#include "UserPrompts.h"
#include "widgets/BulkRunDialog.h"
#include "widgets/CaseWidgets.h"
#include "WithdrawalDialogs.h"
#include "WithdrawalPane.h"

#include <QComboBox>
#include <QPushButton>

namespace dpo {

WithdrawalsPage::WithdrawalsPage(Database& database, Session session, UserPrompts& prompts,
                                 QWidget* parent)
    : CaseWorkPage(
          database, std::move(session), prompts,
          {QStringLiteral("withdrawalsPage"), QStringLiteral("withdrawalsRegister"),
           QStringLiteral("withdrawalsSummary"), QStringLiteral("registerWithdrawal")},
          tr("Written requests to withdraw consent"),
          tr("Policy 12.1.3-12.1.4: consent is withdrawn by a written application; each data "
             "category is destroyed, depersonalised, blocked or kept on a legal ground, and every "
             "recipient of the data is told."),
          parent),
      m_view(new QComboBox(this)), m_state(new QComboBox(this)), m_officer(new QComboBox(this)),
      m_pane(new WithdrawalPane(database, m_session, prompts, this))
{
    m_view->setObjectName(QStringLiteral("withdrawalsView"));
    m_view->addItem(tr("All", "withdrawals"), int(WithdrawalService::Filter::All));
    m_view->addItem(tr("Open", "withdrawals"), int(WithdrawalService::Filter::Open));
    m_view->addItem(tr("Due today", "withdrawals"), int(WithdrawalService::Filter::DueToday));
    m_view->addItem(tr("Due this week", "withdrawals"),
                    int(WithdrawalService::Filter::DueThisWeek));
    m_view->addItem(tr("Overdue", "withdrawals"), int(WithdrawalService::Filter::Overdue));
    m_state->setObjectName(QStringLiteral("withdrawalsState"));
    m_state->addItem(tr("Any state"), QString());
    const Vocabulary words;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::WithdrawalState))
        m_state->addItem(words.name(Vocabulary::Kind::WithdrawalState, code), code);
    m_officer->setObjectName(QStringLiteral("withdrawalsOfficer"));
    m_officer->addItem(tr("Any officer"), qint64(0));
    try {
        for (const Officer& o : OfficerService(database).officers())
            m_officer->addItem(o.displayName, o.id);
    } catch (const Error&) {
        // The list still works without the officer filter.
    }
    addFilter(m_view, tr("Show all requests, or only those due this week or overdue"));
    addFilter(m_state, tr("Show only the requests at one step"));
    addFilter(m_officer, tr("Show only the requests one officer registered"));
    setRegisterButton(tr("Register…"),
                      tr("Register a written request to withdraw consent, with its letter"));
    setCasePane(m_pane);
    connect(this, &CaseRegisterPage::registerRequested, this, &WithdrawalsPage::openRegistration);
    auto* minors = new QPushButton(tr("Cases for minors…"), this);
    minors->setObjectName(QStringLiteral("openMinorCases"));
    minors->setToolTip(tr("Open a case to destroy the data of every subject under 18 (policy 9.1, "
                          "12.4) without waiting for a request"));
    minors->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    connect(minors, &QPushButton::clicked, this, &WithdrawalsPage::openMinorCases);
    addHeaderButton(minors);
    auto* review = new QPushButton(tr("Retention review…"), this);
    review->setObjectName(QStringLiteral("retentionReview"));
    review->setToolTip(tr("Keeps whose end has passed, and face photos and videos held after a "
                          "withdrawal or a closed account (policy 6.2-6.3)"));
    connect(review, &QPushButton::clicked, this, &WithdrawalsPage::openRetentionReview);
    addHeaderButton(review);
    auto* told = new QPushButton(tr("Recipients told…"), this);
    told->setObjectName(QStringLiteral("tellSelectedRecipients"));
    told->setToolTip(
        tr("Records that every recipient not yet told of the selected executed "
           "requests (Shift or Ctrl to select several) was told, on one day, one way"));
    told->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    connect(told, &QPushButton::clicked, this, &WithdrawalsPage::openTellSelected);
    addHeaderButton(told);
    allowSelectingMany();
}

SentDialog* WithdrawalsPage::openTellSelected()
{
    const int selected = int(selectedForBulk(tr("Record recipients told"), {}).size());
    if (selected == 0)
        return nullptr;
    // Each request's own receipt bounds the day: the service refuses a request received later.
    auto* dialog = new SentDialog(
        //: A dialog's title. %1: the number of selected requests.
        tr("The recipients of %L1 requests told of the withdrawal").arg(selected),
        Vocabulary::Kind::NoticeMethod, bishkekToday().addYears(-5), tr("Note:"), this);
    dialog->setObjectName(QStringLiteral("tellSelectedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog] {
        tellRecipientsOfSelected(dialog->sentOn(), dialog->method(), dialog->note());
        return QString();
    });
    dialog->open();
    return dialog;
}

BulkRunDialog* WithdrawalsPage::tellRecipientsOfSelected(const QDate& on, const QString& method,
                                                         const QString& note)
{
    const QList<qint64> ids = selectedForBulk(tr("Record recipients told"), {});
    if (ids.isEmpty())
        return nullptr;
    //: A dialog's title. %1: the number of selected requests.
    return runBulk(tr("Recipients of the selected requests told (%L1)").arg(ids.size()),
                   tr("Request No."), ids,
                   [database = &m_database, session = m_session, on, method, note](qint64 id) {
        //: %Ln: the number of recipients.
        return tr("%Ln recipient(s) told", nullptr,
                  WithdrawalService(*database).recordEveryNotice(session, id, on, method, note));
    });
}

std::shared_ptr<const CaseRegisterSource> WithdrawalsPage::source() const
{
    return std::make_shared<WithdrawalRegister>(
        m_database, bishkekToday(),
        WithdrawalService::View{WithdrawalService::Filter(m_view->currentData().toInt()),
                                m_state->currentData().toString(),
                                m_officer->currentData().toLongLong()});
}

void WithdrawalsPage::setView(WithdrawalService::Filter view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

WithdrawalDialog* WithdrawalsPage::openRegistration()
{
    auto* dialog = new WithdrawalDialog(m_database, m_session, m_prompts, this);
    dpo::openRegistration(
        dialog,
        [this, dialog] {
        return WithdrawalService(m_database).registerRequest(m_session, dialog->registration());
        },
        [this](qint64 id) {
        //: %1: the request's number.
        emit statusMessage(tr("Request No. %1 registered.").arg(id));
        reload();
        selectRequest(id);
    });
    return dialog;
}

void WithdrawalsPage::showOpened(const QList<qint64>& caseIds)
{
    const int opened = m_state->findData(QStringLiteral("opened"));
    if (m_state->currentIndex() != opened)
        m_state->setCurrentIndex(opened); // which reloads
    else
        reload();
    if (!caseIds.isEmpty())
        selectRequest(caseIds.first());
}

RetentionReviewDialog* WithdrawalsPage::openRetentionReview()
{
    auto* dialog = new RetentionReviewDialog(m_database, m_session, m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionReviewDialog::casesOpened, this, [this](const QList<qint64>& ids) {
        //: %1: the number of cases opened.
        emit statusMessage(tr("Retention review cases opened: %1.").arg(ids.size()));
        showOpened(ids);
    });
    dialog->open();
    return dialog;
}

void WithdrawalsPage::openMinorCases()
{
    const QString title = tr("Cases for minors");
    if (!m_prompts.confirm(
            this, title,
            tr("The platform keeps no data of persons under 18 and destroys what it finds as soon "
               "as possible (policy 9.1). Open a case for every subject under 18 who still holds "
               "data and has no case open? Each case is then decided, approved where something "
               "is kept, and executed here, as a withdrawal is.")))
        return;
    try {
        const WithdrawalService::MinorCases cases =
            WithdrawalService(m_database).openMinorCases(m_session);
        m_prompts.showInformation(
            this, title,
            //: %1: the number of cases opened; %2: the number of subjects whose case was already
            //: open.
            tr("Cases opened: %1. Subjects under 18 whose case was already open: %2.")
                .arg(cases.opened.size())
                .arg(cases.alreadyOpen));
        showOpened(cases.opened);
    } catch (const Error& e) {
        m_prompts.showError(this, title, e.message());
    }
}

} // namespace dpo

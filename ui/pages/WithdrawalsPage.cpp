// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawalsPage.h"
#include "domain/Permissions.h"

#include "core/Error.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/OfficerService.h"
#include "services/WithdrawalService.h"
#include "widgets/CaseWidgets.h"
#include "widgets/FormHelpers.h"
#include "widgets/ReadOnlyTable.h"
#include "WithdrawalDialogs.h"
#include "WithdrawalPane.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kDeadlineColumn = 5;
}

WithdrawalsPage::WithdrawalsPage(Database& database, Session session, UserPrompts& prompts,
                                 QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_view(new QComboBox(this)), m_state(new QComboBox(this)), m_officer(new QComboBox(this)),
      m_table(makeReadOnlyTable(this, QStringLiteral("withdrawalsRegister"))),
      m_summary(new QLabel(this)), m_pane(new WithdrawalPane(database, m_session, prompts, this))
{
    setObjectName(QStringLiteral("withdrawalsPage"));
    QLabel* heading = makeHeading(this, tr("Written requests to withdraw consent"));
    auto* note = new QLabel(tr("Policy 12.1.3-12.1.4: consent is withdrawn by a written "
                               "application; each data category is destroyed, "
                               "depersonalised, blocked or kept on a legal ground, and every "
                               "recipient of the data is told."),
                            this);
    note->setWordWrap(true);
    auto* registerButton = new QPushButton(tr("Register…"), this);
    registerButton->setObjectName(QStringLiteral("registerWithdrawal"));
    registerButton->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
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
    m_summary->setObjectName(QStringLiteral("withdrawalsSummary"));
    connect(registerButton, &QPushButton::clicked, this, &WithdrawalsPage::openRegistration);
    for (QComboBox* filter : {m_view, m_state, m_officer}) {
        keepNarrow(filter);
        connect(filter, &QComboBox::currentIndexChanged, this, &WithdrawalsPage::reload);
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WithdrawalsPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openSubject(m_table->item(row, 0)->data(Qt::UserRole + 2).toLongLong());
    });
    connect(m_pane, &WithdrawalPane::requestChanged, this, &WithdrawalsPage::reload);
    connect(m_pane, &WithdrawalPane::statusMessage, this, &WithdrawalsPage::statusMessage);
    connect(m_pane, &WithdrawalPane::openSubject, this, &WithdrawalsPage::openSubject);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(registerButton);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_view);
    filters->addWidget(m_state);
    filters->addWidget(m_officer);
    filters->addStretch(1);
    QWidget* splitter = makeRegisterSplit(this, m_table, m_summary, m_pane);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
}

void WithdrawalsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void WithdrawalsPage::setView(WithdrawalService::Filter view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

int WithdrawalsPage::rowCount() const
{
    return m_table->rowCount();
}

void WithdrawalsPage::selectRequest(qint64 requestId)
{
    if (!selectRowWithId(m_table, requestId))
        m_pane->showRequest(requestId); // not in this view: shown all the same
}

void WithdrawalsPage::showSelected()
{
    if (const qint64 id = selectedRowId(m_table))
        m_pane->showRequest(id);
}

void WithdrawalsPage::reload()
{
    QList<WithdrawalService::Row> rows;
    try {
        rows = WithdrawalService(m_database)
                   .list(bishkekToday(), WithdrawalService::Filter(m_view->currentData().toInt()),
                         m_state->currentData().toString(), m_officer->currentData().toLongLong());
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    const Vocabulary words;
    QList<QStringList> cells;
    int overdue = 0;
    for (const WithdrawalService::Row& r : rows) {
        overdue += r.overdue;
        cells << QStringList{QString::number(r.id),
                             r.subjectRef,
                             r.subjectName,
                             displayDate(r.receivedOn),
                             displayDate(r.dueOn),
                             r.open ? DeadlineCalendar::deadlineText(r.daysLeft) : QString(),
                             words.name(Vocabulary::Kind::WithdrawalState, r.state),
                             r.officer};
    }
    const QSignalBlocker quiet(m_table); // refilling is not a new selection
    fillReadOnlyTable(m_table,
                      {tr("No."), tr("Subject"), tr("Name"), tr("Received"), tr("Target date"),
                       tr("Deadline"), tr("State"), tr("Officer")},
                      cells);
    for (int row = 0; row < rows.size(); ++row) {
        setRowId(m_table, row, rows[row].id);
        m_table->item(row, 0)->setData(Qt::UserRole + 2, rows[row].subjectId);
        if (rows[row].id == m_pane->requestId())
            m_table->selectRow(row);
        paintDeadline(m_table->item(row, kDeadlineColumn), rows[row].open, rows[row].overdue,
                      rows[row].daysLeft);
    }
    m_table->resizeColumnToContents(kDeadlineColumn);
    m_summary->setText(
        tr("%Ln entries.", nullptr, int(rows.size())) +
        (overdue ? QLatin1Char(' ') + tr("%Ln overdue.", nullptr, overdue) : QString()));
}

WithdrawalDialog* WithdrawalsPage::openRegistration()
{
    auto* dialog = new WithdrawalDialog(m_database, m_prompts, this);
    dpo::openRegistration(
        dialog,
        [this, dialog] {
        return WithdrawalService(m_database).registerRequest(m_session, dialog->registration());
        },
        [this](qint64 id) {
        emit statusMessage(tr("Request No. %1 registered.").arg(id));
        reload();
        selectRequest(id);
    });
    return dialog;
}

} // namespace dpo

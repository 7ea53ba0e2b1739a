// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimsPage.h"
#include "domain/Permissions.h"

#include "ClaimDialog.h"
#include "ClaimPane.h"
#include "core/Error.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/ClaimService.h"
#include "widgets/CaseWidgets.h"
#include "widgets/ReadOnlyTable.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kDeadlineColumn = 6;
} // namespace

ClaimsPage::ClaimsPage(Database& database, Session session, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_view(new QComboBox(this)),
      m_table(makeReadOnlyTable(this, QStringLiteral("claimsRegister"))),
      m_summary(new QLabel(this)), m_pane(new ClaimPane(database, m_session, prompts, this))
{
    setObjectName(QStringLiteral("claimsPage"));
    QLabel* heading = makeHeading(this, tr("Pre-trial claims and requests for own data"));
    auto* note = new QLabel(tr("Policy 14.1-14.2: a written answer within 30 calendar days; Law "
                               "No. 58 Art. 17: a subject's own data within one week."),
                            this);
    note->setWordWrap(true);
    auto* registerButton = new QPushButton(tr("Register…"), this);
    registerButton->setObjectName(QStringLiteral("registerClaim"));
    registerButton->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->addItem(tr("All", "claims"), int(ClaimService::Filter::All));
    m_view->addItem(tr("Open", "claims"), int(ClaimService::Filter::Open));
    m_view->addItem(tr("Due today", "claims"), int(ClaimService::Filter::DueToday));
    m_view->addItem(tr("Due this week", "claims"), int(ClaimService::Filter::DueThisWeek));
    m_view->addItem(tr("Overdue", "claims"), int(ClaimService::Filter::Overdue));
    m_summary->setObjectName(QStringLiteral("claimsSummary"));
    connect(registerButton, &QPushButton::clicked, this, &ClaimsPage::openRegistration);
    connect(m_view, &QComboBox::currentIndexChanged, this, &ClaimsPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClaimsPage::showSelected);
    connect(m_pane, &ClaimPane::claimChanged, this, &ClaimsPage::reload);
    connect(m_pane, &ClaimPane::statusMessage, this, &ClaimsPage::statusMessage);
    connect(m_pane, &ClaimPane::openSubject, this, &ClaimsPage::openSubject);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_view);
    top->addWidget(registerButton);
    QWidget* splitter = makeRegisterSplit(this, m_table, m_summary, m_pane);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);
}

void ClaimsPage::setView(ClaimService::Filter view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void ClaimsPage::selectClaim(qint64 claimId)
{
    if (!selectRowWithId(m_table, claimId))
        m_pane->showClaim(claimId); // not in this view: shown all the same
}

void ClaimsPage::showSelected()
{
    if (const qint64 id = selectedRowId(m_table))
        m_pane->showClaim(id);
}

void ClaimsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

int ClaimsPage::rowCount() const
{
    return m_table->rowCount();
}

void ClaimsPage::reload()
{
    QList<ClaimService::Row> rows;
    try {
        rows = ClaimService(m_database)
                   .list(bishkekToday(), ClaimService::Filter(m_view->currentData().toInt()));
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    const Vocabulary words;
    QList<QStringList> cells;
    int overdue = 0;
    for (const ClaimService::Row& r : rows) {
        QString deadline;
        if (r.open)
            deadline = DeadlineCalendar::deadlineText(r.daysLeft);
        overdue += r.overdue;
        QString state = words.name(Vocabulary::Kind::ClaimState, r.state);
        if (!r.outcome.isEmpty())
            state += QStringLiteral("; ") + words.name(Vocabulary::Kind::ClaimOutcome, r.outcome);
        cells << QStringList{
            QString::number(r.id),
            words.name(Vocabulary::Kind::ClaimKind, ClaimService::kindCode(r.kind)),
            r.claimant,
            r.subjectRef,
            displayDate(r.receivedOn),
            displayDate(r.dueOn),
            deadline,
            state};
    }
    const QSignalBlocker quiet(m_table); // refilling is not a new selection
    fillReadOnlyTable(m_table,
                      {tr("No."), tr("Kind"), tr("Claimant"), tr("Subject"), tr("Received"),
                       tr("Due"), tr("Deadline"), tr("State")},
                      cells);
    for (int row = 0; row < rows.size(); ++row) {
        setRowId(m_table, row, rows[row].id);
        if (rows[row].id == m_pane->claimId())
            m_table->selectRow(row);
        paintDeadline(m_table->item(row, kDeadlineColumn), rows[row].open, rows[row].overdue,
                      rows[row].daysLeft);
    }
    m_table->resizeColumnToContents(kDeadlineColumn); // the overdue ones are bold
    m_summary->setText(
        tr("%Ln entries.", nullptr, int(rows.size())) +
        (overdue ? QLatin1Char(' ') + tr("%Ln overdue.", nullptr, overdue) : QString()));
}

ClaimDialog* ClaimsPage::openRegistration()
{
    auto* dialog = new ClaimDialog(m_database, m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitRegistration([this](const ClaimService::Registration& r) -> QString {
        try {
            const ClaimService::Row row = ClaimService(m_database).registerClaim(m_session, r);
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

} // namespace dpo

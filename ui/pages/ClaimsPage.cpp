// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimsPage.h"

#include "ClaimDialog.h"
#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/ClaimService.h"
#include "services/RegisterService.h"
#include "widgets/ReadOnlyTable.h"

#include <QBrush>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kDeadlineColumn = 6;

// The deadline bands of issue 5: 10 days or more, under 10, under 5, overdue.
QColor bandColour(const ClaimService::Row& r)
{
    if (!r.open)
        return QColor(0x60, 0x60, 0x60);
    if (r.overdue)
        return QColor(0xb0, 0x1c, 0x1c);
    if (r.daysLeft < 5)
        return QColor(0xc2, 0x41, 0x0c);
    if (r.daysLeft < 10)
        return QColor(0xa3, 0x6a, 0x00);
    return QColor(0x1d, 0x6b, 0x2a);
}
} // namespace

ClaimsPage::ClaimsPage(Database& database, Session session, QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)),
      m_openOnly(new QCheckBox(tr("Open only"), this)), m_table(makeReadOnlyTable(this, QStringLiteral("claimsRegister"))),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("claimsPage"));
    QLabel* heading = makeHeading(this, tr("Pre-trial claims and requests for own data"));
    auto* note = new QLabel(tr("Policy 14.1-14.2: a written answer within 30 calendar days; Law No. 58 Art. 17: a subject's own data within one week."), this);
    note->setWordWrap(true);
    auto* registerButton = new QPushButton(tr("Register…"), this);
    registerButton->setObjectName(QStringLiteral("registerClaim"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_summary->setObjectName(QStringLiteral("claimsSummary"));
    connect(registerButton, &QPushButton::clicked, this, &ClaimsPage::openRegistration);
    connect(m_openOnly, &QCheckBox::toggled, this, &ClaimsPage::reload);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_openOnly);
    top->addWidget(registerButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
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
        rows = ClaimService(m_database).list(bishkekToday(), m_openOnly->isChecked());
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
            deadline = RegisterService::deadlineText(r.daysLeft);
        overdue += r.overdue;
        QString state = words.name(Vocabulary::Kind::ClaimState, r.state);
        if (!r.outcome.isEmpty())
            state += QStringLiteral("; ") + words.name(Vocabulary::Kind::ClaimOutcome, r.outcome);
        cells << QStringList{QString::number(r.id), words.name(Vocabulary::Kind::ClaimKind, ClaimService::kindCode(r.kind)),
                             r.claimant, r.subjectRef, displayDate(r.receivedOn), displayDate(r.dueOn), deadline, state};
    }
    fillReadOnlyTable(m_table, {tr("No."), tr("Kind"), tr("Claimant"), tr("Subject"), tr("Received"), tr("Due"),
                                tr("Deadline"), tr("State")},
                      cells);
    for (int row = 0; row < rows.size(); ++row) {
        QTableWidgetItem* item = m_table->item(row, kDeadlineColumn);
        item->setForeground(QBrush(bandColour(rows[row])));
        item->setData(Qt::UserRole, bandColour(rows[row]).name());
        if (rows[row].overdue) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_table->resizeColumnToContents(kDeadlineColumn); // the overdue ones are bold
    m_summary->setText(tr("%Ln entries.", nullptr, int(rows.size())) +
                       (overdue ? QLatin1Char(' ') + tr("%Ln overdue.", nullptr, overdue) : QString()));
}

ClaimDialog* ClaimsPage::openRegistration()
{
    auto* dialog = new ClaimDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const ClaimService::Registration& r) -> QString {
        try {
            const ClaimService::Row row = ClaimService(m_database).registerClaim(m_session, r);
            emit statusMessage(tr("Claim %1 registered; the answer is due on %2.").arg(row.id).arg(displayDate(row.dueOn)));
            reload();
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    dialog->open();
    return dialog;
}

} // namespace dpo

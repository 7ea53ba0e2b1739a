// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "domain/DocumentLanguage.h"
#include "services/DashboardService.h"
#include "services/ReminderService.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dpo {

DashboardPage::DashboardPage(Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_grid(new QGridLayout), m_reminder(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* title = new QLabel(tr("Today"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_overdueWithdrawals = addTile(0, 0, tr("Overdue withdrawal requests"), tr("Past the target date"), QStringLiteral("withdrawals:overdue"));
    m_overdueClaims = addTile(0, 1, tr("Overdue claims and access requests"), tr("Past the legal due date"), QStringLiteral("claims:overdue"));
    m_dueThisWeek = addTile(0, 2, tr("Due this week"), tr("Requests and claims, by Sunday"), QStringLiteral("claims:week"));
    m_openWithdrawals = addTile(1, 0, tr("Open withdrawal requests"), tr("Not yet executed"), QStringLiteral("withdrawals:open"));
    m_openClaims = addTile(1, 1, tr("Open claims and access requests"), tr("Awaiting a written answer"), QStringLiteral("claims:open"));
    m_unnotified = addTile(1, 2, tr("Subjects not notified of a disclosure"), tr("Policy 4.6.4"), QStringLiteral("disclosures:unnotified"));
    m_minors = addTile(2, 0, tr("Subjects under 18"), tr("Policy 9.1: to delete"), QStringLiteral("subjects:minors"));
    m_subjects = addTile(2, 1, tr("Data subjects"), tr("In this database"), QStringLiteral("subjects:all"));
    m_lateDisclosures = addTile(2, 2, tr("Disclosures not notified in time"), tr("A subject not notified within the notice period"),
                                QStringLiteral("disclosures:unnotified"));
    auto* layout = new QVBoxLayout(this);
    m_reminder->setObjectName(QStringLiteral("dashboardReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::RichText);
    m_reminder->setStyleSheet(QStringLiteral("QLabel { background: #fdf0e6; border: 1px solid #e0a070; padding: 8px; }"));
    connect(m_reminder, &QLabel::linkActivated, this, [this](const QString& link) { emit openList(link + QStringLiteral(":open")); });
    layout->addWidget(title);
    layout->addWidget(m_reminder);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    refresh();
}

QLabel* DashboardPage::addTile(int row, int column, const QString& title, const QString& hint, const QString& list)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card:") + list + QLatin1Char(':') + QString::number(row * 3 + column));
    frame->setCursor(Qt::PointingHandCursor);
    frame->setToolTip(tr("Open the list"));
    frame->installEventFilter(this);
    m_cardLists.insert(frame, list);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(220);
    auto* value = new QLabel(frame);
    value->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: 600;"));
    auto* caption = new QLabel(title, frame);
    caption->setWordWrap(true);
    caption->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* note = new QLabel(hint, frame);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* box = new QVBoxLayout(frame);
    box->addWidget(value);
    box->addWidget(caption);
    box->addWidget(note);
    m_grid->addWidget(frame, row, column);
    return value;
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_cardLists.contains(watched)) {
        emit openList(m_cardLists.value(watched));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::refresh()
{
    const DashboardFigures f = DashboardService(m_database).figures(bishkekToday());
    const QLocale locale;
    const auto show = [&](QLabel* label, qint64 value, bool alarm) {
        label->setText(locale.toString(value));
        label->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: 600; color: %1;")
                                 .arg(alarm && value > 0 ? QStringLiteral("#b00020") : QStringLiteral("palette(text)")));
    };
    show(m_overdueWithdrawals, f.overdueWithdrawals, true);
    show(m_overdueClaims, f.overdueClaims, true);
    show(m_dueThisWeek, f.dueThisWeek, false);
    show(m_openWithdrawals, f.openWithdrawals, false);
    show(m_openClaims, f.openClaims, false);
    show(m_unnotified, f.unnotifiedDisclosureSubjects, true);
    show(m_minors, f.minors, true);
    show(m_subjects, f.subjects, false);
    show(m_lateDisclosures, f.lateDisclosures, true);
    m_reminderText = composeReminder();
    const QString& reminder = m_reminderText;
    m_reminder->setText(reminder.isEmpty() ? QString()
                                           : reminder.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                                                 QStringLiteral("<br><a href=\"withdrawals\">%1</a> &nbsp; <a href=\"claims\">%2</a>")
                                                     .arg(tr("Open the withdrawal requests").toHtmlEscaped(),
                                                          tr("Open the claims register").toHtmlEscaped()));
    m_reminder->setVisible(!reminder.isEmpty());
}

QString DashboardPage::composeReminder() const
{
    QDate horizon;
    const QList<ReminderService::DueCase> cases = ReminderService(m_database).dueSoon(bishkekToday(), &horizon);
    if (cases.isEmpty())
        return {};
    constexpr int kShown = 8;
    QStringList lines{tr("Overdue or due by %1 (within 3 working days):").arg(displayDate(horizon))};
    for (int i = 0; i < cases.size() && i < kShown; ++i)
        lines << QStringLiteral("• ") + ReminderService::describe(cases[i]);
    if (cases.size() > kShown)
        lines << tr("… and %n more.", nullptr, int(cases.size() - kShown));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dpo

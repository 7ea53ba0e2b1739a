// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"
#include "core/SaveFile.h"
#include "core/Shades.h"

#include "DashboardPrintout.h"
#include "domain/DocumentLanguage.h"
#include "services/ReminderService.h"
#include "UserPrompts.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kColumns = 5;
} // namespace

DashboardPage::DashboardPage(Database& database, const Session& session, UserPrompts& prompts,
                             QWidget* parent)
    : QWidget(parent), m_database(database), m_session(session), m_prompts(prompts),
      m_grid(new QGridLayout), m_reminder(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* content = new QWidget(this);
    auto* title = new QLabel(tr("Today"), content);
    title->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    const struct
    {
        QString text;
        const char* name;
        QString description;
        void (DashboardPage::*slot)();
    } buttons[] = {{tr("Print preview…"), "dashboardPreview",
                    tr("Show the dashboard as it will be printed"),
                    &DashboardPage::previewDashboard},
                   {tr("Print…"), "dashboardPrint", tr("Print the dashboard for a meeting"),
                    &DashboardPage::printDashboard},
                   {tr("Save as PDF…"), "dashboardPdf", tr("Save the dashboard as a PDF file"),
                    &DashboardPage::saveDashboardAsPdf}};
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, content);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setToolTip(b.description);
        connect(button, &QPushButton::clicked, this, b.slot);
        header->addWidget(button);
    }

    m_reminder->setParent(content);
    m_reminder->setObjectName(QStringLiteral("dashboardReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::RichText);
    m_reminder->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; padding: 8px; }")
            .arg(Shades::pick(0xfdf0e6, 0x3a2a1a).name(), Shades::pick(0xe0a070, 0xa0602a).name()));
    connect(m_reminder, &QLabel::linkActivated, this,
            [this](const QString& link) { emit openList(link + QStringLiteral(":open")); });

    const QList<DashboardCards::Card> layoutCards = DashboardCards::from(DashboardFigures{});
    for (int i = 0; i < layoutCards.size(); ++i)
        m_tiles << addTile(i, layoutCards[i]);

    auto* charts = new QGridLayout;
    for (int i = 0; i < DashboardChartSet::ChartCount; ++i) {
        auto* view = new QChartView(content);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        view->setFrameShape(QFrame::StyledPanel);
        m_chartViews << view;
    }
    // Two columns: the months on the left, the bands and the channels on the right; the grounds,
    // whose names are long, across both.
    charts->addWidget(m_chartViews[DashboardChartSet::RequestsPerMonth], 0, 0);
    charts->addWidget(m_chartViews[DashboardChartSet::DeadlineBands], 0, 1);
    charts->addWidget(m_chartViews[DashboardChartSet::ConsentsPerMonth], 1, 0);
    charts->addWidget(m_chartViews[DashboardChartSet::NoticeChannels], 1, 1);
    charts->addWidget(m_chartViews[DashboardChartSet::DisclosureGrounds], 2, 0, 1, 2);
    m_chartViews[DashboardChartSet::DisclosureGrounds]->setMinimumHeight(220);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addWidget(m_reminder);
    layout->addLayout(m_grid);
    layout->addLayout(charts, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    refresh();
}

DashboardPage::Tile DashboardPage::addTile(int index, const DashboardCards::Card& card)
{
    auto* frame = new QFrame(m_reminder->parentWidget());
    frame->setObjectName(QStringLiteral("card:") + card.list);
    frame->setCursor(Qt::PointingHandCursor);
    frame->setToolTip(tr("Open the list"));
    frame->installEventFilter(this);
    m_cardLists.insert(frame, card.list);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(170);
    auto* value = new QLabel(frame);
    value->setObjectName(QStringLiteral("cardValue"));
    value->setWordWrap(true); // the audit chain's state is words
    auto* caption = new QLabel(card.title, frame);
    caption->setWordWrap(true);
    caption->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* hint = new QLabel(card.hint, frame);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* box = new QVBoxLayout(frame);
    box->setSpacing(2);
    box->addWidget(value);
    box->addWidget(caption);
    box->addWidget(hint);
    box->addStretch(1);
    m_grid->addWidget(frame, index / kColumns, index % kColumns);
    return {value, hint};
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_cardLists.contains(watched)) {
        emit openList(m_cardLists.value(watched));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh(); // back on the dashboard: the figures as they are now
}

void DashboardPage::refresh()
{
    const QDate today = bishkekToday();
    DashboardService service(m_database);
    m_cards = DashboardCards::from(service.figures(today));
    m_charts = service.charts(today);
    for (int i = 0; i < m_cards.size() && i < m_tiles.size(); ++i) {
        const DashboardCards::Card& card = m_cards[i];
        m_tiles[i].value->setText(card.value);
        m_tiles[i].value->setStyleSheet(
            QStringLiteral("font-size: %1pt; font-weight: 600; color: %2;")
                .arg(card.isCount ? 20 : 13)
                .arg(card.alarm ? Shades::alarm().name() : QStringLiteral("palette(text)")));
        m_tiles[i].hint->setText(card.hint);
    }
    for (int i = 0; i < m_chartViews.size(); ++i) {
        QChart* old = m_chartViews[i]->chart();
        m_chartViews[i]->setChart(DashboardChartSet::build(DashboardChartSet::Chart(i), m_charts));
        delete old;
    }
    m_reminderText = composeReminder();
    const QString& reminder = m_reminderText;
    m_reminder->setText(
        reminder.isEmpty()
            ? QString()
            : reminder.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                  QStringLiteral(
                      "<br><a href=\"withdrawals\">%1</a> &nbsp; <a href=\"claims\">%2</a>")
                      .arg(tr("Open the withdrawal requests").toHtmlEscaped(),
                           tr("Open the claims register").toHtmlEscaped()));
    m_reminder->setVisible(!reminder.isEmpty());
}

QString DashboardPage::composeReminder() const
{
    QDate horizon;
    const QList<ReminderService::DueCase> cases =
        ReminderService(m_database).dueSoon(bishkekToday(), &horizon);
    if (cases.isEmpty())
        return {};
    constexpr int kShown = 8;
    QStringList lines{
        //: %1: a date.
        tr("Overdue or due by %1 (within 3 working days):").arg(displayDate(horizon))};
    for (int i = 0; i < cases.size() && i < kShown; ++i)
        lines << QStringLiteral("• ") + ReminderService::describe(cases[i]);
    if (cases.size() > kShown)
        //: Ends a list of cases. %n: the number not listed.
        lines << tr("… and %n more.", nullptr, int(cases.size() - kShown));
    return lines.join(QLatin1Char('\n'));
}

DashboardPrintout DashboardPage::printout() const
{
    return DashboardPrintout(m_cards, m_charts, m_session.displayName,
                             QDateTime::currentDateTimeUtc());
}

void DashboardPage::previewDashboard()
{
    const DashboardPrintout pages = printout();
    m_prompts.printPreview(this, tr("Dashboard"),
                           [pages](QPrinter* printer) { pages.paint(*printer); });
}

void DashboardPage::printDashboard()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Dashboard"));
    if (!m_prompts.choosePrinter(this, &printer))
        return;
    printout().paint(printer);
    emit statusMessage(tr("The dashboard went to the printer."));
}

void DashboardPage::saveDashboardAsPdf()
{
    const QString suggested =
        QStringLiteral("dashboard-%1.pdf").arg(bishkekToday().toString(Qt::ISODate));
    const QString path = m_prompts.saveFileName(this, tr("Save the dashboard"),
                                                tr("PDF documents (*.pdf)"), suggested);
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Dashboard"));
    printer.setCreator(tr("DPO Console"));
    if (!printout().paint(printer)) {
        m_prompts.showError(this, tr("Save the dashboard"),
                            //: %1: the file's path.
                            tr("Cannot write %1.").arg(path));
        return;
    }
    QFile::setPermissions(path, kOwnerOnly); // as every file the console writes
    //: %1: the file's path.
    emit statusMessage(tr("The dashboard was saved to %1.").arg(path));
}

} // namespace dpo

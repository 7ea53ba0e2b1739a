// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPrintout.h"

#include "domain/DocumentLanguage.h"
#include "widgets/DashboardCharts.h"

#include <memory>
#include <QChart>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>

namespace dpo {

namespace {
// A chart laid out at screen size and drawn scaled into `target`: fonts keep their proportions.
void drawChart(QPainter& painter, const QRectF& target, QChart* chart)
{
    const QSizeF logical(900, 900 * target.height() / target.width());
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

QFont pointFont(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: "notified" stays searchable
    return font;
}
} // namespace

DashboardPrintout::DashboardPrintout(QList<DashboardCards::Card> cards, DashboardCharts charts,
                                     QString officer, QDateTime atUtc)
    : m_cards(std::move(cards)), m_charts(std::move(charts)), m_officer(std::move(officer)),
      m_atUtc(std::move(atUtc))
{
}

bool DashboardPrintout::paint(QPrinter& printer) const
{
    printer.setPageOrientation(QPageLayout::Portrait);
    QPainter painter(&printer);
    if (!painter.isActive())
        return false;
    const QRectF page = painter.viewport();
    const qreal dpi = printer.resolution();
    const qreal mm = dpi / 25.4;
    const qreal gap = 4 * mm;
    constexpr int kPages = 2;
    const auto footer = [&](int number) {
        painter.setFont(pointFont(8));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(page.left(), page.bottom() - 6 * mm, page.width(), 6 * mm),
                         Qt::AlignRight | Qt::AlignVCenter,
                         //: %1: the page's number; %2: the number of pages.
                         tr("Page %1 of %2").arg(number).arg(kPages));
        painter.drawText(QRectF(page.left(), page.bottom() - 6 * mm, page.width(), 6 * mm),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         //: The printout's header. %1: a date and time.
                         tr("DPO Console · dashboard of %1").arg(displayInstant(m_atUtc)));
        painter.setPen(Qt::black);
    };

    // Page 1: title, the cards in two columns, requests per month and the deadline bands.
    qreal y = page.top();
    painter.setFont(pointFont(16, true));
    const qreal titleHeight = 10 * mm;
    painter.drawText(QRectF(page.left(), y, page.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Dashboard"));
    y += titleHeight;
    painter.setFont(pointFont(9));
    painter.drawText(
        QRectF(page.left(), y, page.width(), 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
        //: %1: a date and time; %2: the officer's name.
        tr("As of %1 (Bishkek time), printed by %2").arg(displayInstant(m_atUtc), m_officer));
    y += 6 * mm + gap;

    const int rows = int((m_cards.size() + 1) / 2);
    const qreal cardWidth = (page.width() - gap) / 2;
    const qreal cardHeight = 15 * mm; // a title on two lines and its hint
    for (int i = 0; i < m_cards.size(); ++i) {
        const DashboardCards::Card& card = m_cards[i];
        const QRectF box(page.left() + (i / rows) * (cardWidth + gap), y + (i % rows) * cardHeight,
                         cardWidth, cardHeight - 1 * mm);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.3 * mm));
        painter.drawRect(box);
        const QRectF valueBox(box.left() + 2 * mm, box.top(), 32 * mm, box.height());
        painter.setFont(pointFont(card.isCount ? 14 : 10, true));
        painter.setPen(card.alarm ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::black));
        painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, card.value);
        const QRectF textBox(valueBox.right() + 2 * mm, box.top() + 1 * mm,
                             box.right() - valueBox.right() - 4 * mm, box.height() - 2 * mm);
        painter.setPen(Qt::black);
        painter.setFont(pointFont(8, true));
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, card.title);
        painter.setFont(pointFont(7.5));
        painter.setPen(Qt::darkGray);
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, card.hint);
    }
    y += rows * cardHeight + gap;
    const qreal bottom = page.bottom() - 8 * mm;
    const qreal chartHeight = (bottom - y - gap) / 2;
    drawChart(painter, QRectF(page.left(), y, page.width(), chartHeight),
              DashboardChartSet::build(DashboardChartSet::RequestsPerMonth, m_charts));
    drawChart(painter, QRectF(page.left(), y + chartHeight + gap, page.width(), chartHeight),
              DashboardChartSet::build(DashboardChartSet::DeadlineBands, m_charts));
    footer(1);

    // Page 2: consents per month, disclosures by ground, notices by channel.
    printer.newPage();
    y = page.top();
    const qreal third = (bottom - y - 2 * gap) / 3;
    for (const auto chart :
         {DashboardChartSet::ConsentsPerMonth, DashboardChartSet::DisclosureGrounds,
          DashboardChartSet::NoticeChannels}) {
        drawChart(painter, QRectF(page.left(), y, page.width(), third),
                  DashboardChartSet::build(chart, m_charts));
        y += third + gap;
    }
    footer(2);
    return true;
}

} // namespace dpo

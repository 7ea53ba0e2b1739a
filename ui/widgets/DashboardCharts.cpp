// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"
#include "core/Shades.h"

#include "domain/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace dpo {

namespace {
// The same colour for a kind of case in every chart.
const QColor kWithdrawals(0x2e, 0x6d, 0xb4);
const QColor kClaims(0xd9, 0x7b, 0x29);
const QColor kAccess(0x4f, 0x9a, 0x5a);
const QColor kWithdrawn(0xb0, 0x00, 0x20);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    if (Shades::darkBackground()) // before the fonts and series: a theme resets them
        chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(10.5);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QBarSet* barSet(const QString& label, const QColor& colour, const QList<qint64>& values)
{
    auto* set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    for (const qint64 v : values)
        *set << qreal(v);
    return set;
}

// Whole numbers on a value axis that starts at zero, whatever the largest figure.
void attachCountAxis(QChart* chart, QAbstractSeries* series, qreal largest, Qt::Alignment side)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qreal>(4, std::ceil(largest * 1.1)));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    chart->addAxis(axis, side);
    series->attachAxis(axis);
}

qreal largestOf(std::initializer_list<QList<qint64>> lists)
{
    qint64 largest = 0;
    for (const QList<qint64>& list : lists)
        for (const qint64 v : list)
            largest = std::max(largest, v);
    return qreal(largest);
}

// The month over its year, on two lines, so that twelve of them fit under the bars unshortened.
QBarCategoryAxis* monthAxis(const QList<QDate>& months)
{
    auto* axis = new QBarCategoryAxis;
    for (const QDate& month : months)
        axis->append(QStringLiteral("%1<br>%2")
                         .arg(QLocale()
                                  .standaloneMonthName(month.month(), QLocale::ShortFormat)
                                  .remove(QLatin1Char('.')))
                         .arg(month.year()));
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
    return axis;
}

QList<qint64> toList(const std::array<qint64, DashboardCharts::BandCount>& bands)
{
    return QList<qint64>(bands.begin(), bands.end());
}
} // namespace

QChart* DashboardChartSet::build(Chart chart, const DashboardCharts& figures)
{
    switch (chart) {
    case RequestsPerMonth:
        return requestsPerMonth(figures);
    case DeadlineBands:
        return deadlineBands(figures);
    case ConsentsPerMonth:
        return consentsPerMonth(figures);
    case DisclosureGrounds:
        return grounds(figures);
    case NoticeChannels:
        return shares(tr("Notices to subjects by channel"), figures.noticesByChannel,
                      int(Vocabulary::Kind::NotificationChannel));
    case ChartCount:
        break;
    }
    return nullptr;
}

QChart* DashboardChartSet::requestsPerMonth(const DashboardCharts& f)
{
    QChart* chart = newChart(tr("Requests received per month"));
    auto* series = new QBarSeries;
    series->append(barSet(tr("Withdrawal requests"), kWithdrawals, f.withdrawalsPerMonth));
    series->append(barSet(tr("Pre-trial claims"), kClaims, f.claimsPerMonth));
    series->append(barSet(tr("Access requests"), kAccess, f.accessRequestsPerMonth));
    chart->addSeries(series);
    QBarCategoryAxis* months = monthAxis(f.months);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    attachCountAxis(chart, series,
                    largestOf({f.withdrawalsPerMonth, f.claimsPerMonth, f.accessRequestsPerMonth}),
                    Qt::AlignLeft);
    return chart;
}

QChart* DashboardChartSet::deadlineBands(const DashboardCharts& f)
{
    // Bars across, so that the bands' names read in full on the left.
    QChart* chart = newChart(tr("Open cases by days left"));
    auto* series = new QHorizontalBarSeries;
    series->append(barSet(tr("Withdrawal requests"), kWithdrawals, toList(f.withdrawalBands)));
    series->append(barSet(tr("Pre-trial claims"), kClaims, toList(f.claimBands)));
    series->append(barSet(tr("Access requests"), kAccess, toList(f.accessRequestBands)));
    chart->addSeries(series);
    auto* bands = new QBarCategoryAxis;
    bands->append({tr("10 days or more"), tr("Under 10 days"), tr("Under 5 days"),
                   tr("Overdue", "deadline band")});
    chart->addAxis(bands, Qt::AlignLeft);
    series->attachAxis(bands);
    attachCountAxis(
        chart, series,
        largestOf({toList(f.withdrawalBands), toList(f.claimBands), toList(f.accessRequestBands)}),
        Qt::AlignBottom);
    return chart;
}

QChart* DashboardChartSet::consentsPerMonth(const DashboardCharts& f)
{
    // Given ones run to thousands and withdrawn ones to a few: each on its own axis.
    QChart* chart = newChart(tr("Consents given and withdrawn per month"));
    auto* given = new QBarSeries;
    given->append(
        barSet(tr("Given (left axis)"), kWithdrawals.lighter(130), f.consentsGivenPerMonth));
    chart->addSeries(given);
    auto* withdrawn = new QLineSeries;
    withdrawn->setName(tr("Withdrawn (right axis)"));
    withdrawn->setColor(kWithdrawn);
    withdrawn->setPointsVisible(true);
    QPen pen = withdrawn->pen();
    pen.setWidthF(2.5);
    withdrawn->setPen(pen);
    for (int i = 0; i < f.consentsWithdrawnPerMonth.size(); ++i)
        withdrawn->append(i, qreal(f.consentsWithdrawnPerMonth[i]));
    chart->addSeries(withdrawn);
    QBarCategoryAxis* months = monthAxis(f.months);
    chart->addAxis(months, Qt::AlignBottom);
    given->attachAxis(months);
    withdrawn->attachAxis(months);
    attachCountAxis(chart, given, largestOf({f.consentsGivenPerMonth}), Qt::AlignLeft);
    attachCountAxis(chart, withdrawn, largestOf({f.consentsWithdrawnPerMonth}), Qt::AlignRight);
    return chart;
}

QChart* DashboardChartSet::grounds(const DashboardCharts& f)
{
    // Bars across: a ground's name with its clause reads in full on the left.
    QChart* chart = newChart(tr("Disclosures by legal ground"));
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    QList<qint64> counts;
    auto* names = new QBarCategoryAxis;
    const Vocabulary words;
    // Fewest first: Qt draws the first category at the bottom, so the largest is on top.
    for (auto it = f.disclosuresByGround.crbegin(); it != f.disclosuresByGround.crend(); ++it) {
        names->append(words.name(Vocabulary::Kind::DisclosureGround, it->first));
        counts << it->second;
    }
    if (counts.isEmpty())
        //: An empty chart. %1: the chart's title.
        chart->setTitle(tr("%1: none yet").arg(chart->title()));
    QBarSet* set = barSet(tr("Disclosures"), kWithdrawals, counts);
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    attachCountAxis(chart, series, largestOf({counts}), Qt::AlignBottom);
    return chart;
}

QChart* DashboardChartSet::shares(const QString& title, const QList<QPair<QString, qint64>>& counts,
                                  int vocabularyKind)
{
    QChart* chart = newChart(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    chart->legend()->setFont(legendFont);
    auto* series = new QPieSeries;
    const Vocabulary words;
    const QLocale locale;
    qint64 total = 0;
    for (const auto& [code, n] : counts) {
        QPieSlice* slice = series->append(
            QStringLiteral("%1: %2").arg(words.name(Vocabulary::Kind(vocabularyKind), code),
                                         locale.toString(n)),
            qreal(n));
        slice->setLabelVisible(false);
        total += n;
    }
    series->setPieSize(0.85);
    series->setHorizontalPosition(0.3);
    chart->addSeries(series);
    if (total == 0)
        chart->setTitle(tr("%1: none yet").arg(title));
    return chart;
}

} // namespace dpo

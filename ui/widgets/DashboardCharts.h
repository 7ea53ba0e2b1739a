// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DashboardService.h"

#include <QCoreApplication>

class QChart;

namespace dpo {

// The dashboard's charts from its figures, in the UI's language: the page shows them and the
// printout renders the same ones into its pages. The caller owns the charts.
class DashboardChartSet
{
    Q_DECLARE_TR_FUNCTIONS(dpo::DashboardChartSet)
public:
    enum Chart
    {
        RequestsPerMonth,
        DeadlineBands,
        ConsentsPerMonth,
        DisclosureGrounds,
        NoticeChannels,
        ChartCount
    };
    static QChart* build(Chart chart, const DashboardCharts& figures);

private:
    static QChart* requestsPerMonth(const DashboardCharts& f);
    static QChart* deadlineBands(const DashboardCharts& f);
    static QChart* consentsPerMonth(const DashboardCharts& f);
    static QChart* grounds(const DashboardCharts& f);
    static QChart* shares(const QString& title, const QList<QPair<QString, qint64>>& counts,
                          int vocabularyKind);
};

} // namespace dpo

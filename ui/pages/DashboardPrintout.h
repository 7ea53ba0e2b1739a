// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardCards.h"

#include <QCoreApplication>
#include <QDateTime>

class QPrinter;

namespace dpo {

// The dashboard on two A4 pages: the cards with their figures, then the charts drawn as vectors.
// Aggregate figures only, no personal data: printing it is not audited.
class DashboardPrintout
{
    Q_DECLARE_TR_FUNCTIONS(dpo::DashboardPrintout)
public:
    DashboardPrintout(QList<DashboardCards::Card> cards, DashboardCharts charts, QString officer,
                      QDateTime atUtc);
    // False when the printer or file could not be opened.
    bool paint(QPrinter& printer) const;

private:
    QList<DashboardCards::Card> m_cards;
    DashboardCharts m_charts;
    QString m_officer;
    QDateTime m_atUtc;
};

} // namespace dpo

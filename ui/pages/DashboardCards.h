// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DashboardService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dpo {

// The dashboard's cards in order, with their figures: the page shows them, the printout lists them.
class DashboardCards
{
    Q_DECLARE_TR_FUNCTIONS(dpo::DashboardCards)
public:
    struct Card
    {
        QString list; // what a click opens: "claims:today", "withdrawals:overdue", "audit:verify"…
        QString title;
        QString hint;
        QString value;      // a count in the UI's locale, or the audit chain's state
        bool alarm = false; // shown in red: something is late or wrong
        bool isCount = true;
    };
    static QList<Card> from(const DashboardFigures& figures);
};

} // namespace dpo

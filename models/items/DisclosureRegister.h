// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/CaseRegisterModel.h"
#include "services/DisclosureService.h"

namespace dpo {

class Database;

// The register of disclosures to third parties in a view (period, recipient, ground, channel,
// the not-notified or failed ones): number, date, recipient, country, legal ground, subjects,
// notified (while a subject is not, how long is left of the notice period or how long it is past,
// in words and in the deadline's colour), not delivered. Newest first.
class DisclosureRegister : public CaseRegisterSource
{
public:
    DisclosureRegister(Database& database, QDate today, DisclosureService::Filter filter);
    QStringList headers() const override;
    int deadlineColumn() const override { return 6; } // notified
    qint64 count() const override;
    qint64 overdueCount() const override;
    QList<CaseRegisterRow> page(qint64 offset, int limit,
                                const CaseRegisterRow* after) const override;

private:
    Database& m_database;
    QDate m_today;
    DisclosureService::Filter m_filter;
};

} // namespace dpo

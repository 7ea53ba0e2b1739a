// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace dpo {

class Database;

// What must not be forgotten today: every open claim, access request and withdrawal request that
// is overdue or due within Periods::kReminderWorkingDays working days. Shown on start-up and on
// the dashboard.
class ReminderService
{
public:
    enum class Kind
    {
        PretrialClaim,
        AccessRequest,
        AuthorityRequest,
        RectificationRequest,
        Withdrawal
    };
    struct DueCase
    {
        Kind kind = Kind::PretrialClaim;
        qint64 id = 0;
        QString who;
        QDate dueOn;
        int daysLeft = 0;
        bool overdue = false;
    };

    explicit ReminderService(Database& database);

    // Overdue first, then by due date. `horizon` receives the last day counted as "due soon".
    QList<DueCase> dueSoon(const QDate& today, QDate* horizon = nullptr) const;
    // One line per case, in the UI's language: "Claim No. 4 (Асанов): overdue by 2 days".
    static QString describe(const DueCase& dueCase);

private:
    Database& m_database;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ReminderService.h"

#include "domain/ClaimWorkflow.h"
#include "domain/WithdrawalWorkflow.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

namespace dpo {

ReminderService::ReminderService(Database& database) : m_database(database) {}

QList<ReminderService::DueCase> ReminderService::dueSoon(const QDate& today, QDate* horizon) const
{
    const QSqlDatabase db = m_database.connection();
    TransactionGuard snapshot(db, TransactionGuard::Intent::Read);
    const QDate last =
        DeadlineCalendar::load(db).addWorkingDays(today, Periods::kReminderWorkingDays);
    if (horizon)
        *horizon = last;
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT kind, id, claimant_name, due_on FROM claims WHERE %1 AND "
                           "due_on <= ? "
                           "UNION ALL "
                           "SELECT 'withdrawal', w.id, s.platform_ref, w.due_on FROM "
                           "withdrawal_requests w JOIN subjects s ON s.id = w.subject_id "
                           "WHERE %2 AND w.due_on <= ? "
                           "ORDER BY 4, 2")
                .arg(ClaimWorkflow::openCondition(QStringLiteral("state")),
                     WithdrawalWorkflow::openCondition(QStringLiteral("w.state"))));
    q.addBindValue(last);
    q.addBindValue(last);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find what is due soon"));
    QList<DueCase> cases;
    while (q.next()) {
        DueCase c;
        const QString kind = q.value(0).toString();
        c.kind = kind == QStringLiteral("withdrawal")              ? Kind::Withdrawal
                 : kind == QStringLiteral("access_request")        ? Kind::AccessRequest
                 : kind == QStringLiteral("authority_request")     ? Kind::AuthorityRequest
                 : kind == QStringLiteral("rectification_request") ? Kind::RectificationRequest
                                                                   : Kind::PretrialClaim;
        c.id = q.value(1).toLongLong();
        c.who = q.value(2).toString();
        c.dueOn = q.value(3).toDate();
        c.daysLeft = DeadlineCalendar::daysLeft(c.dueOn, today);
        c.overdue = DeadlineCalendar::isOverdue(c.dueOn, today);
        cases << c;
    }
    return cases;
}

QString ReminderService::describe(const DueCase& c)
{
    const Vocabulary words;
    const QString what =
        c.kind == Kind::Withdrawal
            ? QCoreApplication::translate("dpo::ReminderService", "Withdrawal request")
            : words.name(Vocabulary::Kind::ClaimKind,
                         c.kind == Kind::AccessRequest      ? QStringLiteral("access_request")
                         : c.kind == Kind::AuthorityRequest ? QStringLiteral("authority_request")
                         : c.kind == Kind::RectificationRequest
                             ? QStringLiteral("rectification_request")
                             : QStringLiteral("pretrial_claim"));
    //: One line of the deadline reminder. %1: the case's kind, e.g. "Pre-trial claim"; %2: its
    //: number; %3: the claimant's name; %4: the time left, e.g. "2 days left" or "overdue by 1
    //: day".
    return QCoreApplication::translate("dpo::ReminderService", "%1 No. %2 (%3): %4")
        .arg(what)
        .arg(c.id)
        .arg(c.who, DeadlineCalendar::deadlineText(c.daysLeft));
}

} // namespace dpo

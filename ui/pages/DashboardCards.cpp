// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCards.h"

#include "domain/DocumentLanguage.h"

#include <QLocale>

namespace dpo {

QList<DashboardCards::Card> DashboardCards::from(const DashboardFigures& f)
{
    const QLocale locale;
    QList<Card> cards;
    const auto count = [&](const char* list, const QString& title, const QString& hint,
                           qint64 value, bool alarmWhenAny) {
        cards << Card{QString::fromLatin1(list), title, hint, locale.toString(value),
                      alarmWhenAny && value > 0, true};
    };
    count("claims:today", tr("Claims and access requests due today"),
          tr("The written answer is due today"), f.dueTodayClaims, true);
    count("withdrawals:today", tr("Withdrawal requests due today"), tr("The target date is today"),
          f.dueTodayWithdrawals, true);
    count("claims:overdue", tr("Overdue claims and access requests"), tr("Past the legal due date"),
          f.overdueClaims, true);
    count("withdrawals:overdue", tr("Overdue withdrawal requests"), tr("Past the target date"),
          f.overdueWithdrawals, true);
    count("disclosures:unnotified", tr("Subjects not notified of a disclosure"), tr("Policy 4.6.4"),
          f.unnotifiedDisclosureSubjects, true);
    count("claims:week", tr("Claims and access requests due this week"), tr("From today to Sunday"),
          f.dueThisWeekClaims, false);
    count("withdrawals:week", tr("Withdrawal requests due this week"), tr("From today to Sunday"),
          f.dueThisWeekWithdrawals, false);
    count("claims:open", tr("Open claims and access requests"), tr("Awaiting a written answer"),
          f.openClaims, false);
    count("withdrawals:open", tr("Open withdrawal requests"), tr("Not yet executed"),
          f.openWithdrawals, false);
    count("disclosures:late", tr("Disclosures not notified in time"),
          tr("A subject not notified within the organisation's own target"), f.lateDisclosures,
          true);
    //: A card's title: disclosure notices to subjects that could not be delivered.
    count("disclosures:failed", tr("Notifications failed"),
          tr("Subjects whose notice was not delivered"), f.failedNotifications, true);
    count("subjects:minors", tr("Subjects under 18"), tr("Policy 9.1: to delete"), f.minors, true);
    count(
        "retention:due", tr("Data due for the retention review"),
        tr("Policy 6.2-6.3: keeps ended, face photos held after a withdrawal or a closed account"),
        f.retentionDue, true);
    count("subjects:all", tr("Data subjects"), tr("In this database"), f.subjects, false);
    count("tasks:overdue", tr("Overdue tasks"),
          tr("A data system or a recipient has not confirmed by the due date"), f.tasksOverdue,
          true);
    count("tasks:open", tr("Tasks not yet done"),
          tr("What executed withdrawals ask of the platform's systems"), f.tasksPending, false);
    count("feed:flags", tr("Feed events to review"),
          tr("Privacy rules: erased data back, minors, withdrawn data sent"), f.feedFlags, true);
    count("feed:rejected", tr("Feed events rejected"),
          tr("Each holds back its subject's later events"), f.feedRejected, true);
    // Waiting is normal for a moment; an event older than ten minutes means the worker is not
    // keeping up or not running.
    const bool lagging = f.feedOldestPending.isValid() &&
                         f.feedOldestPending.secsTo(QDateTime::currentDateTimeUtc()) > 600;
    cards << Card{QStringLiteral("feed:pending"),
                  tr("Feed events waiting"),
                  f.feedOldestPending.isValid()
                      //: %1: a date and time.
                      ? tr("The oldest arrived %1").arg(displayInstant(f.feedOldestPending))
                      : tr("None waiting"),
                  locale.toString(f.feedPending),
                  lagging,
                  true};

    const AuditCheck& a = f.auditCheck;
    Card audit{QStringLiteral("audit:verify"), tr("Audit chain"), {}, {}, false, false};
    if (!a.everVerified) {
        //: The audit trail's state on a card: its chain was never checked.
        audit.value = tr("Never verified");
        audit.hint = tr("Verify it in the Audit section");
        audit.alarm = true;
    } else {
        audit.value = a.intact ? tr("Intact", "audit chain") : tr("Broken", "audit chain");
        //: %1: a date and time; %2: the officer's name.
        audit.hint = tr("Last verified %1 by %2").arg(displayInstant(a.atUtc), a.officer);
        audit.alarm = !a.intact;
    }
    cards << audit;
    return cards;
}

} // namespace dpo

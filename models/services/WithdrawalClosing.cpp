// SPDX-License-Identifier: GPL-3.0-or-later
// After execution: the recipients told, the reply logged, the request closed (or allowed to close
// with its tasks open). Registration, verification and rejection are in WithdrawalService.cpp.
#include "domain/WithdrawalWorkflow.h"
#include "services/AccessControl.h"
#include "services/RecordVersion.h"
#include "services/ServiceStep.h"
#include "services/TaskService.h"
#include "services/WithdrawalService.h"

#include "core/Session.h"
#include "db/Database.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "services/AuditService.h"
#include "services/RecipientNotice.h"
#include "services/WithdrawalSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpo {

using namespace withdrawal;

namespace {
const QStringList kReplyMethods{QStringLiteral("post"), QStringLiteral("hand_delivery"),
                                QStringLiteral("email")};

// Where the reply (or a minor's letter) goes; empty when no address is known.
QString replyAddress(const QSqlDatabase& db, qint64 requestId)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT reply_to_address FROM withdrawal_requests WHERE id = ?"));
    q.addBindValue(requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
    return q.next() ? q.value(0).toString().trimmed() : QString();
}

// A supervisor allowed the request to close with tasks open.
bool closeOverridden(const QSqlDatabase& db, qint64 requestId)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT open_tasks_override_by FROM withdrawal_requests WHERE id = ?"));
    q.addBindValue(requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
    return q.next() && !q.value(0).isNull();
}

// The request, when its recipients may be told: executed, the reply not yet sent.
Current requireTellable(const QSqlDatabase& db, qint64 requestId)
{
    const Current c = currentRequest(db, requestId);
    requireState(
        c, requestId,
        WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::RecordTold),
        //: %1: the request's number; %2: its state, e.g. "Decided".
        QT_TRANSLATE_NOOP(
            "dpo::WithdrawalService",
            "Request %1 is %2: recipients are told after execution and before the reply."));
    return c;
}

// One recipient told, within the step's transaction: the day between the receipt and today, the
// notice's task settled by hand, an audit entry.
void recordNoticeWithin(const QSqlDatabase& db, const Session& session, qint64 requestId,
                        qint64 noticeId, const QDate& notifiedOn, const QString& method,
                        const QString& note)
{
    const Current c = requireTellable(db, requestId);
    RecipientNotice::requireDay(notifiedOn, c.receivedOn);
    RecipientNotice::record(db, "recipient_notices", noticeId, notifiedOn, method, note,
                            session.officerId);
    TaskService::settleNoticeByHand(db, session, noticeId, notifiedOn, method);
    audit(db, session, "withdrawal.recipient_notified", requestId, c.subjectId,
          QJsonObject{{QStringLiteral("notice"), noticeId},
                      {QStringLiteral("on"), notifiedOn.toString(Qt::ISODate)},
                      {QStringLiteral("method"), method}});
}
} // namespace

void WithdrawalService::recordNotice(const Session& session, qint64 noticeId,
                                     const QDate& notifiedOn, const QString& method,
                                     const QString& note) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("record a recipient's notice"),
            [&](const QSqlDatabase& db) {
        RecipientNotice::requireMethod(method);
        const qint64 requestId =
            RecipientNotice::caseOf(db, "recipient_notices", "request_id", noticeId);
        recordNoticeWithin(db, session, requestId, noticeId, notifiedOn, method, note);
    });
}

int WithdrawalService::recordEveryNotice(const Session& session, qint64 requestId,
                                         const QDate& notifiedOn, const QString& method,
                                         const QString& note) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("record a recipient's notice"),
                   [&](const QSqlDatabase& db) {
        RecipientNotice::requireMethod(method);
        requireTellable(db, requestId);
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT id FROM recipient_notices WHERE "
                                                      "request_id = ? AND notified_on IS NULL "
                                                      "ORDER BY id"));
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the recipients to tell"));
        QList<qint64> untold;
        while (q.next())
            untold << q.value(0).toLongLong();
        if (untold.isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the request's number.
                        tr("Request %1 has no recipient left to tell.").arg(requestId));
        for (const qint64 noticeId : untold)
            recordNoticeWithin(db, session, requestId, noticeId, notifiedOn, method, note);
        return int(untold.size());
    });
}

void WithdrawalService::logReply(const Session& session, qint64 requestId, const QDate& sentOn,
                                 const QString& method, const QString& tracking,
                                 int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("log the reply"), record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        if (method == QStringLiteral("none")) {
            // A case the officer opened may close without a letter: a retention review always
            // (it writes to no one), a minor's case when no address is known to write to.
            if (c.origin == QLatin1String("subject_request"))
                throw Error(Error::Kind::BadInput,
                            //: %1: the request's number.
                            tr("Request %1 came from the subject: it closes with the reply.")
                                .arg(requestId));
            if (c.origin == QLatin1String("minor") && !replyAddress(db, requestId).isEmpty())
                throw Error(Error::Kind::BadInput,
                            //: %1: the case's number.
                            tr("Case %1 has an address for the letter to the parent or guardian: "
                               "send it.")
                                .arg(requestId));
        } else if (c.origin == QLatin1String("retention_review")) {
            throw Error(Error::Kind::BadInput,
                        //: %1: the case's number.
                        tr("Case %1 is a retention review: it writes to no one and closes with "
                           "\"none\".")
                            .arg(requestId));
        } else if (!kReplyMethods.contains(method)) {
            throw Error(Error::Kind::BadInput,
                        //: %1: the method as given; %2: the methods allowed, separated by commas.
                        tr("\"%1\" is not a way to send the reply: use %2.")
                            .arg(method, kReplyMethods.join(QStringLiteral(", "))));
        }
        if (method == QStringLiteral("post") && tracking.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("A reply sent by post needs its tracking number."));
        requireState(c, requestId,
                     WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::SendReply),
                     //: %1: the request's number; %2: its state, e.g. "Decided".
                     QT_TRANSLATE_NOOP(
                         "dpo::WithdrawalService",
                         "Request %1 is %2: the reply is sent once the decisions are executed."));
        if (!sentOn.isValid() || sentOn < c.receivedOn || sentOn > bishkekToday())
            throw Error(Error::Kind::BadInput,
                        //: %1: the date of receipt (YYYY-MM-DD).
                        tr("The reply's date must be between the receipt (%1) and today.")
                            .arg(c.receivedOn.toString(Qt::ISODate)));
        QSqlQuery untold = prepareQuery(
            db,
            QStringLiteral(
                "SELECT r.name FROM recipient_notices n JOIN recipients r ON r.id = n.recipient_id "
                "WHERE n.request_id = ? AND n.notified_on IS NULL ORDER BY r.name"));
        untold.addBindValue(requestId);
        execQuery(untold, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
        QStringList names;
        while (untold.next())
            names << untold.value(0).toString();
        //: %1: the recipients' names, separated by commas.
        if (!names.isEmpty())
            throw Error(Error::Kind::BadInput, tr("Tell every recipient first; not yet told: %1.")
                                                   .arg(names.join(QStringLiteral(", "))));
        const QList<TaskService::Task> holding = TaskService::holdingClose(db, requestId);
        const bool overridden = closeOverridden(db, requestId);
        if (!holding.isEmpty() && !overridden)
            throw Error(Error::Kind::BadInput,
                        //: %1: the request's number; %n: the number of tasks; %2: the first tasks,
                        //: listed.
                        QCoreApplication::translate(
                            "dpo::WithdrawalService",
                            "Request %1 waits for %n task(s) not yet confirmed done (%2); a "
                            "supervisor may allow closing it with the reason.",
                            nullptr, int(holding.size()))
                            .arg(requestId)
                            .arg(TaskService::summary(holding)));
        QSqlQuery q =
            prepareQuery(db, QStringLiteral("UPDATE withdrawal_requests SET state = 'closed', "
                                            "reply_sent_on = ?, reply_method = ?, "
                                            "reply_tracking = ?, closed_at = ? WHERE id = ?"));
        q.addBindValue(sentOn);
        q.addBindValue(method);
        q.addBindValue(textOrNull(tracking));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        QJsonObject details{{QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate)},
                            {QStringLiteral("method"), method}};
        if (!holding.isEmpty())
            details.insert(QStringLiteral("tasks_not_done"), int(holding.size()));
        audit(db, session, "withdrawal.reply_sent", requestId, c.subjectId, details);
    });
}

void WithdrawalService::allowCloseWithOpenTasks(const Session& supervisor, qint64 requestId,
                                                const QString& reason, int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, supervisor, Permission::OverrideOpenTasks,
            tr("allow closing a request with tasks open"), record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        requireState(c, requestId,
                     WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::SendReply),
                     //: %1: the request's number; %2: its state, e.g. "Decided".
                     QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                                       "Request %1 is %2: only an executed request waits for its "
                                       "tasks."));
        const QString why = reason.trimmed();
        if (why.size() < 10 || why.size() > 1000)
            throw Error(Error::Kind::BadInput,
                        tr("The reason must say why the request may close before its tasks are "
                           "done (10 to 1000 characters)."));
        QSqlQuery by = prepareQuery(
            db, QStringLiteral("SELECT executed_by FROM withdrawal_requests WHERE id = ?"));
        by.addBindValue(requestId);
        execQuery(by, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
        if (by.next() && by.value(0).toLongLong() == supervisor.officerId)
            throw Error(Error::Kind::Forbidden,
                        //: %1: the supervisor's name; %2: the request's number.
                        tr("%1 executed request %2 and cannot also allow it to close with tasks "
                           "open: another supervisor signs in for it.")
                            .arg(supervisor.displayName)
                            .arg(requestId));
        by.finish();
        const QList<TaskService::Task> holding = TaskService::holdingClose(db, requestId);
        if (holding.isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the request's number.
                        tr("Request %1 has no task left open: it closes without an exception.")
                            .arg(requestId));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE withdrawal_requests SET open_tasks_override_by = ?, "
                               "open_tasks_override_reason = ? WHERE id = ?"));
        q.addBindValue(supervisor.officerId);
        q.addBindValue(why);
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        QJsonArray open;
        for (const TaskService::Task& t : holding)
            open << t.id;
        audit(db, supervisor, "withdrawal.close_override", requestId, c.subjectId,
              QJsonObject{{QStringLiteral("reason"), why}, {QStringLiteral("tasks"), open}});
    });
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AttachmentService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

class Database;
struct Session;

// The tasks that carry an executed withdrawal's decisions to the platform's data systems and its
// notices to the recipients (docs/tasks.md): an outbox that the platform's workers read and
// confirm, or that an officer confirms by hand. Each confirmation is an audit entry.
class TaskService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::TaskService)
public:
    // Every report a worker inserts is announced on this channel (NOTIFY, PostgreSQL).
    static constexpr const char* kReportChannel = "dpo_task_reports";

    struct Task
    {
        qint64 id = 0;
        QString kind; // system, recipient_notice
        qint64 requestId = 0, subjectId = 0;
        QString subjectRef;                         // the platform's reference; empty once done
        QString systemCode, systemName, systemKind; // a system task
        QString category, action;                   // a system task: destroy, depersonalise, block
        QString recipient;                          // a notice: the recipient's name
        QString instruction;                        // JSON, what the worker reads
        QString state;                              // open, done, failed
        QDate dueOn;
        int attempt = 1;
        QDateTime createdAt, outcomeAt, recordedAt;
        QString outcomeNote, recordedBy;
        qint64 evidenceId = 0;
        bool isBackup() const { return systemKind == QLatin1String("backup"); }
        // Not yet done: open or failed.
        bool isPending() const { return state != QLatin1String("done"); }
    };

    struct Filter
    {
        bool pendingOnly = false; // open or failed
        bool overdueOnly = false; // pending and past due on `on`
        qint64 requestId = 0;     // 0: any
        qint64 subjectId = 0;     // 0: any
        QDate on;                 // the day "overdue" is counted on
    };

    struct Outcome
    {
        bool done = true;      // else failed
        QDateTime at;          // when it was done or failed; not in the future
        QString note;          // required for a failure and for a confirmation by hand
        qint64 evidenceId = 0; // a document of the request, by hand...
        AttachmentService::Document evidence; // ...or one to attach to it now (with the step)
        QString reportedBy;   // a worker's report (task_reports): the server role that sent it...
        qint64 reportSeq = 0; // ...and the report's number
    };

    struct Received
    {
        int recorded = 0, rejected = 0;
    };

    struct Counts
    {
        int pending = 0, overdue = 0;
    };

    explicit TaskService(Database& database) : m_database(database) {}

    // Inside an execution's transaction: one task per active system holding each category whose
    // new state is destroyed, depersonalised or blocked, and one per recipient notice of the
    // request. `subjectRef` is the platform's reference as it was before the execution.
    static int createForExecution(const QSqlDatabase& db, qint64 requestId, qint64 subjectId,
                                  const QString& subjectRef,
                                  const QHash<QString, QString>& categoryStates,
                                  const QDateTime& now);

    QList<Task> list(const Filter& filter) const;
    static QList<Task> list(const QSqlDatabase& db, const Filter& filter);
    Counts counts(const QDate& on) const;
    // The tasks of a request not yet done that hold its closing: every one but a backup's, which
    // is done when the backup rotates out (docs/tasks.md).
    static QList<Task> holdingClose(const QSqlDatabase& db, qint64 requestId);

    // "photo-store: destroy face_photo; recipient Bank A" for the first few, "and N more".
    static QString summary(const QList<Task>& tasks);
    // Within the caller's step: an officer recorded the recipient as told by hand, so the
    // notice's task, open or failed, is done as of that day.
    static void settleNoticeByHand(const QSqlDatabase& db, const Session& session, qint64 noticeId,
                                   const QDate& toldOn, const QString& method);

    // Done or failed, by the signed-in officer (by hand) or a worker's account (cases.work).
    void confirm(const Session& session, qint64 taskId, const Outcome& outcome) const;
    // Within the caller's step (a recipient told by hand closes the notice's task).
    static void confirmWithin(const QSqlDatabase& db, const Session& session, qint64 taskId,
                              const Outcome& outcome);
    // On a server: the workers' pending reports (task_reports) in the order they arrived, each
    // recorded as its task's confirmation or rejected with the reason a confirmation by hand would
    // get; at most `limit` in one transaction. Nothing on SQLite, which has no workers' role.
    Received receiveReports(const Session& session, int limit = 500) const;
    // A failed task open again for another attempt.
    void retry(const Session& session, qint64 taskId, const QString& note) const;
    // Every backup task whose rotation has passed by `on`, done: the copies that held the data are
    // overwritten. Returns how many.
    int settleRotatedBackups(const Session& session, const QDate& on) const;

private:
    static Task read(const QSqlDatabase& db, qint64 taskId);
    Database& m_database;
};

} // namespace dpo

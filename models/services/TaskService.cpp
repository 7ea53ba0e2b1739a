// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/TaskService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"
#include "services/SettingsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo {

namespace {
constexpr int kMaxNote = 1000;
// A confirmation's time may run a little ahead of this workstation's clock (a worker's server).
constexpr qint64 kClockSkewSeconds = 300;

const char* const kColumns =
    "SELECT t.id, t.kind, t.request_id, t.subject_id, t.subject_ref, s.code, s.name, s.kind, "
    "t.category_code, t.action, r.name, t.instruction, t.state, t.due_on, t.attempt, "
    "t.created_at, t.outcome_at, t.recorded_at, t.outcome_note, t.recorded_by, t.evidence_id "
    "FROM tasks t LEFT JOIN data_systems s ON s.id = t.system_id "
    "LEFT JOIN recipient_notices n ON n.id = t.notice_id "
    "LEFT JOIN recipients r ON r.id = n.recipient_id ";

TaskService::Task readRow(const QSqlQuery& q)
{
    TaskService::Task t;
    t.id = q.value(0).toLongLong();
    t.kind = q.value(1).toString();
    t.requestId = q.value(2).toLongLong();
    t.subjectId = q.value(3).toLongLong();
    t.subjectRef = q.value(4).toString();
    t.systemCode = q.value(5).toString();
    t.systemName = q.value(6).toString();
    t.systemKind = q.value(7).toString();
    t.category = q.value(8).toString();
    t.action = q.value(9).toString();
    t.recipient = q.value(10).toString();
    t.instruction = q.value(11).toString();
    t.state = q.value(12).toString();
    t.dueOn = q.value(13).toDate();
    t.attempt = q.value(14).toInt();
    t.createdAt = q.value(15).toDateTime();
    t.outcomeAt = q.value(16).toDateTime();
    t.recordedAt = q.value(17).toDateTime();
    t.outcomeNote = q.value(18).toString();
    t.recordedBy = q.value(19).toString();
    t.evidenceId = q.value(20).toLongLong();
    return t;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The action a category's new state asks of the systems that hold it; empty for a keep.
QString actionFor(const QString& state)
{
    if (state == QLatin1String("destroyed"))
        return QStringLiteral("destroy");
    if (state == QLatin1String("depersonalised"))
        return QStringLiteral("depersonalise");
    if (state == QLatin1String("blocked"))
        return QStringLiteral("block");
    return {};
}

// What a task says of itself in an audit entry and a refusal: the system and what it was asked,
// or the recipient to tell.
QJsonObject describe(const TaskService::Task& t)
{
    QJsonObject o{{QStringLiteral("request"), t.requestId},
                  {QStringLiteral("kind"), t.kind},
                  {QStringLiteral("attempt"), t.attempt}};
    if (t.kind == QLatin1String("system")) {
        o.insert(QStringLiteral("system"), t.systemCode);
        o.insert(QStringLiteral("category"), t.category);
        o.insert(QStringLiteral("action"), t.action);
    } else {
        o.insert(QStringLiteral("recipient"), t.recipient);
    }
    return o;
}

void audit(const QSqlDatabase& db, const Session& session, const char* action,
           const TaskService::Task& t, QJsonObject details)
{
    const QJsonObject about = describe(t);
    for (auto it = about.begin(); it != about.end(); ++it)
        details.insert(it.key(), it.value());
    AuditService::append(db, session, QString::fromLatin1(action), QStringLiteral("task"),
                         QString::number(t.id), t.subjectId, details);
}
} // namespace

int TaskService::createForExecution(const QSqlDatabase& db, qint64 requestId, qint64 subjectId,
                                    const QString& subjectRef,
                                    const QHash<QString, QString>& categoryStates,
                                    const QDateTime& now)
{
    const QDate today = bishkekDate(now);
    const QDate due = DeadlineCalendar::load(db).addWorkingDays(
        today, SettingsService::integer(db, "task_due_working_days"));
    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO tasks (kind, request_id, subject_id, subject_ref, "
                           "system_id, category_code, action, notice_id, instruction, created_at, "
                           "due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int created = 0;
    const auto add = [&](const QString& kind, const QVariant& system, const QVariant& category,
                         const QVariant& action, const QVariant& notice, const QJsonObject& what,
                         const QDate& dueOn) {
        const QVariant values[] = {kind,   requestId, subjectId,     subjectRef, system, category,
                                   action, notice,    compact(what), now,        dueOn};
        for (int i = 0; i < int(std::size(values)); ++i)
            insert.bindValue(i, values[i]);
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "write the tasks"));
        ++created;
    };

    QSqlQuery systems = prepareQuery(
        db, QStringLiteral("SELECT s.id, s.code, s.kind, s.rotation_days, c.category_code FROM "
                           "data_systems s JOIN data_system_categories c ON c.system_id = s.id "
                           "WHERE s.active = ? ORDER BY s.code, c.category_code"));
    systems.addBindValue(true);
    execQuery(systems, QT_TRANSLATE_NOOP("dpo::Sql", "read the data systems"));
    struct Planned
    {
        qint64 system;
        QString code, category, action;
        QDate due;
    };
    QList<Planned> planned;
    while (systems.next()) {
        const QString category = systems.value(4).toString();
        const QString action = actionFor(categoryStates.value(category));
        if (action.isEmpty())
            continue;
        const bool backup = systems.value(2).toString() == QLatin1String("backup");
        planned << Planned{systems.value(0).toLongLong(), systems.value(1).toString(), category,
                           action, backup ? today.addDays(systems.value(3).toInt()) : due};
    }
    systems.finish();
    for (const Planned& p : planned)
        add(QStringLiteral("system"), p.system, p.category, p.action, QVariant(),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("system")},
                        {QStringLiteral("system"), p.code},
                        {QStringLiteral("category"), p.category},
                        {QStringLiteral("action"), p.action},
                        {QStringLiteral("request"), requestId},
                        {QStringLiteral("decided_at"), now.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("due_on"), p.due.toString(Qt::ISODate)}},
            p.due);

    QSqlQuery notices = prepareQuery(
        db, QStringLiteral("SELECT n.id, r.code, r.name, n.categories FROM recipient_notices n "
                           "JOIN recipients r ON r.id = n.recipient_id WHERE n.request_id = ? "
                           "ORDER BY n.id"));
    notices.addBindValue(requestId);
    execQuery(notices, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
    QList<std::pair<qint64, QJsonObject>> toTell;
    while (notices.next())
        toTell.append(
            {notices.value(0).toLongLong(),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("recipient_notice")},
                 {QStringLiteral("recipient"), notices.value(1).isNull()
                                                   ? QJsonValue()
                                                   : QJsonValue(notices.value(1).toString())},
                 {QStringLiteral("recipient_name"), notices.value(2).toString()},
                 {QStringLiteral("categories"),
                  QJsonArray::fromStringList(notices.value(3).toString().split(QLatin1Char(',')))},
                 {QStringLiteral("request"), requestId},
                 {QStringLiteral("withdrawn_at"), now.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("due_on"), due.toString(Qt::ISODate)}}});
    notices.finish();
    for (const auto& [notice, what] : toTell)
        add(QStringLiteral("recipient_notice"), QVariant(), QVariant(), QVariant(), notice, what,
            due);
    return created;
}

QList<TaskService::Task> TaskService::list(const Filter& filter) const
{
    return list(m_database.connection(), filter);
}

QList<TaskService::Task> TaskService::list(const QSqlDatabase& db, const Filter& filter)
{
    QString sql = QString::fromLatin1(kColumns) + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.requestId != 0) {
        sql += QStringLiteral(" AND t.request_id = ?");
        values << filter.requestId;
    }
    if (filter.subjectId != 0) {
        sql += QStringLiteral(" AND t.subject_id = ?");
        values << filter.subjectId;
    }
    if (filter.pendingOnly || filter.overdueOnly)
        sql += QStringLiteral(" AND t.state <> 'done'");
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND t.due_on < ?");
        values << (filter.on.isValid() ? filter.on : bishkekToday());
    }
    // A request's systems first, then its recipients.
    sql += QStringLiteral(" ORDER BY t.request_id, t.notice_id IS NOT NULL, s.code, "
                          "t.category_code, r.name, t.id");
    QSqlQuery q = execBound(db, sql, values, QT_TRANSLATE_NOOP("dpo::Sql", "read the tasks"));
    QList<Task> tasks;
    while (q.next())
        tasks << readRow(q);
    return tasks;
}

TaskService::Counts TaskService::counts(const QDate& on) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN due_on < ? THEN 1 ELSE 0 END), 0) "
                       "FROM tasks WHERE state <> 'done'"));
    q.addBindValue(on);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the tasks"));
    Counts c;
    if (q.next()) {
        c.pending = q.value(0).toInt();
        c.overdue = q.value(1).toInt();
    }
    return c;
}

QList<TaskService::Task> TaskService::holdingClose(const QSqlDatabase& db, qint64 requestId)
{
    QList<Task> holding;
    for (const Task& t : list(db, Filter{true, false, requestId, 0, {}}))
        if (!t.isBackup())
            holding << t;
    return holding;
}

QString TaskService::summary(const QList<Task>& tasks)
{
    constexpr int kNamed = 3;
    QStringList parts;
    for (const Task& t : tasks.mid(0, kNamed)) {
        if (t.kind == QLatin1String("system"))
            //: One open task in a list. %1: the task's number; %2: the data system's code; %3:
            //: the action, e.g. "destroy"; %4: the category's code.
            parts << tr("task %1, %2: %3 %4").arg(t.id).arg(t.systemCode, t.action, t.category);
        else
            //: One open task in a list. %1: the task's number; %2: the recipient's name.
            parts << tr("task %1, telling %2").arg(t.id).arg(t.recipient);
    }
    if (tasks.size() > kNamed)
        //: Ends a list of tasks. %n: the number of tasks not listed.
        parts << tr("and %n more", nullptr, int(tasks.size() - kNamed));
    return parts.join(QStringLiteral("; "));
}

void TaskService::settleNoticeByHand(const QSqlDatabase& db, const Session& session,
                                     qint64 noticeId, const QDate& toldOn, const QString& method)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT id FROM tasks WHERE notice_id = ? AND state <> 'done'"));
    q.addBindValue(noticeId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the tasks"));
    if (!q.next())
        return;
    const Task t = read(db, q.value(0).toLongLong());
    q.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime at = std::clamp(bishkekMidnightUtc(toldOn), t.createdAt, now);
    //: %1: how the recipient was told, e.g. "by phone".
    const QString note = tr("Told by hand (%1); recorded by the officer.")
                             .arg(Vocabulary().name(Vocabulary::Kind::NoticeMethod, method));
    QSqlQuery u = prepareQuery(
        db, QStringLiteral("UPDATE tasks SET state = 'done', outcome_at = ?, outcome_note = ?, "
                           "recorded_at = ?, recorded_by = ?, evidence_id = NULL, subject_ref = "
                           "NULL WHERE id = ?"));
    u.addBindValue(at);
    u.addBindValue(note);
    u.addBindValue(now);
    u.addBindValue(session.username);
    u.addBindValue(t.id);
    execQuery(u, QT_TRANSLATE_NOOP("dpo::Sql", "confirm the task"));
    audit(db, session, "task.confirm", t,
          QJsonObject{{QStringLiteral("outcome"), QStringLiteral("done")},
                      {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("note"), note}});
}

TaskService::Task TaskService::read(const QSqlDatabase& db, qint64 taskId)
{
    QSqlQuery q =
        prepareQuery(db, QString::fromLatin1(kColumns) + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(taskId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the tasks"));
    if (!q.next())
        //: %1: the task's number.
        throw Error(Error::Kind::NotFound, tr("Task %1 does not exist.").arg(taskId));
    return readRow(q);
}

void TaskService::confirm(const Session& session, qint64 taskId, const Outcome& outcome) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("confirm a task"),
            [&](const QSqlDatabase& db) { confirmWithin(db, session, taskId, outcome); });
}

void TaskService::confirmWithin(const QSqlDatabase& db, const Session& session, qint64 taskId,
                                const Outcome& outcome)
{
    const Task t = read(db, taskId);
    if (t.state != QLatin1String("open"))
        throw Error(Error::Kind::BadInput,
                    t.state == QLatin1String("failed") ?
                                                       //: %1: the task's number.
                        tr("Task %1 failed: retry it before confirming it again.").arg(taskId)
                                                       :
                                                       //: %1: the task's number.
                        tr("Task %1 is already done.").arg(taskId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!outcome.at.isValid() || outcome.at > now.addSecs(kClockSkewSeconds) ||
        outcome.at < t.createdAt)
        throw Error(Error::Kind::BadInput,
                    //: %1: the task's number; %2: a date and time.
                    tr("Task %1: the time it was done or failed must be between the task's "
                       "creation (%2) and now.")
                        .arg(taskId)
                        .arg(displayInstant(t.createdAt)));
    const QString note = outcome.note.trimmed();
    if (!outcome.done && note.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the task's number.
                    tr("Task %1: a failure needs its reason in the note.").arg(taskId));
    if (note.size() > kMaxNote)
        throw Error(
            Error::Kind::BadInput,
            //: %1: the task's number; %2: a number of characters.
            tr("Task %1: the note is longer than %2 characters.").arg(taskId).arg(kMaxNote));
    qint64 evidenceId = outcome.evidenceId;
    if (!outcome.evidence.content.isEmpty())
        evidenceId =
            AttachmentService::store(db, session, AttachmentService::Owner::WithdrawalRequest,
                                     t.requestId, outcome.evidence);
    else if (evidenceId != 0) {
        QSqlQuery e = prepareQuery(db, QStringLiteral("SELECT 1 FROM attachments WHERE id = ? AND "
                                                      "withdrawal_request_id = ?"));
        e.addBindValue(outcome.evidenceId);
        e.addBindValue(t.requestId);
        execQuery(e, QT_TRANSLATE_NOOP("dpo::Sql", "read the documents"));
        if (!e.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the task's number; %2: the document's number; %3: the request's
                        //: number.
                        tr("Task %1: document %2 is not a document of withdrawal request %3.")
                            .arg(taskId)
                            .arg(outcome.evidenceId)
                            .arg(t.requestId));
    }
    // Done, the platform's reference has served its purpose and goes from the task.
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("UPDATE tasks SET state = ?, outcome_at = ?, outcome_note = ?, "
                           "recorded_at = ?, recorded_by = ?, evidence_id = ?, subject_ref = "
                           "CASE WHEN ? = 'done' THEN NULL ELSE subject_ref END WHERE id = ? AND "
                           "state = 'open'"));
    const QString state = outcome.done ? QStringLiteral("done") : QStringLiteral("failed");
    q.addBindValue(state);
    q.addBindValue(outcome.at.toUTC());
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    q.addBindValue(now);
    q.addBindValue(outcome.reportedBy.isEmpty() ? session.username : outcome.reportedBy);
    q.addBindValue(evidenceId != 0 ? QVariant(evidenceId) : QVariant());
    q.addBindValue(state);
    q.addBindValue(taskId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "confirm the task"));
    if (outcome.done && t.kind == QLatin1String("recipient_notice")) {
        // The platform delivered the notice: the recipient is told, unless an officer recorded it
        // by hand already.
        QSqlQuery n = prepareQuery(
            db, QStringLiteral("UPDATE recipient_notices SET notified_on = ?, method = "
                               "'platform', recorded_by = ?, recorded_at = ? WHERE id = (SELECT "
                               "notice_id FROM tasks WHERE id = ?) AND notified_on IS NULL"));
        n.addBindValue(bishkekDate(outcome.at));
        n.addBindValue(session.officerId);
        n.addBindValue(now);
        n.addBindValue(taskId);
        execQuery(n, QT_TRANSLATE_NOOP("dpo::Sql", "record the notice"));
    }
    QJsonObject details{{QStringLiteral("outcome"), state},
                        {QStringLiteral("at"), outcome.at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    if (evidenceId != 0)
        details.insert(QStringLiteral("evidence"), evidenceId);
    if (!outcome.reportedBy.isEmpty()) {
        details.insert(QStringLiteral("reported_by"), outcome.reportedBy);
        details.insert(QStringLiteral("report"), outcome.reportSeq);
    }
    audit(db, session, "task.confirm", t, details);
}

TaskService::Received TaskService::receiveReports(const Session& session, int limit) const
{
    if (!m_database.isPostgres())
        return {};
    return runStep(m_database, session, Permission::WorkOnCases, tr("record the systems' reports"),
                   [&](const QSqlDatabase& db) {
        // SKIP LOCKED: a second worker takes the reports after these, never the same ones.
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("SELECT seq, task_id, outcome, outcome_at, note, reported_by FROM "
                               "task_reports WHERE state = 'pending' ORDER BY seq LIMIT ? FOR "
                               "UPDATE SKIP LOCKED"));
        q.addBindValue(limit);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the systems' reports"));
        struct Report
        {
            qint64 seq, task;
            Outcome outcome;
        };
        QList<Report> reports;
        while (q.next()) {
            Outcome o;
            o.done = q.value(2).toString() == QLatin1String("done");
            o.at = q.value(3).toDateTime();
            o.note = q.value(4).toString();
            o.reportedBy = q.value(5).toString();
            o.reportSeq = q.value(0).toLongLong();
            reports << Report{o.reportSeq, q.value(1).toLongLong(), o};
        }
        q.finish();
        Received received;
        QSqlQuery mark = prepareQuery(
            db, QStringLiteral("UPDATE task_reports SET state = ?, reason = ?, processed_at = "
                               "now() WHERE seq = ?"));
        for (const Report& r : reports) {
            QString reason;
            try {
                confirmWithin(db, session, r.task, r.outcome);
                ++received.recorded;
            } catch (const Error& e) {
                // What the worker got wrong is its report's fate; anything else ends the step.
                if (e.kind() != Error::Kind::BadInput && e.kind() != Error::Kind::NotFound)
                    throw;
                reason = e.message();
                ++received.rejected;
            }
            mark.bindValue(0, reason.isEmpty() ? QStringLiteral("recorded")
                                               : QStringLiteral("rejected"));
            mark.bindValue(1, reason.isEmpty() ? QVariant() : QVariant(reason));
            mark.bindValue(2, r.seq);
            execQuery(mark, QT_TRANSLATE_NOOP("dpo::Sql", "record the systems' reports"));
        }
        return received;
    });
}

void TaskService::retry(const Session& session, qint64 taskId, const QString& note) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("retry a task"),
            [&](const QSqlDatabase& db) {
        const Task t = read(db, taskId);
        if (t.state != QLatin1String("failed"))
            throw Error(Error::Kind::BadInput,
                        //: %1: the task's number; %2: its state, e.g. "Done".
                        tr("Task %1 is %2: only a failed task is retried.")
                            .arg(taskId)
                            .arg(Vocabulary().name(Vocabulary::Kind::TaskState, t.state)));
        if (note.trimmed().size() > kMaxNote)
            throw Error(
                Error::Kind::BadInput,
                tr("Task %1: the note is longer than %2 characters.").arg(taskId).arg(kMaxNote));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE tasks SET state = 'open', attempt = attempt + 1, "
                               "outcome_at = NULL, outcome_note = NULL, recorded_at = NULL, "
                               "recorded_by = NULL, evidence_id = NULL WHERE id = ?"));
        q.addBindValue(taskId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "retry the task"));
        QJsonObject details{
            {QStringLiteral("failure"), t.outcomeNote},
            {QStringLiteral("failed_at"), t.outcomeAt.toUTC().toString(Qt::ISODateWithMs)}};
        if (!note.trimmed().isEmpty())
            details.insert(QStringLiteral("note"), note.trimmed());
        audit(db, session, "task.retry", t, details);
    });
}

int TaskService::settleRotatedBackups(const Session& session, const QDate& on) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("settle the backups' tasks"),
                   [&](const QSqlDatabase& db) {
        int settled = 0;
        for (const Task& t : list(db, Filter{true, false, 0, 0, on})) {
            if (!t.isBackup() || t.state != QLatin1String("open") || t.dueOn > on)
                continue;
            // Overwritten by the start of the day the rotation comes round.
            const QDateTime rotated =
                std::min(bishkekMidnightUtc(t.dueOn), QDateTime::currentDateTimeUtc());
            Outcome outcome;
            outcome.at = std::max(rotated, t.createdAt);
            outcome.note = tr("The backup's copies that held the data were overwritten by its "
                              "rotation (the register's period).");
            confirmWithin(db, session, t.id, outcome);
            ++settled;
        }
        return settled;
    });
}

} // namespace dpo

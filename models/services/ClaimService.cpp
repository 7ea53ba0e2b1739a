// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClaimService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::ClaimService", text);
}

const QStringList kChannels{QStringLiteral("post"), QStringLiteral("in_person"), QStringLiteral("email"),
                            QStringLiteral("app_form")};
} // namespace

ClaimService::ClaimService(Database& database) : m_database(database) {}

QString ClaimService::kindCode(Kind kind)
{
    return kind == Kind::AccessRequest ? QStringLiteral("access_request") : QStringLiteral("pretrial_claim");
}

ClaimService::Kind ClaimService::kindFromCode(const QString& code)
{
    if (code == QStringLiteral("pretrial_claim") || code == QStringLiteral("claim"))
        return Kind::PretrialClaim;
    if (code == QStringLiteral("access_request") || code == QStringLiteral("access"))
        return Kind::AccessRequest;
    throw Error(Error::Kind::BadInput, tr("\"%1\" is not a kind of claim: use claim or access.").arg(code));
}

int ClaimService::periodDays(Kind kind)
{
    return kind == Kind::AccessRequest ? Periods::kAccessRequestDays : Periods::kPretrialClaimDays;
}

ClaimService::Row ClaimService::registerClaim(const Session& session, const Registration& r) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator}, tr("register a claim"));
    const QDate today = bishkekToday();
    if (!r.receivedOn.isValid())
        throw Error(Error::Kind::BadInput, tr("The date of receipt is missing or not a date."));
    if (r.receivedOn > today)
        throw Error(Error::Kind::BadInput, tr("The date of receipt %1 is in the future.").arg(r.receivedOn.toString(Qt::ISODate)));
    if (r.subjectMatter.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("Say what the claim is about."));
    if (!kChannels.contains(r.channel))
        throw Error(Error::Kind::BadInput, tr("\"%1\" is not a way a claim arrives: use %2.").arg(r.channel, kChannels.join(QStringLiteral(", "))));

    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    qint64 subjectId = 0;
    QString claimant = r.claimantName.trimmed();
    if (!r.subjectRef.trimmed().isEmpty()) {
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT id, surname, given_name, patronymic FROM subjects WHERE platform_ref = ?"));
        q.addBindValue(r.subjectRef.trimmed());
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
        if (!q.next())
            throw Error(Error::Kind::BadInput, tr("No subject has the platform reference %1.").arg(r.subjectRef));
        subjectId = q.value(0).toLongLong();
        if (claimant.isEmpty())
            claimant = QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(QLatin1Char(' ')).simplified();
    }
    if (claimant.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Name the claimant, or give the subject's platform reference."));

    Row row;
    row.kind = r.kind;
    row.claimant = claimant;
    row.subjectRef = r.subjectRef.trimmed();
    row.receivedOn = r.receivedOn;
    row.dueOn = DeadlineCalendar::load(db).dueDate(r.receivedOn, periodDays(r.kind));
    row.state = QStringLiteral("open");
    row.open = true;
    row.daysLeft = DeadlineCalendar::daysLeft(row.dueOn, today);
    row.overdue = DeadlineCalendar::isOverdue(row.dueOn, today);
    QSqlQuery insert = prepareQuery(db, QStringLiteral(
        "INSERT INTO claims (kind, subject_id, claimant_name, claimant_contact, received_on, channel, subject_matter, "
        "due_on, state, officer_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"));
    insert.addBindValue(kindCode(r.kind));
    insert.addBindValue(subjectId > 0 ? QVariant(subjectId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(claimant);
    insert.addBindValue(r.claimantContact.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.claimantContact.trimmed()));
    insert.addBindValue(r.receivedOn);
    insert.addBindValue(r.channel);
    insert.addBindValue(r.subjectMatter.trimmed());
    insert.addBindValue(row.dueOn);
    insert.addBindValue(session.officerId);
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "register the claim"));
    if (!insert.next())
        throw Error(Error::Kind::Database, tr("The database did not return the new claim's number."));
    row.id = insert.value(0).toLongLong();
    insert.finish();
    AuditService::append(db, session, QStringLiteral("claim.register"), QStringLiteral("claim"), QString::number(row.id),
                         subjectId,
                         QJsonObject{{QStringLiteral("kind"), kindCode(r.kind)},
                                     {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
                                     {QStringLiteral("due_on"), row.dueOn.toString(Qt::ISODate)},
                                     {QStringLiteral("channel"), r.channel}});
    transaction.commit();
    return row;
}

namespace {
struct Current
{
    QString state, kind;
    QDate receivedOn, dueOn;
    qint64 subjectId = 0;
};

Current currentClaim(const QSqlDatabase& db, qint64 claimId)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT state, kind, received_on, due_on, subject_id FROM claims WHERE id = ?"));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("Claim %1 does not exist.").arg(claimId));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toDate(), q.value(3).toDate(), q.value(4).toLongLong()};
}

// `refusal` names the claim with %1.
void requireState(const Current& c, qint64 claimId, const QStringList& states, const QString& refusal)
{
    if (!states.contains(c.state))
        throw Error(Error::Kind::BadInput, refusal.arg(claimId));
}
} // namespace

void ClaimService::draftAnswer(const Session& session, qint64 claimId, const QString& text) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator}, tr("draft an answer"));
    if (text.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("The answer has no text."));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    const Current c = currentClaim(db, claimId);
    requireState(c, claimId, {QStringLiteral("open"), QStringLiteral("answer_drafted")}, tr("Claim %1 is answered already."));
    QSqlQuery q = prepareQuery(db, QStringLiteral("UPDATE claims SET state = 'answer_drafted', answer_text = ? WHERE id = ?"));
    q.addBindValue(text.trimmed());
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
    AuditService::append(db, session, QStringLiteral("claim.draft_answer"), QStringLiteral("claim"), QString::number(claimId),
                         c.subjectId, QJsonObject{{QStringLiteral("length"), qint64(text.trimmed().size())}});
    transaction.commit();
}

void ClaimService::logAnswer(const Session& session, qint64 claimId, const Answer& a) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator}, tr("log an answer"));
    static const QStringList methods{QStringLiteral("post"), QStringLiteral("hand_delivery"), QStringLiteral("email")};
    if (!methods.contains(a.method))
        throw Error(Error::Kind::BadInput, tr("\"%1\" is not a way to send an answer: use %2.").arg(a.method, methods.join(QStringLiteral(", "))));
    if (a.method == QStringLiteral("post") && a.tracking.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("An answer sent by post needs its tracking number."));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    const Current c = currentClaim(db, claimId);
    requireState(c, claimId, {QStringLiteral("open"), QStringLiteral("answer_drafted")}, tr("Claim %1 is answered already."));
    if (!a.sentOn.isValid() || a.sentOn < c.receivedOn || a.sentOn > bishkekToday())
        throw Error(Error::Kind::BadInput, tr("The answer's date must be between the receipt (%1) and today.")
                                               .arg(c.receivedOn.toString(Qt::ISODate)));
    QSqlQuery q = prepareQuery(db, QStringLiteral(
        "UPDATE claims SET state = 'answer_sent', answer_sent_on = ?, answer_method = ?, answer_tracking = ?, "
        "answer_text = coalesce(?, answer_text) WHERE id = ?"));
    q.addBindValue(a.sentOn);
    q.addBindValue(a.method);
    q.addBindValue(a.tracking.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.tracking.trimmed()));
    q.addBindValue(a.text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.text.trimmed()));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
    AuditService::append(db, session, QStringLiteral("claim.answer_sent"), QStringLiteral("claim"), QString::number(claimId),
                         c.subjectId,
                         QJsonObject{{QStringLiteral("sent_on"), a.sentOn.toString(Qt::ISODate)},
                                     {QStringLiteral("method"), a.method},
                                     {QStringLiteral("on_time"), a.sentOn <= c.dueOn}});
    transaction.commit();
}

void ClaimService::close(const Session& session, qint64 claimId, const QString& outcome, const QString& reason) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator}, tr("close a claim"));
    static const QStringList outcomes{QStringLiteral("satisfied"), QStringLiteral("partly_satisfied"), QStringLiteral("refused")};
    if (!outcomes.contains(outcome))
        throw Error(Error::Kind::BadInput, tr("\"%1\" is not an outcome: use %2.").arg(outcome, outcomes.join(QStringLiteral(", "))));
    if (outcome != QStringLiteral("satisfied") && reason.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("A refusal, in whole or in part, needs its reasons."));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    const Current c = currentClaim(db, claimId);
    requireState(c, claimId, {QStringLiteral("answer_sent")}, tr("Claim %1 is closed only once its written answer was sent."));
    QSqlQuery q = prepareQuery(db, QStringLiteral("UPDATE claims SET state = 'closed', outcome = ?, outcome_reason = ? WHERE id = ?"));
    q.addBindValue(outcome);
    q.addBindValue(reason.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason.trimmed()));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
    AuditService::append(db, session, QStringLiteral("claim.close"), QStringLiteral("claim"), QString::number(claimId), c.subjectId,
                         QJsonObject{{QStringLiteral("outcome"), outcome}});
    transaction.commit();
}

QDate ClaimService::recalculateDueDate(const Session& session, qint64 claimId) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator}, tr("recalculate a due date"));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    const Current c = currentClaim(db, claimId);
    requireState(c, claimId, {QStringLiteral("open"), QStringLiteral("answer_drafted")},
                 tr("Claim %1 is answered: its due date no longer changes."));
    const QDate due = DeadlineCalendar::load(db).dueDate(c.receivedOn, periodDays(kindFromCode(c.kind)));
    if (due != c.dueOn) {
        QSqlQuery q = prepareQuery(db, QStringLiteral("UPDATE claims SET due_on = ? WHERE id = ?"));
        q.addBindValue(due);
        q.addBindValue(claimId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
    }
    AuditService::append(db, session, QStringLiteral("claim.recalculate_due"), QStringLiteral("claim"), QString::number(claimId),
                         c.subjectId,
                         QJsonObject{{QStringLiteral("from"), c.dueOn.toString(Qt::ISODate)}, {QStringLiteral("to"), due.toString(Qt::ISODate)}});
    transaction.commit();
    return due;
}

QList<ClaimService::Row> ClaimService::list(const QDate& on, bool openOnly, bool overdueOnly) const
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.kind, c.claimant_name, s.platform_ref, c.state, c.outcome, c.received_on, c.due_on, "
        "c.answer_sent_on FROM claims c LEFT JOIN subjects s ON s.id = c.subject_id");
    QStringList where;
    QVariantList values;
    if (openOnly || overdueOnly)
        where << QStringLiteral("c.state IN ('open', 'answer_drafted')");
    if (overdueOnly) {
        where << QStringLiteral("c.due_on < ?");
        values << on;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY CASE WHEN c.state IN ('open', 'answer_drafted') THEN 0 ELSE 1 END, c.due_on, c.id");
    QSqlQuery q = prepareQuery(m_database.connection(), sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.kind = kindFromCode(q.value(1).toString());
        r.claimant = q.value(2).toString();
        r.subjectRef = q.value(3).toString();
        r.state = q.value(4).toString();
        r.outcome = q.value(5).toString();
        r.receivedOn = q.value(6).toDate();
        r.dueOn = q.value(7).toDate();
        r.answerSentOn = q.value(8).isNull() ? QDate() : q.value(8).toDate();
        r.open = r.state == QStringLiteral("open") || r.state == QStringLiteral("answer_drafted");
        r.daysLeft = DeadlineCalendar::daysLeft(r.dueOn, on);
        r.overdue = r.open && DeadlineCalendar::isOverdue(r.dueOn, on);
        rows << r;
    }
    return rows;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
// Executing a withdrawal request's decisions: one transaction changes the consent, each data
// category, the subject's stored values, leaves the tombstones of destroyed data, and lists the
// recipients to tell, and the tasks that carry it all to the platform's systems and recipients
// (docs/tasks.md). docs/withdrawals.md says what each decision does to which values.
#include "domain/WithdrawalWorkflow.h"
#include "feed/ErasedIdentifiers.h"
#include "services/AccessControl.h"
#include "services/RecordVersion.h"
#include "services/ServiceStep.h"
#include "services/WithdrawalService.h"

#include "core/Session.h"
#include "db/Database.h"
#include "services/AuditService.h"
#include "services/ConsentSummary.h"
#include "services/TaskService.h"
#include "services/WithdrawalSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

namespace dpo {

using namespace withdrawal;

namespace {
void exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    execBound(db, sql, values, QT_TRANSLATE_NOOP("dpo::Sql", "execute the withdrawal"));
}

// A reference that cannot be traced back to the platform account.
QString anonymousReference()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("ANON-") +
           QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0')).toUpper();
}

// What the request asks: its decisions and, for a partial withdrawal, its purposes.
struct Asked
{
    QList<PlannedDecision> decisions;
    QStringList purposes;
};

Asked readAsked(const QSqlDatabase& db, qint64 requestId)
{
    Asked asked;
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT category_code, action, approved_by FROM "
                                                  "withdrawal_decisions WHERE request_id = ? "
                                                  "ORDER BY id"));
    q.addBindValue(requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the decisions"));
    while (q.next())
        asked.decisions << PlannedDecision{q.value(0).toString(), storedAction(q.value(1)),
                                           !q.value(2).isNull()};
    QSqlQuery p = prepareQuery(
        db, QStringLiteral("SELECT purpose_code FROM withdrawal_request_purposes WHERE "
                           "request_id = ?"));
    p.addBindValue(requestId);
    execQuery(p, QT_TRANSLATE_NOOP("dpo::Sql", "read the request's purposes"));
    while (p.next())
        asked.purposes << p.value(0).toString();
    return asked;
}

// 1. The consent: the whole of it, or the named purposes of every consent still given.
void withdrawConsent(const QSqlDatabase& db, const Current& c, qint64 requestId,
                     const QStringList& purposes, const QDateTime& now)
{
    if (c.scope == QStringLiteral("full")) {
        exec(db,
             QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE subject_id = ? AND "
                            "withdrawn_at IS NULL"),
             {now, c.subjectId});
    } else {
        for (const QString& purpose : purposes)
            exec(db,
                 QStringLiteral("INSERT INTO consent_purpose_withdrawals (consent_id, "
                                "purpose_code, withdrawn_at, request_id) "
                                "SELECT id, ?, ?, ? FROM consents WHERE subject_id = ? AND "
                                "withdrawn_at IS NULL ON CONFLICT DO NOTHING"),
                 {purpose, now, requestId, c.subjectId});
    }
    refreshConsentSummary(db, c.subjectId);
}

// 2. Each category's state (a keep's ground and date are the decision's) and the destroyed
// categories' tombstones; returns each category's new state for the audit entry.
QJsonObject applyCategoryStates(const QSqlDatabase& db, const ExecutionPlan& plan, const Current& c,
                                qint64 requestId, qint64 officerId, const QDateTime& now)
{
    exec(db,
         QStringLiteral("UPDATE subject_categories SET state = 'kept', kept_until = d.keep_until, "
                        "legal_ground = d.legal_ground, changed_at = ? FROM withdrawal_decisions d "
                        "WHERE d.request_id = ? AND d.action = 'keep' AND "
                        "subject_categories.subject_id = ? AND subject_categories.category_code = "
                        "d.category_code"),
         {now, requestId, c.subjectId});
    QJsonObject outcome;
    for (auto it = plan.categoryStates.cbegin(); it != plan.categoryStates.cend(); ++it) {
        if (it.value() != QStringLiteral("kept"))
            exec(db,
                 QStringLiteral("UPDATE subject_categories SET state = ?, kept_until = NULL, "
                                "legal_ground = NULL, changed_at = ? "
                                "WHERE subject_id = ? AND category_code = ?"),
                 {it.value(), now, c.subjectId, it.key()});
        outcome.insert(it.key(), it.value());
    }
    for (const QString& category : plan.destroyedCategories)
        exec(db,
             QStringLiteral("INSERT INTO destruction_records (subject_id, category_code, "
                            "request_id, destroyed_at, destroyed_by) VALUES (?, ?, ?, ?, ?)"),
             {c.subjectId, category, requestId, now, officerId});
    return outcome;
}

// 3a. The identifiers the plan removes, kept as salted digests only, so that the change feed
// cannot tie new data back to them (docs/feed.md, "Privacy rules").
void recordErasedIdentifiers(const QSqlDatabase& db, const ExecutionPlan& plan, qint64 subjectId,
                             const QDateTime& now)
{
    using Kind = ErasedIdentifiers::Kind;
    const bool reference = plan.newAnonymousReference;
    const bool inn = plan.clearedColumns.contains(QStringLiteral("inn"));
    const bool phone = plan.clearedColumns.contains(QStringLiteral("phone"));
    if (!reference && !inn && !phone)
        return;
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT platform_ref, inn, phone FROM subjects WHERE id = ?"));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's identifiers"));
    if (!q.next())
        return;
    const QString values[] = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    q.finish();
    ErasedIdentifiers erased(db);
    if (reference)
        erased.record(Kind::PlatformRef, values[0], subjectId, now);
    if (inn)
        erased.record(Kind::Inn, values[1], subjectId, now);
    if (phone)
        erased.record(Kind::Phone, values[2], subjectId, now);
}

// 3. The subject's values as the plan says, in one UPDATE so that the schema's rule (an active
// record has its name and INN) holds before and after it; then the same values where other
// records repeat them. (The reply's addressee stays with the request: it is the record of whom
// the reply went to.)
void applyToValues(const QSqlDatabase& db, const ExecutionPlan& plan, qint64 subjectId,
                   bool postgres)
{
    QStringList sets;
    QVariantList values;
    for (const QString& column : plan.clearedColumns)
        sets << column + QStringLiteral(" = NULL");
    if (plan.clearNameFolds)
        sets << QStringLiteral("surname_fold = ''") << QStringLiteral("given_name_fold = ''")
             << QStringLiteral("patronymic_fold = NULL");
    if (plan.birthDateToYear)
        sets << (postgres ? QStringLiteral("birth_date = date_trunc('year', birth_date)::date")
                          : QStringLiteral("birth_date = date(birth_date, 'start of year')"));
    if (!plan.subjectStatus.isEmpty()) {
        sets << QStringLiteral("status = ?");
        values << plan.subjectStatus;
    }
    if (plan.newAnonymousReference) {
        sets << QStringLiteral("platform_ref = ?");
        values << anonymousReference();
    }
    if (!sets.isEmpty())
        exec(db,
             QStringLiteral("UPDATE subjects SET %1 WHERE id = ?")
                 .arg(sets.join(QStringLiteral(", "))),
             values << subjectId);
    if (plan.clearNoticeAddresses)
        exec(db, QStringLiteral("UPDATE notifications SET address = '—' WHERE subject_id = ?"),
             {subjectId});
    if (plan.clearClaimantContact)
        exec(db, QStringLiteral("UPDATE claims SET claimant_contact = NULL WHERE subject_id = ?"),
             {subjectId});
    if (plan.clearClaimantName)
        exec(db, QStringLiteral("UPDATE claims SET claimant_name = '—' WHERE subject_id = ?"),
             {subjectId});
    // A correction's new value is the subject's data too (schema 21); its digest stays.
    QStringList correctedFields = plan.clearedColumns;
    if (plan.birthDateToYear)
        correctedFields << QStringLiteral("birth_date");
    for (const QString& column : std::as_const(correctedFields))
        exec(db,
             QStringLiteral("UPDATE claim_corrections SET new_value = NULL WHERE field = ? AND "
                            "claim_id IN (SELECT id FROM claims WHERE subject_id = ?)"),
             {column, subjectId});
}

QString subjectReference(const QSqlDatabase& db, qint64 subjectId)
{
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT platform_ref FROM subjects WHERE id = ?"));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's identifiers"));
    return q.next() ? q.value(0).toString() : QString();
}

// 4. Every recipient that received a withdrawn category, or data for a withdrawn purpose, is
// listed to be told; returns how many.
qint64 listRecipientsToTell(const QSqlDatabase& db, const ExecutionPlan& plan,
                            const QStringList& purposes, qint64 subjectId, qint64 requestId)
{
    QMap<qint64, QStringList> recipients;
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT DISTINCT recipient_id, category_code, "
                                        "purpose_code FROM transfers WHERE subject_id = ?"));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's transfers"));
    while (q.next()) {
        const QString category = q.value(1).toString();
        if (!plan.categoryStates.contains(category) && !purposes.contains(q.value(2).toString()))
            continue;
        QStringList& received = recipients[q.value(0).toLongLong()];
        if (!received.contains(category))
            received << category;
    }
    q.finish();
    for (auto it = recipients.cbegin(); it != recipients.cend(); ++it) {
        QStringList categories = it.value();
        categories.sort();
        exec(db,
             QStringLiteral("INSERT INTO recipient_notices (request_id, recipient_id, categories) "
                            "VALUES (?, ?, ?)"),
             {requestId, it.key(), categories.join(QLatin1Char(','))});
    }
    return recipients.size();
}
} // namespace

void WithdrawalService::execute(const Session& session, qint64 requestId, int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("execute a withdrawal"), record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        requireState(c, requestId,
                     WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::Execute),
                     //: %1: the request's number; %2: its state, e.g. "Received".
                     QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                                       "Request %1 is %2: only decided requests are executed."));
        // The plan, decided without the database (WithdrawalDecision.cpp)...
        const Asked asked = readAsked(db, requestId);
        if (asked.decisions.isEmpty() && asked.purposes.isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the request's number.
                        tr("Request %1 has nothing to execute: decide its categories first.")
                            .arg(requestId));
        const ExecutionPlan plan = planExecution(asked.decisions);
        if (!plan.keepsAwaitingApproval.isEmpty())
            throw Error(
                Error::Kind::BadInput,
                //: %1: the category's code or name; %2: the request's number.
                tr("Keeping \"%1\" needs a supervisor's approval before request %2 is executed.")
                    .arg(plan.keepsAwaitingApproval.first())
                    .arg(requestId));
        // ...and applied, all in this step's transaction.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The reference the platform knows the subject by, before a new one replaces it: the
        // tasks carry it to the platform's systems.
        const QString platformRef = subjectReference(db, c.subjectId);
        withdrawConsent(db, c, requestId, asked.purposes, now);
        const QJsonObject outcome =
            applyCategoryStates(db, plan, c, requestId, session.officerId, now);
        recordErasedIdentifiers(db, plan, c.subjectId, now);
        applyToValues(db, plan, c.subjectId, m_database.isPostgres());
        exec(db,
             QStringLiteral("UPDATE withdrawal_decisions SET executed_at = ? WHERE request_id = ?"),
             {now, requestId});
        const qint64 toTell =
            listRecipientsToTell(db, plan, asked.purposes, c.subjectId, requestId);
        const int tasks = TaskService::createForExecution(db, requestId, c.subjectId, platformRef,
                                                          plan.categoryStates, now);
        exec(db,
             QStringLiteral("UPDATE withdrawal_requests SET state = 'executed', executed_at = ?, "
                            "executed_by = ? WHERE id = ?"),
             {now, session.officerId, requestId});
        AuditService::append(
            db, session, QStringLiteral("withdrawal.execute"), QStringLiteral("withdrawal_request"),
            QString::number(requestId), c.subjectId,
            QJsonObject{{QStringLiteral("categories"), outcome},
                        {QStringLiteral("purposes"), QJsonArray::fromStringList(asked.purposes)},
                        {QStringLiteral("subject_status"), plan.subjectStatus.isEmpty()
                                                               ? QStringLiteral("unchanged")
                                                               : plan.subjectStatus},
                        {QStringLiteral("recipients_to_tell"), toTell},
                        {QStringLiteral("tasks"), tasks}});
    });
    m_database.checkpointAfterErasure();
}

} // namespace dpo

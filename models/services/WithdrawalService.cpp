// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/WithdrawalService.h"
#include "domain/WithdrawalWorkflow.h"
#include "services/AccessControl.h"
#include "services/RecordVersion.h"
#include "services/ServiceStep.h"
#include "services/SettingsService.h"
#include "services/TaskService.h"

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
const QStringList kChannels{QStringLiteral("post"), QStringLiteral("in_person"),
                            QStringLiteral("email_scan"), QStringLiteral("e_signature"),
                            QStringLiteral("app_form")};
const QStringList kIdentityMethods{QStringLiteral("id_in_person"),
                                   QStringLiteral("notarised_letter"),
                                   QStringLiteral("account_face_check"), QStringLiteral("other")};
const QStringList kRejections{QStringLiteral("identity_not_established"),
                              QStringLiteral("not_written"), QStringLiteral("not_this_holder")};

QStringList checkedCodes(const QSqlDatabase& db, const QStringList& codes, const char* table,
                         const QString& what)
{
    QStringList out;
    for (const QString& code : codes) {
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(QLatin1String(table)));
        q.addBindValue(code.trimmed());
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
        if (!q.next())
            throw Error(Error::Kind::BadInput, what.arg(code));
        if (!out.contains(code.trimmed()))
            out << code.trimmed();
    }
    return out;
}
} // namespace

QStringList withdrawal::categoriesInScope(const QSqlDatabase& db, qint64 requestId,
                                          const Current& c)
{
    QSqlQuery q = prepareQuery(
        db, c.scope == QStringLiteral("full")
                ? QStringLiteral("SELECT sc.category_code FROM subject_categories sc JOIN "
                                 "data_categories d ON d.code = sc.category_code "
                                 "WHERE sc.subject_id = ? AND sc.state IN ('held', 'blocked', "
                                 "'kept') ORDER BY d.sort_order")
                : QStringLiteral("SELECT r.category_code FROM withdrawal_request_categories r JOIN "
                                 "data_categories d ON d.code = r.category_code "
                                 "WHERE r.request_id = ? ORDER BY d.sort_order"));
    q.addBindValue(c.scope == QStringLiteral("full") ? c.subjectId : requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the request's categories"));
    QStringList categories;
    while (q.next())
        categories << q.value(0).toString();
    return categories;
}

WithdrawalService::WithdrawalService(Database& database) : m_database(database) {}

int WithdrawalService::targetDays(const QSqlDatabase& db)
{
    return SettingsService::integer(db, "withdrawal_target_days");
}

void WithdrawalService::setTargetDays(const Session& session, int days) const
{
    SettingsService(m_database).setInteger(session, QStringLiteral("withdrawal_target_days"), days);
}

// The subject, where the reply goes, the purposes and categories withdrawn (each one the subject
// holds), and the due date: all read before anything is written.
struct WithdrawalService::RequestPlan
{
    qint64 subjectId = 0;
    QString replyToName, replyToAddress;
    QStringList purposes, categories;
    QDate due;
};

qint64 WithdrawalService::registerRequest(const Session& session, const Registration& r) const
{
    return runStep(m_database, session, Permission::WorkOnCases,
                   tr("register a withdrawal request"),
                   [&](const QSqlDatabase& db) { return registerWithin(db, session, r); });
}

qint64 WithdrawalService::registerWithin(const QSqlDatabase& db, const Session& session,
                                         const Registration& r)
{
    checkRegistration(r);
    return insertRequest(db, session, r, planRequest(db, r));
}

// What a registration says must be whole before the database is asked anything.
void WithdrawalService::checkRegistration(const Registration& r)
{
    const bool appForm = !r.formRef.isEmpty();
    if (appForm && (r.channel != QStringLiteral("app_form") || r.formSha256.size() != 64))
        throw Error(Error::Kind::BadInput,
                    tr("A form signed in the app comes by the channel app_form with its SHA-256."));
    if (r.documents.isEmpty() && !appForm)
        throw Error(Error::Kind::BadInput, tr("Attach the written request: the policy (12.1.3) "
                                              "accepts written requests only."));
    for (const AttachmentService::Document& document : r.documents)
        AttachmentService::validate(document);
    if (!r.receivedOn.isValid())
        throw Error(Error::Kind::BadInput, tr("The date of receipt is missing or not a date."));
    if (r.receivedOn > bishkekToday())
        throw Error(
            Error::Kind::BadInput,
            //: %1: a date (YYYY-MM-DD).
            tr("The date of receipt %1 is in the future.").arg(r.receivedOn.toString(Qt::ISODate)));
    if (!kChannels.contains(r.channel))
        throw Error(Error::Kind::BadInput,
                    //: %1: the channel as given; %2: the channels allowed, separated by commas.
                    tr("\"%1\" is not a way a request arrives: use %2.")
                        .arg(r.channel, kChannels.join(QStringLiteral(", "))));
    if (!r.fullScope && r.purposes.isEmpty() && r.categories.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("A partial withdrawal names the purposes or data categories it withdraws."));
}

WithdrawalService::RequestPlan WithdrawalService::planRequest(const QSqlDatabase& db,
                                                              const Registration& r)
{
    QSqlQuery subject = prepareQuery(
        db, QStringLiteral("SELECT id, status, surname, given_name, patronymic, residence_address, "
                           "registration_address FROM subjects WHERE platform_ref = ?"));
    subject.addBindValue(r.subjectRef.trimmed());
    execQuery(subject, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!subject.next())
        throw Error(
            Error::Kind::BadInput,
            tr("No subject has the platform reference \"%1\".").arg(r.subjectRef.trimmed()));
    const qint64 subjectId = subject.value(0).toLongLong();
    const QString replyToName =
        r.replyToName.trimmed().isEmpty()
            ? QStringList{subject.value(2).toString(), subject.value(3).toString(),
                          subject.value(4).toString()}
                  .join(QLatin1Char(' '))
                  .simplified()
            : r.replyToName.trimmed();
    const QString replyToAddress =
        !r.replyToAddress.trimmed().isEmpty()    ? r.replyToAddress.trimmed()
        : !subject.value(5).toString().isEmpty() ? subject.value(5).toString()
                                                 : subject.value(6).toString();
    subject.finish();
    const QStringList purposes = r.fullScope
                                     ? QStringList()
                                     : checkedCodes(db, r.purposes, "processing_purposes",
                                                    //: %1: the purpose as given.
                                                    tr("\"%1\" is not a processing purpose."));
    const QStringList categories = r.fullScope ? QStringList()
                                               : checkedCodes(db, r.categories, "data_categories",
                                                              //: %1: the category as given.
                                                              tr("\"%1\" is not a data category."));
    for (const QString& category : categories) {
        QSqlQuery held = prepareQuery(
            db, QStringLiteral(
                    "SELECT 1 FROM subject_categories WHERE subject_id = ? AND category_code = ? "
                    "AND state IN ('held', 'blocked', 'kept')"));
        held.addBindValue(subjectId);
        held.addBindValue(category);
        execQuery(held, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"));
        if (!held.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code.
                        tr("The subject holds no data of the category \"%1\".").arg(category));
    }

    const QDate due = DeadlineCalendar::load(db).dueDate(r.receivedOn, targetDays(db));
    return {subjectId, replyToName, replyToAddress, purposes, categories, due};
}

qint64 WithdrawalService::insertRequest(const QSqlDatabase& db, const Session& session,
                                        const Registration& r, const RequestPlan& plan)
{
    QSqlQuery insert =
        prepareQuery(db, QStringLiteral("INSERT INTO withdrawal_requests (subject_id, received_on, "
                                        "channel, scope, scope_note, state, due_on, officer_id, "
                                        "registered_at, reply_to_name, reply_to_address, form_ref, "
                                        "form_sha256) VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, "
                                        "?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(plan.subjectId);
    insert.addBindValue(r.receivedOn);
    insert.addBindValue(r.channel);
    insert.addBindValue(r.fullScope ? QStringLiteral("full") : QStringLiteral("partial"));
    insert.addBindValue(textOrNull(r.scopeNote));
    insert.addBindValue(plan.due);
    insert.addBindValue(session.officerId);
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    insert.addBindValue(textOrNull(plan.replyToName));
    insert.addBindValue(textOrNull(plan.replyToAddress));
    insert.addBindValue(textOrNull(r.formRef));
    insert.addBindValue(textOrNull(r.formSha256));
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "register the withdrawal request"));
    if (!insert.next())
        throw Error(Error::Kind::Database,
                    tr("The database did not return the new request's number."));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    const auto insertScope = [&](const QString& sql, const QStringList& codes) {
        for (const QString& code : codes) {
            QSqlQuery q = prepareQuery(db, sql);
            q.addBindValue(id);
            q.addBindValue(code);
            execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "register the withdrawal request"));
        }
    };
    insertScope(QStringLiteral("INSERT INTO withdrawal_request_purposes (request_id, purpose_code) "
                               "VALUES (?, ?)"),
                plan.purposes);
    insertScope(QStringLiteral("INSERT INTO withdrawal_request_categories (request_id, "
                               "category_code) VALUES (?, ?)"),
                plan.categories);
    QJsonObject details{
        {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
        {QStringLiteral("due_on"), plan.due.toString(Qt::ISODate)},
        {QStringLiteral("channel"), r.channel},
        {QStringLiteral("scope"), r.fullScope ? QStringLiteral("full") : QStringLiteral("partial")},
        {QStringLiteral("purposes"), QJsonArray::fromStringList(plan.purposes)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(plan.categories)}};
    if (!r.formRef.isEmpty())
        details.insert(QStringLiteral("form"), r.formRef + QLatin1Char(' ') + r.formSha256);
    audit(db, session, "withdrawal.register", id, plan.subjectId, details);
    for (const AttachmentService::Document& document : r.documents)
        AttachmentService::store(db, session, AttachmentService::Owner::WithdrawalRequest, id,
                                 document);
    return id;
}

void WithdrawalService::verifyIdentity(const Session& session, qint64 requestId,
                                       const QString& method, const QString& note,
                                       int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("verify a requester's identity"),
            record,
            [&](const QSqlDatabase& db) {
        if (!kIdentityMethods.contains(method))
            throw Error(Error::Kind::BadInput,
                        //: %1: the method as given; %2: the methods allowed, separated by commas.
                        tr("\"%1\" is not a way to verify identity: use %2.")
                            .arg(method, kIdentityMethods.join(QStringLiteral(", "))));
        if (method == QStringLiteral("other") && note.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Say how the identity was verified."));
        const Current c = currentRequest(db, requestId);
        requireState(
            c, requestId,
            WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::VerifyIdentity),
            //: %1: the request's number; %2: its state, e.g. "Decided".
            QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                              "Request %1 is %2: its identity is checked only once, on receipt."));
        QSqlQuery q = prepareQuery(
            db,
            QStringLiteral(
                "UPDATE withdrawal_requests SET state = 'identity_verified', identity_method = ?, "
                "identity_note = ?, identity_verified_by = ? WHERE id = ?"));
        q.addBindValue(method);
        q.addBindValue(textOrNull(note));
        q.addBindValue(session.officerId);
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        audit(db, session, "withdrawal.verify_identity", requestId, c.subjectId,
              QJsonObject{{QStringLiteral("method"), method}});
    });
}

void WithdrawalService::reject(const Session& session, qint64 requestId, const QString& reason,
                               const QString& note, int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("reject a withdrawal request"), record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        // A minor's case is refused only because the subject is not a minor after all; a
        // subject's request never for that; a retention review not at all (each category is
        // destroyed or kept to a new date).
        if (c.origin == QLatin1String("retention_review"))
            throw Error(Error::Kind::BadInput,
                        //: %1: the case's number.
                        tr("Case %1 is a retention review: it is not rejected; decide each "
                           "category (destroy, or keep on a ground until a new date).")
                            .arg(requestId));
        const QStringList reasons = c.origin == QLatin1String("minor")
                                        ? QStringList{QStringLiteral("not_a_minor")}
                                        : kRejections;
        if (!reasons.contains(reason))
            throw Error(Error::Kind::BadInput,
                        //: %1: the reason as given; %2: the reasons allowed, separated by commas.
                        tr("\"%1\" is not a reason to reject: use %2.")
                            .arg(reason, reasons.join(QStringLiteral(", "))));
        requireState(
            c, requestId,
            WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::Reject),
            //: %1: the request's number; %2: its state, e.g. "Decided".
            QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                              "Request %1 is %2: only a request not yet decided can be rejected."));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral(
                    "UPDATE withdrawal_requests SET state = 'rejected', rejection_reason = ?, "
                    "rejection_note = ?, closed_at = ? WHERE id = ?"));
        q.addBindValue(reason);
        q.addBindValue(textOrNull(note));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        audit(db, session, "withdrawal.reject", requestId, c.subjectId,
              QJsonObject{{QStringLiteral("reason"), reason}});
    });
}

qint64 WithdrawalService::attach(const Session& session, qint64 requestId,
                                 const AttachmentService::Document& document) const
{
    return AttachmentService(m_database)
        .add(session, AttachmentService::Owner::WithdrawalRequest, requestId, document);
}

void WithdrawalService::unblock(const Session& session, qint64 subjectId, const QString& category,
                                const QString& reason) const
{
    runStep(m_database, session, Permission::UnblockData, tr("unblock data"),
            [&](const QSqlDatabase& db) {
        if (reason.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Say why the data is unblocked."));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE subject_categories SET state = 'held', changed_at = ? "
                               "WHERE subject_id = ? AND category_code = ? AND state = 'blocked'"));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(subjectId);
        q.addBindValue(category);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "unblock the data"));
        if (q.numRowsAffected() < 1)
            throw Error(
                Error::Kind::BadInput,
                //: %1: the category's code.
                tr("The subject has no blocked data of the category \"%1\".").arg(category));
        if (category == QStringLiteral("personal_details")) {
            QSqlQuery status = prepareQuery(
                db,
                QStringLiteral(
                    "UPDATE subjects SET status = 'active' WHERE id = ? AND status = 'blocked'"));
            status.addBindValue(subjectId);
            execQuery(status, QT_TRANSLATE_NOOP("dpo::Sql", "unblock the data"));
        }
        AuditService::append(db, session, QStringLiteral("subject.unblock"),
                             QStringLiteral("subject"), QString::number(subjectId), subjectId,
                             QJsonObject{{QStringLiteral("category"), category},
                                         {QStringLiteral("reason"), reason.trimmed()}});
    });
}

} // namespace dpo

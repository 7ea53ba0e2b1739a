// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClaimService.h"
#include "domain/ClaimWorkflow.h"
#include "services/AccessControl.h"
#include "services/RecordVersion.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/AuditService.h"
#include "services/RectificationService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::ClaimService", text);
}

const QStringList kChannels{QStringLiteral("post"), QStringLiteral("in_person"),
                            QStringLiteral("email"), QStringLiteral("app_form")};
} // namespace

ClaimService::ClaimService(Database& database) : m_database(database) {}

QString ClaimService::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::AccessRequest:
        return QStringLiteral("access_request");
    case Kind::AuthorityRequest:
        return QStringLiteral("authority_request");
    case Kind::RectificationRequest:
        return QStringLiteral("rectification_request");
    case Kind::PretrialClaim:
        break;
    }
    return QStringLiteral("pretrial_claim");
}

ClaimService::Kind ClaimService::kindFromCode(const QString& code)
{
    if (code == QStringLiteral("pretrial_claim") || code == QStringLiteral("claim"))
        return Kind::PretrialClaim;
    if (code == QStringLiteral("access_request") || code == QStringLiteral("access"))
        return Kind::AccessRequest;
    if (code == QStringLiteral("authority_request") || code == QStringLiteral("authority"))
        return Kind::AuthorityRequest;
    if (code == QStringLiteral("rectification_request") || code == QStringLiteral("rectification"))
        return Kind::RectificationRequest;
    throw Error(Error::Kind::BadInput,
                //: %1: the kind as given.
                tr("\"%1\" is not a kind of claim: use claim, access, authority or rectification.")
                    .arg(code));
}

int ClaimService::periodDays(Kind kind)
{
    switch (kind) {
    case Kind::AccessRequest:
        return Periods::kAccessRequestDays;
    case Kind::AuthorityRequest:
        return Periods::kAuthorityRequestDays;
    case Kind::RectificationRequest:
        return Periods::kRectificationTargetDays;
    case Kind::PretrialClaim:
        break;
    }
    return Periods::kPretrialClaimDays;
}

ClaimService::Row ClaimService::registerClaim(const Session& session, const Registration& r) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("register a claim"),
                   [&](const QSqlDatabase& db) {
        const QDate today = bishkekToday();
        if (!r.receivedOn.isValid())
            throw Error(Error::Kind::BadInput, tr("The date of receipt is missing or not a date."));
        //: %1: a date (YYYY-MM-DD).
        if (r.receivedOn > today)
            throw Error(Error::Kind::BadInput, tr("The date of receipt %1 is in the future.")
                                                   .arg(r.receivedOn.toString(Qt::ISODate)));
        if (r.subjectMatter.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Say what the claim is about."));
        if (!kChannels.contains(r.channel))
            throw Error(Error::Kind::BadInput,
                        //: %1: the channel as given; %2: the channels allowed, separated by commas.
                        tr("\"%1\" is not a way a claim arrives: use %2.")
                            .arg(r.channel, kChannels.join(QStringLiteral(", "))));

        const bool authority = r.kind == Kind::AuthorityRequest;
        if (authority) {
            if (r.authority != QStringLiteral("state_agency") &&
                r.authority != QStringLiteral("ombudsman"))
                throw Error(Error::Kind::BadInput,
                            tr("Name the body that sent the request: the State Agency for Personal "
                               "Data Protection (state_agency) or the Ombudsman (ombudsman)."));
            if (r.requestNumber.trimmed().isEmpty() || r.requestNumber.trimmed().size() > 64)
                throw Error(Error::Kind::BadInput,
                            tr("Give the number of the body's request (1 to 64 characters)."));
            if (!r.requestDate.isValid() || r.requestDate > r.receivedOn)
                throw Error(Error::Kind::BadInput,
                            tr("The date of the body's request is missing or after its receipt."));
        } else if (!r.authority.isEmpty() || !r.requestNumber.trimmed().isEmpty() ||
                   r.requestDate.isValid()) {
            throw Error(Error::Kind::BadInput,
                        tr("Only a request of the State Agency or the Ombudsman names a body, a "
                           "request number and a request date."));
        }

        if (r.kind == Kind::RectificationRequest && r.subjectRef.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("A request to correct data is the subject's own: give the subject's "
                           "platform reference."));
        qint64 subjectId = 0;
        QString claimant = r.claimantName.trimmed();
        if (authority && claimant.isEmpty()) { // the body, in the state language
            const DocumentLanguage stateLanguage(QStringLiteral("ky"));
            claimant = Vocabulary(stateLanguage).name(Vocabulary::Kind::Authority, r.authority);
        }
        if (!r.subjectRef.trimmed().isEmpty()) {
            QSqlQuery q =
                prepareQuery(db, QStringLiteral("SELECT id, surname, given_name, patronymic FROM "
                                                "subjects WHERE platform_ref = ?"));
            q.addBindValue(r.subjectRef.trimmed());
            execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
            if (!q.next())
                throw Error(Error::Kind::BadInput,
                            //: %1: the platform reference as typed.
                            tr("No subject has the platform reference %1.").arg(r.subjectRef));
            subjectId = q.value(0).toLongLong();
            if (claimant.isEmpty()) // the body's request may concern a subject
                claimant =
                    QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                        .join(QLatin1Char(' '))
                        .simplified();
        }
        if (claimant.isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("Name the claimant, or give the subject's platform reference."));

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
        QSqlQuery insert = prepareQuery(
            db, QStringLiteral("INSERT INTO claims (kind, subject_id, claimant_name, "
                               "claimant_contact, received_on, channel, subject_matter, "
                               "due_on, state, officer_id, registered_at, authority, "
                               "request_number, request_date) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(kindCode(r.kind));
        insert.addBindValue(subjectId > 0 ? QVariant(subjectId)
                                          : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(claimant);
        insert.addBindValue(r.claimantContact.trimmed().isEmpty()
                                ? QVariant(QMetaType::fromType<QString>())
                                : QVariant(r.claimantContact.trimmed()));
        insert.addBindValue(r.receivedOn);
        insert.addBindValue(r.channel);
        insert.addBindValue(r.subjectMatter.trimmed());
        insert.addBindValue(row.dueOn);
        insert.addBindValue(session.officerId);
        insert.addBindValue(QDateTime::currentDateTimeUtc());
        insert.addBindValue(authority ? QVariant(r.authority)
                                      : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(authority ? QVariant(r.requestNumber.trimmed())
                                      : QVariant(QMetaType::fromType<QString>()));
        insert.addBindValue(authority ? QVariant(r.requestDate)
                                      : QVariant(QMetaType::fromType<QDate>()));
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "register the claim"));
        if (!insert.next())
            throw Error(Error::Kind::Database,
                        tr("The database did not return the new claim's number."));
        row.id = insert.value(0).toLongLong();
        insert.finish();
        QJsonObject entry{{QStringLiteral("kind"), kindCode(r.kind)},
                          {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
                          {QStringLiteral("due_on"), row.dueOn.toString(Qt::ISODate)},
                          {QStringLiteral("channel"), r.channel}};
        if (authority) {
            entry.insert(QStringLiteral("authority"), r.authority);
            entry.insert(QStringLiteral("request_number"), r.requestNumber.trimmed());
            entry.insert(QStringLiteral("request_date"), r.requestDate.toString(Qt::ISODate));
        }
        AuditService::append(db, session, QStringLiteral("claim.register"), QStringLiteral("claim"),
                             QString::number(row.id), subjectId, entry);
        for (const AttachmentService::Document& document : r.documents)
            AttachmentService::store(db, session, AttachmentService::Owner::Claim, row.id,
                                     document);
        return row;
    });
}

ClaimService::Current ClaimService::current(const QSqlDatabase& db, qint64 claimId)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral(
                "SELECT state, kind, received_on, due_on, subject_id FROM claims WHERE id = ?"));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("Claim %1 does not exist.").arg(claimId));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toDate(), q.value(3).toDate(),
            q.value(4).toLongLong()};
}

namespace {
// `refusal` names the claim with %1.
void requireState(const ClaimService::Current& c, qint64 claimId, const QStringList& states,
                  const QString& refusal)
{
    if (!states.contains(c.state))
        throw Error(Error::Kind::BadInput, refusal.arg(claimId));
}
} // namespace

namespace {
const QStringList kOutcomes{QStringLiteral("satisfied"), QStringLiteral("partly_satisfied"),
                            QStringLiteral("refused")};

// The outcome's rules, the same for a draft and for closing; returns the paragraph to store.
QString checkOutcome(const QString& kind, const QString& outcome, const QString& reason,
                     const QString& refusalParagraph)
{
    if (!kOutcomes.contains(outcome))
        throw Error(
            Error::Kind::BadInput,
            //: %1: the outcome as given; %2: the outcomes allowed, separated by commas.
            QCoreApplication::translate("dpo::ClaimService", "\"%1\" is not an outcome: use %2.")
                .arg(outcome, kOutcomes.join(QStringLiteral(", "))));
    if (outcome != QStringLiteral("satisfied") && reason.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::ClaimService", "A refusal, in whole or in part, needs its reasons."));
    const QString paragraph = refusalParagraph.trimmed();
    if (kind == ClaimService::kindCode(ClaimService::Kind::AccessRequest) &&
        outcome != QStringLiteral("satisfied")) {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){0,3}$"));
        if (paragraph.isEmpty())
            throw Error(Error::Kind::BadInput,
                        QCoreApplication::translate(
                            "dpo::ClaimService", "Refusing a request for own data cites the "
                                                 "paragraph of Law No. 58 Art. 15 it rests on."));
        if (!shape.match(paragraph).hasMatch())
            throw Error(Error::Kind::BadInput,
                        //: %1: the paragraph as typed.
                        QCoreApplication::translate(
                            "dpo::ClaimService",
                            "\"%1\" is not a paragraph number of Art. 15 (write it as 2 or 3.1).")
                            .arg(paragraph));
    } else if (!paragraph.isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::ClaimService",
                        "Only a refused request for own data cites a paragraph of Art. 15."));
    }
    return paragraph;
}

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(text.trimmed());
}
} // namespace

void ClaimService::draftAnswer(const Session& session, qint64 claimId, const Draft& draft,
                               int expectedVersion) const
{
    const VersionedRecord record{"claims", "claim", claimId, expectedVersion,
                                 //: %1: the claim's number.
                                 tr("Claim %1").arg(claimId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("draft an answer"), record,
            [&](const QSqlDatabase& db) {
        if (draft.text.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("The answer has no text."));
        const Current c = current(db, claimId);
        requireState(c, claimId,
                     ClaimWorkflow::workflow().statesFor(ClaimWorkflow::Step::DraftAnswer),
                     //: %1: the claim's number.
                     tr("Claim %1 is answered already."));
        QString paragraph;
        if (!draft.outcome.isEmpty())
            paragraph = checkOutcome(c.kind, draft.outcome, draft.reason, draft.refusalParagraph);
        else if (!draft.refusalParagraph.trimmed().isEmpty() || !draft.reason.trimmed().isEmpty())
            throw Error(
                Error::Kind::BadInput,
                tr("Reasons and a paragraph of Art. 15 go with an outcome: choose the outcome."));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral(
                    "UPDATE claims SET state = 'answer_drafted', answer_text = ?, outcome = ?, "
                    "outcome_reason = ?, refusal_paragraph = ? WHERE id = ?"));
        q.addBindValue(draft.text.trimmed());
        q.addBindValue(textOrNull(draft.outcome));
        q.addBindValue(textOrNull(draft.reason));
        q.addBindValue(textOrNull(paragraph));
        q.addBindValue(claimId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
        QJsonObject entry{{QStringLiteral("length"), qint64(draft.text.trimmed().size())}};
        if (!draft.outcome.isEmpty())
            entry.insert(QStringLiteral("outcome"), draft.outcome);
        if (!paragraph.isEmpty())
            entry.insert(QStringLiteral("art15_paragraph"), paragraph);
        AuditService::append(db, session, QStringLiteral("claim.draft_answer"),
                             QStringLiteral("claim"), QString::number(claimId), c.subjectId, entry);
    });
}

void ClaimService::logAnswer(const Session& session, qint64 claimId, const Answer& a,
                             int expectedVersion) const
{
    const VersionedRecord record{"claims", "claim", claimId, expectedVersion,
                                 tr("Claim %1").arg(claimId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("log an answer"), record,
            [&](const QSqlDatabase& db) {
        static const QStringList methods{QStringLiteral("post"), QStringLiteral("hand_delivery"),
                                         QStringLiteral("email")};
        if (!methods.contains(a.method))
            throw Error(Error::Kind::BadInput,
                        //: %1: the method as given; %2: the methods allowed, separated by commas.
                        tr("\"%1\" is not a way to send an answer: use %2.")
                            .arg(a.method, methods.join(QStringLiteral(", "))));
        if (a.method == QStringLiteral("post") && a.tracking.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("An answer sent by post needs its tracking number."));
        const Current c = current(db, claimId);
        requireState(c, claimId,
                     ClaimWorkflow::workflow().statesFor(ClaimWorkflow::Step::LogAnswerSent),
                     tr("Claim %1 is answered already."));
        if (!a.sentOn.isValid() || a.sentOn < c.receivedOn || a.sentOn > bishkekToday())
            throw Error(Error::Kind::BadInput,
                        //: %1: the date of receipt (YYYY-MM-DD).
                        tr("The answer's date must be between the receipt (%1) and today.")
                            .arg(c.receivedOn.toString(Qt::ISODate)));
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE claims SET state = 'answer_sent', answer_sent_on = "
                               "?, answer_method = ?, answer_tracking = ?, "
                               "answer_text = coalesce(?, answer_text) WHERE id = ?"));
        q.addBindValue(a.sentOn);
        q.addBindValue(a.method);
        q.addBindValue(textOrNull(a.tracking));
        q.addBindValue(textOrNull(a.text));
        q.addBindValue(claimId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
        AuditService::append(
            db, session, QStringLiteral("claim.answer_sent"), QStringLiteral("claim"),
            QString::number(claimId), c.subjectId,
            QJsonObject{{QStringLiteral("sent_on"), a.sentOn.toString(Qt::ISODate)},
                        {QStringLiteral("method"), a.method},
                        {QStringLiteral("on_time"), a.sentOn <= c.dueOn}});
    });
}

void ClaimService::close(const Session& session, qint64 claimId, const QString& outcome,
                         const QString& reason, const QString& refusalParagraph,
                         int expectedVersion) const
{
    const VersionedRecord record{"claims", "claim", claimId, expectedVersion,
                                 tr("Claim %1").arg(claimId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("close a claim"), record,
            [&](const QSqlDatabase& db) {
        closeWithin(db, session, claimId, outcome, reason, refusalParagraph);
    });
}

void ClaimService::closeAsDrafted(const Session& session, qint64 claimId) const
{
    const VersionedRecord record{"claims", "claim", claimId, RecordVersion::kAny,
                                 tr("Claim %1").arg(claimId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("close a claim"), record,
            [&](const QSqlDatabase& db) {
        QSqlQuery q =
            prepareQuery(db, QStringLiteral("SELECT outcome, outcome_reason, "
                                            "refusal_paragraph FROM claims WHERE id = ?"));
        q.addBindValue(claimId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claim"));
        const bool found = q.next();
        closeWithin(db, session, claimId, found ? q.value(0).toString() : QString(),
                    found ? q.value(1).toString() : QString(),
                    found ? q.value(2).toString() : QString(),
                    //: %1: the claim's number.
                    tr("Claim %1: its draft states no outcome; close it on its own, with the "
                       "outcome.")
                        .arg(claimId));
    });
}

void ClaimService::closeWithin(const QSqlDatabase& db, const Session& session, qint64 claimId,
                               const QString& outcome, const QString& reason,
                               const QString& refusalParagraph, const QString& noOutcome)
{
    const Current c = current(db, claimId);
    requireState(c, claimId, ClaimWorkflow::workflow().statesFor(ClaimWorkflow::Step::Close),
                 //: %1: the claim's number.
                 tr("Claim %1 is closed only once its written answer was sent."));
    if (outcome.isEmpty() && !noOutcome.isEmpty())
        throw Error(Error::Kind::BadInput, noOutcome);
    const QString paragraph = checkOutcome(c.kind, outcome, reason, refusalParagraph);
    if (const int untold = RectificationService::untoldCount(db, claimId); untold > 0)
        throw Error(Error::Kind::BadInput,
                    //: %1: the claim's number; %n: the number of recipients.
                    QCoreApplication::translate("dpo::ClaimService",
                                                "Claim %1 corrected data that %n recipient(s) "
                                                "received: record that each was told before "
                                                "closing it.",
                                                nullptr, untold)
                        .arg(claimId));
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("UPDATE claims SET state = 'closed', outcome = ?, outcome_reason = ?, "
                           "refusal_paragraph = ? WHERE id = ?"));
    q.addBindValue(outcome);
    q.addBindValue(textOrNull(reason));
    q.addBindValue(textOrNull(paragraph));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
    QJsonObject entry{{QStringLiteral("outcome"), outcome}};
    if (!paragraph.isEmpty())
        entry.insert(QStringLiteral("art15_paragraph"), paragraph);
    AuditService::append(db, session, QStringLiteral("claim.close"), QStringLiteral("claim"),
                         QString::number(claimId), c.subjectId, entry);
}

QDate ClaimService::recalculateDueDate(const Session& session, qint64 claimId,
                                       int expectedVersion) const
{
    const VersionedRecord record{"claims", "claim", claimId, expectedVersion,
                                 tr("Claim %1").arg(claimId)};
    return runStep(m_database, session, Permission::WorkOnCases, tr("recalculate a due date"),
                   record,
                   [&](const QSqlDatabase& db) {
        const Current c = current(db, claimId);
        requireState(c, claimId,
                     ClaimWorkflow::workflow().statesFor(ClaimWorkflow::Step::RecalculateDue),
                     //: %1: the claim's number.
                     tr("Claim %1 is answered: its due date no longer changes."));
        const QDate due =
            DeadlineCalendar::load(db).dueDate(c.receivedOn, periodDays(kindFromCode(c.kind)));
        if (due != c.dueOn) {
            QSqlQuery q =
                prepareQuery(db, QStringLiteral("UPDATE claims SET due_on = ? WHERE id = ?"));
            q.addBindValue(due);
            q.addBindValue(claimId);
            execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the claim"));
        }
        AuditService::append(db, session, QStringLiteral("claim.recalculate_due"),
                             QStringLiteral("claim"), QString::number(claimId), c.subjectId,
                             QJsonObject{{QStringLiteral("from"), c.dueOn.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), due.toString(Qt::ISODate)}});
        return due;
    });
}

namespace {
struct LinkColumn
{
    const char* column;
    const char* table;
    const char* entity;
};

LinkColumn linkColumn(ClaimService::LinkKind kind)
{
    switch (kind) {
    case ClaimService::LinkKind::WithdrawalRequest:
        return {"withdrawal_request_id", "withdrawal_requests", "withdrawal_request"};
    case ClaimService::LinkKind::Disclosure:
        return {"disclosure_id", "disclosures", "disclosure"};
    case ClaimService::LinkKind::Claim:
        break;
    }
    return {"linked_claim_id", "claims", "claim"};
}
} // namespace

void ClaimService::link(const Session& session, qint64 claimId, LinkKind kind,
                        qint64 targetId) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("link a claim"),
            [&](const QSqlDatabase& db) {
        const LinkColumn l = linkColumn(kind);
        if (kind == LinkKind::Claim && targetId == claimId)
            throw Error(Error::Kind::BadInput, tr("A claim cannot be linked to itself."));
        const Current c = current(db, claimId);
        QSqlQuery exists = prepareQuery(
            db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(l.table)));
        exists.addBindValue(targetId);
        execQuery(exists, QT_TRANSLATE_NOOP("dpo::Sql", "find what the claim is linked to"));
        if (!exists.next()) {
            //: Completes "There is no %1." %1: the request's number.
            const QString what = kind == LinkKind::WithdrawalRequest ? tr("withdrawal request %1")
                                 : kind == LinkKind::Disclosure
                                     ?
                                     //: Completes "There is no %1." %1: the disclosure's number.
                                     tr("disclosure %1")
                                     :
                                     //: Completes "There is no %1." %1: the claim's number.
                                     tr("claim %1");
            //: %1: what is missing, e.g. "claim 12" or "withdrawal request 3".
            throw Error(Error::Kind::NotFound, tr("There is no %1.").arg(what.arg(targetId)));
        }
        QSqlQuery already = prepareQuery(
            db, QStringLiteral("SELECT 1 FROM claim_links WHERE claim_id = ? AND %1 = ?")
                    .arg(QLatin1String(l.column)));
        already.addBindValue(claimId);
        already.addBindValue(targetId);
        execQuery(already, QT_TRANSLATE_NOOP("dpo::Sql", "read the claim's links"));
        if (already.next())
            return; // linking twice changes nothing
        QSqlQuery q = prepareQuery(
            db,
            QStringLiteral(
                "INSERT INTO claim_links (claim_id, %1, linked_at, linked_by) VALUES (?, ?, ?, ?)")
                .arg(QLatin1String(l.column)));
        q.addBindValue(claimId);
        q.addBindValue(targetId);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(session.officerId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "link the claim"));
        AuditService::append(db, session, QStringLiteral("claim.link"), QStringLiteral("claim"),
                             QString::number(claimId), c.subjectId,
                             QJsonObject{{QLatin1String(l.entity), targetId}});
    });
}

void ClaimService::unlink(const Session& session, qint64 claimId, LinkKind kind,
                          qint64 targetId) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("unlink a claim"),
            [&](const QSqlDatabase& db) {
        const LinkColumn l = linkColumn(kind);
        const Current c = current(db, claimId);
        QSqlQuery q =
            prepareQuery(db, QStringLiteral("DELETE FROM claim_links WHERE claim_id = ? AND %1 = ?")
                                 .arg(QLatin1String(l.column)));
        q.addBindValue(claimId);
        q.addBindValue(targetId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "unlink the claim"));
        //: %1: the claim's number.
        if (q.numRowsAffected() < 1)
            throw Error(Error::Kind::NotFound, tr("Claim %1 is not linked to that.").arg(claimId));
        AuditService::append(db, session, QStringLiteral("claim.unlink"), QStringLiteral("claim"),
                             QString::number(claimId), c.subjectId,
                             QJsonObject{{QLatin1String(l.entity), targetId}});
    });
}

qint64 ClaimService::attach(const Session& session, qint64 claimId,
                            const AttachmentService::Document& document) const
{
    return AttachmentService(m_database)
        .add(session, AttachmentService::Owner::Claim, claimId, document);
}

} // namespace dpo

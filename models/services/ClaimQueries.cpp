// SPDX-License-Identifier: GPL-3.0-or-later
// Reading claims: the register a page at a time, and one claim in full with its links and
// documents.
#include "services/ClaimService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/ClaimWorkflow.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/DueOrderedQuery.h"

#include <QCoreApplication>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::ClaimService", text);
}
} // namespace

namespace {
const char* const kRowColumns =
    "c.id, c.kind, c.claimant_name, s.platform_ref, c.state, c.outcome, c.received_on, c.due_on, "
    "c.answer_sent_on";

ClaimService::Row rowFrom(const QSqlQuery& q, const QDate& on)
{
    ClaimService::Row r;
    r.id = q.value(0).toLongLong();
    r.kind = ClaimService::kindFromCode(q.value(1).toString());
    r.claimant = q.value(2).toString();
    r.subjectRef = q.value(3).toString();
    r.state = q.value(4).toString();
    r.outcome = q.value(5).toString();
    r.receivedOn = q.value(6).toDate();
    r.dueOn = q.value(7).toDate();
    r.answerSentOn = q.value(8).isNull() ? QDate() : q.value(8).toDate();
    r.open = ClaimWorkflow::openStates().contains(r.state);
    r.daysLeft = DeadlineCalendar::daysLeft(r.dueOn, on);
    r.overdue = r.open && DeadlineCalendar::isOverdue(r.dueOn, on);
    return r;
}
} // namespace

namespace {
DueOrderedQuery claimRegister(const QDate& on, ClaimService::Filter filter)
{
    DueOrderedQuery query(QStringLiteral("claims c"),
                          QStringLiteral(" LEFT JOIN subjects s ON s.id = c.subject_id"),
                          ClaimWorkflow::openCondition(QStringLiteral("c.state")),
                          QStringLiteral("c.due_on"), QStringLiteral("c.id"));
    query.applyFilter(filter, on);
    return query;
}
} // namespace

QList<ClaimService::Row> ClaimService::list(const QDate& on, Filter filter) const
{
    return page(on, filter, 0, -1, nullptr);
}

qint64 ClaimService::count(const QDate& on, Filter filter) const
{
    return claimRegister(on, filter).count(m_database.connection());
}

qint64 ClaimService::overdueCount(const QDate& on, Filter filter) const
{
    return claimRegister(on, filter).overdueCount(m_database.connection(), on);
}

QList<ClaimService::Row> ClaimService::page(const QDate& on, Filter filter, qint64 offset,
                                            int limit, const Row* after) const
{
    return claimRegister(on, filter)
        .page(m_database.connection(), QLatin1String(kRowColumns), offset, limit, after,
              [&](const QSqlQuery& q) { return rowFrom(q, on); });
}

ClaimService::Details ClaimService::details(qint64 claimId, const QDate& on) const
{
    const QSqlDatabase db = m_database.connection();
    TransactionGuard snapshot(db, TransactionGuard::Intent::Read);
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT %1, c.subject_id, c.claimant_contact, c.channel, "
                           "c.subject_matter, o.display_name, c.answer_method, "
                           "c.answer_tracking, c.answer_text, c.outcome_reason, "
                           "c.refusal_paragraph, s.preferred_language, c.version, c.authority, "
                           "c.request_number, c.request_date FROM claims c "
                           "LEFT JOIN subjects s ON s.id = c.subject_id JOIN officers o ON o.id = "
                           "c.officer_id WHERE c.id = ?")
                .arg(QLatin1String(kRowColumns)));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("Claim %1 does not exist.").arg(claimId));
    Details d;
    d.row = rowFrom(q, on);
    d.subjectId = q.value(9).toLongLong();
    d.claimantContact = q.value(10).toString();
    d.channel = q.value(11).toString();
    d.subjectMatter = q.value(12).toString();
    d.officer = q.value(13).toString();
    d.answerMethod = q.value(14).toString();
    d.answerTracking = q.value(15).toString();
    d.answerText = q.value(16).toString();
    d.outcomeReason = q.value(17).toString();
    d.refusalParagraph = q.value(18).toString();
    d.preferredLanguage = q.value(19).toString();
    d.version = q.value(20).toInt();
    d.authority = q.value(21).toString();
    d.requestNumber = q.value(22).toString();
    d.requestDate = q.value(23).isNull() ? QDate() : q.value(23).toDate();

    QSqlQuery links = prepareQuery(
        db,
        QStringLiteral(
            "SELECT l.withdrawal_request_id, l.disclosure_id, l.linked_claim_id, w.received_on, "
            "w.state, ws.platform_ref, "
            "r.name, d.disclosed_on, lc.kind, lc.claimant_name, lc.received_on FROM claim_links l "
            "LEFT JOIN withdrawal_requests w ON w.id = l.withdrawal_request_id LEFT JOIN subjects "
            "ws ON ws.id = w.subject_id "
            "LEFT JOIN disclosures d ON d.id = l.disclosure_id LEFT JOIN recipients r ON r.id = "
            "d.recipient_id "
            "LEFT JOIN claims lc ON lc.id = l.linked_claim_id WHERE l.claim_id = ? ORDER BY l.id"));
    links.addBindValue(claimId);
    execQuery(links, QT_TRANSLATE_NOOP("dpo::Sql", "read the claim's links"));
    const Vocabulary words;
    while (links.next()) {
        Link found;
        if (!links.value(0).isNull()) {
            found = {
                LinkKind::WithdrawalRequest, links.value(0).toLongLong(),
                //: Describes a case linked to a claim. %1: the subject's name; %2: a date; %3: the
                //: request's state, e.g. "executed".
                tr("withdrawal request of %1, received %2, %3")
                    .arg(links.value(5).toString(), displayDate(links.value(3).toDate()),
                         words.name(Vocabulary::Kind::WithdrawalState, links.value(4).toString()))};
        } else if (!links.value(1).isNull()) {
            found = {LinkKind::Disclosure, links.value(1).toLongLong(),
                     //: Describes a disclosure linked to a claim. %1: the recipient's name; %2: a
                     //: date.
                     tr("disclosure to %1 on %2")
                         .arg(links.value(6).toString(), displayDate(links.value(7).toDate()))};
        } else {
            found = {LinkKind::Claim, links.value(2).toLongLong(),
                     //: Describes a claim linked to another claim. %1: the claim's kind, e.g.
                     //: "Pre-trial claim"; %2: the claimant's name; %3: a date.
                     tr("%1 of %2, received %3")
                         .arg(words.name(Vocabulary::Kind::ClaimKind, links.value(8).toString()),
                              links.value(9).toString(), displayDate(links.value(10).toDate()))};
        }
        d.links << found;
    }
    d.documents = AttachmentService(m_database).list(AttachmentService::Owner::Claim, claimId);
    return d;
}

} // namespace dpo

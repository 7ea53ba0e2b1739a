// SPDX-License-Identifier: GPL-3.0-or-later
// Reading withdrawal requests: the register and one request in full.
#include "domain/WithdrawalWorkflow.h"
#include "services/DueOrderedQuery.h"
#include "services/WithdrawalService.h"

#include "db/Database.h"
#include "domain/DeadlineCalendar.h"
#include "services/WithdrawalSupport.h"

#include <QVariantList>

namespace dpo {

using namespace withdrawal;

namespace {
const char* const kRowColumns = "w.id, w.subject_id, s.platform_ref, s.surname, s.given_name, "
                                "w.state, o.display_name, w.received_on, w.due_on, w.origin";
const char* const kRowTable = "withdrawal_requests w";
const char* const kRowJoins = " JOIN subjects s ON s.id = w.subject_id "
                              "JOIN officers o ON o.id = w.officer_id";

WithdrawalService::Row rowFrom(const QSqlQuery& q, const QDate& on)
{
    WithdrawalService::Row r;
    r.id = q.value(0).toLongLong();
    r.subjectId = q.value(1).toLongLong();
    r.subjectRef = q.value(2).toString();
    r.subjectName =
        QStringList{q.value(3).toString(), q.value(4).toString()}.join(QLatin1Char(' ')).trimmed();
    r.state = q.value(5).toString();
    r.officer = q.value(6).toString();
    r.receivedOn = q.value(7).toDate();
    r.dueOn = q.value(8).toDate();
    r.origin = q.value(9).toString();
    r.open = WithdrawalWorkflow::openStates().contains(r.state);
    r.daysLeft = DeadlineCalendar::daysLeft(r.dueOn, on);
    r.overdue = r.open && DeadlineCalendar::isOverdue(r.dueOn, on);
    return r;
}
} // namespace

namespace {
DueOrderedQuery withdrawalRegister(const QDate& on, const WithdrawalService::View& view)
{
    DueOrderedQuery query(QLatin1String(kRowTable), QLatin1String(kRowJoins),
                          WithdrawalWorkflow::openCondition(QStringLiteral("w.state")),
                          QStringLiteral("w.due_on"), QStringLiteral("w.id"));
    query.applyFilter(view.filter, on);
    if (!view.state.isEmpty())
        query.where(QStringLiteral("w.state = ?"), {view.state});
    if (view.officerId > 0)
        query.where(QStringLiteral("w.officer_id = ?"), {view.officerId});
    return query;
}
} // namespace

QList<WithdrawalService::Row> WithdrawalService::list(const QDate& on, Filter filter,
                                                      const QString& state, qint64 officerId) const
{
    return page(on, View{filter, state, officerId}, 0, -1, nullptr);
}

qint64 WithdrawalService::count(const QDate& on, const View& view) const
{
    return withdrawalRegister(on, view).count(m_database.connection());
}

qint64 WithdrawalService::overdueCount(const QDate& on, const View& view) const
{
    return withdrawalRegister(on, view).overdueCount(m_database.connection(), on);
}

QList<WithdrawalService::Row> WithdrawalService::page(const QDate& on, const View& view,
                                                      qint64 offset, int limit,
                                                      const Row* after) const
{
    return withdrawalRegister(on, view).page(m_database.connection(), QLatin1String(kRowColumns),
                                             offset, limit, after,
                                             [&](const QSqlQuery& q) { return rowFrom(q, on); });
}

WithdrawalService::Details WithdrawalService::details(qint64 requestId, const QDate& on) const
{
    const QSqlDatabase db = m_database.connection();
    TransactionGuard snapshot(db, TransactionGuard::Intent::Read);
    return detailsWithin(db, requestId, on);
}

WithdrawalService::Details WithdrawalService::detailsWithin(const QSqlDatabase& db,
                                                            qint64 requestId, const QDate& on) const
{
    QSqlQuery q = prepareQuery(
        db,
        QStringLiteral("SELECT %1, w.channel, w.scope, w.scope_note, w.identity_method, "
                       "w.identity_note, w.rejection_reason, w.rejection_note, "
                       "s.preferred_language, w.reply_sent_on, w.reply_method, w.reply_tracking, "
                       "w.executed_at, w.reply_to_name, w.reply_to_address, w.version, "
                       "w.form_ref, w.form_sha256, w.minor_name FROM %2%3 WHERE w.id = ?")
            .arg(QLatin1String(kRowColumns), QLatin1String(kRowTable), QLatin1String(kRowJoins)));
    q.addBindValue(requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    //: %1: the request's number.
                    tr("Withdrawal request %1 does not exist.").arg(requestId));
    Details d;
    d.row = rowFrom(q, on);
    d.channel = q.value(10).toString();
    d.scope = q.value(11).toString();
    d.scopeNote = q.value(12).toString();
    d.identityMethod = q.value(13).toString();
    d.identityNote = q.value(14).toString();
    d.rejectionReason = q.value(15).toString();
    d.rejectionNote = q.value(16).toString();
    d.preferredLanguage = q.value(17).toString();
    d.replySentOn = q.value(18).isNull() ? QDate() : q.value(18).toDate();
    d.replyMethod = q.value(19).toString();
    d.replyTracking = q.value(20).toString();
    d.executedAt = q.value(21).isNull() ? QDateTime() : q.value(21).toDateTime();
    d.replyToName = q.value(22).toString();
    d.replyToAddress = q.value(23).toString();
    d.version = q.value(24).toInt();
    d.formRef = q.value(25).toString();
    d.formSha256 = q.value(26).toString();
    d.minorName = q.value(27).toString();
    q.finish();

    const auto codes = [&](const char* sql) {
        QSqlQuery c = prepareQuery(db, QString::fromLatin1(sql));
        c.addBindValue(requestId);
        execQuery(c, QT_TRANSLATE_NOOP("dpo::Sql", "read the request's scope"));
        QStringList out;
        while (c.next())
            out << c.value(0).toString();
        return out;
    };
    d.purposes = codes("SELECT purpose_code FROM withdrawal_request_purposes WHERE request_id = ? "
                       "ORDER BY purpose_code");
    d.categories = codes("SELECT category_code FROM withdrawal_request_categories WHERE request_id "
                         "= ? ORDER BY category_code");
    if (d.row.open && d.row.state != QStringLiteral("executed"))
        d.heldCategories = categoriesInScope(
            db, requestId,
            Current{d.row.state, d.scope, d.row.subjectId, d.row.receivedOn, d.row.origin});

    QSqlQuery decisions = prepareQuery(
        db,
        QStringLiteral(
            "SELECT w.category_code, w.action, w.legal_ground, w.ground_detail, w.justification, "
            "w.keep_until, p.display_name, "
            "a.display_name, w.executed_at FROM withdrawal_decisions w JOIN data_categories d ON "
            "d.code = w.category_code "
            "JOIN officers p ON p.id = w.proposed_by LEFT JOIN officers a ON a.id = w.approved_by "
            "WHERE w.request_id = ? ORDER BY d.sort_order"));
    decisions.addBindValue(requestId);
    execQuery(decisions, QT_TRANSLATE_NOOP("dpo::Sql", "read the decisions"));
    while (decisions.next()) {
        Decision x;
        x.category = decisions.value(0).toString();
        x.action = storedAction(decisions.value(1));
        x.ground = decisions.value(2).toString();
        x.groundDetail = decisions.value(3).toString();
        x.justification = decisions.value(4).toString();
        x.keepUntil = decisions.value(5).isNull() ? QDate() : decisions.value(5).toDate();
        x.proposedBy = decisions.value(6).toString();
        x.approvedBy = decisions.value(7).toString();
        x.executedAt = decisions.value(8).isNull() ? QDateTime() : decisions.value(8).toDateTime();
        d.needsApproval = d.needsApproval || x.action == DecisionAction::Keep;
        d.decisions << x;
    }
    QSqlQuery notices = prepareQuery(
        db,
        QStringLiteral(
            "SELECT n.id, r.name, n.categories, n.notified_on, n.method, n.note FROM "
            "recipient_notices n "
            "JOIN recipients r ON r.id = n.recipient_id WHERE n.request_id = ? ORDER BY r.name"));
    notices.addBindValue(requestId);
    execQuery(notices, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
    while (notices.next())
        d.notices << Notice{notices.value(0).toLongLong(),
                            notices.value(1).toString(),
                            notices.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                            notices.value(3).isNull() ? QDate() : notices.value(3).toDate(),
                            notices.value(4).toString(),
                            notices.value(5).toString()};
    d.documents =
        AttachmentService(m_database).list(AttachmentService::Owner::WithdrawalRequest, requestId);
    return d;
}

} // namespace dpo

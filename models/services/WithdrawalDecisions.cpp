// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions on a withdrawal request (policy 12.1.4): each category in scope decided, checked
// and recorded, and a supervisor's approval of any keep. One of the withdrawal service's
// translation units (with WithdrawalService.cpp, WithdrawalExecution.cpp, WithdrawalQueries.cpp).
#include "services/WithdrawalService.h"

#include "core/Session.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "domain/WithdrawalWorkflow.h"
#include "services/ServiceStep.h"
#include "services/WithdrawalSupport.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dpo {

using namespace withdrawal;

void WithdrawalService::decide(const Session& session, qint64 requestId,
                               const QList<Decision>& decisions, int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 //: A case's name, e.g. in "… was changed by another officer". %1:
                                 //: the request's number.
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("decide on a withdrawal request"),
            record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        requireState(c, requestId,
                     WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::Decide),
                     //: %1: the request's number; %2: its state, e.g. "Received".
                     QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                                       "Request %1 is %2: decisions are made after the identity is "
                                       "verified and before execution."));
        const QStringList scope = categoriesInScope(db, requestId, c);
        checkDecisions(scope, decisions, bishkekToday());
        const QJsonObject summary = recordDecisions(db, session, requestId, decisions);
        QSqlQuery state = prepareQuery(
            db, QStringLiteral("UPDATE withdrawal_requests SET state = 'decided' WHERE id = ?"));
        state.addBindValue(requestId);
        execQuery(state, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        audit(db, session, "withdrawal.decide", requestId, c.subjectId, summary);
    });
}

// Every category in scope decided once, none outside it, and no name left without its INN.
void WithdrawalService::checkDecisions(const QStringList& scope, const QList<Decision>& decisions,
                                       const QDate& today)
{
    QSet<QString> decided;
    QHash<QString, DecisionAction> actionOf;
    for (const Decision& d : decisions) {
        if (!scope.contains(d.category))
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name.
                        tr("The category \"%1\" is not in this request's scope.").arg(d.category));
        if (decided.contains(d.category))
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name.
                        tr("The category \"%1\" is decided twice.").arg(d.category));
        decided.insert(d.category);
        actionOf.insert(d.category, d.action);
        checkDecision(d, today);
    }
    QStringList missing;
    for (const QString& category : scope)
        if (!decided.contains(category))
            missing << category;
    if (!missing.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the categories not yet decided, separated by commas.
                    tr("Decide every category in scope; not yet decided: %1.")
                        .arg(missing.join(QStringLiteral(", "))));
    if (identityRemovedButNameKept(actionOf))
        throw Error(Error::Kind::BadInput,
                    tr("Destroying or depersonalising the identity document leaves a name "
                       "without its INN: "
                       "destroy or depersonalise the personal details too."));
}

// One decision whole: its justification; a keep's ground (with the paragraph of Art. 15 or the
// other law's name) and its end date after today; no ground on anything else.
void WithdrawalService::checkDecision(const Decision& d, const QDate& today)
{
    if (d.justification.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the category's code or name.
                    tr("The decision on \"%1\" needs its justification.").arg(d.category));
    if (d.action == DecisionAction::Keep) {
        const QStringList grounds = Vocabulary::codes(Vocabulary::Kind::KeepGround);
        if (Vocabulary::isRetired(Vocabulary::Kind::KeepGround, d.ground))
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name; %2: the ground as given.
                        tr("Keeping \"%1\": \"%2\" names no law. Keep it under another law, "
                           "naming the law and its article.")
                            .arg(d.category, d.ground));
        if (!grounds.contains(d.ground))
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name; %2: the grounds allowed, separated by
                        //: commas.
                        tr("Keeping \"%1\" needs a legal ground: %2.")
                            .arg(d.category, grounds.join(QStringLiteral(", "))));
        if (!d.keepUntil.isValid() || d.keepUntil <= today)
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name.
                        tr("Keeping \"%1\" needs the date until which it is kept, after today: "
                           "nothing is kept forever (policy 6.3).")
                            .arg(d.category));
        static const QRegularExpression paragraph(
            QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){0,3}$"));
        if (d.ground == QStringLiteral("law58_art15") &&
            !paragraph.match(d.groundDetail.trimmed()).hasMatch())
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name.
                        tr("Keeping \"%1\" under Art. 15 names its paragraph (such as 2 or 3.1).")
                            .arg(d.category));
        if (d.ground == QStringLiteral("other_law") && d.groundDetail.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the category's code or name.
                        tr("Keeping \"%1\" under another law names that law.").arg(d.category));
    } else if (!d.ground.isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    //: %1: the category's code or name.
                    tr("Only a keep decision has a legal ground (\"%1\").").arg(d.category));
    }
}

// The decisions in place of any made before; what the audit entry says of each.
QJsonObject WithdrawalService::recordDecisions(const QSqlDatabase& db, const Session& session,
                                               qint64 requestId, const QList<Decision>& decisions)
{
    QSqlQuery clear =
        prepareQuery(db, QStringLiteral("DELETE FROM withdrawal_decisions WHERE request_id = ?"));
    clear.addBindValue(requestId);
    execQuery(clear, QT_TRANSLATE_NOOP("dpo::Sql", "record the decisions"));
    QJsonObject summary;
    for (const Decision& d : decisions) {
        const bool keep = d.action == DecisionAction::Keep;
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("INSERT INTO withdrawal_decisions (request_id, category_code, "
                               "action, legal_ground, ground_detail, justification, "
                               "keep_until, proposed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(requestId);
        q.addBindValue(d.category);
        q.addBindValue(DecisionActions::code(d.action));
        q.addBindValue(keep ? QVariant(d.ground) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(keep ? textOrNull(d.groundDetail)
                            : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(d.justification.trimmed());
        q.addBindValue(keep ? QVariant(d.keepUntil) : QVariant(QMetaType::fromType<QDate>()));
        q.addBindValue(session.officerId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the decisions"));
        summary.insert(
            d.category,
            keep ? QStringLiteral("keep:%1:%2").arg(d.ground, d.keepUntil.toString(Qt::ISODate))
                 : DecisionActions::code(d.action));
    }
    return summary;
}

void WithdrawalService::approve(const Session& supervisor, qint64 requestId,
                                int expectedVersion) const
{
    const VersionedRecord record{"withdrawal_requests", "withdrawal_request", requestId,
                                 expectedVersion, tr("Withdrawal request %1").arg(requestId)};
    runStep(m_database, supervisor, Permission::ApproveKeep, tr("approve keeping data"), record,
            [&](const QSqlDatabase& db) {
        const Current c = currentRequest(db, requestId);
        requireState(
            c, requestId,
            WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::ApproveKeep),
            //: %1: the request's number; %2: its state, e.g. "Received".
            QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                              "Request %1 is %2: only decided requests are approved."));
        QSqlQuery keeps =
            prepareQuery(db, QStringLiteral("SELECT proposed_by FROM withdrawal_decisions WHERE "
                                            "request_id = ? AND action = 'keep'"));
        keeps.addBindValue(requestId);
        execQuery(keeps, QT_TRANSLATE_NOOP("dpo::Sql", "read the decisions"));
        int count = 0;
        while (keeps.next()) {
            ++count;
            if (keeps.value(0).toLongLong() == supervisor.officerId)
                throw Error(
                    Error::Kind::Forbidden,
                    //: %1: the supervisor's name; %2: the request's number.
                    tr("%1 proposed keeping data under request %2 and cannot also approve it: "
                       "another supervisor signs in to approve.")
                        .arg(supervisor.displayName)
                        .arg(requestId));
        }
        if (count == 0)
            throw Error(Error::Kind::BadInput,
                        //: %1: the request's number.
                        tr("Request %1 keeps nothing: it needs no approval.").arg(requestId));
        QSqlQuery q = prepareQuery(
            db,
            QStringLiteral("UPDATE withdrawal_decisions SET approved_by = ?, approved_at = ? WHERE "
                           "request_id = ? AND action = 'keep'"));
        q.addBindValue(supervisor.officerId);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the approval"));
        QSqlQuery state = prepareQuery(
            db, QStringLiteral("UPDATE withdrawal_requests SET state = 'approved' WHERE id = ?"));
        state.addBindValue(requestId);
        execQuery(state, QT_TRANSLATE_NOOP("dpo::Sql", "update the withdrawal request"));
        audit(db, supervisor, "withdrawal.approve", requestId, c.subjectId,
              QJsonObject{{QStringLiteral("keep_decisions"), count}});
    });
}

} // namespace dpo

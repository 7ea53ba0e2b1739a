// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the withdrawal service's translation units (WithdrawalService.cpp,
// WithdrawalDecisions.cpp, WithdrawalExecution.cpp, WithdrawalQueries.cpp); not part of the models'
// interface.

#include "core/Error.h"
#include "db/Sql.h"
#include "domain/Vocabulary.h"
#include "domain/WithdrawalDecision.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace dpo::withdrawal {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::WithdrawalService", text);
}

// An audit entry about a withdrawal request.
inline void audit(const QSqlDatabase& db, const Session& session, const char* action,
                  qint64 requestId, qint64 subjectId, const QJsonObject& details)
{
    AuditService::append(db, session, QString::fromLatin1(action),
                         QStringLiteral("withdrawal_request"), QString::number(requestId),
                         subjectId, details);
}

// Where a request stands, read inside the step's transaction.
struct Current
{
    QString state, scope;
    qint64 subjectId = 0;
    QDate receivedOn;
    QString origin; // subject_request, minor, retention_review (WithdrawalService::Row)
};

inline Current currentRequest(const QSqlDatabase& db, qint64 requestId)
{
    QSqlQuery q = prepareQuery(
        db,
        QStringLiteral(
            "SELECT state, scope, subject_id, received_on, origin FROM withdrawal_requests WHERE "
            "id = ?"));
    q.addBindValue(requestId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("dpo::WithdrawalService",
                                                "Withdrawal request %1 does not exist.")
                        .arg(requestId));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toDate(), q.value(4).toString()};
}

// A decision's action as stored (the schema's CHECK allows only the four codes).
inline DecisionAction storedAction(const QVariant& code)
{
    if (const auto action = DecisionActions::fromCode(code.toString()))
        return *action;
    throw Error(Error::Kind::Database,
                //: %1: the decision's code found in the database.
                QCoreApplication::translate("dpo::WithdrawalService",
                                            "The database holds an unknown decision \"%1\".")
                    .arg(code.toString()));
}

// `refusal` names the request with %1 and its state (in the UI's language) with %2.
inline void requireState(const Current& c, qint64 requestId, const QStringList& states,
                         const char* refusal)
{
    if (!states.contains(c.state))
        throw Error(Error::Kind::BadInput, tr(refusal).arg(requestId).arg(Vocabulary().name(
                                               Vocabulary::Kind::WithdrawalState, c.state)));
}

inline QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(text.trimmed());
}

// The categories a request's decisions cover: everything the subject still holds for a full
// withdrawal, the named ones for a partial one.
QStringList categoriesInScope(const QSqlDatabase& db, qint64 requestId, const Current& c);

} // namespace dpo::withdrawal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

// A recipient told of what a case did (a withdrawal's recipient_notices, a correction's
// claim_recipient_notices): the same rules and the same columns for both.
namespace RecipientNotice {

// The ways a recipient is told: email, post, hand_delivery, platform, phone. Throws BadInput for
// another, naming the method and the list.
void requireMethod(const QString& method);
// The case `noticeId` of `table` belongs to (its `caseColumn`). Throws NotFound when there is no
// such notice.
qint64 caseOf(const QSqlDatabase& db, const char* table, const char* caseColumn, qint64 noticeId);
// The day it was told: between the case's receipt and today. Throws BadInput.
void requireDay(const QDate& notifiedOn, const QDate& receivedOn);
// Writes when, how and by whom into `table`'s row `noticeId`, on the caller's transaction.
void record(const QSqlDatabase& db, const char* table, qint64 noticeId, const QDate& notifiedOn,
            const QString& method, const QString& note, qint64 officerId);

} // namespace RecipientNotice

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecipientNotice.h"

#include "core/Error.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace dpo::RecipientNotice {

void requireMethod(const QString& method)
{
    static const QStringList methods{QStringLiteral("email"), QStringLiteral("post"),
                                     QStringLiteral("hand_delivery"), QStringLiteral("platform"),
                                     QStringLiteral("phone")};
    if (!methods.contains(method))
        throw Error(Error::Kind::BadInput,
                    // The withdrawal service's context: its translations were there first.
                    //: %1: the method as given; %2: the methods allowed, separated by commas.
                    QCoreApplication::translate("dpo::WithdrawalService",
                                                "\"%1\" is not a way to tell a recipient: use %2.")
                        .arg(method, methods.join(QStringLiteral(", "))));
}

qint64 caseOf(const QSqlDatabase& db, const char* table, const char* caseColumn, qint64 noticeId)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                       .arg(QLatin1String(caseColumn), QLatin1String(table)));
    q.addBindValue(noticeId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
    if (!q.next())
        //: %1: the notice's number.
        throw Error(Error::Kind::NotFound, QCoreApplication::translate("dpo::WithdrawalService",
                                                                       "Notice %1 does not exist.")
                                               .arg(noticeId));
    return q.value(0).toLongLong();
}

void requireDay(const QDate& notifiedOn, const QDate& receivedOn)
{
    if (!notifiedOn.isValid() || notifiedOn < receivedOn || notifiedOn > bishkekToday())
        throw Error(
            Error::Kind::BadInput,
            //: %1: the date of receipt (YYYY-MM-DD).
            QCoreApplication::translate(
                "dpo::WithdrawalService",
                "The day the recipient was told must be between the receipt (%1) and today.")
                .arg(receivedOn.toString(Qt::ISODate)));
}

void record(const QSqlDatabase& db, const char* table, qint64 noticeId, const QDate& notifiedOn,
            const QString& method, const QString& note, qint64 officerId)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("UPDATE %1 SET notified_on = ?, method = ?, "
                                                  "note = ?, recorded_by = ?, recorded_at = ? "
                                                  "WHERE id = ?")
                                       .arg(QLatin1String(table)));
    q.addBindValue(notifiedOn);
    q.addBindValue(method);
    q.addBindValue(note.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(note.trimmed()));
    q.addBindValue(officerId);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(noticeId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the notice"));
}

} // namespace dpo::RecipientNotice

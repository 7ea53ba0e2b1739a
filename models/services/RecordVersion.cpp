// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecordVersion.h"

#include "core/Error.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dpo {

void RecordVersion::raise(const QSqlDatabase& db, const char* table, const char* entity, qint64 id,
                          int expected, const QString& what)
{
    // The table is one of the console's constants, never input.
    const QString sql =
        expected == kAny
            ? QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?")
            : QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ? AND version = ?");
    QSqlQuery q = prepareQuery(db, sql.arg(QLatin1String(table)));
    q.addBindValue(id);
    if (expected != kAny)
        q.addBindValue(expected);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "raise a record's version"));
    if (q.numRowsAffected() == 1 || expected == kAny)
        return;
    QSqlQuery last = prepareQuery(db, QStringLiteral("SELECT officer_username, at_utc, action FROM "
                                                     "audit_log WHERE entity = ? AND entity_id = ? "
                                                     "ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(QString::fromLatin1(entity));
    last.addBindValue(QString::number(id));
    execQuery(last, QT_TRANSLATE_NOOP("dpo::Sql", "read who changed a record"));
    const QString change =
        last.next()
            //: Who last changed a record, completing "…since you opened it: %2". %1: the change,
            //: e.g. "Claim answered"; %2: the officer's user name; %3: a date and time.
            ? QCoreApplication::translate("dpo::RecordVersion", "%1 (%2, %3)")
                  .arg(Vocabulary().name(Vocabulary::Kind::AuditAction, last.value(2).toString()),
                       last.value(0).toString(),
                       displayInstant(
                           QDateTime::fromString(last.value(1).toString(), Qt::ISODateWithMs)))
            : QCoreApplication::translate("dpo::RecordVersion", "a change");
    throw Error(
        Error::Kind::Conflict,
        //: %1: what was changed, e.g. "Claim 12"; %2: who changed it and when, or "a change".
        QCoreApplication::translate(
            "dpo::RecordVersion",
            "%1 was changed by another officer since you opened it: %2. Nothing was saved and your "
            "input is still here: look at the change, then save again.")
            .arg(what, change));
}

} // namespace dpo

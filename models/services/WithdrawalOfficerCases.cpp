// SPDX-License-Identifier: GPL-3.0-or-later
// Cases the officer opens without waiting for anyone's letter: for subjects under 18 (policy 9.1,
// 12.4: the data of a minor is destroyed as soon as possible), and the retention review's
// (6.2-6.3, RetentionReviewService). Each is a withdrawal request with its origin, so that it is
// decided, approved and executed by the same steps (docs/withdrawals.md, "Cases for minors";
// docs/retention.md).
#include "services/WithdrawalService.h"

#include "core/Session.h"
#include "db/Database.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/WithdrawalWorkflow.h"
#include "import/SubjectFields.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"
#include "services/WithdrawalSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpo {

using namespace withdrawal;

namespace {
// The data categories a case would decide on: those the subject still holds, blocked or kept.
int categoriesHeld(const QSqlDatabase& db, qint64 subjectId)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT count(*) FROM subject_categories WHERE "
                                                  "subject_id = ? AND state IN ('held', "
                                                  "'blocked', 'kept')"));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"));
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 subjectIdOf(const QSqlDatabase& db, const QString& subjectRef)
{
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"));
    q.addBindValue(subjectRef.trimmed());
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!q.next())
        throw Error(Error::Kind::BadInput,
                    //: %1: the platform reference as typed.
                    QCoreApplication::translate("dpo::WithdrawalService",
                                                "No subject has the platform reference \"%1\".")
                        .arg(subjectRef.trimmed()));
    return q.value(0).toLongLong();
}
} // namespace

qint64 WithdrawalService::openMinorCase(const Session& session, const QString& subjectRef,
                                        const QString& guardianName,
                                        const QString& guardianAddress) const
{
    return runStep(m_database, session, Permission::WorkOnCases,
                   tr("open a case for a subject under 18"), [&](const QSqlDatabase& db) {
                       return openMinorWithin(db, session, subjectIdOf(db, subjectRef),
                                              guardianName, guardianAddress);
                   });
}

WithdrawalService::MinorCases WithdrawalService::openMinorCases(const Session& session) const
{
    return runStep(m_database, session, Permission::WorkOnCases,
                   tr("open cases for all subjects under 18"),
                   [&](const QSqlDatabase& db) {
        // By the birth-date index, as the dashboard counts minors; whether a case is open is
        // asked per minor (there are few).
        QSqlQuery q = prepareQuery(
            db, QStringLiteral(
                    "SELECT s.id, s.birth_date, EXISTS (SELECT 1 FROM withdrawal_requests w WHERE "
                    "w.subject_id = s.id AND w.origin = 'minor' AND %1) FROM subjects s "
                    "WHERE s.birth_date > ? AND EXISTS (SELECT 1 FROM "
                    "subject_categories c WHERE c.subject_id = s.id AND c.state IN "
                    "('held', 'blocked', 'kept')) ORDER BY s.id")
                    .arg(WithdrawalWorkflow::openCondition(QStringLiteral("w.state"))));
        const QDate today = bishkekToday();
        q.addBindValue(today.addYears(-18));
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subjects under 18"));
        QList<qint64> toOpen;
        MinorCases result;
        while (q.next()) {
            // The index finds them; the one rule decides (born on 29 February, a subject is 18 on
            // 28 February by SubjectFields::isMinor and must not fail the whole step).
            if (!SubjectFields::isMinor(q.value(1).toDate(), today))
                continue;
            if (q.value(2).toBool())
                ++result.alreadyOpen;
            else
                toOpen << q.value(0).toLongLong();
        }
        q.finish();
        for (const qint64 subjectId : toOpen)
            result.opened << openMinorWithin(db, session, subjectId, {}, {});
        return result;
    });
}

qint64 WithdrawalService::openMinorWithin(const QSqlDatabase& db, const Session& session,
                                          qint64 subjectId, const QString& guardianName,
                                          const QString& guardianAddress)
{
    QSqlQuery subject = prepareQuery(
        db, QStringLiteral("SELECT platform_ref, birth_date, surname, given_name, patronymic, "
                           "residence_address, registration_address FROM subjects WHERE id = ?"));
    subject.addBindValue(subjectId);
    execQuery(subject, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!subject.next())
        //: %1: the subject's number.
        throw Error(Error::Kind::NotFound, tr("Subject %1 does not exist.").arg(subjectId));
    const QString ref = subject.value(0).toString();
    const QDate birthDate = subject.value(1).isNull() ? QDate() : subject.value(1).toDate();
    const QString name = QStringList{subject.value(2).toString(), subject.value(3).toString(),
                                     subject.value(4).toString()}
                             .join(QLatin1Char(' '))
                             .simplified();
    const QString address = !guardianAddress.trimmed().isEmpty()     ? guardianAddress.trimmed()
                            : !subject.value(5).toString().isEmpty() ? subject.value(5).toString()
                                                                     : subject.value(6).toString();
    subject.finish();

    const QDate today = bishkekToday();
    if (!birthDate.isValid())
        throw Error(Error::Kind::BadInput,
                    //: %1: the subject's platform reference.
                    tr("Subject %1 has no birth date on record: a case for a minor rests on one.")
                        .arg(ref));
    if (!SubjectFields::isMinor(birthDate, today))
        throw Error(Error::Kind::BadInput,
                    //: %1: the subject's platform reference; %2: the birth date (YYYY-MM-DD).
                    tr("Subject %1 is not under 18 by the record (born on %2).")
                        .arg(ref, birthDate.toString(Qt::ISODate)));
    const int held = categoriesHeld(db, subjectId);
    if (held == 0)
        throw Error(Error::Kind::BadInput,
                    //: %1: the subject's platform reference.
                    tr("Subject %1 holds no data any more: there is nothing to destroy.").arg(ref));
    OfficerCase c;
    c.subjectId = subjectId;
    c.origin = QStringLiteral("minor");
    c.replyToName = guardianName;
    c.replyToAddress = address;
    c.minorName = name.isEmpty() ? ref : name;
    // No birth date or name in the trail: the case's number and the subject say whose it is.
    return openOfficerCaseWithin(
        db, session, c, "withdrawal.open_minor",
        QJsonObject{{QStringLiteral("categories_held"), held},
                    {QStringLiteral("guardian_address_known"), !address.isEmpty()}},
        //: %1: the subject's platform reference; %2: the case's number.
        QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                          "Subject %1 already has an open case for a minor: No. %2."));
}

qint64 WithdrawalService::openOfficerCaseWithin(const QSqlDatabase& db, const Session& session,
                                                const OfficerCase& c, const char* auditAction,
                                                QJsonObject auditDetails, const char* refusalIfOpen)
{
    QSqlQuery open = prepareQuery(
        db, QStringLiteral("SELECT w.id, s.platform_ref FROM withdrawal_requests w JOIN subjects s "
                           "ON s.id = w.subject_id WHERE w.subject_id = ? AND w.origin = ? AND %1")
                .arg(WithdrawalWorkflow::openCondition(QStringLiteral("w.state"))));
    open.addBindValue(c.subjectId);
    open.addBindValue(c.origin);
    execQuery(open, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal request"));
    if (open.next())
        throw Error(
            Error::Kind::BadInput,
            tr(refusalIfOpen).arg(open.value(1).toString()).arg(open.value(0).toLongLong()));
    open.finish();

    // The policy sets no period for these ("as soon as possible", 9.1; "no longer than its
    // purpose", 6.3): the case is due by the organisation's own target for withdrawals, on the
    // working-day calendar.
    const QDate today = bishkekToday();
    const QDate due = DeadlineCalendar::load(db).dueDate(today, targetDays(db));
    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO withdrawal_requests (subject_id, received_on, channel, "
                           "scope, state, due_on, officer_id, registered_at, reply_to_name, "
                           "reply_to_address, origin, minor_name) VALUES (?, ?, 'officer', ?, "
                           "'opened', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(c.subjectId);
    insert.addBindValue(today);
    insert.addBindValue(c.categories.isEmpty() ? QStringLiteral("full")
                                               : QStringLiteral("partial"));
    insert.addBindValue(due);
    insert.addBindValue(session.officerId);
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    insert.addBindValue(textOrNull(c.replyToName));
    insert.addBindValue(textOrNull(c.replyToAddress));
    insert.addBindValue(c.origin);
    insert.addBindValue(textOrNull(c.minorName));
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "open the case"));
    if (!insert.next())
        throw Error(Error::Kind::Database,
                    tr("The database did not return the new case's number."));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    for (const QString& category : c.categories) {
        QSqlQuery scope =
            prepareQuery(db, QStringLiteral("INSERT INTO withdrawal_request_categories "
                                            "(request_id, category_code) VALUES (?, ?)"));
        scope.addBindValue(id);
        scope.addBindValue(category);
        execQuery(scope, QT_TRANSLATE_NOOP("dpo::Sql", "open the case"));
    }
    auditDetails.insert(QStringLiteral("due_on"), due.toString(Qt::ISODate));
    if (!c.categories.isEmpty())
        auditDetails.insert(QStringLiteral("categories"), QJsonArray::fromStringList(c.categories));
    audit(db, session, auditAction, id, c.subjectId, auditDetails);
    return id;
}

} // namespace dpo

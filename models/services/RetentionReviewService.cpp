// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RetentionReviewService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/WithdrawalWorkflow.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"
#include "services/WithdrawalService.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::RetentionReviewService", text);
}

// The subject's open review case, as a column of the item queries.
QString openCaseColumn()
{
    return QStringLiteral("(SELECT max(w.id) FROM withdrawal_requests w WHERE w.subject_id = s.id "
                          "AND w.origin = 'retention_review' AND %1)")
        .arg(WithdrawalWorkflow::openCondition(QStringLiteral("w.state")));
}

QList<RetentionReviewService::Item> dueWithin(const QSqlDatabase& db, const QDate& on,
                                              qint64 subjectId = 0)
{
    const QString oneSubject = subjectId > 0 ? QStringLiteral(" AND s.id = ?") : QString();
    QList<RetentionReviewService::Item> items;
    const auto base = [&](const QSqlQuery& q) {
        RetentionReviewService::Item item;
        item.subjectId = q.value(0).toLongLong();
        item.subjectRef = q.value(1).toString();
        item.subjectName = QStringList{q.value(2).toString(), q.value(3).toString()}
                               .join(QLatin1Char(' '))
                               .trimmed();
        item.category = q.value(4).toString();
        item.openCase = q.value(5).toLongLong();
        return item;
    };
    // Keeps whose end date has passed (6.3: nothing is kept forever), by the index of keeps.
    QSqlQuery kept = prepareQuery(
        db, QStringLiteral("SELECT s.id, s.platform_ref, s.surname, s.given_name, c.category_code, "
                           "%1, c.kept_until, c.legal_ground FROM subject_categories c JOIN "
                           "subjects s ON s.id = c.subject_id WHERE c.state = 'kept' AND "
                           "c.kept_until < ?%2")
                .arg(openCaseColumn(), oneSubject));
    kept.addBindValue(on);
    if (subjectId > 0)
        kept.addBindValue(subjectId);
    execQuery(kept, QT_TRANSLATE_NOOP("dpo::Sql", "read the retention review"));
    while (kept.next()) {
        RetentionReviewService::Item item = base(kept);
        item.reason = QStringLiteral("keep_ended");
        item.since = kept.value(6).toDate();
        item.ground = kept.value(7).toString();
        items << item;
    }
    // Face photos and videos still held once the consent is withdrawn or the account closed
    // (6.2-6.3: kept while the app is used and until the consent is withdrawn). Driven by the two
    // indexes of those subjects, not by the categories of every subject (docs/retention.md).
    QSqlQuery photos = prepareQuery(
        db,
        QStringLiteral("SELECT s.id, s.platform_ref, s.surname, s.given_name, c.category_code, "
                       "%1, s.account_closed_at, (SELECT max(x.withdrawn_at) FROM consents x "
                       "WHERE x.subject_id = s.id) FROM subjects s JOIN subject_categories c ON "
                       "c.subject_id = s.id AND c.category_code IN ('face_photo', "
                       "'face_video') AND c.state IN ('held', 'blocked') WHERE s.id IN "
                       "(SELECT id FROM subjects WHERE consent_state = 'withdrawn' UNION "
                       "SELECT id FROM subjects WHERE account_closed_at IS NOT NULL)%2")
            .arg(openCaseColumn(), oneSubject));
    if (subjectId > 0)
        photos.addBindValue(subjectId);
    execQuery(photos, QT_TRANSLATE_NOOP("dpo::Sql", "read the retention review"));
    while (photos.next()) {
        RetentionReviewService::Item item = base(photos);
        const bool closed = !photos.value(6).isNull();
        item.reason = closed ? QStringLiteral("photo_after_closure")
                             : QStringLiteral("photo_after_withdrawal");
        const QVariant since = closed ? photos.value(6) : photos.value(7);
        item.since = since.isNull() ? QDate() : bishkekDate(since.toDateTime());
        items << item;
    }
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return std::tie(a.subjectRef, a.category) < std::tie(b.subjectRef, b.category);
    });
    return items;
}

qint64 openWithin(const QSqlDatabase& db, const Session& session, qint64 subjectId,
                  const QList<RetentionReviewService::Item>& items)
{
    WithdrawalService::OfficerCase c;
    c.subjectId = subjectId;
    c.origin = QStringLiteral("retention_review");
    QStringList reasons;
    for (const RetentionReviewService::Item& item : items) {
        if (item.subjectId != subjectId)
            continue;
        if (!c.categories.contains(item.category))
            c.categories << item.category;
        if (!reasons.contains(item.reason))
            reasons << item.reason;
    }
    return WithdrawalService::openOfficerCaseWithin(
        db, session, c, "withdrawal.open_review",
        QJsonObject{{QStringLiteral("reasons"), reasons.join(QLatin1Char(','))}},
        //: %1: the subject's platform reference; %2: the case's number.
        QT_TRANSLATE_NOOP("dpo::WithdrawalService",
                          "Subject %1 already has an open retention review: No. %2."));
}
} // namespace

RetentionReviewService::RetentionReviewService(Database& database) : m_database(database) {}

QList<RetentionReviewService::Item> RetentionReviewService::due(const QDate& on) const
{
    return dueWithin(m_database.connection(), on);
}

qint64 RetentionReviewService::dueCount(const QDate& on) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT (SELECT count(*) FROM subject_categories WHERE state = 'kept' "
                           "AND kept_until < ?) + (SELECT count(*) FROM subject_categories c "
                           "WHERE c.category_code IN ('face_photo', 'face_video') AND c.state IN "
                           "('held', 'blocked') AND c.subject_id IN (SELECT id FROM subjects "
                           "WHERE consent_state = 'withdrawn' UNION SELECT id FROM subjects WHERE "
                           "account_closed_at IS NOT NULL))"));
    q.addBindValue(on);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the retention review"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 RetentionReviewService::openCase(const Session& session, const QString& subjectRef) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("open a retention review"),
                   [&](const QSqlDatabase& db) {
        QSqlQuery subject =
            prepareQuery(db, QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"));
        subject.addBindValue(subjectRef.trimmed());
        execQuery(subject, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
        if (!subject.next())
            throw Error(
                Error::Kind::BadInput,
                //: %1: the platform reference as typed.
                tr("No subject has the platform reference \"%1\".").arg(subjectRef.trimmed()));
        const qint64 subjectId = subject.value(0).toLongLong();
        subject.finish();
        const QList<Item> items = dueWithin(db, bishkekToday(), subjectId);
        if (items.isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the subject's platform reference.
                        tr("Subject %1 has nothing due for review: no keep has ended, and no face "
                           "photo or video is held after a withdrawal or a closed account.")
                            .arg(subjectRef.trimmed()));
        return openWithin(db, session, subjectId, items);
    });
}

RetentionReviewService::Opened RetentionReviewService::openAll(const Session& session) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("open the retention reviews"),
                   [&](const QSqlDatabase& db) {
        const QList<Item> items = dueWithin(db, bishkekToday());
        Opened result;
        QSet<qint64> seen;
        for (const Item& item : items) {
            if (seen.contains(item.subjectId))
                continue;
            seen.insert(item.subjectId);
            if (item.openCase > 0)
                ++result.alreadyOpen;
            else
                result.opened << openWithin(db, session, item.subjectId, items);
        }
        return result;
    });
}

} // namespace dpo

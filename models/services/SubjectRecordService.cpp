// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectRecordService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Inn.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/TaskService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::SubjectRecordService", text);
}

QSqlQuery select(const QSqlDatabase& db, const QString& sql, qint64 subjectId, int bindings = 1)
{
    QSqlQuery q = prepareQuery(db, sql);
    readForwardOnly(q);
    for (int i = 0; i < bindings; ++i)
        q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's record"));
    return q;
}

LocalizedName names(const QSqlQuery& q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(),
            q.value(first + 2).toString()};
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : v.toDate();
}

QDateTime instantOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : v.toDateTime();
}
} // namespace

QString SubjectRecord::Profile::fullName() const
{
    QStringList parts;
    for (const QString& p : {surname, givenName, patronymic})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QLatin1Char(' '));
}

SubjectRecordService::SubjectRecordService(Database& database) : m_database(database) {}

SubjectRecord SubjectRecordService::record(qint64 subjectId) const
{
    // One snapshot: the record's parts agree with each other even while others write.
    TransactionGuard transaction(m_database.connection(), TransactionGuard::Intent::Read);
    SubjectRecord r = load(subjectId, true);
    transaction.commit();
    return r;
}

SubjectRecord SubjectRecordService::unmaskedRecord(qint64 subjectId) const
{
    return load(subjectId, false);
}

qint64 SubjectRecordService::subjectIdByPlatformRef(const QString& platformRef) const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"));
    q.addBindValue(platformRef.trimmed());
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    //: %1: the platform reference as typed.
                    tr("No subject has the platform reference %1.").arg(platformRef));
    return q.value(0).toLongLong();
}

QList<SubjectRecord::AuditLine> SubjectRecordService::auditLines(qint64 subjectId, bool* more) const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT seq, at_utc, officer_username, action, "
                                              "entity, entity_id, details FROM audit_log "
                                              "WHERE subject_id = ? ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(subjectId);
    q.addBindValue(kAuditLines + 1);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's record"));
    QList<SubjectRecord::AuditLine> lines;
    while (q.next())
        lines.append({q.value(0).toLongLong(), instantOf(q.value(1)), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString()});
    if (more)
        *more = lines.size() > kAuditLines;
    if (lines.size() > kAuditLines)
        lines.removeLast();
    return lines;
}

QString SubjectRecordService::fieldCode(Field field)
{
    switch (field) {
    case Field::Inn:
        return QStringLiteral("inn");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::IdDocument:
        return QStringLiteral("id_document");
    }
    return {};
}

QString SubjectRecordService::reveal(const Session& session, qint64 subjectId, Field field) const
{
    requirePermission(m_database, session, Permission::ReadPersonalData,
                      tr("reveal personal data"));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    QSqlQuery blocked =
        prepareQuery(db, QStringLiteral("SELECT 1 FROM subject_categories WHERE subject_id = ? AND "
                                        "category_code = ? AND state = 'blocked'"));
    blocked.addBindValue(subjectId);
    blocked.addBindValue(field == Field::Inn || field == Field::IdDocument
                             ? QStringLiteral("identity_document")
                             : QStringLiteral("contacts"));
    execQuery(blocked, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's record"));
    if (blocked.next())
        throw Error(Error::Kind::Forbidden, tr("This value is blocked under a withdrawal of "
                                               "consent: it is not shown until it is unblocked."));
    blocked.finish();
    // The column name comes from the enum, never from input.
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT %1 FROM subjects WHERE id = ?").arg(fieldCode(field)));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's record"));
    if (!q.next())
        //: %1: the subject's number.
        throw Error(Error::Kind::NotFound, tr("Subject %1 does not exist.").arg(subjectId));
    QString value = q.value(0).toString();
    AuditService::append(db, session, QStringLiteral("subject.reveal"), QStringLiteral("subject"),
                         QString::number(subjectId), subjectId,
                         QJsonObject{{QStringLiteral("field"), fieldCode(field)}});
    transaction.commit();
    return value;
}

QString SubjectRecordService::blockedMarker()
{
    return tr("[blocked]");
}

void SubjectRecordService::hideBlockedValues(SubjectRecord& r)
{
    // A blocked category's values stay in the database but are shown nowhere and exported
    // nowhere until unblocked (policy 12.1.4; docs/withdrawals.md).
    SubjectRecord::Profile& p = r.profile;
    const QString hidden = blockedMarker();
    for (const SubjectRecord::Category& c : r.categories) {
        if (c.state != QStringLiteral("blocked"))
            continue;
        if (c.code == QStringLiteral("personal_details")) {
            p.surname = hidden;
            p.givenName.clear();
            p.patronymic.clear();
            p.sex.clear();
            p.birthDate = {};
        } else if (c.code == QStringLiteral("identity_document")) {
            p.inn = hidden;
            p.idDocument = hidden;
        } else if (c.code == QStringLiteral("contacts")) {
            p.phone = hidden;
            p.email = hidden;
        } else if (c.code == QStringLiteral("addresses")) {
            p.registrationAddress = hidden;
            p.residenceAddress = hidden;
            p.region = hidden;
        }
    }
}

SubjectRecord SubjectRecordService::load(qint64 subjectId, bool masked) const
{
    const QSqlDatabase db = m_database.connection();
    SubjectRecord r;
    {
        QSqlQuery q = select(
            db,
            QStringLiteral(
                "SELECT id, platform_ref, inn, surname, given_name, patronymic, sex, phone, email, "
                "registration_address, residence_address, region, preferred_language, status, "
                "birth_date, "
                "created_at, id_document, account_closed_at FROM subjects WHERE id = ?"),
            subjectId);
        if (!q.next())
            throw Error(Error::Kind::NotFound, tr("Subject %1 does not exist.").arg(subjectId));
        SubjectRecord::Profile& p = r.profile;
        p.id = q.value(0).toLongLong();
        p.platformRef = q.value(1).toString();
        p.inn = q.value(2).toString();
        p.surname = q.value(3).toString();
        p.givenName = q.value(4).toString();
        p.patronymic = q.value(5).toString();
        p.sex = q.value(6).toString();
        p.phone = q.value(7).toString();
        p.email = q.value(8).toString();
        p.registrationAddress = q.value(9).toString();
        p.residenceAddress = q.value(10).toString();
        p.region = q.value(11).toString();
        p.preferredLanguage = q.value(12).toString();
        p.status = q.value(13).toString();
        p.birthDate = dateOf(q.value(14));
        p.createdAt = instantOf(q.value(15));
        p.idDocument = q.value(16).toString();
        p.accountClosedAt = instantOf(q.value(17));
        p.masked = masked;
        if (masked) {
            p.inn = Mask::inn(p.inn);
            p.phone = Mask::phone(p.phone);
            p.email = Mask::email(p.email);
            p.idDocument = Mask::document(p.idDocument);
        }
    }
    {
        QSqlQuery q = select(
            db,
            QStringLiteral("SELECT c.id, p.code, p.title, p.effective_from, c.given_at, "
                           "c.withdrawn_at, c.channel "
                           "FROM consents c JOIN policy_versions p ON p.id = c.policy_version_id "
                           "WHERE c.subject_id = ? ORDER BY c.given_at, c.id"),
            subjectId);
        QHash<qint64, int> byId;
        while (q.next()) {
            byId.insert(q.value(0).toLongLong(), int(r.consents.size()));
            r.consents.append({q.value(1).toString(),
                               q.value(2).toString(),
                               dateOf(q.value(3)),
                               instantOf(q.value(4)),
                               instantOf(q.value(5)),
                               q.value(6).toString(),
                               {}});
        }
        QSqlQuery w = select(
            db,
            QStringLiteral("SELECT w.consent_id, w.purpose_code FROM consent_purpose_withdrawals w "
                           "JOIN consents c ON c.id = w.consent_id WHERE c.subject_id = ? ORDER BY "
                           "w.purpose_code"),
            subjectId);
        while (w.next())
            r.consents[byId.value(w.value(0).toLongLong())].withdrawnPurposes
                << w.value(1).toString();
    }
    {
        QSqlQuery q =
            select(db,
                   QStringLiteral("SELECT sc.category_code, d.policy_clause, sc.state, "
                                  "sc.legal_ground, d.name_ky, d.name_ru, d.name_en, "
                                  "sc.kept_until, sc.changed_at FROM subject_categories sc JOIN "
                                  "data_categories d ON d.code = sc.category_code "
                                  "WHERE sc.subject_id = ? ORDER BY d.sort_order"),
                   subjectId);
        while (q.next())
            r.categories.append({q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(), names(q, 4),
                                 dateOf(q.value(7)), instantOf(q.value(8))});
    }
    {
        QSqlQuery q = select(
            db,
            QStringLiteral(
                "SELECT r.name, r.kind, t.category_code, t.purpose_code, d.name_ky, d.name_ru, "
                "d.name_en, "
                "p.name_ky, p.name_ru, p.name_en, t.transferred_at, r.country, c.name_ky, "
                "c.name_ru, c.name_en FROM transfers t "
                "JOIN recipients r ON r.id = t.recipient_id JOIN countries c ON c.code = "
                "r.country JOIN data_categories d ON d.code = t.category_code "
                "JOIN processing_purposes p ON p.code = t.purpose_code WHERE t.subject_id = ? "
                "ORDER BY t.transferred_at, t.id"),
            subjectId);
        while (q.next())
            r.transfers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), names(q, 4), names(q, 7),
                                instantOf(q.value(10)), q.value(11).toString(), names(q, 12)});
    }
    {
        QSqlQuery q = select(db,
                             QStringLiteral("SELECT id, received_on, due_on, channel, scope, "
                                            "state, rejection_reason FROM withdrawal_requests "
                                            "WHERE subject_id = ? ORDER BY received_on, id"),
                             subjectId);
        while (q.next())
            r.withdrawals.append({q.value(0).toLongLong(), dateOf(q.value(1)), dateOf(q.value(2)),
                                  q.value(3).toString(), q.value(4).toString(),
                                  q.value(5).toString(), q.value(6).toString(), 0, 0});
        q.finish();
        TaskService::Filter pending;
        pending.pendingOnly = true;
        pending.subjectId = subjectId;
        const QDate today = bishkekToday();
        for (const TaskService::Task& t : TaskService::list(db, pending))
            for (SubjectRecord::Withdrawal& w : r.withdrawals)
                if (w.id == t.requestId) {
                    ++w.tasksPending;
                    w.tasksOverdue += DeadlineCalendar::isOverdue(t.dueOn, today) ? 1 : 0;
                }
    }
    {
        QSqlQuery q =
            select(db,
                   QStringLiteral("SELECT id, kind, channel, subject_matter, state, outcome, "
                                  "received_on, due_on, answer_sent_on "
                                  "FROM claims WHERE subject_id = ? ORDER BY received_on, id"),
                   subjectId);
        while (q.next())
            r.claims.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             dateOf(q.value(6)), dateOf(q.value(7)), dateOf(q.value(8))});
    }
    {
        QSqlQuery q =
            select(db,
                   QStringLiteral("SELECT d.id, r.name, r.kind, d.ground, d.request_number, "
                                  "d.request_body, d.law_reference, "
                                  "d.disclosed_on, d.request_date, d.consent_reference, "
                                  "d.treaty_reference, d.purpose, r.country, c.name_ky, "
                                  "c.name_ru, c.name_en FROM disclosures d JOIN "
                                  "disclosure_subjects ds ON ds.disclosure_id = d.id "
                                  "JOIN recipients r ON r.id = d.recipient_id JOIN countries c ON "
                                  "c.code = r.country WHERE ds.subject_id "
                                  "= ? ORDER BY d.disclosed_on, d.id"),
                   subjectId);
        QHash<qint64, int> byId;
        while (q.next()) {
            byId.insert(q.value(0).toLongLong(), int(r.disclosures.size()));
            r.disclosures.append({q.value(0).toLongLong(),
                                  q.value(1).toString(),
                                  q.value(2).toString(),
                                  q.value(3).toString(),
                                  q.value(4).toString(),
                                  q.value(5).toString(),
                                  q.value(6).toString(),
                                  dateOf(q.value(7)),
                                  dateOf(q.value(8)),
                                  {},
                                  q.value(9).toString(),
                                  q.value(10).toString(),
                                  q.value(11).toString(),
                                  q.value(12).toString(),
                                  names(q, 13),
                                  {}});
        }
        QSqlQuery c =
            select(db,
                   QStringLiteral(
                       "SELECT dc.disclosure_id, dc.category_code, d.name_ky, d.name_ru, "
                       "d.name_en FROM disclosure_categories dc "
                       "JOIN disclosure_subjects ds ON ds.disclosure_id = dc.disclosure_id "
                       "JOIN data_categories d ON d.code = dc.category_code WHERE ds.subject_id = "
                       "? ORDER BY d.sort_order"),
                   subjectId);
        while (c.next()) {
            SubjectRecord::Disclosure& d = r.disclosures[byId.value(c.value(0).toLongLong())];
            d.categoryCodes << c.value(1).toString();
            d.categoryNames << names(c, 2);
        }
    }
    {
        QSqlQuery q = select(db,
                             QStringLiteral("SELECT id, disclosure_id, channel, address, language, "
                                            "state, state_note, tracking_number, "
                                            "queued_at, sent_at, state_at FROM notifications WHERE "
                                            "subject_id = ? ORDER BY queued_at, id"),
                             subjectId);
        while (q.next()) {
            const QString address = q.value(3).toString();
            r.notifications.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                 masked ? Mask::contact(address) : address, q.value(4).toString(),
                 q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                 instantOf(q.value(8)), instantOf(q.value(9)), instantOf(q.value(10))});
        }
    }
    r.audit = auditLines(subjectId, &r.moreAudit);
    hideBlockedValues(r);
    return r;
}

} // namespace dpo

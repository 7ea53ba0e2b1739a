// SPDX-License-Identifier: GPL-3.0-or-later
// Reading disclosures: the register with its notice figures, and one disclosure in full.
#include "services/DisclosureService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"

#include <QCoreApplication>
#include <QVariantList>

namespace dpo {

namespace {
// Per disclosure: its subjects, those notified (a notice sent, whatever the delivery), and those
// whose notice failed to be delivered.
const char* const kRowSql =
    "SELECT d.id, d.disclosed_on, r.name, d.ground, d.outside_platform, "
    "(SELECT count(*) FROM disclosure_subjects ds WHERE ds.disclosure_id = d.id) AS subjects, "
    // Conditions inside the count, so that both read the disclosure's notices by its index (a
    // filter on the state would read every failed notice of the table instead).
    "(SELECT count(DISTINCT CASE WHEN n.sent_at IS NOT NULL THEN n.subject_id END) FROM "
    "notifications n WHERE n.disclosure_id = d.id) AS notified, "
    "(SELECT count(DISTINCT CASE WHEN n.state = 'failed' THEN n.subject_id END) FROM notifications "
    "n WHERE n.disclosure_id = d.id) AS undelivered, "
    "d.recipient_id, r.country "
    "FROM disclosures d JOIN recipients r ON r.id = d.recipient_id";

DisclosureService::Row rowFrom(const QSqlQuery& q, const QDate& due, const QDate& today)
{
    DisclosureService::Row r;
    r.id = q.value(0).toLongLong();
    r.disclosedOn = q.value(1).toDate();
    r.recipient = q.value(2).toString();
    r.ground = q.value(3).toString();
    r.outsidePlatform = q.value(4).toInt() == 1;
    r.subjects = q.value(5).toInt();
    r.notified = q.value(6).toInt();
    r.undelivered = q.value(7).toInt();
    r.country = q.value(9).toString();
    r.noticeDue = due;
    r.late = r.outsidePlatform && r.notified < r.subjects && today > due;
    return r;
}
} // namespace

namespace {
// The filter's conditions on the register's rows (the aliased subquery x).
struct Conditions
{
    QStringList where;
    QVariantList values;

    explicit Conditions(const DisclosureService::Filter& f)
    {
        if (f.from.isValid())
            add(QStringLiteral("x.disclosed_on >= ?"), f.from);
        if (f.to.isValid())
            add(QStringLiteral("x.disclosed_on <= ?"), f.to);
        if (f.recipientId > 0)
            add(QStringLiteral("x.recipient_id = ?"), f.recipientId);
        if (!f.ground.isEmpty())
            add(QStringLiteral("x.ground = ?"), f.ground);
        if (!f.channel.isEmpty())
            add(QStringLiteral("EXISTS (SELECT 1 FROM notifications n WHERE n.disclosure_id = "
                               "x.id AND n.channel = ?)"),
                f.channel);
        if (f.unnotifiedOnly)
            where << QStringLiteral("x.outside_platform = 1 AND x.notified < x.subjects");
        if (f.failedOnly)
            where << QStringLiteral("x.undelivered > 0");
        if (f.abroadOnly)
            where << QStringLiteral("x.country <> 'KG'");
    }
    void add(const QString& condition, const QVariant& value)
    {
        where << condition;
        values << value;
    }
    QString sql(const QString& select) const
    {
        QString text = select + QStringLiteral(" FROM (%1) x").arg(QLatin1String(kRowSql));
        if (!where.isEmpty())
            text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        return text;
    }
    QSqlQuery run(const QSqlDatabase& db, const QString& sql) const
    {
        return execBound(db, sql, values, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosures"));
    }
};

// The latest disclosure date whose notice period ended before `today` (the notice day is a
// working day count after the disclosure, and grows with it): a disclosure made on it or before
// with a subject not notified is late.
QDate lastDateNowLate(const QSqlDatabase& db, const QDate& today)
{
    const int days = DisclosureService::noticeWorkingDays(db);
    const DeadlineCalendar calendar = DeadlineCalendar::load(db);
    QDate day = today;
    while (!(calendar.addWorkingDays(day, days) < today))
        day = day.addDays(-1);
    return day;
}
} // namespace

QList<DisclosureService::Row> DisclosureService::list(const Filter& f, const QDate& today) const
{
    return page(f, today, 0, -1, nullptr);
}

qint64 DisclosureService::count(const Filter& f) const
{
    const Conditions c(f);
    QSqlQuery q = c.run(m_database.connection(), c.sql(QStringLiteral("SELECT count(*)")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DisclosureService::lateCount(const Filter& f, const QDate& today) const
{
    const QSqlDatabase db = m_database.connection();
    Conditions c(f);
    c.where << QStringLiteral("x.outside_platform = 1 AND x.notified < x.subjects");
    c.add(QStringLiteral("x.disclosed_on <= ?"), lastDateNowLate(db, today));
    QSqlQuery q = c.run(db, c.sql(QStringLiteral("SELECT count(*)")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<DisclosureService::Row> DisclosureService::page(const Filter& f, const QDate& today,
                                                      qint64 offset, int limit,
                                                      const Row* after) const
{
    const QSqlDatabase db = m_database.connection();
    Conditions c(f);
    if (after) { // newest first: the next page holds the rows that sort before `after`
        c.where << QStringLiteral("(x.disclosed_on, x.id) < (?, ?)");
        c.values << after->disclosedOn << after->id;
    }
    QString sql = c.sql(QStringLiteral("SELECT *")) +
                  QStringLiteral(" ORDER BY x.disclosed_on DESC, x.id DESC");
    const bool skip = limit >= 0 && !after && offset > 0;
    if (limit >= 0) {
        sql += skip ? QStringLiteral(" LIMIT ? OFFSET ?") : QStringLiteral(" LIMIT ?");
        c.values << limit;
        if (skip)
            c.values << offset;
    }
    QSqlQuery q = c.run(db, sql);
    const int days = noticeWorkingDays(db);
    const DeadlineCalendar calendar = DeadlineCalendar::load(db);
    QList<Row> rows;
    while (q.next())
        rows << rowFrom(q, calendar.addWorkingDays(q.value(1).toDate(), days), today);
    return rows;
}

DisclosureService::Details DisclosureService::details(qint64 disclosureId, const QDate& today) const
{
    const QSqlDatabase db = m_database.connection();
    TransactionGuard snapshot(db, TransactionGuard::Intent::Read);
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT * FROM (%1) x WHERE x.id = ?").arg(QLatin1String(kRowSql)));
    q.addBindValue(disclosureId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            //: %1: the disclosure's number.
            QCoreApplication::translate("dpo::DisclosureService", "Disclosure %1 does not exist.")
                .arg(disclosureId));
    const QDate due = noticeDue(db, q.value(1).toDate());
    Details d;
    d.row = rowFrom(q, due, today);
    q.finish();
    QSqlQuery more = prepareQuery(
        db, QStringLiteral("SELECT r.kind, d.request_number, d.request_body, d.law_reference, "
                           "d.note, o.display_name, d.request_date, d.consent_reference, "
                           "d.treaty_reference, d.purpose FROM disclosures d "
                           "JOIN recipients r ON r.id = d.recipient_id JOIN officers o ON o.id = "
                           "d.officer_id WHERE d.id = ?"));
    more.addBindValue(disclosureId);
    execQuery(more, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    more.next();
    d.recipientKind = more.value(0).toString();
    d.requestNumber = more.value(1).toString();
    d.requestBody = more.value(2).toString();
    d.lawReference = more.value(3).toString();
    d.note = more.value(4).toString();
    d.officer = more.value(5).toString();
    d.requestDate = more.value(6).isNull() ? QDate() : more.value(6).toDate();
    d.consentReference = more.value(7).toString();
    d.treatyReference = more.value(8).toString();
    d.purpose = more.value(9).toString();
    more.finish();
    QSqlQuery categories = prepareQuery(
        db, QStringLiteral(
                "SELECT x.category_code FROM disclosure_categories x JOIN data_categories c "
                "ON c.code = x.category_code WHERE x.disclosure_id = ? ORDER BY c.sort_order"));
    categories.addBindValue(disclosureId);
    execQuery(categories, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    while (categories.next())
        d.categories << categories.value(0).toString();
    QSqlQuery subjects = prepareQuery(
        db, QStringLiteral("SELECT s.id, s.platform_ref, s.surname, s.given_name, EXISTS (SELECT 1 "
                           "FROM notifications n WHERE n.disclosure_id = ds.disclosure_id "
                           "AND n.subject_id = s.id AND n.sent_at IS NOT NULL) FROM "
                           "disclosure_subjects ds JOIN subjects s ON s.id = ds.subject_id "
                           "WHERE ds.disclosure_id = ? ORDER BY s.platform_ref"));
    subjects.addBindValue(disclosureId);
    execQuery(subjects, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    while (subjects.next()) {
        SubjectLine s;
        s.subjectId = subjects.value(0).toLongLong();
        s.platformRef = subjects.value(1).toString();
        s.name = QStringList{subjects.value(2).toString(), subjects.value(3).toString()}
                     .join(QLatin1Char(' '))
                     .trimmed();
        s.notified = subjects.value(4).toBool();
        s.late = d.row.outsidePlatform && !s.notified && today > due;
        d.subjects << s;
    }
    QSqlQuery notifications = prepareQuery(
        db, QStringLiteral("SELECT id, subject_id, channel, address, language, body, state, "
                           "state_note, tracking_number, via, queued_at, sent_at, state_at "
                           "FROM notifications WHERE disclosure_id = ? ORDER BY id"));
    notifications.addBindValue(disclosureId);
    execQuery(notifications, QT_TRANSLATE_NOOP("dpo::Sql", "read the notifications"));
    while (notifications.next()) {
        Notification n;
        n.id = notifications.value(0).toLongLong();
        n.subjectId = notifications.value(1).toLongLong();
        n.channel = notifications.value(2).toString();
        n.address = notifications.value(3).toString();
        n.language = notifications.value(4).toString();
        n.body = notifications.value(5).toString();
        n.state = notifications.value(6).toString();
        n.stateNote = notifications.value(7).toString();
        n.trackingNumber = notifications.value(8).toString();
        n.via = notifications.value(9).toString();
        n.queuedAt = notifications.value(10).toDateTime();
        n.sentAt =
            notifications.value(11).isNull() ? QDateTime() : notifications.value(11).toDateTime();
        n.stateAt = notifications.value(12).toDateTime();
        d.notifications << n;
    }
    d.documents =
        AttachmentService(m_database).list(AttachmentService::Owner::Disclosure, disclosureId);
    return d;
}

} // namespace dpo

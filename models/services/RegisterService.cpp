// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RegisterService.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

namespace dpo {

namespace {
using K = Vocabulary::Kind;

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("dpo::RegisterService", text, comment, n);
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q = prepareQuery(db, sql);
    q.setForwardOnly(true);
    for (const QVariant& v : values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read a register"));
    return q;
}

QString name(const QVariant& surname, const QVariant& given)
{
    return QStringList{surname.toString(), given.toString()}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

RegisterService::RegisterService(Database& database) : m_database(database) {}

QString RegisterService::deadlineText(int daysLeft)
{
    if (daysLeft == 0)
        return tr("due today");
    return daysLeft > 0 ? tr("%n day(s) left", nullptr, daysLeft) : tr("overdue by %n day(s)", nullptr, -daysLeft);
}

RegisterService::Table RegisterService::table(Register which, const QDate& today) const
{
    switch (which) {
    case Register::Withdrawals: return withdrawals(today);
    case Register::Disclosures: return disclosures();
    }
    return {};
}

RegisterService::Table RegisterService::withdrawals(const QDate& today) const
{
    const Vocabulary words;
    Table t;
    t.header = {tr("No."), tr("Subject"), tr("Name"), tr("Received"), tr("Due"), tr("Deadline"), tr("How"),
                tr("Scope"), tr("State"), tr("Officer")};
    QSqlQuery q = run(m_database.connection(), QStringLiteral(
        "SELECT w.id, s.platform_ref, s.surname, s.given_name, w.received_on, w.due_on, w.channel, w.scope, w.state, "
        "o.display_name, w.subject_id FROM withdrawal_requests w JOIN subjects s ON s.id = w.subject_id "
        "JOIN officers o ON o.id = w.officer_id "
        "ORDER BY CASE WHEN w.state IN ('executed', 'closed', 'rejected') THEN 1 ELSE 0 END, w.due_on, w.id"));
    while (q.next()) {
        const QString state = q.value(8).toString();
        const bool open = state != QStringLiteral("executed") && state != QStringLiteral("closed") &&
                          state != QStringLiteral("rejected");
        const QDate due = q.value(5).toDate();
        t.rows << QStringList{QString::number(q.value(0).toLongLong()), q.value(1).toString(),
                              name(q.value(2), q.value(3)), displayDate(q.value(4).toDate()), displayDate(due),
                              open ? deadlineText(DeadlineCalendar::daysLeft(due, today)) : QString(), words.name(K::WithdrawalChannel, q.value(6).toString()),
                              words.name(K::WithdrawalScope, q.value(7).toString()), words.name(K::WithdrawalState, state),
                              q.value(9).toString()};
        t.subjectIds << q.value(10).toLongLong();
        t.overdue << (open && due < today);
    }
    return t;
}

RegisterService::Table RegisterService::disclosures() const
{
    const Vocabulary words;
    Table t;
    t.header = {tr("No."), tr("Date"), tr("Recipient"), tr("Legal ground"), tr("Request or law"), tr("Subjects"),
                tr("Notified"), tr("Officer")};
    QSqlQuery q = run(m_database.connection(), QStringLiteral(
        "SELECT d.id, d.disclosed_on, r.name, d.ground, d.request_number, d.request_date, d.request_body, "
        "d.law_reference, d.outside_platform, "
        "(SELECT count(*) FROM disclosure_subjects ds WHERE ds.disclosure_id = d.id), "
        "(SELECT count(DISTINCT n.subject_id) FROM notifications n WHERE n.disclosure_id = d.id AND n.sent_at IS NOT NULL), "
        "(SELECT min(ds.subject_id) FROM disclosure_subjects ds WHERE ds.disclosure_id = d.id), o.display_name "
        "FROM disclosures d JOIN recipients r ON r.id = d.recipient_id JOIN officers o ON o.id = d.officer_id "
        "ORDER BY d.disclosed_on DESC, d.id DESC"));
    while (q.next()) {
        const int subjects = q.value(9).toInt();
        const int notified = q.value(10).toInt();
        const bool outside = q.value(8).toInt() != 0;
        const QString request = q.value(4).isNull()
                                    ? q.value(7).toString()
                                    : tr("request No. %1 of %2, %3")
                                          .arg(q.value(4).toString(), displayDate(q.value(5).toDate()), q.value(6).toString());
        // Policy 4.6.4: outside platform cooperation every subject is notified.
        const QString notice = outside ? tr("%1 of %2").arg(notified).arg(subjects) : tr("not required (platform cooperation)");
        t.rows << QStringList{QString::number(q.value(0).toLongLong()), displayDate(q.value(1).toDate()), q.value(2).toString(),
                              words.name(K::DisclosureGround, q.value(3).toString()), request, QString::number(subjects),
                              notice, q.value(12).toString()};
        t.subjectIds << (subjects == 1 ? q.value(11).toLongLong() : 0);
        t.overdue << (outside && notified < subjects);
    }
    return t;
}

} // namespace dpo

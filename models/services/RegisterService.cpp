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

} // namespace

RegisterService::RegisterService(Database& database) : m_database(database) {}

QString RegisterService::deadlineText(int daysLeft)
{
    if (daysLeft == 0)
        return tr("due today");
    return daysLeft > 0 ? tr("%n day(s) left", nullptr, daysLeft) : tr("overdue by %n day(s)", nullptr, -daysLeft);
}

RegisterService::Table RegisterService::table(Register which) const
{
    switch (which) {
    case Register::Disclosures: return disclosures();
    }
    return {};
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

// SPDX-License-Identifier: GPL-3.0-or-later
// New subjects of a file held in a group (Pace::InGroups, FeedGroups.cpp) and added many to a
// statement on PostgreSQL, where a statement a subject, and one more for its categories, made the
// round trips the cost (100,000 new subjects: 38 s against psql's 7 s). An event whose reference
// or INN is taken, before or by an earlier event of the run, is applied on its own in its place,
// so that what it meets is what it would have met event by event.
#include "db/Sql.h"
#include "feed/FeedApplierSupport.h"
#include "import/SubjectFields.h"

namespace dpo {

using namespace feed_detail;

std::optional<FeedApplier::NewSubject> FeedApplier::groupableSubject(const FeedLine& event)
{
    const QJsonObject& f = event.fields;
    if (!m_postgres || event.at > m_now.addSecs(300) || !has(f, "inn") || !has(f, "surname") ||
        !has(f, "given_name"))
        return std::nullopt;
    Context c{event, {}};
    NewSubject subject{text(f, "platform_ref"), {}};
    if (!readSubjectValues(c, subject.values) || !c.report.flags.isEmpty())
        return std::nullopt;
    return subject;
}

void FeedApplier::writeNewSubjects(const QList<Held>& held, const QList<qsizetype>& run,
                                   QList<Report>& reports)
{
    if (run.isEmpty())
        return;
    QList<QVariantList> refs, inns;
    for (const qsizetype i : run) {
        refs.append({held.at(i).newSubject->ref});
        inns.append({held.at(i).newSubject->values.value(QStringLiteral("inn"))});
    }
    QSet<QString> taken; // references and INNs of subjects there before the run
    const auto read = [&taken](QSqlQuery& q) {
        while (q.next())
            taken.insert(q.value(0).toString());
    };
    forRows(QStringLiteral("SELECT platform_ref FROM subjects WHERE platform_ref IN (%1)"),
            QStringLiteral("?"), refs, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"), read);
    forRows(QStringLiteral("SELECT inn FROM subjects WHERE inn IN (%1)"), QStringLiteral("?"), inns,
            QT_TRANSLATE_NOOP("dpo::Sql", "check for duplicates"), read);

    QList<qsizetype> batch;
    QSet<QString> inBatch; // the batch's references and INNs
    for (const qsizetype i : run) {
        const NewSubject& s = *held.at(i).newSubject;
        const QString inn = s.values.value(QStringLiteral("inn")).toString();
        if (taken.contains(s.ref) || taken.contains(inn) || inBatch.contains(s.ref) ||
            inBatch.contains(inn)) {
            addSubjects(held, std::exchange(batch, {}), reports);
            inBatch.clear();
            applyInGroup(held.at(i).event, reports[i]);
            continue;
        }
        batch << i;
        inBatch << s.ref << inn;
    }
    addSubjects(held, batch, reports);
}

void FeedApplier::addSubjects(const QList<Held>& held, const QList<qsizetype>& batch,
                              QList<Report>& reports)
{
    if (batch.isEmpty())
        return;
    // Rows of the same columns go in together: a column the event does not carry keeps its
    // default (a preferred language), which a NULL would not.
    QList<SubjectRow> subjectRows;
    QHash<QStringList, QList<QVariantList>> rowsByColumns;
    for (const qsizetype i : batch) {
        const NewSubject& s = *held.at(i).newSubject;
        SubjectRow row = subjectRow(s.values);
        subjectRows << row;
        row.columns << QStringLiteral("platform_ref") << QStringLiteral("status")
                    << QStringLiteral("created_at");
        row.values << s.ref << QStringLiteral("active") << m_nowText;
        rowsByColumns[row.columns].append(row.values);
    }
    QHash<QString, qint64> added; // reference: the new subject's id
    for (auto it = rowsByColumns.cbegin(); it != rowsByColumns.cend(); ++it) {
        const QStringList marks(it.key().size(), QStringLiteral("?"));
        forRows(QStringLiteral("INSERT INTO subjects (%1) VALUES %2 ON CONFLICT DO NOTHING "
                               "RETURNING platform_ref, id")
                    .arg(it.key().join(QStringLiteral(", ")), QStringLiteral("%1")),
                QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')'), it.value(),
                QT_TRANSLATE_NOOP("dpo::Sql", "add the subject"), [&added](QSqlQuery& q) {
                    while (q.next())
                        added.insert(q.value(0).toString(), q.value(1).toLongLong());
                });
    }
    QList<std::pair<qint64, QString>> categories;
    QList<qsizetype> late; // another writer took the reference or the INN meanwhile
    for (qsizetype k = 0; k < batch.size(); ++k) {
        const qsizetype i = batch.at(k);
        const NewSubject& s = *held.at(i).newSubject;
        const qint64 id = added.value(s.ref);
        if (id == 0) {
            late << i;
            continue;
        }
        Context c{held.at(i).event, {}};
        if (SubjectFields::isMinor(s.values.value(QStringLiteral("birth_date")).toDate(), m_today))
            c.flag("minor", id, QStringLiteral("birth_date"));
        for (const QString& category : subjectRows.at(k).categories)
            categories.append({id, category});
        claimInGroup(c);
        reports[i] = c.report;
    }
    holdCategories(categories);
    for (const qsizetype i : late)
        applyInGroup(held.at(i).event, reports[i]);
}

} // namespace dpo

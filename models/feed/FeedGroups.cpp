// SPDX-License-Identifier: GPL-3.0-or-later
// A file's events held back and written a group at a time (FeedApplier::Pace::InGroups): each
// event asked the database whether its id was seen before and wrote its id alone, a round trip
// each on PostgreSQL. A group asks for its ids with one statement and writes them with one; its
// events are applied in their order, consecutive transfers together (FeedTransfers.cpp), and
// reported in their order when the group is written.
#include "db/Sql.h"
#include "feed/FeedApplierSupport.h"

namespace dpo {

using namespace feed_detail;

void FeedApplier::writeHeld()
{
    if (m_held.isEmpty())
        return;
    const QList<Held> held = std::exchange(m_held, {});
    m_heldIds.clear();

    QList<QVariantList> ids;
    for (const Held& h : held)
        ids.append({h.event.id});
    QHash<QString, qint64> seen; // event id: the batch that applied (or refused) it
    forRows(QStringLiteral("SELECT event_id, batch_id FROM feed_events WHERE event_id IN (%1)"),
            QStringLiteral("?"), ids, QT_TRANSLATE_NOOP("dpo::Sql", "look for the event"),
            [&seen](QSqlQuery& q) {
        while (q.next())
            seen.insert(q.value(0).toString(), q.value(1).toLongLong());
    });

    QList<Report> reports(held.size());
    // Consecutive transfers, or consecutive new subjects, not written yet (their places).
    QList<qsizetype> transfers, subjects;
    const auto writeRuns = [&] {
        writeTransfers(held, std::exchange(transfers, {}), reports);
        writeNewSubjects(held, std::exchange(subjects, {}), reports);
    };
    for (qsizetype i = 0; i < held.size(); ++i) {
        const Held& h = held.at(i);
        if (const auto before = seen.constFind(h.event.id); before != seen.cend()) {
            reports[i] = replayed(h.event, *before);
        } else if (h.transfer) {
            if (!subjects.isEmpty())
                writeRuns();
            transfers << i;
        } else if (h.newSubject) {
            if (!transfers.isEmpty())
                writeRuns();
            subjects << i;
        } else {
            writeRuns(); // they come before it
            applyInGroup(h.event, reports[i]);
        }
    }
    writeRuns();
    if (m_claims)
        m_claims->flush(); // before the next group looks for its ids
    for (qsizetype i = 0; i < held.size(); ++i)
        m_reporter(held.at(i).event, reports.at(i));
}

void FeedApplier::applyInGroup(const FeedLine& event, Report& report)
{
    Context c{event, {}};
    handle(c);
    claimInGroup(c);
    report = c.report;
}

void FeedApplier::claimInGroup(const Context& c)
{
    if (c.report.outcome != Outcome::Applied && c.report.outcome != Outcome::Refused)
        return;
    inserter(m_claims, "feed_events", {"event_id", "type", "at", "outcome", "batch_id"})
        .addRow({c.event.id, QString::fromLatin1(c.event.shape->code), c.at,
                 c.report.outcome == Outcome::Applied ? QStringLiteral("applied")
                                                      : QStringLiteral("refused"),
                 batch()});
    writeFlags(c.event, c.report.flags);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
// transfer events: one row per category. A transfer is a fact: it is recorded whatever it breaks,
// and a transfer of a category the subject withdrew (or that is blocked or erased) is flagged.
//
// A file's transfers are most of its events, and each asked the database three things (its id,
// its subject, the subject's categories). Held back in groups (Pace::TransfersInGroups), a
// group asks each with one statement: what can be checked without the database is checked as
// the event comes; what needs it, when the group is written, before any later event.
#include "db/BulkInserter.h"
#include "db/Sql.h"
#include "feed/FeedApplierSupport.h"

namespace dpo {

using namespace feed_detail;

namespace {
bool erased(const QString& status)
{
    return status == QStringLiteral("destroyed") || status == QStringLiteral("depersonalised");
}
} // namespace

FeedApplier::Transfer FeedApplier::readTransfer(const FeedLine& event)
{
    const QString recipientCode = text(event.fields, "recipient");
    return Transfer{event,
                    utcText(event.at),
                    text(event.fields, "platform_ref"),
                    recipientCode,
                    text(event.fields, "purpose"),
                    recipientId(recipientCode),
                    list(event.fields, "categories")};
}

void FeedApplier::applyTransfer(Context& c)
{
    const auto subject = existingSubject(c);
    if (!subject)
        return;
    const Transfer t = readTransfer(c.event);
    if (t.recipient == 0)
        c.problem("recipient", tr("no recipient has the code \"%1\": a recipient.upsert must "
                                  "come first")
                                   .arg(t.recipientCode));
    checkCodes(c, "categories", t.categories, m_categories);
    if (!m_purposes.contains(t.purpose))
        c.problem("purpose", tr("\"%1\" is not a known code").arg(t.purpose));
    if (c.failed())
        return;
    QList<std::pair<qint64, QString>> newlyHeld;
    recordTransfer(c, t, subject->id, categoryStates(subject->id), newlyHeld);
    holdCategories(newlyHeld);
}

void FeedApplier::recordTransfer(Context& c, const Transfer& t, qint64 subjectId,
                                 const QHash<QString, QString>& states,
                                 QList<std::pair<qint64, QString>>& newlyHeld)
{
    if (m_purposeWithdrawers.contains(subjectId)) {
        QSqlQuery& withdrawn = cached(QStringLiteral(
            "SELECT 1 FROM consent_purpose_withdrawals w JOIN consents k ON k.id = w.consent_id "
            "WHERE k.subject_id = ? AND w.purpose_code = ?"));
        withdrawn.bindValue(0, subjectId);
        withdrawn.bindValue(1, t.purpose);
        execQuery(withdrawn, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's consents"));
        if (withdrawn.next())
            c.flag("transfer_after_withdrawal", subjectId,
                   QStringLiteral("%1: purpose %2 withdrawn").arg(t.recipientCode, t.purpose));
        withdrawn.finish();
    }
    for (const QString& category : t.categories) {
        const QString state = states.value(category);
        if (state == QStringLiteral("blocked") || erased(state))
            c.flag("transfer_after_withdrawal", subjectId,
                   QStringLiteral("%1: %2 %3").arg(t.recipientCode, category, state));
        else if (state.isEmpty())
            newlyHeld.append({subjectId, category});
    }
    BulkInserter& rows =
        inserter(m_transfers, "transfers",
                 {"subject_id", "recipient_id", "category_code", "purpose_code", "transferred_at"});
    for (const QString& category : t.categories)
        rows.addRow({subjectId, t.recipient, category, t.purpose, t.at});
}

bool FeedApplier::holdTransfer(const FeedLine& event)
{
    // Whatever would make a problem goes the single way, which words it.
    if (m_heldIds.contains(event.id) || event.at > m_now.addSecs(300))
        return false;
    Transfer t = readTransfer(event);
    if (t.recipient == 0 || !m_purposes.contains(t.purpose))
        return false;
    for (const QString& category : std::as_const(t.categories)) {
        if (!m_categories.contains(category))
            return false;
    }
    m_heldIds.insert(event.id);
    m_held.append(std::move(t));
    if (m_held.size() >= kTransfersInGroup)
        writeHeldTransfers();
    return true;
}

FeedApplier::GroupFacts FeedApplier::readGroupFacts(const QList<Transfer>& held)
{
    GroupFacts facts;
    QList<QVariantList> refs, ids;
    for (const Transfer& h : held) {
        refs.append({h.ref});
        ids.append({h.event.id});
    }

    forRows(QStringLiteral("SELECT platform_ref, id, status FROM subjects WHERE platform_ref IN "
                           "(%1)"),
            QStringLiteral("?"), refs, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"),
            [&facts](QSqlQuery& q) {
        while (q.next())
            facts.subjects.insert(q.value(0).toString(),
                                  Subject{q.value(1).toLongLong(), q.value(2).toString()});
    });
    // An erased subject's old reference: refused as the single way refuses it.
    if (m_erased.anyErased()) {
        QList<QVariantList> digests;
        for (const Transfer& h : held) {
            facts.digests << m_erased.digest(ErasedIdentifiers::Kind::PlatformRef, h.ref);
            digests.append({facts.digests.constLast()});
        }
        forRows(QStringLiteral("SELECT digest, subject_id FROM erased_identifiers WHERE kind = "
                               "'platform_ref' AND digest IN (%1)"),
                QStringLiteral("?"), digests,
                QT_TRANSLATE_NOOP("dpo::Sql", "check the erased identifiers"),
                [&facts](QSqlQuery& q) {
            while (q.next())
                facts.erasedRefs.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    }
    forRows(QStringLiteral("SELECT event_id, batch_id FROM feed_events WHERE event_id IN (%1)"),
            QStringLiteral("?"), ids, QT_TRANSLATE_NOOP("dpo::Sql", "look for the event"),
            [&facts](QSqlQuery& q) {
        while (q.next())
            facts.seen.insert(q.value(0).toString(), q.value(1).toLongLong());
    });

    return facts;
}

void FeedApplier::writeHeldTransfers()
{
    if (m_held.isEmpty())
        return;
    const QList<Transfer> held = std::exchange(m_held, {});
    m_heldIds.clear();

    const GroupFacts facts = readGroupFacts(held);
    QList<Report> reports;
    reports.reserve(held.size());
    QList<std::pair<qint64, QString>> newlyHeld;
    for (qsizetype i = 0; i < held.size(); ++i) {
        const Transfer& h = held.at(i);
        Context c{h.event, {}, h.at};
        const auto before = facts.seen.constFind(h.event.id);
        const auto subject = facts.subjects.constFind(h.ref);
        const qint64 erasedFrom =
            facts.erasedRefs.isEmpty() ? 0 : facts.erasedRefs.value(facts.digests.at(i));
        if (before != facts.seen.cend()) {
            if (*before == m_batchId && m_source.kind == QStringLiteral("file"))
                c.problem("id",
                          tr("\"%1\" is the id of an earlier event of this batch").arg(h.event.id));
            else
                c.report.outcome = Outcome::Skipped;
        } else if (erasedFrom != 0) {
            c.report.outcome = Outcome::Refused;
            c.flag("reidentification", erasedFrom, QStringLiteral("platform_ref"));
        } else if (subject == facts.subjects.cend()) {
            c.problem("platform_ref", tr("no subject has this platform reference: a "
                                         "subject.upsert must come first"));
        } else if (erased(subject->status)) {
            c.report.outcome = Outcome::Refused;
            c.flag("reidentification", subject->id, QStringLiteral("platform_ref"));
        } else {
            // Only a subject with a category not simply held has states to read; a category
            // already held costs an ignored insert, cheaper than reading every subject's.
            recordTransfer(c, h, subject->id, categoryStates(subject->id), newlyHeld);
        }
        if (!c.report.problems.isEmpty())
            c.report.outcome = Outcome::Invalid;
        if (c.report.outcome == Outcome::Applied || c.report.outcome == Outcome::Refused) {
            inserter(m_claims, "feed_events", {"event_id", "type", "at", "outcome", "batch_id"})
                .addRow({h.event.id, QString::fromLatin1(h.event.shape->code), h.at,
                         c.report.outcome == Outcome::Applied ? QStringLiteral("applied")
                                                              : QStringLiteral("refused"),
                         batch()});
            writeFlags(h.event, c.report.flags);
        }
        reports.append(c.report);
    }
    if (m_claims)
        m_claims->flush();
    holdCategories(newlyHeld);
    for (qsizetype i = 0; i < held.size(); ++i)
        m_reporter(held.at(i).event, reports.at(i));
}

} // namespace dpo

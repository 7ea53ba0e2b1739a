// SPDX-License-Identifier: GPL-3.0-or-later
// transfer events: one row per category. A transfer is a fact: it is recorded whatever it breaks,
// and a transfer of a category the subject withdrew (or that is blocked or erased) is flagged.
//
// A file's transfers are most of its events, and each asked the database three things (its id,
// its subject, the subject's categories). Held back in groups (Pace::InGroups, FeedGroups.cpp),
// a run of transfers asks each with one statement: what can be checked without the database is
// checked as the event comes; what needs it, when the run is written, after the events before.
#include "db/BulkInserter.h"
#include "db/Sql.h"
#include "feed/FeedApplierSupport.h"

namespace dpo {

using namespace feed_detail;

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
        //: Follows the field's name in a feed error. %1: the recipient's code as given.
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
        if (state == QStringLiteral("blocked") || isErased(state))
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

std::optional<FeedApplier::Transfer> FeedApplier::groupableTransfer(const FeedLine& event)
{
    if (event.at > m_now.addSecs(300))
        return std::nullopt;
    Transfer t = readTransfer(event);
    if (t.recipient == 0 || !m_purposes.contains(t.purpose))
        return std::nullopt;
    for (const QString& category : std::as_const(t.categories)) {
        if (!m_categories.contains(category))
            return std::nullopt;
    }
    return t;
}

QHash<QString, FeedApplier::Subject> FeedApplier::subjectsOfRun(const QList<const Transfer*>& run)
{
    QHash<QString, Subject> subjects; // by platform reference
    QList<QVariantList> refs;
    for (const Transfer* t : run)
        refs.append({t->ref});
    forRows(QStringLiteral("SELECT platform_ref, id, status FROM subjects WHERE platform_ref IN "
                           "(%1)"),
            QStringLiteral("?"), refs, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"),
            [&subjects](QSqlQuery& q) {
        while (q.next())
            subjects.insert(q.value(0).toString(),
                            Subject{q.value(1).toLongLong(), q.value(2).toString()});
    });
    return subjects;
}

void FeedApplier::writeTransfers(const QList<Held>& held, const QList<qsizetype>& run,
                                 QList<Report>& reports)
{
    if (run.isEmpty())
        return;
    QList<const Transfer*> transfers;
    for (const qsizetype i : run)
        transfers << &*held.at(i).transfer;
    const QHash<QString, Subject> subjects = subjectsOfRun(transfers);
    QList<std::pair<qint64, QString>> newlyHeld;
    for (const qsizetype i : run) {
        const Transfer& t = *held.at(i).transfer;
        Context c{t.event, {}, t.at};
        const auto subject = subjects.constFind(t.ref);
        // An erased subject's old reference is refused as the single way refuses it (its
        // digest looked up in memory unless the database holds very many).
        const bool refused = refusedAsErased(c, ErasedIdentifiers::Kind::PlatformRef, t.ref);
        if (!refused && subject == subjects.cend()) {
            noSubjectOfRef(c, t.ref);
            if (c.report.outcome != Outcome::Refused)
                c.report.outcome = Outcome::Invalid;
        } else if (!refused && !refusedAsErasedSubject(c, *subject)) {
            // Only a subject with a category not simply held has states to read; a category
            // already held costs an ignored insert, cheaper than reading every subject's.
            recordTransfer(c, t, subject->id, categoryStates(subject->id), newlyHeld);
        }
        claimInGroup(c);
        reports[i] = c.report;
    }
    holdCategories(newlyHeld);
}

} // namespace dpo

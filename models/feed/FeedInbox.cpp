// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedInbox.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "feed/FeedApplier.h"
#include "feed/FeedReader.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <algorithm>
#include <optional>
#include <QJsonObject>
#include <QSqlQuery>
#include <utility>

namespace dpo {

namespace {
struct Row
{
    qint64 seq = 0;
    QByteArray body;
};

QString reasonOf(const QList<FeedLine::Problem>& problems)
{
    QStringList parts;
    for (const FeedLine::Problem& p : problems)
        parts << QStringLiteral("%1: %2").arg(p.field, p.reason);
    return parts.join(QStringLiteral("; "));
}

QString stateOf(FeedApplier::Outcome outcome)
{
    switch (outcome) {
    case FeedApplier::Outcome::Applied:
        return QStringLiteral("applied");
    case FeedApplier::Outcome::Skipped:
        return QStringLiteral("skipped");
    case FeedApplier::Outcome::Refused:
        return QStringLiteral("refused");
    case FeedApplier::Outcome::Invalid:
        return QStringLiteral("rejected");
    }
    Q_UNREACHABLE();
}

void add(FeedInbox::Pass& to, const FeedInbox::Pass& from)
{
    to.applied += from.applied;
    to.skipped += from.skipped;
    to.refused += from.refused;
    to.rejected += from.rejected;
    to.flagged += from.flagged;
    to.heldBack += from.heldBack;
    to.batches += from.batches;
}
} // namespace

// What one batch did, counted only once its transaction committed.
struct FeedInbox::Batch
{
    qint64 lastSeq = 0; // 0: nothing was pending
    Pass pass;
};

FeedInbox::FeedInbox(Database& database) : m_database(database) {}

FeedInbox::Pass FeedInbox::drain(const Session& session, const std::function<bool()>& stop,
                                 int batchSize)
{
    Pass pass;
    qint64 after = 0;
    while (!(stop && stop())) {
        try {
            const qint64 last = applyBatch(session, after, batchSize, pass);
            if (last == 0)
                break;
            after = last;
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Database)
                throw;
            // An event broke the batch's transaction (nothing of the batch stayed): the next
            // events one at a time, so that the one that breaks is rejected alone.
            for (int i = 0; i < batchSize && !(stop && stop()); ++i) {
                QSqlQuery next = prepareQuery(
                    m_database.connection(),
                    QStringLiteral("SELECT min(seq) FROM feed_inbox WHERE state = 'pending' AND "
                                   "seq > ?"));
                next.addBindValue(after);
                execQuery(next, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed inbox"));
                const qint64 seq = next.next() ? next.value(0).toLongLong() : 0;
                next.finish();
                if (seq == 0)
                    break;
                try {
                    after = std::max(applyBatch(session, after, 1, pass), seq);
                } catch (const Error& single) {
                    if (single.kind() != Error::Kind::Database)
                        throw;
                    rejectAlone(session, seq, single.message());
                    ++pass.rejected;
                    after = seq;
                }
            }
        }
    }
    return pass;
}

namespace {
// Thrown inside a batch's transaction, which it rolls back: the batch's groups rejected an event
// and applied a later one of the same subject, which it should have held back.
struct HeldBackWithinBatch
{
};

// An event's outcome, recorded in its inbox row when the batch is done.
struct Mark
{
    qint64 seq = 0;
    std::optional<FeedApplier::Outcome> outcome; // none until the applier reports the event
    QString reason;
    QString ref;
};

// The batch's outcomes with one statement per 128 events rather than one each.
void recordOutcomes(const QSqlDatabase& db, const QList<Mark>& marks, qint64 batchId)
{
    constexpr qsizetype kRows = 128;
    const QVariant nullText(QMetaType::fromType<QString>());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype from = 0; from < marks.size(); from += kRows) {
        const qsizetype n = std::min(kRows, marks.size() - from);
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE feed_inbox SET state = v.column2, reason = v.column3, "
                               "subject_ref = v.column4, processed_at = ?, batch_id = ? FROM "
                               "(VALUES %1) AS v WHERE feed_inbox.seq = v.column1")
                    .arg(QStringList(n, QStringLiteral("(CAST(? AS BIGINT), ?, ?, ?)"))
                             .join(QStringLiteral(", "))));
        q.addBindValue(now);
        q.addBindValue(batchId > 0 ? QVariant(batchId) : QVariant(QMetaType::fromType<qint64>()));
        for (qsizetype i = from; i < from + n; ++i) {
            const Mark& m = marks.at(i);
            q.addBindValue(m.seq);
            q.addBindValue(stateOf(*m.outcome));
            q.addBindValue(m.reason.isEmpty() ? nullText : QVariant(m.reason));
            q.addBindValue(m.ref.isEmpty() ? nullText : QVariant(m.ref.left(64)));
        }
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the event's outcome"));
    }
}
} // namespace

qint64 FeedInbox::applyBatch(const Session& session, qint64 afterSeq, int size, Pass& total)
{
    // The events go in groups, as a file's do (a few statements for a group instead of a few for
    // each event). A group reports an event's rejection only when it is written, too late to hold
    // back a later event of the same subject in it: then the batch is done again event by event.
    try {
        return applyBatch(session, afterSeq, size, true, total);
    } catch (const HeldBackWithinBatch&) {
        return applyBatch(session, afterSeq, size, false, total);
    }
}

qint64 FeedInbox::applyBatch(const Session& session, qint64 afterSeq, int size, bool inGroups,
                             Pass& total)
{
    const Batch batch =
        runStep(m_database, session, Permission::ImportSubjects, tr("apply the feed inbox"),
                [&](const QSqlDatabase& db) {
        Batch b;
        QSet<QString> held;
        QSqlQuery h = prepareQuery(db, QStringLiteral("SELECT DISTINCT subject_ref FROM feed_inbox "
                                                      "WHERE state = 'rejected' AND subject_ref "
                                                      "IS NOT NULL"));
        execQuery(h, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed inbox"));
        while (h.next())
            held.insert(h.value(0).toString());
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT seq, body FROM feed_inbox WHERE "
                                                      "state = 'pending' AND seq > ? ORDER BY seq "
                                                      "LIMIT ?"));
        q.addBindValue(afterSeq);
        q.addBindValue(size);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed inbox"));
        QList<Row> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
        q.finish();
        if (rows.isEmpty())
            return b;

        QList<Mark> marks; // the events not held back, in their order; an event's line is its place
        marks.reserve(rows.size());
        FeedApplier applier(
            db, session, {QStringLiteral("inbox"), QStringLiteral("inbox")},
            [&marks, &b](const FeedLine& event, const FeedApplier::Report& r) {
            Mark& m = marks[event.line];
            m.outcome = r.outcome;
            m.reason = reasonOf(r.problems);
            b.pass.flagged += r.flags.size();
            },
            inGroups ? FeedApplier::Pace::InGroups : FeedApplier::Pace::EventByEvent);
        for (const Row& row : rows) {
            b.lastSeq = row.seq;
            FeedLine event = FeedReader::parse(row.body);
            const QString ref =
                event.fields.value(QStringLiteral("platform_ref")).toString().trimmed();
            if (!ref.isEmpty() && held.contains(ref)) {
                ++b.pass.heldBack;
                continue;
            }
            marks.append({row.seq, std::nullopt, reasonOf(event.problems), ref});
            if (event.problems.isEmpty()) {
                event.line = int(marks.size() - 1);
                applier.apply(event); // event by event, reported before it returns
            } else {
                marks.last().outcome = FeedApplier::Outcome::Invalid;
            }
            if (marks.last().outcome == FeedApplier::Outcome::Invalid && !ref.isEmpty())
                held.insert(ref);
        }
        applier.finish();
        QSet<QString> rejected;
        for (const Mark& m : std::as_const(marks)) {
            Q_ASSERT(m.outcome); // finish() reported every event
            if (!m.ref.isEmpty() && rejected.contains(m.ref))
                throw HeldBackWithinBatch{}; // in groups only: event by event it was held back
            switch (*m.outcome) {
            case FeedApplier::Outcome::Invalid:
                ++b.pass.rejected;
                if (!m.ref.isEmpty())
                    rejected.insert(m.ref);
                break;
            case FeedApplier::Outcome::Applied:
                ++b.pass.applied;
                break;
            case FeedApplier::Outcome::Skipped:
                ++b.pass.skipped;
                break;
            case FeedApplier::Outcome::Refused:
                ++b.pass.refused;
                break;
            }
        }
        recordOutcomes(db, marks, applier.batchId());
        if (applier.batchId() > 0)
            AuditService::append(db, session, QStringLiteral("feed.apply"),
                                 QStringLiteral("feed_batch"), QString::number(applier.batchId()),
                                 0,
                                 QJsonObject{{QStringLiteral("source"), QStringLiteral("inbox")},
                                             {QStringLiteral("first_seq"), rows.first().seq},
                                             {QStringLiteral("last_seq"), b.lastSeq},
                                             {QStringLiteral("applied"), b.pass.applied},
                                             {QStringLiteral("skipped"), b.pass.skipped},
                                             {QStringLiteral("refused"), b.pass.refused},
                                             {QStringLiteral("rejected"), b.pass.rejected},
                                             {QStringLiteral("flagged"), b.pass.flagged}});
        b.pass.batches = 1;
        return b;
        });
    add(total, batch.pass);
    return batch.lastSeq;
}

void FeedInbox::rejectAlone(const Session& session, qint64 seq, const QString& reason)
{
    runStep(m_database, session, Permission::ImportSubjects, tr("apply the feed inbox"),
            [&](const QSqlDatabase& db) {
        QSqlQuery q = prepareQuery(
            db, QStringLiteral("UPDATE feed_inbox SET state = 'rejected', reason = ?, "
                               "processed_at = ? WHERE seq = ? AND state = 'pending'"));
        q.addBindValue(reason.left(4000));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(seq);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the event's outcome"));
    });
}

FeedInbox::Status FeedInbox::status() const
{
    const QSqlDatabase db = m_database.connection();
    // The oldest waiting is the first in line: events are applied in the order they arrived, and
    // the pending ones' index is in that order (a min() over them read each one's row from the
    // table, a backlog of hundreds of thousands under load).
    QSqlQuery q = prepareQuery(
        db,
        QStringLiteral("SELECT (SELECT count(*) FROM feed_inbox WHERE state = 'pending'), "
                       "(SELECT received_at FROM feed_inbox WHERE state = 'pending' ORDER BY seq "
                       "LIMIT 1), "
                       "(SELECT count(*) FROM feed_inbox WHERE state = 'rejected'), "
                       "(SELECT count(*) FROM feed_flags WHERE reviewed_at IS NULL)"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed inbox"));
    Status s;
    if (q.next()) {
        s.pending = q.value(0).toLongLong();
        s.oldestPending = q.value(1).isNull() ? QDateTime() : q.value(1).toDateTime().toUTC();
        s.rejected = q.value(2).toLongLong();
        s.openFlags = q.value(3).toLongLong();
    }
    return s;
}

QList<FeedInbox::Rejected> FeedInbox::rejected(int limit) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT seq, received_at, processed_at, subject_ref, reason FROM "
                       "feed_inbox WHERE state = 'rejected' ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the feed inbox"));
    QList<Rejected> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toDateTime().toUTC(),
                    q.value(2).toDateTime().toUTC(), q.value(3).toString(), q.value(4).toString()});
    return out;
}

void FeedInbox::retry(const Session& session, qint64 seq)
{
    resolve(session, seq, true, {});
}

void FeedInbox::dismiss(const Session& session, qint64 seq, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("Say why the event is dismissed."));
    resolve(session, seq, false, reason.trimmed());
}

void FeedInbox::resolve(const Session& session, qint64 seq, bool retry, const QString& reason)
{
    runStep(m_database, session, Permission::ImportSubjects,
            retry ? tr("retry a feed event") : tr("dismiss a feed event"),
            [&](const QSqlDatabase& db) {
        QSqlQuery q = prepareQuery(
            db, retry ? QStringLiteral("UPDATE feed_inbox SET state = 'pending', reason = NULL, "
                                       "processed_at = NULL WHERE seq = ? AND state = 'rejected'")
                      : QStringLiteral("UPDATE feed_inbox SET state = 'dismissed', reason = ? "
                                       "WHERE seq = ? AND state = 'rejected'"));
        if (!retry)
            q.addBindValue(reason);
        q.addBindValue(seq);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "record the event's outcome"));
        if (q.numRowsAffected() != 1)
            throw Error(Error::Kind::NotFound,
                        //: %1: the inbox event's sequence number.
                        tr("Inbox event %1 is not a rejected event.").arg(seq));
        AuditService::append(
            db, session, retry ? QStringLiteral("feed.retry") : QStringLiteral("feed.dismiss"),
            QStringLiteral("feed_inbox"), QString::number(seq), 0,
            retry ? QJsonObject{} : QJsonObject{{QStringLiteral("reason"), reason}});
    });
}

} // namespace dpo

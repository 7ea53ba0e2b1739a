// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

class QSqlDatabase;

namespace dpo {

class Database;
struct Session;

// The change feed's inbox (docs/feed.md, "The inbox"): events the platform's role inserted, one
// row each, applied in the order they arrived. Each batch of events is one transaction, so that a
// worker killed mid-batch leaves its events pending and applies them, once, when it runs again.
// An event whose values do not hold is rejected with its reason and holds back the later events
// of the same subject until an officer retries or dismisses it; the other subjects' events go on.
class FeedInbox
{
    Q_DECLARE_TR_FUNCTIONS(dpo::FeedInbox)
public:
    static constexpr const char* kChannel = "dpo_feed_inbox"; // NOTIFY on every insert
    static constexpr int kDefaultBatch = 500;

    struct Pass
    {
        qint64 applied = 0, skipped = 0, refused = 0, rejected = 0, flagged = 0;
        qint64 heldBack = 0; // pending events of subjects with a rejected event
        qint64 batches = 0;  // transactions committed
        qint64 handled() const { return applied + skipped + refused + rejected; }
    };
    struct Status
    {
        qint64 pending = 0, rejected = 0, openFlags = 0;
        QDateTime oldestPending; // invalid: none pending (the lag is now minus this)
    };
    struct Rejected
    {
        qint64 seq = 0;
        QDateTime receivedAt, processedAt;
        QString subjectRef, reason;
    };

    explicit FeedInbox(Database& database);

    // Applies pending events until none is left that is not held back, or `stop` returns true
    // (checked between batches: a batch under way is finished). Throws Error::Connection when the
    // server goes away; what was committed stays.
    Pass drain(const Session& session, const std::function<bool()>& stop = {},
               int batchSize = kDefaultBatch);
    Status status() const;
    QList<Rejected> rejected(int limit = 100) const;
    // A rejected event back to pending (the recipient it named exists now, say), or dismissed for
    // good with the officer's reason; either releases the subject's later events. Audited.
    void retry(const Session& session, qint64 seq);
    void dismiss(const Session& session, qint64 seq, const QString& reason);

private:
    struct Batch;
    // One transaction: up to `size` pending events after `afterSeq` that are not held back.
    // Returns the last seq looked at (0: nothing left).
    qint64 applyBatch(const Session& session, qint64 afterSeq, int size, Pass& pass);
    qint64 applyBatch(const Session& session, qint64 afterSeq, int size, bool inGroups, Pass& pass);
    // An event that broke its batch's transaction is rejected on its own, with the error.
    void rejectAlone(const Session& session, qint64 seq, const QString& reason);
    void resolve(const Session& session, qint64 seq, bool retry, const QString& reason);

    Database& m_database;
};

} // namespace dpo

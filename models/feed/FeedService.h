// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dpo {

class Database;
class JobProgress;
struct Session;

// Applies a file of the platform's change feed (docs/feed.md) as one user action: the whole file
// in one transaction, read a line at a time, or nothing at all. Every problem is reported as
// FILE:LINE: field: reason; an event applied before (by its id) is skipped, so that a file
// applied twice changes nothing the second time; the file's one audit entry names its SHA-256
// and the counts per type.
class FeedService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::FeedService)
public:
    static constexpr int kMaxFlagsListed = 100;

    struct Result
    {
        QString fileName; // without its folder
        QString sha256;
        qint64 batchId = 0;            // 0: nothing new, nothing written
        QMap<QString, qint64> applied; // per event type
        qint64 skipped = 0;            // applied before
        qint64 refused = 0;            // refused by a privacy rule, flagged
        qint64 flagged = 0;            // flags raised (a refused event's among them)
        QStringList flags;             // FILE:LINE: kind: detail, the first kMaxFlagsListed
        qint64 events() const;         // every event read
    };

    explicit FeedService(Database& database);
    // Throws dpo::Error (BadInput) whose message lists the problems, one per line.
    Result applyFile(const Session& session, const QString& filePath);
    // Where applying reports how far it is, and learns of a cancel (which throws Error::Cancelled
    // and writes nothing). Optional; not owned.
    void setProgress(JobProgress* progress) { m_progress = progress; }

private:
    Database& m_database;
    JobProgress* m_progress = nullptr;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QByteArray>
#include <QString>

namespace dpo {

class Database;
struct Session;

// The result of re-computing the audit chain (docs/audit.md).
struct AuditVerification
{
    enum class Problem
    {
        None,
        HashMismatch,  // an entry's fields do not hash to its stored hash: the entry was changed
        SequenceGap,   // an entry is missing: seq jumps
        BrokenLink,    // an entry's prev_hash is not the previous entry's hash
        TimeBackwards, // an entry is dated before the entry it follows
    };
    bool cancelled = false;
    qint64 entries = 0; // checked (all of them when intact)
    qint64 headSeq = 0; // the last entry checked
    QString headHash;
    Problem problem = Problem::None;
    qint64 brokenSeq = 0; // the first entry that breaks
    QString detail;       // what was expected and what was found, in words
    bool intact() const { return problem == Problem::None && !cancelled; }
    static QString problemCode(Problem problem); // hash_mismatch, sequence_gap, broken_link, …
};

// Re-computes the whole chain from the first entry, in one read of the table. On SQLite the rows
// are read through the sqlite3 handle and the canonical serialisation is assembled from the
// stored UTF-8 bytes: a million entries take about a second (docs/benchmarks.md).
class AuditVerifier
{
public:
    // Called every few thousand entries with (checked, total); returning false cancels.
    using Progress = std::function<bool(qint64 checked, qint64 total)>;

    explicit AuditVerifier(Database& database);
    AuditVerification verify(const Progress& progress = {}) const;
    void setProgressInterval(int entries) { m_progressInterval = qMax(1, entries); }

    // Writes the outcome of a verification an officer ran as an "audit.verify" entry, so that
    // the console can say when the chain was last verified and by whom.
    void recordVerification(const Session& session, const AuditVerification& result) const;

    // The canonical serialisation of one stored entry; `details` is the stored JSON text. The
    // same bytes as AuditEntry::canonicalJson() for every entry the program writes.
    static QByteArray canonical(qint64 seq, QByteArrayView at, QByteArrayView officer,
                                qint64 officerId, QByteArrayView action, QByteArrayView entity,
                                QByteArrayView entityId, bool entityIdNull, qint64 subjectId,
                                QByteArrayView details, QByteArrayView prevHash);

private:
    Database& m_database;
    int m_progressInterval = 20000;
};

} // namespace dpo

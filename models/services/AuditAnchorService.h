// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// A time-stamping authority's RFC 3161 token over the audit chain's head at one moment.
struct AuditAnchor
{
    qint64 id = 0; // in the database; 0 for one read from a file
    qint64 headSeq = 0;
    QString headHash;
    QDateTime stampedAt; // the authority's time, UTC
    QByteArray token;    // TimeStampToken, DER
    QString authorityUrl;
    QString source; // a file's path, or empty: the database's
};

// Whether the chain still holds every anchor given.
struct AnchorCheck
{
    qint64 checked = 0; // anchors that hold, before the first that does not
    qint64 lastSeq = 0; // the last of them: its head_seq and time
    QDateTime lastStampedAt;
    qint64 brokenAt = 0; // the head_seq of the first anchor that does not hold
    QDateTime brokenStampedAt;
    QString brokenSource; // a file's path, or empty: the database's
    QString problem;      // why it does not hold, in words
    bool holds() const { return problem.isEmpty(); }
};

// Anchors of the audit chain (docs/audit.md, "Anchors"). The chain shows any change to an entry
// unless every hash after it is recomputed too, which whoever controls the database can do; an
// authority's token over the head's seq and hash, kept (and copied out of the database), pins
// the history up to that entry to a time a third party vouches for.
class AuditAnchorService
{
public:
    explicit AuditAnchorService(Database& database);

    // The bytes a token stamps (their SHA-256): three lines naming the console, the seq and the
    // hash. `openssl ts -verify -data` is given them as FILE.txt.
    static QByteArray anchoredText(qint64 headSeq, const QString& headHash);

    // Asks the configured authority for a token over the current head and keeps it, audited as
    // "audit.anchor" (that entry follows the head anchored). Throws Error(BadInput) when no
    // authority is set or the head is anchored already, Error(Connection) when the authority
    // cannot be reached: nothing is then written.
    AuditAnchor anchor(const Session& session) const;
    // The database's anchors, oldest head first.
    QList<AuditAnchor> anchors() const;
    // Checks each anchor: its token is over its head's text, and the chain's entry at its seq has
    // its hash (the genesis hash for seq 0). The first that does not hold is named.
    AnchorCheck check(const QList<AuditAnchor>& anchors) const;

    // anchor-SEQ.txt (anchoredText) and anchor-SEQ.tst (the token) per anchor, in `dir`, the
    // owner's only; returns the paths of the tokens. Throws Error(BadInput) naming a file that
    // cannot be written.
    static QStringList writeFiles(const QList<AuditAnchor>& anchors, const QString& dir);
    // The anchors written by writeFiles in `dir`, oldest head first. Throws Error(BadInput)
    // naming a file that cannot be read or is not an anchor.
    static QList<AuditAnchor> readFiles(const QString& dir);

private:
    Database& m_database;
};

} // namespace dpo

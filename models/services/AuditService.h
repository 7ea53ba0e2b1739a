// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

struct Session;

// One entry of the audit trail as it is hashed. See docs/audit.md for the serialisation.
struct AuditEntry
{
    qint64 seq = 0;
    QString atUtc;           // ISO-8601 UTC with milliseconds, e.g. 2026-11-25T10:32:03.123Z
    qint64 officerId = 0;    // 0: none (a failed sign-in by an unknown name)
    QString officerUsername; // for a failed sign-in: the officer tried, or unknown:<digest>
    QString action;          // e.g. "officer.sign_in", "subjects.import"
    QString entity;          // e.g. "officer", "subject", "database"
    QString entityId;
    qint64 subjectId = 0; // 0: none
    QJsonObject details;
    QString prevHash;
    QString hash;

    // Canonical JSON of every field but `hash`: sorted keys, no insignificant whitespace.
    QByteArray canonicalJson() const;
    QString computeHash() const; // SHA-256 (hex) of canonicalJson()
};

// Appends entries to the hash chain inside the caller's transaction, so that the change and
// its audit entry commit or roll back together. On SQLite the console links the entry at once; on
// PostgreSQL the server does, as the transaction commits (schema version 30), and the entry
// returned has no seq, time, link or hash (0 and empty) unless the schema is older.
class AuditService
{
public:
    // The PostgreSQL advisory lock the server's append trigger takes ("DPOAUDIT" in ASCII;
    // resources/sql/postgresql/0025_server_audit_chain.sql names it as a number).
    static constexpr qint64 kChainLockKey = 0x44504f4155444954;
    // On PostgreSQL every entry is also announced on this channel when its transaction commits
    // (NOTIFY is transactional): "entity:entity_id:action:subject_id", ids only, never personal
    // data. The server's append trigger sends it (schema version 27 names the channel too), so
    // that the changes the server's own functions make are announced as well. Other consoles
    // LISTEN and show the change (ChangeFeed).
    static constexpr const char* kChangeChannel = "dpo_changes";
    static constexpr const char* kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    // Appends as the signed-in officer.
    static AuditEntry append(const QSqlDatabase& db, const Session& session, const QString& action,
                             const QString& entity, const QString& entityId, qint64 subjectId,
                             const QJsonObject& details);
    // Appends as the signed-in officer and numbers the entry at once, for a record that names
    // its own entry (an export's files): on PostgreSQL the chain's lock is then held from here to
    // the commit, as every append held it before schema version 30.
    static AuditEntry appendNumbered(const QSqlDatabase& db, const Session& session,
                                     const QString& action, const QString& entity,
                                     const QString& entityId, qint64 subjectId,
                                     const QJsonObject& details);
    // Appends for an actor who is not signed in (a failed sign-in): `actor` as the trail names
    // them, `officerId` the officer tried (the entry's entity id) when one is known.
    static AuditEntry appendAnonymous(const QSqlDatabase& db, const QString& actor,
                                      const QString& officerId, const QString& action,
                                      const QJsonObject& details);

private:
    enum class Numbering
    {
        AtCommit,
        AtOnce
    };
    static AuditEntry appendEntry(const QSqlDatabase& db, AuditEntry entry,
                                  Numbering numbering = Numbering::AtCommit);
    static void appendOnServer(const QSqlDatabase& db, AuditEntry& entry, Numbering numbering);
    static void appendOnClient(const QSqlDatabase& db, AuditEntry& entry);
};

} // namespace dpo

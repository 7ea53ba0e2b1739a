// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Sha256.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace dpo {

// The identifiers of subjects whose data was destroyed or depersonalised (the old platform
// reference, INN and phone), kept only as salted SHA-256 digests, so that the change feed can
// refuse an event that would tie new data back to them (docs/feed.md, "Privacy rules") without
// the console keeping the identifiers. The salt is the database's own (erasure_salt); a digest
// of a 14-digit INN can still be found by trying every INN with it, so the table is as
// confidential as the rest of the database.
class ErasedIdentifiers
{
public:
    enum class Kind
    {
        PlatformRef,
        Inn,
        Phone
    };
    static QString code(Kind kind); // platform_ref, inn, phone

    static constexpr qint64 kMaxInMemory = 200'000; // about 20 MB of digests
    // For a batch of a few hundred events (the inbox): at most a few statements an event, so
    // reading more digests than this for each batch would cost more than it saves.
    static constexpr qint64 kMaxInMemoryForFewEvents = 10'000;
    explicit ErasedIdentifiers(const QSqlDatabase& db, qint64 maxInMemory = kMaxInMemory);
    // Reads whether any identifier was ever erased, so that a feed of a database with none
    // neither hashes nor asks for each value, and reads the digests themselves when there are
    // not too many, so that each value is looked up in memory rather than with a statement (the
    // feed erases nothing itself: valid for a batch).
    void checkForAny(const QSqlDatabase& db);
    bool anyErased() const { return !m_none; } // as checkForAny found
    bool inMemory() const { return m_loaded; } // erasedSubject asks no statement

    // The value's digest as the table keeps it (for a caller that looks up many at once).
    QString digest(Kind kind, const QString& value) const;

    // The subject the value was erased from; 0 when it was not. `value` as stored (a phone
    // normalised to +996…).
    qint64 erasedSubject(Kind kind, const QString& value);
    // The same, asked of the database whatever was read when the batch opened: on a server an
    // officer's withdrawal may erase a reference while a batch of the inbox is under way.
    qint64 erasedSubjectNow(Kind kind, const QString& value);
    // Called by a withdrawal's execution, in its transaction, before the values are cleared.
    void record(Kind kind, const QString& value, qint64 subjectId, const QDateTime& at);

private:
    QString m_salt;
    bool m_none = false;
    QByteArray rawDigest(Kind kind, const QString& value) const;

    mutable Sha256 m_sha; // reused: a file of a million transfers asks a million digests
    qint64 m_maxInMemory;
    bool m_loaded = false;
    QHash<QByteArray, qint64> m_subjects; // kind's code, ':', raw digest: the subject
    QSqlQuery m_find;
    QSqlQuery m_insert;
};

} // namespace dpo

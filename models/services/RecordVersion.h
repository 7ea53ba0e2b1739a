// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dpo {

// Optimistic locking of the records officers edit (claims, withdrawal requests): each carries a
// version, read with the record and raised by every change. A change made against the version
// the officer saw is refused when another officer's change came first.
namespace RecordVersion {
constexpr int kAny = -1; // no version seen (the command line acts at once): no check, still raised

// Raises `table`'s row `id` by one, in the caller's transaction; with `expected` other than kAny
// only from that version, else throws Error::Conflict naming who changed the record last, how and
// when (its newest audit entry for `entity`). One UPDATE, so that two transactions racing on
// PostgreSQL cannot both pass: the second waits for the first and then finds the version moved.
void raise(const QSqlDatabase& db, const char* table, const char* entity, qint64 id, int expected,
           const QString& what);
} // namespace RecordVersion

} // namespace dpo

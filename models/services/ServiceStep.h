// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/Permissions.h"
#include "services/AccessControl.h"
#include "services/RecordVersion.h"

#include <QSqlDatabase>
#include <QString>
#include <type_traits>
#include <utility>

namespace dpo {

// The record a step changes, when it changes one that officers edit side by side (claims,
// withdrawal requests): its version is checked against the one the officer saw and raised.
struct VersionedRecord
{
    const char* table;  // claims, withdrawal_requests
    const char* entity; // its audit entity: claim, withdrawal_request
    qint64 id = 0;
    int expectedVersion = RecordVersion::kAny;
    QString name; // in a refusal: "Claim 12"
};

// One user action that changes data, in the order every such action takes (docs/architecture.md,
// "A service step"):
//   1. the permission, from the one table (a refusal is Error::Forbidden and an access.refused
//      entry, written at once: no transaction is open yet);
//   2. one transaction on this thread's connection;
//   3. with a VersionedRecord, its version checked and raised (a conflict names who came first);
//   4. the work: it reads, checks, writes and appends its audit entry, all on `db`;
//   5. the commit. Anything the work throws rolls the whole step back.
// The work's result is the step's result.
template <typename Work>
auto runStep(Database& database, const Session& session, Permission permission,
             const QString& action, Work&& work)
{
    requirePermission(database, session, permission, action);
    const QSqlDatabase db = database.connection();
    TransactionGuard transaction(db);
    if constexpr (std::is_void_v<std::invoke_result_t<Work, const QSqlDatabase&>>) {
        std::forward<Work>(work)(db);
        transaction.commit();
    } else {
        auto result = std::forward<Work>(work)(db);
        transaction.commit();
        return result;
    }
}

template <typename Work>
auto runStep(Database& database, const Session& session, Permission permission,
             const QString& action, const VersionedRecord& record, Work&& work)
{
    return runStep(database, session, permission, action, [&record, &work](const QSqlDatabase& db) {
        RecordVersion::raise(db, record.table, record.entity, record.id, record.expectedVersion,
                             record.name);
        return std::forward<Work>(work)(db);
    });
}

// The same, with work that must not hold the transaction open (a password's deliberately slow
// hash): `prepare` runs after the permission and before the transaction, and what it returns is
// handed to the work.
template <typename Prepare, typename Work>
auto runPreparedStep(Database& database, const Session& session, Permission permission,
                     const QString& action, Prepare&& prepare, Work&& work)
{
    requirePermission(database, session, permission, action);
    const auto prepared = std::forward<Prepare>(prepare)();
    return runStep(database, session, permission, action,
                   [&](const QSqlDatabase& db) { return std::forward<Work>(work)(db, prepared); });
}

} // namespace dpo

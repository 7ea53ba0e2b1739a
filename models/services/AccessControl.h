// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "domain/Permissions.h"

#include <QString>

namespace dpo {

class Database;

// The check every service call makes before it changes anything, against the one table of
// Permissions: throws Error::Forbidden naming `action` (what the officer tried, in words) and the
// roles it needs, and leaves an "access.refused" audit entry. The entry is written after the
// refused call's transaction, if one is open, has been rolled back, so that the rollback does not
// take it too. Error::Unauthenticated (no session, or a password to change) is thrown unaudited.
// The officer is read again from the database for each check (role, active, password to
// change), so that a role changed, an account deactivated or a password reset by an
// administrator holds at the officer's next action in a console already open.
void requirePermission(Database& database, const Session& session, Permission permission,
                       const QString& action);

// `session` with the role the database holds now, and a password to change if the database or
// the session says so; throws
// Error::Unauthenticated when the officer was deactivated or removed.
Session storedSession(Database& database, const Session& session);

// The same check without the audit entry, for a refusal before the database is touched (a file
// read first); the service's database step checks again, audited.
void requirePermission(const Session& session, Permission permission, const QString& action);

} // namespace dpo

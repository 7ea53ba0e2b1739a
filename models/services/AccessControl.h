// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QString>
#include <initializer_list>

namespace dpo {

class Database;

// The role check every service call makes before it changes anything: throws Error::Forbidden
// naming the action and the roles it needs, and leaves an "access.refused" audit entry. The entry
// is written after the refused call's transaction, if one is open, has been rolled back, so that
// the rollback does not take it too. Error::Unauthenticated (no session) is thrown unaudited.
void requireRole(Database& database, const Session& session, std::initializer_list<Role> roles, const QString& action);

} // namespace dpo

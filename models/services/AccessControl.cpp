// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AccessControl.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpo {

void requirePermission(const Session& session, Permission permission, const QString& action)
{
    requireRole(session, Permissions::rolesFor(permission), action);
}

void requirePermission(Database& database, const Session& session, Permission permission,
                       const QString& action)
{
    const QList<Role> roles = Permissions::rolesFor(permission);
    try {
        requireRole(session, roles, action);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Forbidden)
            throw;
        QJsonArray needed;
        for (const Role r : roles)
            needed << roleCode(r);
        const QJsonObject details{{QStringLiteral("action"), action},
                                  {QStringLiteral("permission"), Permissions::code(permission)},
                                  {QStringLiteral("role"), roleCode(session.role)},
                                  {QStringLiteral("needs"), needed}};
        Database* db = &database;
        TransactionGuard::whenNoTransaction([db, session, details] {
            TransactionGuard transaction(db->connection());
            AuditService::append(db->connection(), session, QStringLiteral("access.refused"),
                                 QStringLiteral("officer"), QString::number(session.officerId), 0,
                                 details);
            transaction.commit();
        });
        throw;
    }
}

} // namespace dpo

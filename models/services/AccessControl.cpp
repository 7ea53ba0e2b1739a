// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AccessControl.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dpo {

void requirePermission(const Session& session, Permission permission, const QString& action)
{
    requireRole(session, Permissions::rolesFor(permission), action);
}

Session storedSession(Database& database, const Session& session)
{
    if (session.officerId <= 0)
        return session; // requireRole refuses it
    QSqlQuery q = prepareQuery(
        database.connection(),
        QStringLiteral("SELECT role, active, must_change_password FROM officers WHERE id = ?"));
    q.addBindValue(session.officerId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (!q.next() || q.value(1).toInt() != 1)
        throw Error(Error::Kind::Unauthenticated,
                    QCoreApplication::translate(
                        "dpo::AccessControl",
                        "Your account has been deactivated by an administrator; nothing was "
                        "changed."));
    Session current = session;
    current.role = roleFromCode(q.value(0).toString());
    // Either says so: reset by an administrator since, or not yet changed in this console.
    current.mustChangePassword = session.mustChangePassword || q.value(2).toInt() == 1;
    return current;
}

void requirePermission(Database& database, const Session& signedIn, Permission permission,
                       const QString& action)
{
    const QList<Role> roles = Permissions::rolesFor(permission);
    const Session session = storedSession(database, signedIn);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AccessControl.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dpo {

void requireRole(Database& database, const Session& session, std::initializer_list<Role> roles, const QString& action)
{
    try {
        requireRole(session, roles, action);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Forbidden)
            throw;
        QJsonArray needed;
        for (const Role r : roles)
            needed << roleCode(r);
        const QJsonObject details{{QStringLiteral("action"), action},
                                  {QStringLiteral("role"), roleCode(session.role)},
                                  {QStringLiteral("needs"), needed}};
        Database* db = &database;
        TransactionGuard::whenNoTransaction([db, session, details] {
            TransactionGuard transaction(db->connection());
            AuditService::append(db->connection(), session, QStringLiteral("access.refused"), QStringLiteral("officer"),
                                 QString::number(session.officerId), 0, details);
            transaction.commit();
        });
        throw;
    }
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Session.h"

#include <QStringList>

namespace dpo {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

Role roleFromCode(const QString& code)
{
    for (Role r : {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor})
        if (roleCode(r) == code)
            return r;
    throw Error(Error::Kind::BadInput,
                //: %1: the role code as found.
                QCoreApplication::translate("dpo::Session",
                                            "Unknown role \"%1\": expected administrator, "
                                            "supervisor, officer or auditor.")
                    .arg(code));
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("dpo::Session", "Administrator", "officer role");
    case Role::Supervisor:
        return QCoreApplication::translate("dpo::Session", "Supervisor", "officer role");
    case Role::Officer:
        return QCoreApplication::translate("dpo::Session", "Officer", "officer role");
    case Role::Auditor:
        return QCoreApplication::translate("dpo::Session", "Auditor", "officer role");
    }
    return {};
}

void requireRole(const Session& session, const QList<Role>& roles, const QString& action)
{
    if (session.officerId <= 0)
        throw Error(Error::Kind::Unauthenticated,
                    //: %1: what the officer tried to do, a verb phrase such as "register a claim".
                    QCoreApplication::translate("dpo::Session", "Sign in to %1.").arg(action));
    if (session.mustChangePassword)
        throw Error(
            Error::Kind::Unauthenticated,
            //: %1: what the officer tried to do, a verb phrase such as "register a claim".
            QCoreApplication::translate(
                "dpo::Session", "Change your password before you %1: an administrator reset it.")
                .arg(action));
    if (!roles.contains(session.role)) {
        QStringList names;
        for (Role r : roles)
            names << roleDisplayName(r);
        throw Error(Error::Kind::Forbidden,
                    //: %1: the officer's user name; %2: their role, e.g. "Officer"; %3: what they
                    //: tried to do, a verb phrase such as "register a claim"; %4: the roles that
                    //: may, joined with "or".
                    QCoreApplication::translate("dpo::Session",
                                                "%1 (%2) may not %3: this needs the role %4.")
                        .arg(session.username, roleDisplayName(session.role), action,
                             names.join(QStringLiteral(" / "))));
    }
}

} // namespace dpo

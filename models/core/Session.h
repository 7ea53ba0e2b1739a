// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <initializer_list>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dpo {

enum class Role
{
    Administrator,
    Supervisor,
    Officer,
    Auditor
};

QString roleCode(Role role);
Role roleFromCode(const QString& code); // throws Error::BadInput
QString roleDisplayName(Role role);

// The signed-in officer. Services take it for every change so that they can check the role
// and write the officer into the audit entry.
struct Session
{
    qint64 officerId = 0;
    QString username;
    QString displayName;
    Role role = Role::Auditor;
    // An administrator reset the password: nothing but changing it is allowed until it is changed.
    bool mustChangePassword = false;

    bool hasRole(std::initializer_list<Role> roles) const
    {
        for (Role r : roles)
            if (r == role)
                return true;
        return false;
    }
};

// Throws Error::Forbidden naming the action when the session's role is not one of `roles`, and
// Error::Unauthenticated without a session or while its password must be changed.
void requireRole(const Session& session, const QList<Role>& roles, const QString& action);

} // namespace dpo

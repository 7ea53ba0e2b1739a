// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QList>
#include <QString>

namespace dpo {

class Database;

struct Officer
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Officer;
    bool active = true;
};

// Officers and signing in. Passwords are hashed with scrypt; the clear text never leaves
// this class and is never logged.
class OfficerService
{
public:
    explicit OfficerService(Database& database);

    // Creates the database's first administrator, or does nothing when `username` already is
    // an administrator. Refuses when other officers exist: from then on an administrator adds
    // officers. Returns true when the officer was created.
    bool ensureFirstAdministrator(const QString& username, const QString& displayName,
                                  const QString& password);

    // An administrator adds an officer.
    qint64 createOfficer(const Session& session, const QString& username,
                         const QString& displayName, Role role, const QString& password);

    // Checks the password and returns the session. Every attempt, good or bad, is written to
    // the audit trail. Throws Error::Unauthenticated with the same message for an unknown name,
    // a wrong password and a deactivated officer, so that the message does not reveal which.
    Session signIn(const QString& username, const QString& password);

    QList<Officer> officers() const;
    int officerCount() const;

    // Throws Error::BadInput naming the problem.
    static void validateUsername(const QString& username);
    static void validatePassword(const QString& password);

private:
    qint64 insertOfficer(const QString& username, const QString& displayName, Role role,
                         const QString& passwordHash);
    Database& m_database;
};

} // namespace dpo

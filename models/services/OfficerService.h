// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
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
    bool locked = false; // too many failed sign-ins, until lockedUntil
    QDateTime lockedUntil;
    bool mustChangePassword = false; // an administrator reset it
    QString dbLogin;                 // PostgreSQL: their own login (schema version 27), if any
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

    // How a new officer connects to a PostgreSQL database: with the shared login and the
    // console's own password, or with a login of their own made with them (schema version 29),
    // named as their user name, whose first password `password` is (docs/deployment.md).
    enum class Login
    {
        ConsolePassword,
        OwnLogin
    };

    // An administrator adds an officer.
    qint64 createOfficer(const Session& session, const QString& username,
                         const QString& displayName, Role role, const QString& password,
                         Login login = Login::ConsolePassword);

    // Checks the password and returns the session. Every attempt, good or bad, is written to
    // the audit trail. Throws Error::Unauthenticated with the same message for an unknown name,
    // a wrong password, a deactivated and a locked officer, so that the message does not reveal
    // which. After `sign_in_max_failures` wrong passwords in a row the account is locked for
    // `sign_in_lockout_minutes` (settings; audited as officer.locked_out). A session whose
    // password an administrator reset carries mustChangePassword: it may only change it.
    Session signIn(const QString& username, const QString& password);

    // The signed-in officer changes their own password (the current one is checked again): the
    // console's, or on PostgreSQL their own login's (the server gets its SCRAM verifier only).
    // Returns the session, no longer bound to change it.
    Session changeOwnPassword(const Session& session, const QString& current,
                              const QString& replacement);

    // Administrators: each change of an account is audited, and refused for one's own account
    // where it would lock oneself out (deactivating, changing one's own role).
    void resetPassword(const Session& session, qint64 officerId, const QString& temporaryPassword);
    void setActive(const Session& session, qint64 officerId, bool active);
    void changeRole(const Session& session, qint64 officerId, Role role);
    // PostgreSQL: the officer connects as `login` from now on (an empty login: as none), and the
    // login joins the group of the officer's role (docs/deployment.md, "One login per officer").
    void mapLogin(const Session& session, qint64 officerId, const QString& login);
    // PostgreSQL (schema version 29): a new login for an officer who has none, named as their user
    // name, `firstPassword` its password until the officer chooses their own at the next sign-in;
    // the server gets its SCRAM verifier only.
    void createLogin(const Session& session, qint64 officerId, const QString& firstPassword);

    // PostgreSQL: the user name of the officer whose own login this connection is; empty for a
    // shared login, the owner, or SQLite.
    QString ownLoginsUsername() const;

    QList<Officer> officers() const;
    int officerCount() const;

    // Throws Error::BadInput naming the problem.
    static void validateUsername(const QString& username);
    // A password: at least PasswordHasher::kMinimumLength characters, not containing the user name.
    static void validatePassword(const QString& password, const QString& username = {});
    // How the audit trail names a sign-in name that matches no officer: "unknown:" and the first
    // 16 hex digits of a digest keyed by the database's secret, the same for the same text.
    static QString unknownNameInTrail(const QSqlDatabase& db, const QString& typed);

private:
    Officer officer(qint64 officerId) const; // throws NotFound
    static void refuseTakenUsername(const QSqlDatabase& db, const QString& username);
    // PostgreSQL from schema version 27: the officer whose own login this connection is; none
    // for a shared login (dpo_console), the owner, or SQLite.
    std::optional<Officer> ownLoginsOfficer(const QSqlDatabase& db) const;
    // Signing in on a connection made with an officer's own login (schema version 27): the
    // server authenticated the login; the password typed is checked by a second connection.
    Session signInAsOwnLogin(const QSqlDatabase& db, const QString& username,
                             const QString& password);
    // The console's own password, counted and locked by one statement (schema version 26).
    Session signInWithPassword(const QSqlDatabase& db, const QString& username,
                               const QString& password);
    // Whether the connection's login takes `password` (a second connection with it opens).
    bool loginAccepts(const QString& password) const;
    Session changeOwnLoginPassword(const QSqlDatabase& db, const Session& session,
                                   const QString& current, const QString& replacement);
    qint64 insertOfficer(const QString& username, const QString& displayName, Role role,
                         const QString& passwordHash);
    Database& m_database;
};

} // namespace dpo

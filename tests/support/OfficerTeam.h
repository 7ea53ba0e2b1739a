// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostgreSQL: a database with the officer groups (resources/sql/postgresql/roles/
// officer_groups.sql) and one officer per role, each mapped to a login of their own; what
// tst_postgresqlgroups and tst_postgresqllogins try as each of them.
#include "core/Session.h"
#include "db/Database.h"
#include "RoleScript.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <memory>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <unistd.h>

namespace dpo::test {

constexpr const char* kLoginPassword = "own-login-password-7";

// The database, the four groups, and one officer per role, each mapped to a login of their own
// (names unique to this process: logins belong to the whole server).
struct Team
{
    TestDatabase fixture;
    Session admin; // the first administrator, on the owner's connection (no login of their own)
    std::unique_ptr<Database> owner;
    QMap<Role, QString> logins;
    QMap<Role, qint64> ids;

    bool prepare()
    {
        if (!TestDatabase::isPostgres())
            return false;
        owner = fixture.openWithAdmin(admin);
        if (!runAsOwner(*owner, roleScriptStatements("officer_groups.sql")))
            return false;
        for (const Role role :
             {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor}) {
            const QString login = QStringLiteral("dpo_t%1_%2").arg(::getpid()).arg(roleCode(role));
            QSqlQuery q(owner->connection());
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
            if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                            .arg(login, QLatin1String(kLoginPassword)))) {
                qWarning("%s", qPrintable(q.lastError().text()));
                return false;
            }
            OfficerService officers(*owner);
            const QString username = QStringLiteral("own.") + roleCode(role);
            const qint64 id = officers.createOfficer(admin, username, username, role,
                                                     QStringLiteral("console-password-%1").arg(1));
            // A console password reset pending: mapping the login ends it (it is not theirs now).
            officers.resetPassword(admin, id, QStringLiteral("temporary-password-2"));
            officers.mapLogin(admin, id, login);
            logins[role] = login;
            ids[role] = id;
        }
        return true;
    }
    std::unique_ptr<Database> connect(Role role) const
    {
        return connectAs(fixture, qPrintable(logins[role]), kLoginPassword);
    }
    Session signIn(Database& database, Role role) const
    {
        return OfficerService(database).signIn(QStringLiteral("own.") + roleCode(role),
                                               QString::fromLatin1(kLoginPassword));
    }
    bool isMember(Role role, const QString& group) const
    {
        return scalar(*owner, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"),
                      {logins[role], group})
            .toBool();
    }
};

// Runs `sql` and expects the server to refuse it with a message containing `because`.
inline void expectRefused(const QSqlDatabase& db, const QString& sql, const QString& because)
{
    QSqlQuery q(db);
    QVERIFY2(!q.exec(sql), qPrintable(QStringLiteral("allowed: ") + sql));
    QVERIFY2(q.lastError().text().contains(because),
             qPrintable(QStringLiteral("%1: %2").arg(sql, q.lastError().text())));
}

} // namespace dpo::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostgreSQL: the role scripts of resources/sql/postgresql/roles run as the database's owner, and
// the same database opened as one of their roles.
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "TestDatabase.h"

#include <memory>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace dpo::test {

// The statements of a script of resources/sql/postgresql/roles; with `renamed`, the shared role
// dpo_console called so instead (a role of the whole server, which other suites use meanwhile).
inline QStringList roleScriptStatements(const char* name, const QString& renamed = {})
{
    QFile script(QStringLiteral(DPO_SOURCE_DIR "/resources/sql/postgresql/roles/") +
                 QLatin1String(name));
    if (!script.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(script.readAll());
    if (!renamed.isEmpty())
        text.replace(QStringLiteral("dpo_console"), renamed);
    return Migrator::splitStatements(text);
}

// Runs the statements as the database's owner; false, with the statement and the server's
// message in a warning, at the first that fails.
inline bool runAsOwner(Database& owner, const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery q(owner.connection());
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return !statements.isEmpty();
}

// Runs a script of resources/sql/postgresql/roles as the database's owner and gives its role a
// password.
inline void runRoleScript(Database& owner, const char* name, const char* role, const char* password)
{
    QStringList statements = roleScriptStatements(name);
    QVERIFY(!statements.isEmpty());
    statements << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'")
                      .arg(QLatin1String(role), QLatin1String(password));
    for (const QString& statement : statements) {
        QSqlQuery q(owner.connection());
        QVERIFY2(q.exec(statement),
                 qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
    }
}

// The same database as `role`.
inline std::unique_ptr<Database> connectAs(const TestDatabase& fixture, const QString& role,
                                           const QString& password)
{
    DatabaseUrl url = DatabaseUrl::parse(fixture.url());
    url.user = role;
    auto database = std::make_unique<Database>(url, password);
    database->open();
    return database;
}
inline std::unique_ptr<Database> connectAs(const TestDatabase& fixture, const char* role,
                                           const char* password)
{
    return connectAs(fixture, QString::fromUtf8(role), QString::fromUtf8(password));
}

} // namespace dpo::test

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

// Runs a script of resources/sql/postgresql/roles as the database's owner and gives its role a
// password.
inline void runRoleScript(Database& owner, const char* name, const char* role, const char* password)
{
    QFile script(QStringLiteral(DPO_SOURCE_DIR "/resources/sql/postgresql/roles/") +
                 QLatin1String(name));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QStringList statements = Migrator::splitStatements(QString::fromUtf8(script.readAll()));
    statements << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'")
                      .arg(QLatin1String(role), QLatin1String(password));
    for (const QString& statement : statements) {
        QSqlQuery q(owner.connection());
        QVERIFY2(q.exec(statement),
                 qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
    }
}

// The same database as `role`.
inline std::unique_ptr<Database> connectAs(const TestDatabase& fixture, const char* role,
                                           const char* password)
{
    DatabaseUrl url = DatabaseUrl::parse(fixture.url());
    url.user = QString::fromLatin1(role);
    auto database = std::make_unique<Database>(url, QString::fromLatin1(password));
    database->open();
    return database;
}

} // namespace dpo::test

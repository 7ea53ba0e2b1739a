// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseUrl.h"

#include <QString>
#include <QStringList>

namespace dpo {

class Database;

// Brings a consent database to the schema this program knows. Migrations are an ordered list
// of steps, each a SQL script per backend (resources/sql/<backend>/NNNN_*.sql) plus optional
// reference data shared by both (resources/sql/common/NNNN_*.sql). All pending steps run in one
// transaction: an interrupted migration leaves the database at the version it had.
class Migrator
{
public:
    struct Step
    {
        int version;
        const char* name; // file stem shared by the step's scripts
    };

    explicit Migrator(Database& database);

    static int latestVersion();

    // 0 for an empty database. Throws dpo::Error (Connection) when the database holds tables
    // but is not a DPO Console database.
    int currentVersion() const;

    // Migrates to `targetVersion` (the latest by default). Throws dpo::Error: SchemaTooNew when
    // the database is newer than this program; Database when a step fails (nothing applied).
    // Returns the versions applied.
    QList<int> migrate(int targetVersion = latestVersion());

    // Splits a script into statements: semicolon at the end of a line, except inside a
    // CREATE TRIGGER ... END; block or a $$-quoted body.
    static QStringList splitStatements(const QString& script);

private:
    QStringList scriptsFor(const Step& step) const;
    Database& m_database;
};

} // namespace dpo

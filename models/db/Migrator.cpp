// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrator.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <array>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::Migrator", text);
}

// The ordered list of schema versions. Append only; never edit a released step.
constexpr std::array<Migrator::Step, 31> kSteps{{
    {1, "0001"},  // the consent database
    {2, "0002"},  // subjects list: name and INN order indexes
    {3, "0003"},  // subjects list: consent state and date of consent
    {4, "0004"},  // the keys that sign audit exports
    {5, "0005"},  // the Kyrgyz calendar of 2024-2027
    {6, "0006"},  // claims: links, the Art. 15 paragraph of a refusal
    {7, "0007"},  // withdrawal requests: the work from the letter to the reply
    {8, "0008"},  // disclosures' notifications: the outbox
    {9, "0009"},  // an index of the audit trail by action
    {10, "0010"}, // a team: lock-out, forced password change, record versions, idle lock
    {11, "0011"}, // the calendar of 2025-2027 by the Labour Code in force since 2025
    {12, "0012"}, // letters: the holder's details, the register of outgoing letters
    {13, "0013"}, // the registers' due-date order by index
    {14, "0014"}, // the platform's change feed: recipients' codes, applied events, flags
    {15, "0015"}, // the change feed's inbox, which the platform's role writes on a server
    {16, "0016"}, // an index of the categories not simply held, for the change feed
    {17, "0017"}, // the platform's data systems, and the tasks that carry decisions to them
    {18, "0018"}, // disclosures on consent or a treaty, with a purpose; recipients' countries
    {19, "0019"}, // requests of the State Agency and the Ombudsman, answered within a week
    {20, "0020"}, // cases the officer opens: a minor's data (9.1), the retention review (6.2-6.3)
    {21, "0021"}, // a subject's request to correct their data (12.3): the fields, the recipients
    {22, "0022"}, // any part of a double surname is searched (a generated, indexed column)
    {23, "0023"}, // the signing keys' X.509 certificates, for CMS signatures of exports
    {24, "0024"}, // anchors: time-stamps of the audit chain's head, kept to find a rewrite
    {25, "0025"}, // PostgreSQL numbers, stamps and hashes each audit entry itself
    {26, "0026"}, // sign-in lock-outs that grow, counted by one statement
    {27, "0027"}, // PostgreSQL: an officer's own login, checked by the server for its role
    {28, "0028"}, // PostgreSQL: a decision proposed and approved in the session's own name
    {29, "0029"}, // PostgreSQL: the console creates an officer's login, and changes its password
    {30, "0030"}, // PostgreSQL: audit entries sealed as their transaction commits
    {31, "0031"}, // PostgreSQL: the blocked categories indexed, the subjects' number kept
}};

// SQLite changes a CHECK only by rebuilding the table, and a table others refer to can be
// dropped and renamed only with foreign keys off: a pragma that takes effect outside a
// transaction only. They are off while the migration runs and on again whatever happens; the
// whole database is checked before the migration commits.
class SqliteForeignKeysOff
{
public:
    SqliteForeignKeysOff(const QSqlDatabase& db, bool sqlite) : m_db(db), m_active(sqlite)
    {
        if (m_active)
            pragma(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~SqliteForeignKeysOff()
    {
        if (m_active)
            pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    SqliteForeignKeysOff(const SqliteForeignKeysOff&) = delete;
    SqliteForeignKeysOff& operator=(const SqliteForeignKeysOff&) = delete;

    // Throws when a row refers to nothing, naming the table.
    void check(int version) const
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            throw Error(Error::Kind::Database, q.lastError().text());
        if (q.next())
            throw Error(Error::Kind::Database,
                        //: %1: the schema version number; %2: a table's name (the row's table); %3:
                        //: the table it should refer to.
                        QCoreApplication::translate("dpo::Migrator",
                                                    "Migration to schema version %1 would leave a "
                                                    "row of %2 referring to nothing in %3; "
                                                    "nothing was changed.")
                            .arg(version)
                            .arg(q.value(0).toString(), q.value(2).toString()));
    }

private:
    void pragma(const QString& sql) const
    {
        QSqlQuery q(m_db);
        q.exec(sql);
    }
    QSqlDatabase m_db;
    bool m_active;
};

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

Migrator::Migrator(Database& database) : m_database(database) {}

int Migrator::latestVersion()
{
    return kSteps.back().version;
}

int Migrator::currentVersion() const
{
    QSqlDatabase db = m_database.connection();
    const QStringList tables = db.tables(QSql::Tables);
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        if (!tables.isEmpty())
            throw Error(Error::Kind::Connection,
                        //: %1: the database's address.
                        tr("%1 holds tables but is not a DPO Console consent database "
                           "(it has no schema_migrations table).")
                            .arg(m_database.url().toDisplayString()));
        return 0;
    }
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT max(version) FROM schema_migrations"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Migrator::scriptsFor(const Step& step) const
{
    const QString backendDir =
        m_database.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    // The backend's schema script(s) first, then the reference data both backends share.
    QStringList scripts;
    const QStringList pattern{QString::fromLatin1(step.name) + QStringLiteral("_*.sql")};
    for (const QString& dir : {backendDir, QStringLiteral("common")}) {
        const QDir folder(QStringLiteral(":/sql/") + dir);
        for (const QString& file : folder.entryList(pattern, QDir::Files, QDir::Name))
            scripts << readResource(folder.filePath(file));
    }
    if (scripts.isEmpty())
        throw Error(Error::Kind::Database,
                    //: %1: the schema version number.
                    tr("The migration scripts of schema version %1 are missing from this build.")
                        .arg(step.version));
    return scripts;
}

QList<int> Migrator::migrate(int targetVersion)
{
    const int current = currentVersion();
    if (current > latestVersion())
        throw Error(Error::Kind::SchemaTooNew,
                    //: %1: the database's address; %2: its schema version number; %3: the newest
                    //: version this program knows.
                    tr("The database %1 has schema version %2, newer than this program knows "
                       "(%3). Use a newer DPO Console; the database was not changed.")
                        .arg(m_database.url().toDisplayString())
                        .arg(current)
                        .arg(latestVersion()));
    QList<int> applied;
    if (current >= targetVersion)
        return applied;

    QSqlDatabase db = m_database.connection();
    const SqliteForeignKeysOff foreignKeysOff(db, !m_database.isPostgres());
    TransactionGuard transaction(db);
    if (current == 0) {
        QSqlQuery create(db);
        const QString sql = m_database.isPostgres()
                                ? QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                                 "PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)")
                                : QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                                 "PRIMARY KEY, applied_at TEXT NOT NULL)");
        if (!create.exec(sql))
            throw Error(
                Error::Kind::Database,
                //: %1: the database's own message.
                tr("Cannot create the schema_migrations table: %1").arg(create.lastError().text()));
    }
    for (const Step& step : kSteps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        for (const QString& script : scriptsFor(step)) {
            for (const QString& statement : splitStatements(script)) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    throw Error(Error::Kind::Database,
                                //: %1: the schema version number; %2: the database's own message;
                                //: %3: the beginning of the failed SQL statement.
                                tr("Migration to schema version %1 failed; nothing was changed. "
                                   "%2\nStatement: %3")
                                    .arg(step.version)
                                    .arg(q.lastError().text(), statement.left(300)));
            }
        }
        QSqlQuery mark = prepareQuery(
            db,
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        mark.addBindValue(step.version);
        mark.addBindValue(QDateTime::currentDateTimeUtc());
        execQuery(mark, QT_TRANSLATE_NOOP("dpo::Sql", "record the schema version"));
        applied << step.version;
    }
    foreignKeysOff.check(applied.last());
    transaction.commit();
    return applied;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QStringLiteral("--"))))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            !line.contains(QStringLiteral("EXECUTE FUNCTION"), Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        current += rawLine + QLatin1Char('\n');
        const bool ends = line.endsWith(QLatin1Char(';'));
        if (!ends || inDollarQuote)
            continue;
        // A SQLite trigger's body ends at its END; PostgreSQL's CREATE TRIGGER at its EXECUTE.
        if (inTrigger && !line.startsWith(QStringLiteral("END"), Qt::CaseInsensitive) &&
            !line.contains(QStringLiteral("EXECUTE FUNCTION"), Qt::CaseInsensitive))
            continue;
        QString statement = current.trimmed();
        statement.chop(1); // the final semicolon
        statements << statement;
        current.clear();
        inTrigger = false;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace dpo

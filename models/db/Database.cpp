// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "core/Error.h"
#include "db/Sql.h"
#include "db/StatementWatch.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::Database", text);
}

QAtomicInteger<int> s_instanceCounter;

void removeSqliteFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url)), m_password(std::move(password)),
      m_namePrefix(QStringLiteral("dpo-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    closeAll();
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

void Database::open(OpenMode mode)
{
    if (m_url.backend == Backend::SQLite) {
        const QFileInfo file(m_url.path);
        if (!file.exists()) {
            if (mode == OpenMode::MustExist)
                throw Error(Error::Kind::Connection,
                            //: %1: the database file's path (twice, the second in a command to
                            //: type).
                            tr("The database file %1 does not exist. Create it with "
                               "\"dpo-console init --database sqlite:%1 --admin NAME\".")
                                .arg(m_url.path));
            if (!file.absoluteDir().exists())
                throw Error(Error::Kind::Connection,
                            //: %1: the database file's path; %2: the folder's path.
                            tr("Cannot create the database %1: the folder %2 does not exist.")
                                .arg(m_url.path, file.absolutePath()));
            // Personal data is the owner's only: the file is made so before SQLite writes to it,
            // and SQLite gives its -wal and -shm files the database file's permissions.
            QFile created(m_url.path);
            if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                throw Error(
                    Error::Kind::Connection,
                    //: %1: the database file's path; %2: the system's reason.
                    tr("Cannot create the database %1: %2").arg(m_url.path, created.errorString()));
            created.close();
            m_createdFile = true;
        } else if (file.isDir()) {
            throw Error(Error::Kind::Connection,
                        //: %1: the path given.
                        tr("%1 is a folder, not a database file.").arg(m_url.path));
        }
    }
    connection();
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    {
        QMutexLocker lock(&m_namesMutex);
        m_names.insert(name);
    }
    if (m_url.backend == Backend::SQLite) {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            //: %1: the database file's path; %2: SQLite's own message.
            throw Error(Error::Kind::Connection, tr("Cannot open the SQLite database %1: %2")
                                                     .arg(m_url.path, db.lastError().text()));
        // SQLite opens any file lazily; the first read tells whether it is a database at all.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString reason = probe.lastError().databaseText();
            probe.finish();
            db.close();
            throw Error(Error::Kind::Connection,
                        //: %1: the database file's path; %2: why, a phrase from SQLite.
                        tr("%1 is not a SQLite consent database (%2).").arg(m_url.path, reason));
        }
        probe.finish();
        // secure_delete: a destroyed value's bytes are overwritten with zeros, not left in the
        // file's free pages for anyone who reads the file.
        for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON",
                                   "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                //: %1: the database file's path; %2: SQLite's own message.
                throw Error(Error::Kind::Connection, tr("Cannot prepare the SQLite database %1: %2")
                                                         .arg(m_url.path, q.lastError().text()));
        }
        return db;
    }

    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    // Several servers (a primary and its standby): libpq tries each in turn, the ports given as
    // its own option, which comes after the driver's in the connection string and wins.
    db.setHostName(m_url.hosts.join(QLatin1Char(',')));
    db.setPort(m_url.port);
    db.setDatabaseName(m_url.databaseName);
    db.setUserName(m_url.user);
    {
        const QMutexLocker lock(&m_passwordMutex);
        db.setPassword(m_password);
    }
    // A server that stops answering mid-statement (a network that drops packets) is given up on
    // after about ten seconds of unacknowledged data, not the system's quarter of an hour.
    QString options = QStringLiteral("connect_timeout=10;tcp_user_timeout=10000;keepalives=1;"
                                     "keepalives_idle=10;keepalives_interval=5;keepalives_count=2");
    // No JIT compilation: the console's statements each read a few rows to tens of thousands, and
    // the server compiling one whose estimate passed jit_above_cost took longer than running it
    // (a search's count over a million subjects: 170 ms with JIT, 15 ms without).
    options += QStringLiteral(";options=-cjit=off");
    if (!m_url.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + m_url.sslMode;
    if (!m_url.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + m_url.sslRootCert;
    if (!m_url.channelBinding.isEmpty())
        options += QStringLiteral(";channel_binding=") + m_url.channelBinding;
    if (m_url.hosts.size() > 1) {
        QStringList ports;
        for (const int port : m_url.ports)
            ports << QString::number(port);
        options += QStringLiteral(";port=") + ports.join(QLatin1Char(','));
    }
    if (!m_url.targetSessionAttrs.isEmpty())
        options += QStringLiteral(";target_session_attrs=") + m_url.targetSessionAttrs;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        const bool wantsPassword =
            reason.contains(QStringLiteral("no password supplied")) ||
            reason.contains(QStringLiteral("password authentication failed"));
        //: %1: the server's address (no password); %2: the server's own message.
        QString message = tr("Cannot connect to PostgreSQL at %1: %2")
                              .arg(m_url.toDisplayString(), reason.trimmed());
        if (m_url.sslModeDefaulted && reason.contains(QStringLiteral("certificate")))
            message += QLatin1Char(' ') +
                       tr("The server is on another machine, so its certificate is checked "
                          "(sslmode=verify-full): name the CA that signed it with "
                          "sslrootcert=FILE in the URL, or choose a weaker sslmode there "
                          "explicitly.");
        throw Error(wantsPassword ? Error::Kind::PasswordRequired : Error::Kind::Connection,
                    message);
    }
    QSqlQuery q(db);
    bool prepared = false;
    {
        const StatementWatch watch(db.driver());
        prepared = q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    if (!prepared) {
        // The reason before the close, which clears it; closed, so that the next call connects
        // anew rather than hand out a connection that failed.
        QString reason = q.lastError().text().trimmed();
        if (reason.isEmpty())
            reason = db.lastError().text().trimmed();
        q = QSqlQuery();
        db.close();
        throw Error(Error::Kind::Connection,
                    //: %1: the server's own message.
                    tr("Cannot prepare the PostgreSQL session: %1").arg(reason));
    }
    return db;
}

void Database::setPassword(const QString& password)
{
    const QMutexLocker lock(&m_passwordMutex);
    m_password = password;
}

void Database::checkpointAfterErasure() const
{
    if (isPostgres())
        return; // the server's own (VACUUM); docs/deployment.md
    // The write-ahead log still holds the pages as they were before the destruction until a
    // checkpoint copies the new ones into the file; TRUNCATE then empties the log. Best effort:
    // with another connection reading, the log is emptied at a later checkpoint.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qWarning("wal_checkpoint after an erasure: %s", qPrintable(q.lastError().text()));
}

ConnectionSecurity Database::connectionSecurity() const
{
    ConnectionSecurity security;
    security.local = m_url.isLocalHost();
    if (!isPostgres())
        return security;
    QSqlQuery q =
        prepareQuery(connection(), QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl "
                                                  "WHERE pid = pg_backend_pid()"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the connection's encryption"));
    if (q.next()) {
        security.encrypted = q.value(0).toBool();
        security.protocol = q.value(1).toString();
        security.cipher = q.value(2).toString();
    }
    security.serverVerified = security.encrypted && m_url.verifiesServer();
    return security;
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_namesMutex);
        if (!m_names.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::closeAll()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_namesMutex);
        names.swap(m_names);
    }
    for (const QString& name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void Database::discardCreatedFile()
{
    closeAll();
    if (m_createdFile && m_url.backend == Backend::SQLite)
        removeSqliteFiles(m_url.path);
    m_createdFile = false;
}

} // namespace dpo

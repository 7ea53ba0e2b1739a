// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseUrl.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

// How the calling thread's connection reaches its server, as the server sees it (pg_stat_ssl).
struct ConnectionSecurity
{
    bool local = false;     // SQLite, or a server on this machine
    bool encrypted = false; // TLS
    QString protocol;       // e.g. TLSv1.3
    QString cipher;
    bool serverVerified = false; // sslmode=verify-full: the CA and the host's name checked
};

// Knows how to reach one consent database and hands out the calling thread's named
// connection. Nothing keeps a QSqlDatabase as a member: callers fetch it per operation with
// connection(), which looks it up by name and opens it on first use in a thread.
class Database
{
public:
    enum class OpenMode
    {
        MustExist,
        CreateIfMissing
    };

    // The password lives only in memory, for opening connections on other threads.
    explicit Database(DatabaseUrl url, QString password = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens and checks the calling thread's connection. Throws dpo::Error naming the cause:
    // a missing file or folder, a file that is not a database, a refused connection, a
    // password the server wants.
    void open(OpenMode mode = OpenMode::MustExist);

    // The calling thread's open connection (opened on first use in a new thread).
    QSqlDatabase connection() const;

    // A worker thread calls this before it ends: its connection is closed and forgotten (a later
    // thread may get the same address, and with it the same connection name).
    void closeThreadConnection();

    // After personal data was destroyed: on SQLite the write-ahead log, which still holds the
    // old pages, is checkpointed into the file and emptied (secure_delete has zeroed the freed
    // space there). Nothing on PostgreSQL.
    void checkpointAfterErasure() const;

    // Asks the server (one statement); for SQLite, local and nothing else.
    ConnectionSecurity connectionSecurity() const;

    // After the login's password changed on the server: connections opened from now on (another
    // thread's, a reconnection) use the new one; the open ones stay as they are.
    void setPassword(const QString& password);

    const DatabaseUrl& url() const { return m_url; }
    Backend backend() const { return m_url.backend; }
    bool isPostgres() const { return m_url.backend == Backend::PostgreSQL; }

    // True when open() created the SQLite file; discardCreatedFile() closes every connection
    // of this thread and removes it, so that a failed `init` leaves no half-made file behind.
    bool createdFile() const { return m_createdFile; }
    void discardCreatedFile();

private:
    QString connectionName() const;
    QSqlDatabase openConnection(const QString& name) const;
    void closeAll();

    DatabaseUrl m_url;
    mutable QMutex m_passwordMutex; // set on the GUI thread, read by any thread opening
    QString m_password;
    QString m_namePrefix;
    bool m_createdFile = false;
    mutable QMutex m_namesMutex;
    mutable QSet<QString> m_names;
};

} // namespace dpo

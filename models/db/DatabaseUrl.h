// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dpo {

enum class Backend
{
    SQLite,
    PostgreSQL
};

// A parsed `--database` argument: `sqlite:PATH` or
// `postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/etc/dpo/ca.crt`
// (docs/deployment.md). A password never travels in the URL:
// libpq reads PGPASSWORD or ~/.pgpass itself and the GUI asks for it.
struct DatabaseUrl
{
    Backend backend = Backend::SQLite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString databaseName;
    QString sslMode;     // passed through to libpq when set
    QString sslRootCert; // the CA file that verify-ca / verify-full check the server against

    // Throws dpo::Error (BadInput) with a message naming what is wrong in `text`.
    static DatabaseUrl parse(const QString& text);

    // The URL again, without any password; what the status bar and the audit log show.
    QString toDisplayString() const;
};

} // namespace dpo

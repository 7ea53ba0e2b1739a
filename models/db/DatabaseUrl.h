// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dpo {

enum class Backend
{
    SQLite,
    PostgreSQL
};

// A parsed `--database` argument: `sqlite:PATH` or
// `postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/etc/dpo/ca.crt`
// (docs/deployment.md), or with several servers tried in turn, libpq's multi-host form:
// `postgresql://user@a:5432,b:5432/dbname?target_session_attrs=read-write` (a primary and its
// standby: whichever accepts writes). A server on another machine is reached with
// sslmode=verify-full unless the URL says otherwise, so that a weaker mode is always a visible
// choice. A password never travels in the URL: libpq reads PGPASSWORD or ~/.pgpass itself and the
// GUI asks for it.
struct DatabaseUrl
{
    Backend backend = Backend::SQLite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL: the first server (hosts.first())
    int port = 5432;
    QStringList hosts; // every server, in the order libpq tries them
    QList<int> ports;  // hosts' ports, one each
    QString user;
    QString databaseName;
    QString sslMode;        // passed through to libpq; verify-full by default off this machine
    QString sslRootCert;    // the CA file that verify-ca / verify-full check the server against
    QString channelBinding; // disable, prefer or require; libpq's default (prefer) when empty
    bool sslModeDefaulted = false; // verify-full because the URL named no sslmode
    QString targetSessionAttrs;    // libpq's target_session_attrs, e.g. read-write; empty: any

    // Throws dpo::Error (BadInput) with a message naming what is wrong in `text`.
    static DatabaseUrl parse(const QString& text);

    // The URL again, without any password; what the status bar and the audit log show.
    QString toDisplayString() const;

    // Every server is on this machine (a loopback address or localhost): nothing crosses a
    // network, so libpq's own TLS default is left alone.
    bool isLocalHost() const;
    // The server's certificate is checked against a CA and its name against the host.
    bool verifiesServer() const { return sslMode == QStringLiteral("verify-full"); }
};

} // namespace dpo

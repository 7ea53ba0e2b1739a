// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseUrl.h"

#include "core/Error.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::DatabaseUrl", text);
}

[[noreturn]] void bad(const QString& message)
{
    throw Error(Error::Kind::BadInput, message);
}

bool isLoopback(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression ipv4Loopback(
        QStringLiteral("^127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    return host == QStringLiteral("::1") || ipv4Loopback.match(host).hasMatch();
}

// One server of the URL's authority ("host" or "host:port", IPv6 in brackets), checked as QUrl
// checks the first; `whole` is the URL as typed, for the messages (translated under the class's
// context: lupdate files a free function's tr() under the namespace).
std::pair<QString, int> serverOf(const QString& part, const QString& whole)
{
    const QUrl server(QStringLiteral("postgresql://") + part + QStringLiteral("/x"),
                      QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() || !server.userInfo().isEmpty() ||
        server.path() != QStringLiteral("/x"))
        //: %1: one host of a multi-host URL as typed; %2: the URL as typed.
        bad(QCoreApplication::translate(
                "dpo::DatabaseUrl",
                "The host \"%1\" in \"%2\" is malformed: write host or host:port, separated by "
                "commas.")
                .arg(part, whole));
    const int port = server.port(5432);
    if (port <= 0 || port > 65535)
        //: %1: the URL as typed.
        bad(QCoreApplication::translate("dpo::DatabaseUrl",
                                        "The port in \"%1\" is not between 1 and 65535.")
                .arg(whole));
    return {server.host(), port};
}
} // namespace

DatabaseUrl DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        bad(tr("The database URL is empty: give sqlite:PATH or "
               "postgresql://user@host:port/dbname."));

    DatabaseUrl url;
    if (trimmed.startsWith(QStringLiteral("sqlite:"), Qt::CaseInsensitive)) {
        QString path = trimmed.mid(int(qstrlen("sqlite:")));
        if (path.startsWith(QStringLiteral("//")))
            path = path.mid(2); // sqlite:///abs/path is accepted too
        if (path.isEmpty())
            //: %1: the URL as typed.
            bad(tr("The SQLite URL \"%1\" names no file: write sqlite:PATH.").arg(trimmed));
        if (path.startsWith(QStringLiteral("~/")))
            path = QDir::homePath() + path.mid(1);
        url.backend = Backend::SQLite;
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    const bool pg = trimmed.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
                    trimmed.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    if (!pg)
        //: %1: the URL as typed.
        bad(tr("Unknown database URL \"%1\": it must start with sqlite: or postgresql://.")
                .arg(trimmed));

    // libpq's multi-host form (a,b:5433) is no URL to QUrl: the first server goes through QUrl
    // with the rest of the URL, the others one by one.
    const qsizetype authorityBegins = trimmed.indexOf(QStringLiteral("://")) + 3;
    qsizetype authorityEnds = trimmed.indexOf(QLatin1Char('/'), authorityBegins);
    for (const QChar end : {QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = trimmed.indexOf(end, authorityBegins);
        if (at >= 0 && (authorityEnds < 0 || at < authorityEnds))
            authorityEnds = at;
    }
    if (authorityEnds < 0)
        authorityEnds = trimmed.size();
    const QString authority = trimmed.mid(authorityBegins, authorityEnds - authorityBegins);
    const qsizetype userEnds = authority.lastIndexOf(QLatin1Char('@')) + 1;
    const QStringList servers = authority.mid(userEnds).split(QLatin1Char(','));
    const QString single = trimmed.left(authorityBegins) + authority.left(userEnds) +
                           servers.first() + trimmed.mid(authorityEnds);
    const QUrl parsed(single, QUrl::StrictMode);
    if (!parsed.isValid())
        //: %1: the URL as typed; %2: what is malformed, in English from Qt.
        bad(tr("The PostgreSQL URL \"%1\" is malformed: %2").arg(trimmed, parsed.errorString()));
    if (!parsed.password().isEmpty())
        bad(tr("The PostgreSQL URL must not contain a password: use PGPASSWORD, ~/.pgpass, "
               "or the console's prompt."));
    url.backend = Backend::PostgreSQL;
    url.host = parsed.host();
    if (url.host.isEmpty())
        //: %1: the URL as typed.
        bad(tr("The PostgreSQL URL \"%1\" names no host.").arg(trimmed));
    url.port = parsed.port(5432);
    if (url.port <= 0 || url.port > 65535)
        //: %1: the URL as typed.
        bad(tr("The port in \"%1\" is not between 1 and 65535.").arg(trimmed));
    url.hosts << url.host;
    url.ports << url.port;
    for (qsizetype i = 1; i < servers.size(); ++i) {
        const auto [host, port] = serverOf(servers.at(i), trimmed);
        url.hosts << host;
        url.ports << port;
    }
    url.user = parsed.userName();
    url.databaseName = parsed.path().mid(1);
    if (url.databaseName.isEmpty() || url.databaseName.contains(QLatin1Char('/')))
        //: %1: the URL as typed.
        bad(tr("The PostgreSQL URL \"%1\" names no database: write "
               "postgresql://user@host:port/dbname.")
                .arg(trimmed));
    // Found by tst_fuzz: a name ending in a space ("db #x") did not survive its display form.
    if (parsed.hasFragment())
        //: %1: the URL as typed.
        bad(tr("The PostgreSQL URL \"%1\" has a '#' part, which means nothing here.").arg(trimmed));
    for (const QString& part : url.hosts + QStringList{url.user, url.databaseName})
        for (const QChar ch : part)
            if (ch.isSpace() || !ch.isPrint())
                //: %1: the URL as typed.
                bad(tr("\"%1\" has a space or a control character in the host, user or database "
                       "name.")
                        .arg(trimmed));
    const QUrlQuery query(parsed);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq reads its options as one "key=value key=value" string: a space, '=', a quote or
        // a backslash in a value would start another option (sslmode=disable, host=elsewhere).
        for (const QChar ch : value)
            if (ch.isSpace() || !ch.isPrint() || ch == QLatin1Char('=') || ch == QLatin1Char(';') ||
                ch == QLatin1Char('\'') || ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
                //: %1: the option's name in the URL, e.g. sslmode.
                bad(tr("The option %1 in the PostgreSQL URL has a space, '=', ';', a quote, a "
                       "backslash or a control character in its value, which could smuggle in "
                       "another connection option.")
                        .arg(name));
        if (name == QStringLiteral("sslmode")) {
            static const QStringList modes{
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                //: %1: the value as typed; %2: the allowed values, separated by commas.
                bad(tr("Unknown sslmode \"%1\": expected one of %2.")
                        .arg(value, modes.join(QStringLiteral(", "))));
            url.sslMode = value;
        } else if (name == QStringLiteral("sslrootcert")) {
            if (value.isEmpty())
                bad(tr("sslrootcert must name the CA certificate file."));
            url.sslRootCert = value;
        } else if (name == QStringLiteral("channel_binding")) {
            static const QStringList bindings{QStringLiteral("disable"), QStringLiteral("prefer"),
                                              QStringLiteral("require")};
            if (!bindings.contains(value))
                //: %1: the value as typed; %2: the allowed values, separated by commas.
                bad(tr("Unknown channel_binding \"%1\": expected one of %2.")
                        .arg(value, bindings.join(QStringLiteral(", "))));
            url.channelBinding = value;
        } else if (name == QStringLiteral("target_session_attrs")) {
            static const QStringList attrs{
                QStringLiteral("any"),       QStringLiteral("read-write"),
                QStringLiteral("read-only"), QStringLiteral("primary"),
                QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
            if (!attrs.contains(value))
                //: %1: the value as typed; %2: the allowed values, separated by commas.
                bad(tr("Unknown target_session_attrs \"%1\": expected one of %2.")
                        .arg(value, attrs.join(QStringLiteral(", "))));
            url.targetSessionAttrs = value;
        } else {
            //: %1: the option's name as typed.
            bad(tr("Unknown option \"%1\" in the PostgreSQL URL: only sslmode, sslrootcert, "
                   "channel_binding and target_session_attrs are understood.")
                    .arg(name));
        }
    }
    if (url.sslMode.isEmpty() && !url.isLocalHost()) {
        url.sslMode = QStringLiteral("verify-full");
        url.sslModeDefaulted = true;
    }
    return url;
}

QString DatabaseUrl::toDisplayString() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    QStringList servers;
    for (qsizetype i = 0; i < hosts.size(); ++i)
        servers << (hosts.at(i).contains(QLatin1Char(':'))
                        ? QLatin1Char('[') + hosts.at(i) + QLatin1Char(']')
                        : hosts.at(i)) +
                       QLatin1Char(':') + QString::number(ports.value(i, 5432));
    s += servers.join(QLatin1Char(',')) + QLatin1Char('/') + databaseName;
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(sslRootCert, "/._-~"));
    if (!channelBinding.isEmpty())
        options << QStringLiteral("channel_binding=") + channelBinding;
    if (!targetSessionAttrs.isEmpty())
        options << QStringLiteral("target_session_attrs=") + targetSessionAttrs;
    if (!options.isEmpty())
        s += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return s;
}

bool DatabaseUrl::isLocalHost() const
{
    if (backend == Backend::SQLite)
        return true;
    return std::all_of(hosts.begin(), hosts.end(), isLoopback);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QtTest>

using namespace dpo;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void parsesGoodUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("dbname");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("sqlite absolute") << "sqlite:/var/lib/dpo/consent.sqlite"
                                         << int(Backend::SQLite) << "/var/lib/dpo/consent.sqlite"
                                         << "" << 5432 << ""
                                         << ""
                                         << "";
        QTest::newRow("sqlite triple slash")
            << "sqlite:///tmp/a.db" << int(Backend::SQLite) << "/tmp/a.db"
            << "" << 5432 << ""
            << ""
            << "";
        QTest::newRow("sqlite relative")
            << "sqlite:rel/x.db" << int(Backend::SQLite)
            << QDir::current().absoluteFilePath("rel/x.db") << "" << 5432 << ""
            << ""
            << "";
        QTest::newRow("postgresql full") << "postgresql://dpo@db.local:6543/consent?sslmode=require"
                                         << int(Backend::PostgreSQL) << ""
                                         << "db.local" << 6543 << "dpo"
                                         << "consent"
                                         << "require";
        QTest::newRow("postgres default port")
            << "postgres://officer@127.0.0.1/consent" << int(Backend::PostgreSQL) << ""
            << "127.0.0.1" << 5432 << "officer"
            << "consent"
            << "";
        // Another machine: the certificate and the host's name are checked unless the URL
        // chooses otherwise; on this machine libpq's own default stays.
        QTest::newRow("another machine: verify-full")
            << "postgresql://dpo@db.example.kg/consent" << int(Backend::PostgreSQL) << ""
            << "db.example.kg" << 5432 << "dpo"
            << "consent"
            << "verify-full";
        QTest::newRow("another machine by address: verify-full")
            << "postgresql://dpo@203.0.113.9/consent" << int(Backend::PostgreSQL) << ""
            << "203.0.113.9" << 5432 << "dpo"
            << "consent"
            << "verify-full";
        QTest::newRow("a name starting 127 is another machine")
            << "postgresql://dpo@127.0.0.1.example.kg/consent" << int(Backend::PostgreSQL) << ""
            << "127.0.0.1.example.kg" << 5432 << "dpo"
            << "consent"
            << "verify-full";
        QTest::newRow("localhost")
            << "postgresql://dpo@localhost/consent" << int(Backend::PostgreSQL) << ""
            << "localhost" << 5432 << "dpo"
            << "consent"
            << "";
        QTest::newRow("ipv6 loopback")
            << "postgresql://dpo@[::1]:5433/consent" << int(Backend::PostgreSQL) << ""
            << "::1" << 5433 << "dpo"
            << "consent"
            << "";
        QTest::newRow("a primary and its standby, on this machine")
            << "postgresql://dpo@127.0.0.1:5432,localhost:5433/consent?target_session_attrs=read-"
               "write"
            << int(Backend::PostgreSQL) << ""
            << "127.0.0.1" << 5432 << "dpo"
            << "consent"
            << "";
        QTest::newRow("a primary here, its standby elsewhere: verify-full")
            << "postgresql://dpo@127.0.0.1,db2.example.kg:6543/consent" << int(Backend::PostgreSQL)
            << ""
            << "127.0.0.1" << 5432 << "dpo"
            << "consent"
            << "verify-full";
        QTest::newRow("another machine, a weaker mode chosen")
            << "postgresql://dpo@db.example.kg/consent?sslmode=require&channel_binding=require"
            << int(Backend::PostgreSQL) << ""
            << "db.example.kg" << 5432 << "dpo"
            << "consent"
            << "require";
    }
    void parsesGoodUrls()
    {
        QFETCH(QString, text);
        const DatabaseUrl url = DatabaseUrl::parse(text);
        QFETCH(int, backend);
        QCOMPARE(int(url.backend), backend);
        QTEST(url.path, "path");
        QTEST(url.host, "host");
        QTEST(url.port, "port");
        QTEST(url.user, "user");
        QTEST(url.databaseName, "dbname");
        QTEST(url.sslMode, "sslmode");
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("unknown scheme") << "mysql://x@y/z"
                                        << "must start with";
        QTest::newRow("sqlite without path") << "sqlite:"
                                             << "names no file";
        QTest::newRow("password in url") << "postgresql://u:secret@h/db"
                                         << "must not contain a password";
        QTest::newRow("no database") << "postgresql://u@h:5432/"
                                     << "names no database";
        QTest::newRow("no host") << "postgresql:///db"
                                 << "names no host";
        QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=maybe"
                                     << "Unknown sslmode";
        QTest::newRow("unknown option")
            << "postgresql://u@h/db?timeout=3"
            << "only sslmode, sslrootcert, channel_binding and target_session_attrs";
        QTest::newRow("an empty second host") << "postgresql://u@a,/db"
                                              << "is malformed";
        QTest::newRow("a second host with a user") << "postgresql://u@a,v@b/db"
                                                   << "is malformed";
        QTest::newRow("a second host's port") << "postgresql://u@a,b:99999/db"
                                              << "is malformed";
        QTest::newRow("a second host's port 0") << "postgresql://u@a,b:0/db"
                                                << "not between 1 and 65535";
        QTest::newRow("a space in a second host") << "postgresql://u@a,b%20c/db"
                                                  << "is malformed";
        QTest::newRow("bad target_session_attrs")
            << "postgresql://u@a,b/db?target_session_attrs=writable"
            << "Unknown target_session_attrs";
        QTest::newRow("empty sslrootcert") << "postgresql://u@h/db?sslmode=verify-full&sslrootcert="
                                           << "CA certificate";
        // libpq reads "key=value key=value": a value must not start another option. The first
        // row connected to 203.0.113.9 without TLS while the status bar showed host h.
        const QString smuggles = QStringLiteral("could smuggle in another connection option");
        QTest::newRow("options smuggled by spaces")
            << "postgresql://u@h/db?sslrootcert=/ca.crt%20sslmode=disable%20host=203.0.113.9"
            << smuggles;
        QTest::newRow("a plus is a space")
            << "postgresql://u@h/db?sslrootcert=/ca.crt+host=x" << smuggles;
        QTest::newRow("an equals sign") << "postgresql://u@h/db?sslrootcert=/a%3Db" << smuggles;
        QTest::newRow("a quote") << "postgresql://u@h/db?sslrootcert=/a%27b" << smuggles;
        QTest::newRow("a double quote") << "postgresql://u@h/db?sslrootcert=/a%22b" << smuggles;
        QTest::newRow("a backslash") << "postgresql://u@h/db?sslrootcert=/a%5Cb" << smuggles;
        QTest::newRow("a semicolon") << "postgresql://u@h/db?sslrootcert=/a;b" << smuggles;
        QTest::newRow("a tab") << "postgresql://u@h/db?sslrootcert=/a%09b" << smuggles;
        QTest::newRow("bad channel_binding") << "postgresql://u@h/db?channel_binding=maybe"
                                             << "Unknown channel_binding";
    }
    void refusesBadUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            DatabaseUrl::parse(text);
            QFAIL("parse accepted a bad URL");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("secret")));
        }
    }

    // libpq's multi-host form: every server in order with its port (5432 when none is given),
    // shown back as written, with the session it asks for.
    void keepsEveryServerInOrder()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral(
            "postgresql://dpo@10.0.0.5:6432,[::1],db3.local:5433/consent?sslmode=verify-full&"
            "target_session_attrs=primary"));
        QCOMPARE(url.hosts, QStringList({QStringLiteral("10.0.0.5"), QStringLiteral("::1"),
                                         QStringLiteral("db3.local")}));
        QCOMPARE(url.ports, QList<int>({6432, 5432, 5433}));
        QCOMPARE(url.host, QStringLiteral("10.0.0.5"));
        QCOMPARE(url.port, 6432);
        QCOMPARE(url.targetSessionAttrs, QStringLiteral("primary"));
        QVERIFY(!url.isLocalHost());
        QCOMPARE(url.toDisplayString(),
                 QStringLiteral("postgresql://dpo@10.0.0.5:6432,[::1]:5432,db3.local:5433/consent?"
                                "sslmode=verify-full&target_session_attrs=primary"));
        QCOMPARE(DatabaseUrl::parse(url.toDisplayString()).toDisplayString(),
                 url.toDisplayString());
        const DatabaseUrl one = DatabaseUrl::parse(QStringLiteral("postgresql://dpo@h/db"));
        QCOMPARE(one.hosts, QStringList({QStringLiteral("h")}));
        QCOMPARE(one.ports, QList<int>({5432}));
    }

    void displayStringHasNoPassword()
    {
        QCOMPARE(
            DatabaseUrl::parse(QStringLiteral("postgresql://dpo@h:7/db?channel_binding=require"))
                .toDisplayString(),
            QStringLiteral("postgresql://dpo@h:7/db?sslmode=verify-full&channel_binding=require"));
        const DatabaseUrl url =
            DatabaseUrl::parse(QStringLiteral("postgresql://dpo@h:7/db?sslmode=verify-full"));
        QCOMPARE(url.toDisplayString(),
                 QStringLiteral("postgresql://dpo@h:7/db?sslmode=verify-full"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"

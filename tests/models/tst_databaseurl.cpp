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
        QTest::newRow("unknown option") << "postgresql://u@h/db?timeout=3"
                                        << "only sslmode and sslrootcert";
        QTest::newRow("empty sslrootcert") << "postgresql://u@h/db?sslmode=verify-full&sslrootcert="
                                           << "CA certificate";
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

    void displayStringHasNoPassword()
    {
        const DatabaseUrl url =
            DatabaseUrl::parse(QStringLiteral("postgresql://dpo@h:7/db?sslmode=verify-full"));
        QCOMPARE(url.toDisplayString(),
                 QStringLiteral("postgresql://dpo@h:7/db?sslmode=verify-full"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// TLS to the PostgreSQL server: scripts/test.sh starts its cluster with ssl=on and a certificate
// for 127.0.0.1 made for the run (DPO_TEST_PG_CA). sslmode=require encrypts; verify-full checks
// the server against the CA named by sslrootcert, and refuses a server the CA did not sign; the
// connection reports how it travels (pg_stat_ssl).
#include "core/Error.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestTls : public QObject
{
    Q_OBJECT

    static bool encrypted(const QString& url)
    {
        Database database(DatabaseUrl::parse(url), qEnvironmentVariable("PGPASSWORD"));
        database.open();
        QSqlQuery q = prepareQuery(
            database.connection(),
            QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        execQuery(q, "tls");
        return q.next() && q.value(0).toBool();
    }

private slots:
    void connectionsAreEncryptedWhenAsked_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<bool>("tls");
        const QString ca = qEnvironmentVariable("DPO_TEST_PG_CA");
        QTest::newRow("disable") << "?sslmode=disable" << false;
        QTest::newRow("require") << "?sslmode=require" << true;
        QTest::newRow("verify-full with the CA")
            << (QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca) << true;
    }

    void connectionsAreEncryptedWhenAsked()
    {
        QFETCH(QString, options);
        QFETCH(bool, tls);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DPO_TEST_PG_CA"),
                 "DPO_TEST_PG_CA is not set: scripts/test.sh sets it");
        const QString base = qEnvironmentVariable("DPO_TEST_PG_URL");
        QVERIFY(!base.isEmpty());
        QCOMPARE(encrypted(base + options), tls);
    }

    // What the status bar shows, read from the server: encrypted or not, and verified only when
    // the certificate and the host's name were checked.
    void theConnectionSaysHowItTravels_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("verified");
        const QString ca = qEnvironmentVariable("DPO_TEST_PG_CA");
        QTest::newRow("disable") << "?sslmode=disable" << false << false;
        QTest::newRow("no sslmode, on this machine") << "" << true << false;
        QTest::newRow("require") << "?sslmode=require" << true << false;
        QTest::newRow("verify-ca")
            << (QStringLiteral("?sslmode=verify-ca&sslrootcert=") + ca) << true << false;
        QTest::newRow("verify-full")
            << (QStringLiteral("?sslmode=verify-full&sslrootcert=") + ca) << true << true;
    }
    void theConnectionSaysHowItTravels()
    {
        QFETCH(QString, options);
        QFETCH(bool, tls);
        QFETCH(bool, verified);
        Database database(DatabaseUrl::parse(qEnvironmentVariable("DPO_TEST_PG_URL") + options),
                          qEnvironmentVariable("PGPASSWORD"));
        database.open();
        const ConnectionSecurity security = database.connectionSecurity();
        QVERIFY(security.local);
        QCOMPARE(security.encrypted, tls);
        QCOMPARE(security.serverVerified, verified);
        QCOMPARE(security.protocol.startsWith(QStringLiteral("TLSv1.")), tls);
        QCOMPARE(security.cipher.isEmpty(), !tls);
    }

    void aServerTheCaDidNotSignIsRefused()
    {
        // Another CA: the system's bundle, which does not hold this run's certificate.
        const QString other = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        QVERIFY(QFile::exists(other));
        try {
            encrypted(qEnvironmentVariable("DPO_TEST_PG_URL") +
                      QStringLiteral("?sslmode=verify-full&sslrootcert=") + other);
            QFAIL("verify-full accepted a server its CA did not sign");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Connection);
            QVERIFY2(e.message().contains(QStringLiteral("certificate")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "security/ScramVerifier.h"

#include <QtTest>

using namespace dpo;

// That the server takes these verifiers for the passwords they were made of is seen in
// tst_postgresqlgroups (a login created with one connects with the password); here, the
// arithmetic against values computed apart (Python's hashlib and hmac, RFC 7677's salt).
class TestScramVerifier : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QString>("expected");
        QTest::newRow("RFC 7677's pencil")
            << QStringLiteral("pencil") << 4096
            << QStringLiteral(
                   "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7"
                   "BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=");
        QTest::newRow("Kyrgyz letters and signs")
            << QStringLiteral("Өрүк-Ңаа 2026!") << 4096
            << QStringLiteral(
                   "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$XmER9WS3c88V7Dm9TJoWI"
                   "O9UBLq+qjJq3Sf4iGRWtkg=:PB6DgMxaY2xKkk+7Fr13BJC+g09zMbXFEGyQe9lMxIY=");
        QTest::newRow("one iteration")
            << QStringLiteral("pencil") << 1
            << QStringLiteral("SCRAM-SHA-256$1:W22ZaJ0SNY7soEsUEjb6gQ==$bzcn5wYzlcMpEXczzDM1iuyLh"
                              "ni5BVbqsm82vjMHWXI=:fg/vS0Y425LcbLGWSqdzrFlRn9451QblzgpwLQYoXCI=");
    }
    void knownAnswers()
    {
        QFETCH(QString, password);
        QFETCH(int, iterations);
        QFETCH(QString, expected);
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        const QString made = ScramVerifier::make(password, salt, iterations);
        QCOMPARE(made, expected);
    }
    void decomposedLettersHashAsComposed()
    {
        // й typed as и + combining breve is й after NFKC,
        // which is what libpq's SASLprep sends.
        const QByteArray salt(16, 'x');
        QCOMPARE(
            ScramVerifier::make(QStringLiteral("Кий") + QChar(0x0438) + QChar(0x0306), salt, 8),
            ScramVerifier::make(QStringLiteral("Кийй"), salt, 8));
    }
    void saltMakesEveryVerifierDifferent()
    {
        const QString a = ScramVerifier::make(QStringLiteral("same-password"));
        const QString b = ScramVerifier::make(QStringLiteral("same-password"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        QVERIFY(!a.contains(QStringLiteral("same-password")));
    }
    void charactersSaslPrepWouldChangeAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("refused");
        QTest::newRow("no-break space") << QStringLiteral("pass\u00A0word-2026") << QString();
        QTest::newRow("soft hyphen")
            << QStringLiteral("pass\u00ADword-2026") << QStringLiteral("\u00AD");
        QTest::newRow("tab") << QStringLiteral("pass\tword-2026") << QStringLiteral("\t");
        QTest::newRow("Greek") << QStringLiteral("passwordλ2026") << QStringLiteral("λ");
        QTest::newRow("emoji") << QStringLiteral("password-🔑") << QStringLiteral("🔑");
        QTest::newRow("Kazakh ғ") << QStringLiteral("сөз-ғ-2026") << QStringLiteral("ғ");
    }
    void charactersSaslPrepWouldChangeAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(QString, refused);
        // NFKC makes a no-break space a space, which is taken; the rest stay and are refused.
        QCOMPARE(ScramVerifier::firstRefusedCharacter(password), refused);
        if (refused.isEmpty())
            return;
        try {
            ScramVerifier::make(password);
            QFAIL("a refused character was hashed");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(refused), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scramverifier.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"
#include "security/Sha256.h"

#include <QtTest>

using namespace dpo;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashVerifiesOnlyTheRightPassword()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("Жаңы сыр сөз 2026"));
        QVERIFY(hash.startsWith(QStringLiteral("scrypt$32768$8$1$")));
        QVERIFY(!hash.contains(QStringLiteral("Жаңы")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("Жаңы сыр сөз 2026"), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("жаңы сыр сөз 2026"), hash));
        QVERIFY(!PasswordHasher::verify(QString(), hash));
    }
    void saltMakesEveryHashDifferent()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("same-password"), {1u << 10, 8, 1});
        const QString b = PasswordHasher::hash(QStringLiteral("same-password"), {1u << 10, 8, 1});
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("same-password"), a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("same-password"), b));
    }
    void parametersTravelWithTheHash()
    {
        const QString weak = PasswordHasher::hash(QStringLiteral("pw-1234567"), {1u << 12, 4, 2});
        QVERIFY(weak.startsWith(QStringLiteral("scrypt$4096$4$2$")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("pw-1234567"), weak));
    }
    void malformedHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("pw-1234567");
        QTest::newRow("other scheme") << QStringLiteral("pbkdf2$1$1$1$AAAA$AAAA");
        QTest::newRow("n not a power of two")
            << QStringLiteral("scrypt$1000$8$1$c2FsdHNhbHRzYWx0$") + QString(44, QLatin1Char('A'));
        QTest::newRow("n too large")
            << QStringLiteral("scrypt$1073741824$8$1$c2FsdA==$") + QString(44, QLatin1Char('A'));
        QTest::newRow("short key") << QStringLiteral("scrypt$1024$8$1$c2FsdA==$AAAA");
    }
    void malformedHashesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("pw-1234567"), stored));
    }
    void sha256KnownAnswer()
    {
        QCOMPARE(Sha256::hashHex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 incremental;
        incremental.add("a");
        incremental.add("bc");
        QCOMPARE(incremental.result().toHex(), Sha256::hashHex("abc"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"

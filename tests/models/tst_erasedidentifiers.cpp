// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/ErasedIdentifiers.h"
#include "FeedFixture.h"

#include <QtTest>

using namespace dpo;
using Kind = ErasedIdentifiers::Kind;

// The erased identifiers are found alike whether their digests are read into memory (the usual
// case) or asked for one at a time (a database that erased very many).
class TestErasedIdentifiers : public test::FeedFixture
{
    Q_OBJECT

private slots:
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void findsWhatWasErased_data()
    {
        QTest::addColumn<qint64>("maxInMemory");
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("in memory") << ErasedIdentifiers::kMaxInMemory << true;
        QTest::newRow("a statement a value") << qint64(2) << false;
    }
    void findsWhatWasErased()
    {
        QFETCH(qint64, maxInMemory);
        QFETCH(bool, inMemory);
        const QSqlDatabase db = m_database->connection();
        const qint64 first = test::insertSubject(*m_database, QStringLiteral("OG-1"));
        const qint64 second = test::insertSubject(*m_database, QStringLiteral("OG-2"),
                                                  QStringLiteral("11503199012346"));
        {
            ErasedIdentifiers none(db, maxInMemory);
            none.checkForAny(db);
            QVERIFY(!none.anyErased());
            QCOMPARE(none.erasedSubject(Kind::PlatformRef, QStringLiteral("OG-OLD-1")), 0);
        }
        ErasedIdentifiers recorder(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        recorder.record(Kind::PlatformRef, QStringLiteral("OG-OLD-1"), first, now);
        recorder.record(Kind::Inn, QStringLiteral("21203199000011"), first, now);
        recorder.record(Kind::Phone, QStringLiteral("+996555100001"), second, now);

        ErasedIdentifiers erased(db, maxInMemory);
        erased.checkForAny(db);
        QVERIFY(erased.anyErased());
        QCOMPARE(erased.inMemory(), inMemory);
        QCOMPARE(erased.erasedSubject(Kind::PlatformRef, QStringLiteral("OG-OLD-1")), first);
        QCOMPARE(erased.erasedSubject(Kind::Inn, QStringLiteral("21203199000011")), first);
        QCOMPARE(erased.erasedSubject(Kind::Phone, QStringLiteral("+996555100001")), second);
        // Another value, the same value of another kind, and nothing at all are not erased.
        QCOMPARE(erased.erasedSubject(Kind::PlatformRef, QStringLiteral("OG-OLD-2")), 0);
        QCOMPARE(erased.erasedSubject(Kind::Phone, QStringLiteral("21203199000011")), 0);
        QCOMPARE(erased.erasedSubject(Kind::Inn, QString()), 0);
        // The digest is the table's: 64 hexadecimal digits, no identifier in the clear.
        const QString digest = erased.digest(Kind::Inn, QStringLiteral("21203199000011"));
        QCOMPARE(digest.size(), 64);
        QCOMPARE(test::scalar(*m_database,
                              QStringLiteral("SELECT subject_id FROM erased_identifiers WHERE "
                                             "kind = 'inn' AND digest = ?"),
                              {digest})
                     .toLongLong(),
                 first);
    }
};

QTEST_GUILESS_MAIN(TestErasedIdentifiers)
#include "tst_erasedidentifiers.moc"

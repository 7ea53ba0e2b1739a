// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged storage: a file of random bytes, a consent database cut short, a database from a newer
// schema. Each gives a clear message, no crash, and the file is left exactly as it was (the
// console never "repairs" evidence). A document whose stored bytes changed is refused on opening
// (tst_claimservice, tst_withdrawalservice).
#include "TestDatabase.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace dpo;

namespace {
QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opening and reading as the console does; the error's kind and message, or empty when it worked.
QString tryToUse(const QString& path, Error::Kind* kind)
{
    try {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        database.open();
        Migrator(database).migrate();
        ClaimService(database).list(QDate(2026, 11, 25));
    } catch (const Error& e) {
        *kind = e.kind();
        return e.message();
    }
    return {};
}
} // namespace

class TestDamagedStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A real consent database with a few claims, closed.
    QString makeDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        database.open(Database::OpenMode::CreateIfMissing);
        Migrator(database).migrate();
        OfficerService officers(database);
        officers.ensureFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), QString::fromLatin1(test::TestDatabase::kPassword));
        const Session admin = officers.signIn(QStringLiteral("admin"), QString::fromLatin1(test::TestDatabase::kPassword));
        for (int i = 0; i < 200; ++i) {
            ClaimService::Registration r;
            r.claimantName = QStringLiteral("Claimant %1 with a long name to fill pages").arg(i);
            r.receivedOn = QDate(2026, 11, 20);
            r.subjectMatter = QString(400, QLatin1Char('x'));
            ClaimService(database).registerClaim(admin, r);
        }
        execConstant(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
        return path;
    }

private slots:
    void randomBytes()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator random(7);
        for (char& b : bytes)
            b = char(random.bounded(256));
        file.write(bytes);
        file.close();
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QCOMPARE(kind, Error::Kind::Connection);
        QVERIFY2(message.contains(QStringLiteral("not a SQLite consent database")), qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }

    void aDatabaseCutShort_data()
    {
        QTest::addColumn<double>("kept");
        QTest::newRow("half") << 0.5;
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("the header only") << 0.0;
    }
    void aDatabaseCutShort()
    {
        QFETCH(double, kept);
        const QString path = makeDatabase(QStringLiteral("cut-%1.sqlite").arg(kept));
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 100 * 1024);
        QVERIFY(file.resize(kept > 0 ? qint64(size * kept) : 100));
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QVERIFY2(!message.isEmpty(), "a database cut short was used as if whole");
        QVERIFY2(kind == Error::Kind::Connection || kind == Error::Kind::Database, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("malformed")) || message.contains(QStringLiteral("not a")) ||
                     message.contains(QStringLiteral("disk image")),
                 qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }

    void aNewerSchema()
    {
        const QString path = makeDatabase(QStringLiteral("newer.sqlite"));
        {
            Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
            database.open();
            QSqlQuery q = prepareQuery(database.connection(), QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(Migrator::latestVersion() + 1);
            q.addBindValue(QStringLiteral("2027-01-01T00:00:00.000Z"));
            execQuery(q, "a newer version");
            execConstant(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
        }
        const QByteArray before = sha256Of(path);
        Error::Kind kind{};
        const QString message = tryToUse(path, &kind);
        QCOMPARE(kind, Error::Kind::SchemaTooNew);
        QVERIFY2(message.contains(QString::number(Migrator::latestVersion() + 1)), qPrintable(message));
        QCOMPARE(sha256Of(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDamagedStorage)
#include "tst_damagedstorage.moc"

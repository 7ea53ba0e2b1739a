// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

#include <sys/stat.h>

using namespace dpo;

class TestConnection : public QObject
{
    Q_OBJECT
    static Error openError(const QString& url, Database::OpenMode mode,
                           const QString& password = {})
    {
        Database database(DatabaseUrl::parse(url), password);
        try {
            database.open(mode);
        } catch (const Error& e) {
            return e;
        }
        return Error(Error::Kind::Database, QStringLiteral("opened without an error"));
    }
private slots:
    void opensTheTestDatabase()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        auto database = fixture.open(false);
        QVERIFY(database->connection().isOpen());
        // Another thread gets its own named connection.
        QString otherName;
        QThread* thread =
            QThread::create([&] { otherName = database->connection().connectionName(); });
        thread->start();
        thread->wait();
        delete thread;
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != database->connection().connectionName());
    }

    void sqliteFailuresNameTheCause()
    {
        if (test::TestDatabase::isPostgres())
            return; // these are about files; the PostgreSQL run has its own cases below
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        Error e = openError(QStringLiteral("sqlite:") + missing, Database::OpenMode::MustExist);
        QCOMPARE(e.kind(), Error::Kind::Connection);
        QVERIFY2(e.message().contains(QStringLiteral("does not exist")), qPrintable(e.message()));
        QVERIFY(!QFile::exists(missing));

        e = openError(QStringLiteral("sqlite:") +
                          dir.filePath(QStringLiteral("no/such/folder/x.sqlite")),
                      Database::OpenMode::CreateIfMissing);
        QVERIFY2(e.message().contains(QStringLiteral("folder")), qPrintable(e.message()));

        const QString text = dir.filePath(QStringLiteral("letter.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "This is a letter, not a database. It is long enough to have a header, surely.\n");
        file.close();
        e = openError(QStringLiteral("sqlite:") + text, Database::OpenMode::MustExist);
        QCOMPARE(e.kind(), Error::Kind::Connection);
        QVERIFY2(e.message().contains(QStringLiteral("not a SQLite consent database")),
                 qPrintable(e.message()));

        e = openError(QStringLiteral("sqlite:") + dir.path(), Database::OpenMode::MustExist);
        QVERIFY2(e.message().contains(QStringLiteral("folder")), qPrintable(e.message()));
    }

    void discardRemovesAHalfMadeFile()
    {
        if (test::TestDatabase::isPostgres())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        database.open(Database::OpenMode::CreateIfMissing);
        QVERIFY(database.createdFile());
        QVERIFY(QFile::exists(path));
        database.discardCreatedFile();
        QVERIFY(!QFile::exists(path));
    }

    // Files of personal data are the owner's only, whatever the umask: the database and the
    // write-ahead log SQLite makes beside it once something is written.
    void aNewDatabaseFileIsTheOwnersOnly()
    {
        if (test::TestDatabase::isPostgres())
            return; // a server's files are the server's
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const mode_t before = ::umask(0022);
        {
            Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
            database.open(Database::OpenMode::CreateIfMissing);
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            const QFile::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                              QFileDevice::ReadOther | QFileDevice::WriteOther;
            for (const QString& file : {path, path + QStringLiteral("-wal")}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QVERIFY2((QFile::permissions(file) & ownerOnly) == ownerOnly, qPrintable(file));
                QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
            }
        }
        ::umask(before);
    }

    void postgresFailuresNameTheCause()
    {
        if (!test::TestDatabase::isPostgres())
            return;
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        const DatabaseUrl good = DatabaseUrl::parse(fixture.url());

        // A port where nothing listens: connection refused.
        const int freePort = 1; // tcpmux: nothing listens there on a test machine
        Error e = openError(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                .arg(good.user)
                                .arg(freePort)
                                .arg(good.databaseName),
                            Database::OpenMode::MustExist);
        QCOMPARE(e.kind(), Error::Kind::Connection);
        QVERIFY2(e.message().contains(QStringLiteral("Cannot connect to PostgreSQL")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QString::number(freePort)), qPrintable(e.message()));

        // A wrong password: the GUI asks for another.
        const QByteArray saved = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "definitely-wrong");
        e = openError(fixture.url(), Database::OpenMode::MustExist);
        qputenv("PGPASSWORD", saved);
        QCOMPARE(e.kind(), Error::Kind::PasswordRequired);
        QVERIFY(!e.message().contains(QStringLiteral("definitely-wrong")));

        // A database that does not exist.
        e = openError(QStringLiteral("postgresql://%1@%2:%3/no_such_db")
                          .arg(good.user, good.host)
                          .arg(good.port),
                      Database::OpenMode::MustExist);
        QCOMPARE(e.kind(), Error::Kind::Connection);
        QVERIFY2(e.message().contains(QStringLiteral("no_such_db")), qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrator.h"
#include "db/Sql.h"
#include "FakePrompts.h"
#include "StartupFlow.h"
#include "TestDatabase.h"
#include "UserPrompts.h"

#include <QtTest>

using namespace dpo;

using test::FakePrompts;

class TestStartupFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private slots:
    void opensAMigratedDatabase()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        fixture.open(true);
        QSettings s(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        FakePrompts prompts;
        StartupFlow flow(s, prompts, QStringLiteral("ky"));
        QString error;
        QVERIFY2(flow.openDatabase(fixture.url(), error), qPrintable(error));
        QVERIFY(flow.database());
        QCOMPARE(prompts.confirmations, 0);
    }

    void refusesAnEmptyOrNewerDatabaseWithTheReason()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        fixture.open(false); // exists (SQLite file created) but holds no schema
        QSettings s(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        FakePrompts prompts;
        StartupFlow flow(s, prompts, QStringLiteral("ky"));
        QString error;
        QVERIFY(!flow.openDatabase(fixture.url(), error));
        QVERIFY2(error.contains(QStringLiteral("dpo-console init")), qPrintable(error));

        auto database = fixture.open(true);
        QSqlQuery q = prepareQuery(
            database->connection(),
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(Migrator::latestVersion() + 1);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        execQuery(q, "future");
        error.clear();
        QVERIFY(!flow.openDatabase(fixture.url(), error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void asksForThePostgresPasswordWhenTheServerWantsOne()
    {
        if (!test::TestDatabase::isPostgres())
            return; // SQLite has no password
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        fixture.open(true);
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        QSettings s(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        FakePrompts prompts;
        prompts.password = QString::fromLatin1(saved);
        StartupFlow flow(s, prompts, QStringLiteral("ky"));
        QString error;
        const bool opened = flow.openDatabase(fixture.url(), error);
        FakePrompts cancelling;
        cancelling.acceptPassword = false;
        StartupFlow cancelled(s, cancelling, QStringLiteral("ky"));
        QString cancelError;
        const bool openedWithoutPassword = cancelled.openDatabase(fixture.url(), cancelError);
        qputenv("PGPASSWORD", saved);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(prompts.passwordQuestions, 1);
        QVERIFY(!openedWithoutPassword);
        QVERIFY(cancelError.isEmpty()); // cancelled, not failed
        QCOMPARE(cancelling.passwordQuestions, 1);
    }
};

QTEST_MAIN(TestStartupFlow)
#include "tst_startupflow.moc"

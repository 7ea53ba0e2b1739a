// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "RoleScript.h"
#include "services/OfficerService.h"
#include "StartupFlow.h"
#include "TestDatabase.h"
#include "UserPrompts.h"

#include <QApplication>
#include <QtTest>
#include <unistd.h>

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

    // Connected with an officer's own login, the console signs that officer in with the password
    // just typed to connect: it is not asked a second time (PostgreSQL, schema version 29).
    void anOwnLoginIsAskedItsPasswordOnce()
    {
        if (!test::TestDatabase::isPostgres())
            return; // SQLite has no logins
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto owner = fixture.openWithAdmin(admin);
        QVERIFY(test::runAsOwner(*owner, test::roleScriptStatements("officer_groups.sql")));
        const QString name = QStringLiteral("flow.officer.%1").arg(::getpid());
        QSqlQuery(owner->connection()).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
        const QString first = QStringLiteral("first-password-1");
        const QString mine = QStringLiteral("my-own-password-2");
        OfficerService(*owner).createOfficer(admin, name, name, Role::Officer, first,
                                             OfficerService::Login::OwnLogin);
        {
            auto own = test::connectAs(fixture, name, first);
            OfficerService officers(*own);
            officers.changeOwnPassword(officers.signIn(name, first), first, mine);
        }
        DatabaseUrl url = DatabaseUrl::parse(fixture.url());
        url.user = name;

        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        QSettings s(m_dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        FakePrompts prompts;
        prompts.password = mine;
        StartupFlow flow(s, prompts, QStringLiteral("ky"));
        QStringList dialogs; // any modal dialog shown meanwhile (the sign-in's would be one)
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&dialogs] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                dialogs << modal->objectName();
                modal->close();
            }
        });
        watch.start(20);
        const bool started = flow.start(url.toDisplayString());
        watch.stop();
        qputenv("PGPASSWORD", saved);
        QVERIFY(started);
        QVERIFY(flow.mainWindow());
        QCOMPARE(prompts.passwordQuestions, 1);
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QStringLiteral(", "))));
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT officer_username FROM audit_log WHERE "
                                                     "action = 'officer.sign_in' ORDER BY seq "
                                                     "DESC LIMIT 1"))
                     .toString(),
                 name);
    }
};

QTEST_MAIN(TestStartupFlow)
#include "tst_startupflow.moc"

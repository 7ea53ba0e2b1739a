// SPDX-License-Identifier: GPL-3.0-or-later
// The watch on statements whose answer is long in coming (db/StatementWatch.h), through a proxy
// frozen with SIGSTOP (tests/support/tcp_proxy.py): a way that passes nothing while the
// connection stays open, which no TCP timeout notices. A statement sent into it ends within
// seconds as a lost connection, and the next connection, once the way is back, works; a statement
// the server is working on is waited for, however long it takes.
#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "db/StatementWatch.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <thread>

using namespace dpo;
using namespace std::chrono_literals;

class TestStatementWatch : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    QProcess m_proxy;
    int m_proxyPort = 0;

    QString proxiedUrl() const
    {
        const DatabaseUrl url = DatabaseUrl::parse(m_fixture.url());
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(url.user)
            .arg(m_proxyPort)
            .arg(url.databaseName);
    }
    // The answer to SELECT 1 on the database's connection (made anew when it was lost).
    static int selectOne(Database& database)
    {
        QSqlQuery q = prepareQuery(database.connection(), QStringLiteral("SELECT 1"));
        execQuery(q, "ask");
        return q.next() ? q.value(0).toInt() : 0;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        QVERIFY(test::TestDatabase::isPostgres());
        m_fixture.open();
        m_proxy.start(QStringLiteral("python3"),
                      {QStringLiteral(DPO_SOURCE_DIR "/tests/support/tcp_proxy.py"),
                       QString::number(DatabaseUrl::parse(m_fixture.url()).port)});
        QVERIFY(m_proxy.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy.canReadLine(), 10000);
        const QByteArray line = m_proxy.readLine().trimmed();
        const QList<QByteArray> ready = line.split(' ');
        QVERIFY2(ready.size() == 2 && ready.first() == "ready", line.constData());
        m_proxyPort = ready.last().toInt();
        QVERIFY(m_proxyPort > 0);
        StatementWatch::setPatience(1500ms);
    }

    void cleanupTestCase()
    {
        if (m_proxy.state() == QProcess::Running) {
            ::kill(pid_t(m_proxy.processId()), SIGCONT);
            m_proxy.kill();
            m_proxy.waitForFinished();
        }
        StatementWatch::setPatience(10s);
    }

    void aStatementTheServerIsWorkingOnIsWaitedFor()
    {
        Database database(DatabaseUrl::parse(proxiedUrl()));
        database.open();
        const int shutBefore = StatementWatch::connectionsShut();
        QElapsedTimer timer;
        timer.start();
        // Four seconds of the server's work, asked after (every 1.5 s) and found running.
        QSqlQuery q = prepareQuery(database.connection(), QStringLiteral("SELECT pg_sleep(4)"));
        execQuery(q, "sleep");
        QVERIFY(timer.elapsed() >= 4000);
        QCOMPARE(StatementWatch::connectionsShut(), shutBefore);
        QCOMPARE(selectOne(database), 1);
    }

    void whatIsSentIntoAFrozenWayEndsAsALostConnection_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("a statement") << QStringLiteral("statement");
        // Each begins with a statement of its own (a reading one asks for its snapshot in it):
        // a begin lost is told as a lost connection too, not as the database's refusal.
        QTest::newRow("a reading transaction") << QStringLiteral("read");
        QTest::newRow("a writing transaction") << QStringLiteral("write");
    }
    void whatIsSentIntoAFrozenWayEndsAsALostConnection()
    {
        QFETCH(QString, what);
        Database database(DatabaseUrl::parse(proxiedUrl()));
        database.open();
        QCOMPARE(selectOne(database), 1);
        const int shutBefore = StatementWatch::connectionsShut();
        const auto proxy = pid_t(m_proxy.processId());
        QCOMPARE(::kill(proxy, SIGSTOP), 0);
        // Without the watch the statement would wait as long as the way is frozen: thawed after
        // 40 s, it would then succeed, and the test fail (not hang).
        std::thread thaw([proxy] {
            std::this_thread::sleep_for(40s);
            ::kill(proxy, SIGCONT);
        });
        QElapsedTimer timer;
        timer.start();
        bool lost = false;
        try {
            if (what == QStringLiteral("statement")) {
                QSqlQuery q = prepareQuery(database.connection(), QStringLiteral("SELECT 2"));
                execQuery(q, "ask");
            } else {
                const TransactionGuard t(database.connection(),
                                         what == QStringLiteral("read")
                                             ? TransactionGuard::Intent::Read
                                             : TransactionGuard::Intent::Write);
            }
        } catch (const Error& e) {
            lost = e.kind() == Error::Kind::Connection;
            QVERIFY2(lost, qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("lost")), qPrintable(e.message()));
        }
        const qint64 waited = timer.elapsed();
        ::kill(proxy, SIGCONT);
        thaw.detach(); // its late SIGCONT finds the proxy going, or gone
        QVERIFY2(lost, "what was sent into a frozen way came back");
        // The patience (1.5 s), then the question's own connection, refused its answer for 2 s.
        QVERIFY2(waited < 15000, qPrintable(QString::number(waited)));
        QCOMPARE(StatementWatch::connectionsShut(), shutBefore + 1);
        // The way back: the next statement connects anew.
        QCOMPARE(selectOne(database), 1);
    }
};

QTEST_GUILESS_MAIN(TestStatementWatch)
#include "tst_statementwatch.moc"

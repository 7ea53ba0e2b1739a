// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets a command is given in its environment do not stay there: a long-running command
// (the feed worker, which runs for months) can be read from outside through /proc/PID/environ,
// where DPO_CONSOLE_PASSWORD was left for the life of the process. Both backends.
#include "CliRun.h"
#include "TestDatabase.h"

#include <QFile>
#include <QtTest>

using namespace dpo;

class TestCliSecrets : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;

private slots:
    void theWorkersPasswordIsNotLeftInItsEnvironment()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        const QByteArray password = "worker-secret-4711";
        test::CliRun r =
            test::runConsole({"init", "--database", m_fixture.url(), "--admin", "admin"}, password);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QProcess worker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_CONSOLE_PASSWORD"), QString::fromLatin1(password));
        env.insert(QStringLiteral("DPO_CONSOLE_KEY_PASSPHRASE"),
                   QStringLiteral("worker key passphrase"));
        env.insert(QStringLiteral("DPO_CONSOLE_LANGUAGE"), QStringLiteral("en"));
        worker.setProcessEnvironment(env);
        worker.start(QStringLiteral(DPO_CONSOLE_EXECUTABLE),
                     {"feed", "run", "--database", m_fixture.url(), "--officer", "admin"});
        QVERIFY(worker.waitForStarted(30000));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT(
            (said += worker.readAllStandardError()).contains("applying the inbox"), 60000);

        QFile environment(QStringLiteral("/proc/%1/environ").arg(worker.processId()));
        QVERIFY(environment.open(QIODevice::ReadOnly));
        const QByteArray block = environment.readAll();
        QVERIFY(block.contains("DPO_CONSOLE_LANGUAGE=en")); // the block is the worker's
        QVERIFY2(!block.contains(password), "the password is readable in /proc/PID/environ");
        QVERIFY2(!block.contains("worker key passphrase"),
                 "the key's passphrase is readable in /proc/PID/environ");

        worker.terminate(); // SIGTERM: the worker stops cleanly
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"

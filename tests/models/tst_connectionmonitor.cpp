// SPDX-License-Identifier: GPL-3.0-or-later
// The connection monitor probes on a thread of its own: with the PostgreSQL server behind a port
// that stops answering (a proxy this test starts and freezes; the connection stays open, nothing
// comes back, as on a network that drops packets), the owning thread's event loop keeps turning
// while the probe waits, the silence is reported as "lost" after the answer time, and when the
// port answers again the waiting probe completes and the connection is "restored".
#include "core/Error.h"
#include "db/ConnectionMonitor.h"
#include "db/Sql.h"
#include "FreezableProxy.h"
#include "TestDatabase.h"

#include <QScopeGuard>
#include <QtTest>

using namespace dpo;

namespace {
int select(const QSqlDatabase& db, int value)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT ?"));
    q.addBindValue(value);
    execQuery(q, "probe");
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestConnectionMonitor : public QObject
{
    Q_OBJECT
private slots:
    void aSilentServerNeverHoldsUpTheOwningThread()
    {
        const QString base = qEnvironmentVariable("DPO_TEST_PG_URL");
        QVERIFY2(!base.isEmpty(), "DPO_TEST_PG_URL is not set: scripts/test.sh sets it");
        const DatabaseUrl direct = DatabaseUrl::parse(base);
        QThread proxyThread;
        auto* proxy = new test::FreezableProxy(quint16(direct.port));
        proxy->moveToThread(&proxyThread);
        connect(&proxyThread, &QThread::finished, proxy, &QObject::deleteLater);
        proxyThread.start();
        QMetaObject::invokeMethod(proxy, &test::FreezableProxy::listen,
                                  Qt::BlockingQueuedConnection);
        QVERIFY(proxy->port() != 0);

        DatabaseUrl viaProxy = direct;
        viaProxy.port = proxy->port();
        Database database(viaProxy, qEnvironmentVariable("PGPASSWORD"));
        database.open();
        QCOMPARE(select(database.connection(), 1), 1);
        {
            ConnectionMonitor monitor(database);
            QSignalSpy lost(&monitor, &ConnectionMonitor::lost);
            QSignalSpy restored(&monitor, &ConnectionMonitor::restored);
            QSignalSpy started(&monitor, &ConnectionMonitor::probeStarted);
            QSignalSpy answered(&monitor, &ConnectionMonitor::probeAnswered);
            monitor.setAnswerTime(1500);
            monitor.setInterval(100);
            QTRY_VERIFY(answered.count() >= 1); // the probe's own connection is made
            QVERIFY(monitor.isConnected());

            QMetaObject::invokeMethod(
                proxy, [proxy] { proxy->setFrozen(true); }, Qt::BlockingQueuedConnection);
            // Thawed before the monitor goes, whatever fails below: its destructor waits for
            // the probe, which a frozen proxy would keep waiting.
            const auto thaw = qScopeGuard([proxy] {
                QMetaObject::invokeMethod(
                    proxy, [proxy] { proxy->setFrozen(false); }, Qt::BlockingQueuedConnection);
            });
            // A probe sent after the freeze (one sent before may still answer).
            const int startedAtFreeze = int(started.count());
            QTRY_VERIFY(started.count() > startedAtFreeze && monitor.isProbing());
            const int before = int(answered.count());
            // While the probe waits, this thread's event loop turns: the longest gap between two
            // 10 ms ticks over 3 s stays under 100 ms (the bound for the window).
            QElapsedTimer clock;
            clock.start();
            qint64 last = 0, longest = 0;
            int ticks = 0;
            QTimer tick;
            tick.setInterval(10);
            connect(&tick, &QTimer::timeout, this, [&] {
                const qint64 now = clock.elapsed();
                longest = std::max(longest, now - last);
                last = now;
                ++ticks;
            });
            tick.start();
            QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 3000, 5000);
            tick.stop();
            qInfo("probe waiting for 3 s: %d ticks, longest gap %lld ms", ticks, longest);
            QVERIFY2(longest < 100, qPrintable(QStringLiteral("%1 ms").arg(longest)));
            QVERIFY(monitor.isProbing()); // it was waiting all along
            QCOMPARE(answered.count(), before);
            QCOMPARE(lost.count(), 1); // after the answer time
            QVERIFY(lost.first().at(0).toString().contains(QStringLiteral("1")));
            QVERIFY(!monitor.isConnected());

            QMetaObject::invokeMethod(
                proxy, [proxy] { proxy->setFrozen(false); }, Qt::BlockingQueuedConnection);
            QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
            QVERIFY(monitor.isConnected());
            QCOMPARE(lost.count(), 1);
        }
        // the owning thread's connection is whole again (the monitor made sure before "restored")
        QCOMPARE(select(database.connection(), 2), 2);
        database.closeThreadConnection();
        proxyThread.quit();
        proxyThread.wait();
    }
};

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The window over a PostgreSQL server that stops answering: the test puts its database behind a
// proxy and freezes it (the connection stays open, nothing comes back, as on a network that drops
// packets). While the connection monitor's probe waits on its own thread, and the claims register
// the officer opened meanwhile waits on its own, the window still repaints and its event loop
// still turns within 100 ms; the status bar says the connection is lost after the answer time, and
// that it is back when the proxy thaws, when the register shows what the database holds.
#include "db/ConnectionMonitor.h"
#include "db/DatabaseUrl.h"
#include "FakePrompts.h"
#include "FreezableProxy.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "pages/ClaimsPage.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScopeGuard>
#include <QThread>
#include <QtTest>

using namespace dpo;

namespace {
// Counts the paint events a widget receives, with when the last one came.
class PaintWatch : public QObject
{
public:
    QElapsedTimer clock;
    qint64 lastPaint = -1;
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            lastPaint = clock.elapsed();
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestFrozenServer : public QObject
{
    Q_OBJECT
private slots:
    void theWindowAnswersWhileTheServerIsSilent()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        fixture.openWithAdmin(admin); // migrated, with its administrator

        QThread proxyThread;
        const DatabaseUrl direct = DatabaseUrl::parse(fixture.url());
        auto* proxy = new test::FreezableProxy(quint16(direct.port));
        proxy->moveToThread(&proxyThread);
        connect(&proxyThread, &QThread::finished, proxy, &QObject::deleteLater);
        proxyThread.start();
        // Ended on every way out, a failed check's included (a running QThread destroyed aborts).
        const auto stopProxy = qScopeGuard([&proxyThread] {
            proxyThread.quit();
            proxyThread.wait();
        });
        QMetaObject::invokeMethod(proxy, &test::FreezableProxy::listen,
                                  Qt::BlockingQueuedConnection);
        DatabaseUrl viaProxy = direct;
        viaProxy.port = proxy->port();
        Database database(viaProxy, qEnvironmentVariable("PGPASSWORD"));
        database.open();
        {
            test::FakePrompts prompts;
            MainWindow window(database, admin, QStringLiteral("en"), prompts);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* monitor = window.findChild<ConnectionMonitor*>();
            QVERIFY(monitor);
            auto* label = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
            QVERIFY(label);
            QSignalSpy answered(monitor, &ConnectionMonitor::probeAnswered);
            monitor->setAnswerTime(1500);
            monitor->setInterval(100);
            QTRY_VERIFY(answered.count() >= 1);
            QTest::qWait(300); // the first page's reads are done

            QMetaObject::invokeMethod(
                proxy, [proxy] { proxy->setFrozen(true); }, Qt::BlockingQueuedConnection);

            // Thawed before the monitor goes, whatever fails below: its destructor waits for
            // the probe, which a frozen proxy would keep waiting.
            const auto thaw = qScopeGuard([proxy] {
                QMetaObject::invokeMethod(
                    proxy, [proxy] { proxy->setFrozen(false); }, Qt::BlockingQueuedConnection);
            });
            // A probe waiting on the frozen server: one sent after the freeze, or one sent before
            // whose answer the proxy now holds (the monitor sends no other while it waits). An
            // answer already past the proxy may still arrive: waiting goes on until none has
            // come for half a second.
            int answersSeen = int(answered.count());
            QElapsedTimer quiet;
            quiet.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                if (answered.count() != answersSeen) {
                    answersSeen = int(answered.count());
                    quiet.restart();
                }
                return monitor->isProbing() && quiet.elapsed() >= 500;
                }(),
                10000);
            const int before = int(answered.count());

            // For 3 s of a waiting probe: the window asked to repaint every 100 ms, and the time
            // until it paints measured; the longest gap between two 10 ms ticks measured too.
            // A second in, the officer opens the claims register, which the server does not
            // answer either.
            PaintWatch watch;
            watch.clock.start();
            window.installEventFilter(&watch);
            window.centralWidget()->installEventFilter(&watch);
            qint64 lastTick = 0, longestTick = 0, longestPaint = 0;
            QTimer tick;
            tick.setInterval(10);
            connect(&tick, &QTimer::timeout, this, [&] {
                const qint64 now = watch.clock.elapsed();
                longestTick = std::max(longestTick, now - lastTick);
                lastTick = now;
            });
            tick.start();
            for (int round = 0; round < 30; ++round) {
                if (round == 10)
                    window.showSection(3);
                const qint64 asked = watch.clock.elapsed();
                const int paintsBefore = watch.paints;
                window.centralWidget()->update();
                QTRY_VERIFY_WITH_TIMEOUT(watch.paints > paintsBefore, 1000);
                longestPaint = std::max(longestPaint, watch.lastPaint - asked);
                QTest::qWait(100 - int(std::min<qint64>(100, watch.clock.elapsed() - asked)));
            }
            tick.stop();
            qInfo("3 s of a silent server: longest repaint %lld ms, longest tick gap %lld ms",
                  longestPaint, longestTick);
            QVERIFY2(longestPaint < 100, qPrintable(QStringLiteral("%1 ms").arg(longestPaint)));
            QVERIFY2(longestTick < 100, qPrintable(QStringLiteral("%1 ms").arg(longestTick)));
            QVERIFY(monitor->isProbing()); // the probe waited all along
            auto* claims = window.findChild<ClaimsPage*>();
            QVERIFY(claims && claims->isVisible());
            QVERIFY(claims->isLoading()); // and so did the register
            QVERIFY2(
                window.findChild<QLabel*>(QStringLiteral("claimsSummary"))
                    ->text()
                    .contains(QStringLiteral("Reading")),
                qPrintable(window.findChild<QLabel*>(QStringLiteral("claimsSummary"))->text()));
            QCOMPARE(int(answered.count()), before);
            QVERIFY2(label->text().contains(QStringLiteral("Connection lost")),
                     qPrintable(label->text()));

            QMetaObject::invokeMethod(
                proxy, [proxy] { proxy->setFrozen(false); }, Qt::BlockingQueuedConnection);
            QTRY_VERIFY_WITH_TIMEOUT(!label->text().contains(QStringLiteral("Connection lost")),
                                     10000);
            QVERIFY(monitor->isConnected());
            QVERIFY(test::registerLoaded(*claims));
            QCOMPARE(claims->rowCount(), 0);
            QVERIFY2(
                window.findChild<QLabel*>(QStringLiteral("claimsSummary"))
                    ->text()
                    .startsWith(QStringLiteral("0 entries")),
                qPrintable(window.findChild<QLabel*>(QStringLiteral("claimsSummary"))->text()));
            window.removeEventFilter(&watch);
            window.centralWidget()->removeEventFilter(&watch);
        }
        database.closeThreadConnection();
    }
};

QTEST_MAIN(TestFrozenServer)
#include "tst_frozenserver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper, not a test: one officer's console left open on the dashboard for a while, the
// load an open console puts on the server beside the change feed's worker (scripts/bench.sh
// starts two of these while `feed run` drains the inbox). Usage:
//   bench_console URL OFFICER SECONDS   (passwords from DPO_CONSOLE_PASSWORD and PGPASSWORD)
// It closes after SECONDS, or sooner on SIGTERM.
// The real main window, signed in as OFFICER, rendered offscreen: on PostgreSQL it hears every
// committed change (LISTEN/NOTIFY) and reads the dashboard and what is on screen again, as an
// officer's console does. Prints the announcements heard, the refreshes made, and the process's
// CPU time and peak memory.
#include "BenchSupport.h"
#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "FakePrompts.h"
#include "MainWindow.h"
#include "services/ChangeFeed.h"
#include "services/OfficerService.h"

#include <csignal>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <sys/resource.h>

namespace {
volatile std::sig_atomic_t g_stop = 0;
void onStop(int)
{
    g_stop = 1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool ok = false;
    const int seconds = argc == 4 ? QString::fromLocal8Bit(argv[3]).toInt(&ok) : 0;
    if (!ok || seconds < 1) {
        std::fprintf(stderr, "usage: bench_console URL OFFICER SECONDS\n");
        return 2;
    }
    using namespace dpo;
    try {
        Database database(DatabaseUrl::parse(QString::fromLocal8Bit(argv[1])),
                          qEnvironmentVariable("PGPASSWORD"));
        database.open();
        const Session session = OfficerService(database).signIn(
            QString::fromLocal8Bit(argv[2]), qEnvironmentVariable("DPO_CONSOLE_PASSWORD"));
        test::FakePrompts prompts;
        MainWindow window(database, session, QStringLiteral("ky"), prompts);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        int heard = 0;
        int refreshes = 0;
        if (auto* feed = window.findChild<ChangeFeed*>())
            QObject::connect(feed, &ChangeFeed::changed, [&] { ++heard; });
        if (auto* changes = window.findChild<QTimer*>(QStringLiteral("changeTimer")))
            QObject::connect(changes, &QTimer::timeout, [&] { ++refreshes; });
        const double cpuBefore = cpuSeconds();
        std::printf("console open\n");
        std::fflush(stdout);
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onStop);
        QTimer stop; // a signal handler may only set a flag: the loop looks at it
        QObject::connect(&stop, &QTimer::timeout, [] {
            if (g_stop)
                QCoreApplication::quit();
        });
        stop.start(100);
        QElapsedTimer open;
        open.start();
        QApplication::exec();
        std::printf("%d announcements heard, %d refreshes, %.1f s CPU in %.1f s, peak %ld MB\n",
                    heard, refreshes, cpuSeconds() - cpuBefore, double(open.elapsed()) / 1000,
                    bench::peakKilobytes() / 1024);
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_console: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

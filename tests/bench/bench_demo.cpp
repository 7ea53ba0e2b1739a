// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: generates N demo subjects into a fresh SQLite (or DPO_TEST_BACKEND)
// database and prints the time and throughput. Usage: bench_demo [N] (default 1000000).
#include "demo/DemoDataService.h"
#include "services/SubjectService.h"
#include "TestDatabase.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    dpo::test::TestDatabase fixture;
    if (!fixture.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.problem()));
        return 1;
    }
    dpo::Session admin;
    auto database = fixture.openWithAdmin(admin);
    dpo::DemoDataService::Options options;
    options.subjects = n;
    QElapsedTimer timer;
    timer.start();
    const auto summary = dpo::DemoDataService(*database).generate(admin, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("demo %s: %lld subjects, %lld transfers in %.2f s (%.0f subjects/s)\n",
                qPrintable(fixture.url().section(QLatin1Char(':'), 0, 0)), summary.subjects,
                summary.transfers, seconds, double(summary.subjects) / seconds);
    timer.restart();
    const int found =
        int(dpo::SubjectService(*database).search(admin, QStringLiteral("үсөн"), 100).size());
    std::printf("search \"үсөн\": %d rows in %.2f ms\n", found, double(timer.nsecsElapsed()) / 1e6);
    return 0;
}

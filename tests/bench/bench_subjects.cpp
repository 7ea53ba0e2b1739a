// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: the subjects list on a large database, as the officer meets it.
// Usage: bench_subjects URL [all|first|jump|search [RECORD_DIR]]
//   URL: sqlite:PATH or postgresql://... (a database made with `dpo-console demo --subjects
//   1000000`)
// Prints: open to first rows, search latency (median and p95), jump to the end, peak memory; one
// phase alone for its own peak memory (scripts/bench.sh). With RECORD_DIR the phase's timed
// statements are written there (first.sql, jump.sql, search-NN.sql) to be run raw as references.
#include "BenchSupport.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "items/SubjectListModel.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace {
double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What a view does to show rows first..first+count: ask, then load.
void show(dpo::SubjectListModel& model, int first, int count)
{
    for (int row = first; row < first + count && row < model.rowCount(); ++row)
        model.index(row, 0).data();
    model.fetchWantedPages();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString phase = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("all");
    const QStringList phases{QStringLiteral("all"), QStringLiteral("first"), QStringLiteral("jump"),
                             QStringLiteral("search")};
    if (argc < 2 || !phases.contains(phase)) {
        std::fprintf(stderr, "usage: bench_subjects sqlite:PATH|postgresql://... "
                             "[all|first|jump|search [RECORD_DIR]]\n");
        return 2;
    }
    const QString recordDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const auto recordTo = [&](const QString& name) {
        return recordDir.isEmpty() ? QString() : recordDir + QLatin1Char('/') + name;
    };
    dpo::Database database(dpo::DatabaseUrl::parse(QString::fromLocal8Bit(argv[1])));
    database.open();
    if (dpo::Migrator(database).currentVersion() < dpo::Migrator::latestVersion()) {
        std::printf("migrating to schema version %d first (not timed)\n",
                    dpo::Migrator::latestVersion());
        dpo::Migrator(database).migrate();
    }
    QElapsedTimer timer;
    dpo::SubjectListModel model(database, dpo::bench::firstAdministrator(database));
    {
        const dpo::bench::StatementRecorder recorder(
            phase == QStringLiteral("first") ? recordTo(QStringLiteral("first.sql")) : QString());
        timer.start();
        model.setFilter(dpo::SubjectFilter());
        show(model, 0, 40);
    }
    const double firstRows = ms(timer);
    std::printf("subjects: %lld\n", model.totalCount());
    std::printf("open to first rows: %.1f ms\n", firstRows);
    if (phase == QStringLiteral("first")) {
        std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
        return 0;
    }
    if (phase == QStringLiteral("jump")) {
        const dpo::bench::StatementRecorder recorder(
            phase == QStringLiteral("jump") ? recordTo(QStringLiteral("jump.sql")) : QString());
        timer.restart();
        show(model, model.rowCount() - 40, 40);
        std::printf("jump to the end: %.1f ms (last row %s)\n", ms(timer),
                    qPrintable(model.index(model.rowCount() - 1, 0).data().toString()));
        std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
        return 0;
    }

    const QStringList queries{QStringLiteral("ас"),
                              QStringLiteral("үсө"),
                              QStringLiteral("жаң"),
                              QStringLiteral("ким"),
                              QStringLiteral("өмүрб"),
                              QStringLiteral("чың"),
                              QStringLiteral("асан жаң"),
                              QStringLiteral("ТОКТОГУЛ"),
                              QStringLiteral("ели"),
                              QStringLiteral("2150"),
                              QStringLiteral("1010198"),
                              QStringLiteral("20101"),
                              QStringLiteral("0555"),
                              QStringLiteral("+99670012"),
                              QStringLiteral("OG-00500000"),
                              QStringLiteral("0555123456"),
                              QStringLiteral("21503198512346")};
    QList<double> latencies;
    for (int round = 0; round < 3; ++round)
        for (const QString& query : queries) {
            dpo::SubjectFilter filter;
            filter.search = query;
            const dpo::bench::StatementRecorder recorder(
                round == 0 && phase == QStringLiteral("search")
                    ? recordTo(QStringLiteral("search-%1.sql")
                                   .arg(queries.indexOf(query) + 1, 2, 10, QLatin1Char('0')))
                    : QString());
            timer.restart();
            model.setFilter(filter);
            show(model, 0, 40);
            latencies << ms(timer);
            if (round == 0 || qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("  %-12s %8lld rows  %7.1f ms\n", qPrintable(query), model.totalCount(),
                            latencies.last());
        }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies[qMin(qsizetype(p * double(latencies.size())), latencies.size() - 1)];
    };
    std::printf("search (%lld runs of %lld queries): median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                qint64(latencies.size()), qint64(queries.size()), percentile(0.5), percentile(0.95),
                latencies.last());
    if (phase == QStringLiteral("search")) {
        std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
        return 0;
    }

    model.setFilter(dpo::SubjectFilter());
    show(model, 0, 40);
    timer.restart();
    show(model, model.rowCount() - 40, 40);
    std::printf("jump to the end: %.1f ms (last row %s)\n", ms(timer),
                qPrintable(model.index(model.rowCount() - 1, 0).data().toString()));

    timer.restart();
    for (int row = 0; row < model.rowCount(); row += 4000)
        show(model, row, 40);
    std::printf("drag through the whole list (%d stops): %.0f ms\n", model.rowCount() / 4000,
                ms(timer));

    // The other orders and filters an officer uses: each from its own index (docs/schema.md).
    const struct
    {
        const char* name;
        dpo::SubjectFilter::Sort sort;
        bool descending;
        const char* consentState;
        const char* status = "";
    } views[] = {
        {"blocked, by name", dpo::SubjectFilter::Sort::Name, false, "", "blocked"},
        {"depersonalised, by name", dpo::SubjectFilter::Sort::Name, false, "", "depersonalised"},
        {"consent date", dpo::SubjectFilter::Sort::ConsentDate, false, ""},
        {"consent date, newest first", dpo::SubjectFilter::Sort::ConsentDate, true, ""},
        {"INN", dpo::SubjectFilter::Sort::Inn, false, ""},
        {"consent withdrawn, by name", dpo::SubjectFilter::Sort::Name, false, "withdrawn"}};
    for (const auto& v : views) {
        dpo::SubjectFilter filter;
        filter.sort = v.sort;
        filter.descending = v.descending;
        filter.consentState = QString::fromLatin1(v.consentState);
        filter.status = QString::fromLatin1(v.status);
        timer.restart();
        model.setFilter(filter);
        show(model, 0, 40);
        const double first = ms(timer);
        timer.restart();
        show(model, qMax(0, model.rowCount() - 40), 40);
        std::printf("%-28s %8d rows: first rows %.1f ms, jump to the end %.1f ms\n", v.name,
                    model.rowCount(), first, ms(timer));
    }
    std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
    return 0;
}

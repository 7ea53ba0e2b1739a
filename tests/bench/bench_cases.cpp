// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: the case work on a large database (a copy: it writes). Usage:
//   bench_cases URL [all|dashboard [RECORD_DIR]]   (a database made with `dpo-console demo
//   --subjects 1000000`)
// `dashboard` measures the dashboard alone (for its own peak memory) and, with RECORD_DIR, writes
// its statements to RECORD_DIR/dashboard.sql to be run raw as the reference (scripts/bench.sh).
// Prints: the migration to the latest schema, the dashboard (cards, charts) and the start-up
// reminder, the registers of withdrawals, claims and disclosures, one request's details, and one
// withdrawal executed (full: everything destroyed), each the median of 5 runs; peak memory.
#include "BenchSupport.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "services/AttachmentService.h"
#include "services/ClaimService.h"
#include "services/DashboardService.h"
#include "services/DisclosureService.h"
#include "services/OfficerService.h"
#include "services/ReminderService.h"
#include "services/WithdrawalService.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace {
double medianMs(const std::function<void()>& run, int times = 5)
{
    QList<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString phase = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("all");
    if (argc < 2 || (phase != QStringLiteral("all") && phase != QStringLiteral("dashboard"))) {
        std::fprintf(stderr, "usage: bench_cases sqlite:PATH|postgresql://... [all|dashboard "
                             "[RECORD_DIR]]  (a copy: the benchmark writes)\n");
        return 2;
    }
    using namespace dpo;
    Database database(DatabaseUrl::parse(QString::fromLocal8Bit(argv[1])));
    database.open();
    QElapsedTimer timer;
    timer.start();
    const int from = Migrator(database).currentVersion();
    Migrator(database).migrate();
    std::printf("migrate from schema version %d to %d: %.1f ms\n", from, Migrator::latestVersion(),
                double(timer.nsecsElapsed()) / 1e6);

    const Session admin = bench::firstAdministrator(database);
    const QDate today = bishkekToday();

    std::printf("subjects: %lld\n", DashboardService(database).figures(today).subjects);
    std::printf("dashboard cards: %.1f ms\n",
                medianMs([&] { DashboardService(database).figures(today); }));
    DashboardCharts charts;
    std::printf("dashboard charts: %.1f ms",
                medianMs([&] { charts = DashboardService(database).charts(today); }));
    qint64 given = 0;
    for (const qint64 n : charts.consentsGivenPerMonth)
        given += n;
    std::printf(" (%lld consents given in 12 months)\n", given);
    std::printf("dashboard, cards and charts: %.1f ms\n", medianMs([&] {
                    DashboardService(database).figures(today);
                    DashboardService(database).charts(today);
                }));
    if (phase == QStringLiteral("dashboard")) {
        if (argc > 3) {
            const bench::StatementRecorder recorder(QString::fromLocal8Bit(argv[3]) +
                                                    QStringLiteral("/dashboard.sql"));
            DashboardService(database).figures(today);
            DashboardService(database).charts(today);
        }
        std::printf("peak memory: %ld MB\n", bench::peakKilobytes() / 1024);
        return 0;
    }
    int due = 0;
    std::printf("start-up reminder: %.1f ms",
                medianMs([&] { due = int(ReminderService(database).dueSoon(today).size()); }));
    std::printf(" (%d cases)\n", due);
    int rows = 0;
    std::printf("withdrawals register: %.1f ms",
                medianMs([&] { rows = int(WithdrawalService(database).list(today).size()); }));
    std::printf(" (%d rows)\n", rows);
    std::printf("claims register: %.1f ms",
                medianMs([&] { rows = int(ClaimService(database).list(today).size()); }));
    std::printf(" (%d rows)\n", rows);
    std::printf("disclosures register: %.1f ms",
                medianMs([&] { rows = int(DisclosureService(database).list({}, today).size()); }));
    std::printf(" (%d rows)\n", rows);
    DisclosureService::Filter unnotified;
    unnotified.unnotifiedOnly = true;
    std::printf("disclosures not notified: %.1f ms\n",
                medianMs([&] { DisclosureService(database).list(unnotified, today); }));

    // One full withdrawal, from registration to execution, on a subject with categories.
    QSqlQuery subject = prepareQuery(
        database.connection(),
        QStringLiteral("SELECT s.platform_ref FROM subjects s WHERE s.status = 'active' AND EXISTS "
                       "(SELECT 1 FROM transfers t WHERE t.subject_id = s.id) "
                       "AND NOT EXISTS (SELECT 1 FROM withdrawal_requests w WHERE w.subject_id = "
                       "s.id) ORDER BY s.id LIMIT 5"));
    execQuery(subject, "subject");
    QStringList refs;
    while (subject.next())
        refs << subject.value(0).toString();
    subject.finish();
    WithdrawalService withdrawals(database);
    QList<double> steps[3];
    for (const QString& ref : refs) {
        WithdrawalService::Registration r;
        r.subjectRef = ref;
        r.receivedOn = today;
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                                   QByteArrayLiteral("%PDF-1.4\n% bench\n%%EOF\n")};
        QElapsedTimer t;
        t.start();
        const qint64 id = withdrawals.registerRequest(admin, r);
        withdrawals.verifyIdentity(admin, id, QStringLiteral("id_in_person"), QString());
        steps[0] << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const WithdrawalService::Details d = withdrawals.details(id, today);
        steps[1] << double(t.nsecsElapsed()) / 1e6;
        withdrawals.decide(admin, id,
                           bench::destroyEverything(d.heldCategories, QStringLiteral("bench")));
        t.restart();
        withdrawals.execute(admin, id);
        steps[2] << double(t.nsecsElapsed()) / 1e6;
    }
    const char* names[] = {"withdrawal registered and verified", "withdrawal details",
                           "withdrawal executed (all destroyed)"};
    for (int i = 0; i < 3; ++i) {
        std::sort(steps[i].begin(), steps[i].end());
        if (!steps[i].isEmpty())
            std::printf("%s: %.1f ms (median of %lld)\n", names[i], steps[i][steps[i].size() / 2],
                        qint64(steps[i].size()));
    }
    std::printf("peak memory: %ld MB\n", bench::peakKilobytes() / 1024);
    return 0;
}

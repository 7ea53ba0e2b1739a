// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: a case register of a hundred times the rows opens and scrolls as one of
// a hundredth does. Fills a fresh database (SQLite, or DPO_TEST_BACKEND) with withdrawal requests
// (70 % closed, the rest open, received over two years) and drives the register's windowed model
// as the page does: the count and the first page (a view opened or its filter changed), the next
// page while scrolling down (keyset: after the previous page's last row), a page far down
// reached by dragging the scroll bar (offset), each the median of 5 runs, for every view.
// Usage: bench_registers [N,N,...]   (default 4000,400000)
#include "BenchSupport.h"
#include "db/BulkInserter.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "domain/DocumentLanguage.h"
#include "items/WithdrawalRegister.h"
#include "TestDatabase.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace dpo;

namespace {
// Adds requests until the table holds `total`, spread over the subjects the demo made.
void fillRequests(Database& database, const Session& admin, qint64 total, const QDate& today)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM "
                                                  "withdrawal_requests"));
    execQuery(q, "count");
    q.next();
    const qint64 have = q.value(0).toLongLong();
    qint64 id = q.value(1).toLongLong() + 1;
    q.finish();
    QSqlQuery s = prepareQuery(db, QStringLiteral("SELECT id FROM subjects ORDER BY id"));
    execQuery(s, "subjects");
    QList<qint64> subjects;
    while (s.next())
        subjects << s.value(0).toLongLong();
    s.finish();
    TransactionGuard transaction(db);
    BulkInserter requests(db, QStringLiteral("withdrawal_requests"),
                          {QStringLiteral("id"), QStringLiteral("subject_id"),
                           QStringLiteral("received_on"), QStringLiteral("channel"),
                           QStringLiteral("scope"), QStringLiteral("state"),
                           QStringLiteral("due_on"), QStringLiteral("identity_method"),
                           QStringLiteral("officer_id"), QStringLiteral("registered_at")});
    const QVariant noMethod(QMetaType::fromType<QString>());
    for (qint64 n = have; n < total; ++n, ++id) {
        const QDate received = today.addDays(-(n % 730));
        const int kind = int(n % 10);
        const QString state = kind < 7    ? QStringLiteral("closed")
                              : kind == 7 ? QStringLiteral("received")
                                          : QStringLiteral("decided");
        requests.addRow({id, subjects[int(n % subjects.size())], received, QStringLiteral("post"),
                         QStringLiteral("full"), state, received.addDays(30),
                         kind == 7 ? noMethod : QVariant(QStringLiteral("id_in_person")),
                         admin.officerId, QDateTime::currentDateTimeUtc()});
    }
    requests.flush();
    syncIdentity(db, QStringLiteral("withdrawal_requests"));
    refreshStatistics(db, {QStringLiteral("withdrawal_requests")});
    transaction.commit();
}

// The ids of `model`'s row `row` onwards are loaded (the view shows that page).
qint64 idAt(CaseRegisterModel& model, int row)
{
    QVariant id = model.index(row, 0).data(CaseRegisterModel::IdRole);
    if (!id.isValid()) {
        model.fetchWantedPages();
        id = model.index(row, 0).data(CaseRegisterModel::IdRole);
    }
    return id.toLongLong();
}

void measure(Database& database, const QDate& today, qint64 size)
{
    const struct
    {
        const char* name;
        CaseFilter filter;
    } views[] = {{"all", CaseFilter::All},
                 {"open", CaseFilter::Open},
                 {"overdue", CaseFilter::Overdue},
                 {"due this week", CaseFilter::DueThisWeek}};
    const auto median = [](QList<double> ms) {
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    for (const auto& v : views) {
        const WithdrawalService::View view{v.filter, QString(), 0};
        const auto source = [&] {
            return std::make_shared<WithdrawalRegister>(database, today, view);
        };
        const int page = CaseRegisterModel::kPageSize;
        QList<double> open, next, far;
        int rows = 0;
        for (int run = 0; run < 5; ++run) {
            CaseRegisterModel model;
            QElapsedTimer timer;
            timer.start();
            model.setSource(source());
            model.loadFirstPage();
            open << double(timer.nsecsElapsed()) / 1e6;
            rows = model.rowCount();
            if (rows > 6 * page) { // scrolling down: each next page after the one before it
                timer.restart();
                for (int p = 1; p <= 5; ++p)
                    idAt(model, p * page);
                next << double(timer.nsecsElapsed()) / 1e6 / 5;
            }
            if (rows > 2 * page) { // the scroll bar dragged to nine tenths: no page before it
                CaseRegisterModel dragged;
                dragged.setSource(source());
                dragged.loadFirstPage();
                timer.restart();
                idAt(dragged, rows * 9 / 10);
                far << double(timer.nsecsElapsed()) / 1e6;
            }
        }
        std::printf("%lld requests, view %-13s %7d rows: count and first page %7.1f ms, "
                    "next page %6.2f ms, a page at 9/10 %7.1f ms\n",
                    size, v.name, rows, median(open), next.isEmpty() ? 0.0 : median(next),
                    far.isEmpty() ? 0.0 : median(far));
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes{4000, 400000};
    if (argc > 1) {
        sizes.clear();
        for (const QByteArray& n : QByteArray(argv[1]).split(','))
            sizes << n.toLongLong();
    }
    test::TestDatabase fixture;
    if (!fixture.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.problem()));
        return 1;
    }
    Session admin;
    auto database = fixture.openWithAdmin(admin);
    DemoDataService::Options options;
    options.subjects = 20000;
    options.asOf = bishkekToday();
    DemoDataService(*database).generate(admin, options);
    const QDate today = bishkekToday();
    std::printf("backend: %s\n", qPrintable(fixture.url().section(QLatin1Char(':'), 0, 0)));
    for (const qint64 size : sizes) {
        QElapsedTimer timer;
        timer.start();
        fillRequests(*database, admin, size, today);
        std::printf("filled to %lld requests in %.1f s\n", size,
                    double(timer.nsecsElapsed()) / 1e9);
        measure(*database, today, size);
    }
    std::printf("peak memory: %ld MB\n", bench::peakKilobytes() / 1024);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: re-computing the audit chain.
// Usage: bench_audit sqlite:PATH [ENTRIES]   (default 1,000,000)
// Appends entries until the chain holds ENTRIES (timed apart, as setup), then verifies it three
// times and prints the median time, the throughput and the peak memory.
#include "core/Session.h"
#include "BenchSupport.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "services/AuditExportService.h"
#include "services/OfficerService.h"
#include "items/AuditListModel.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>


int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_audit sqlite:PATH|postgresql://... [ENTRIES]\n");
        return 2;
    }
    const qint64 wanted = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    try {
        dpo::Database database(dpo::DatabaseUrl::parse(QString::fromLocal8Bit(argv[1])));
        database.open(dpo::Database::OpenMode::CreateIfMissing);
        dpo::Migrator(database).migrate();
        const QSqlDatabase db = database.connection();
        const qint64 existing = [&] {
            QSqlQuery q = dpo::prepareQuery(db, QStringLiteral("SELECT count(*) FROM audit_log"));
            dpo::execQuery(q, "count");
            q.next();
            return q.value(0).toLongLong();
        }();
        if (existing < wanted) {
            // Entries shaped like the console's: a subject, an action, small details.
            dpo::Session session;
            session.officerId = 0;
            session.username = QStringLiteral("bench");
            QElapsedTimer setup;
            setup.start();
            dpo::TransactionGuard transaction(db);
            for (qint64 i = existing; i < wanted; ++i)
                dpo::AuditService::appendAnonymous(
                    db, QStringLiteral("бенчмарк"), i % 2 ? QStringLiteral("subject.reveal") : QStringLiteral("subject.report"),
                    QJsonObject{{QStringLiteral("field"), QStringLiteral("inn")}, {QStringLiteral("n"), i}});
            transaction.commit();
            std::printf("setup: appended %lld entries in %.1f s\n", wanted - existing, double(setup.elapsed()) / 1000.0);
        }
        QList<double> seconds;
        dpo::AuditVerification last;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            last = dpo::AuditVerifier(database).verify();
            seconds << double(timer.nsecsElapsed()) / 1e9;
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("verify %lld entries: median %.2f s (runs %.2f, %.2f, %.2f s), %.0f entries/s, %s\n",
                    last.entries, seconds[1], seconds[0], seconds[1], seconds[2], double(last.entries) / seconds[1],
                    last.intact() ? "intact" : qPrintable(QStringLiteral("BROKEN at %1: %2").arg(last.brokenSeq).arg(last.detail)));
        std::printf("head: %lld %s\n", last.headSeq, qPrintable(last.headHash));

        // The audit section's list: open, jump to the oldest entry, and filters.
        const auto show = [](dpo::AuditListModel& model, int first) {
            for (int row = first; row < first + 40 && row < model.rowCount(); ++row)
                model.index(row, 0).data();
            model.fetchWantedPages();
        };
        const QDate bishkekToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(6 * 3600)).date();
        const struct
        {
            const char* name;
            dpo::AuditFilter filter;
        } views[] = {{"whole trail", {}},
                     {"action subject.report", {QDate(), QDate(), QString(), QStringLiteral("subject.report"), QString(), QString()}},
                     {"family subject.", {QDate(), QDate(), QString(), QStringLiteral("subject."), QString(), QString()}},
                     {"today (Bishkek)", {bishkekToday, bishkekToday, QString(), QString(), QString(), QString()}}};
        for (const auto& v : views) {
            dpo::AuditListModel model(database);
            QElapsedTimer timer;
            timer.start();
            model.setFilter(v.filter);
            show(model, 0);
            const double first = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            show(model, qMax(0, model.rowCount() - 40));
            std::printf("audit list, %-22s %8d rows: first rows %.1f ms, jump to the oldest %.1f ms\n", v.name,
                        model.rowCount(), first, double(timer.nsecsElapsed()) / 1e6);
        }
        // Exports of the whole trail: CSV and JSON Lines always, PDF up to 20,000 entries (run
        // this program on a 10,000-entry database for the PDF figure).
        dpo::OfficerService officers(database);
        officers.ensureFirstAdministrator(QStringLiteral("bench"), QStringLiteral("Бенчмарк"), QStringLiteral("figures-password-1"));
        const dpo::Session session = officers.signIn(QStringLiteral("bench"), QStringLiteral("figures-password-1"));
        QTemporaryDir out;
        for (const auto format : {dpo::AuditExportService::Format::Csv, dpo::AuditExportService::Format::Jsonl,
                                  dpo::AuditExportService::Format::Pdf}) {
            if (format == dpo::AuditExportService::Format::Pdf && last.entries > 20000)
                continue;
            dpo::AuditExportService::Options options;
            options.format = format;
            options.language = QStringLiteral("ky");
            const QString path = out.filePath(QStringLiteral("audit.") + dpo::AuditExportService::formatCode(format));
            QElapsedTimer timer;
            timer.start();
            const dpo::AuditExportSummary summary = dpo::AuditExportService(database).exportTo(session, options, path);
            std::printf("export %-5s %8lld entries: %.2f s, %.1f MB\n", qPrintable(dpo::AuditExportService::formatCode(format)),
                        summary.entries, double(timer.nsecsElapsed()) / 1e9, double(QFileInfo(path).size()) / 1048576.0);
        }
        std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
        return last.intact() ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_audit: %s\n", e.what());
        return 3;
    }
}

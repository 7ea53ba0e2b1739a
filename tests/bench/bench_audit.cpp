// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, not a test: re-computing the audit chain.
// Usage: bench_audit URL [ENTRIES [all|setup|verify|list|csv|jsonl|pdf|signed]]   (default
// 1,000,000, all). `signed` (not in all: it gives the database a signing key) times the CSV export
// unsigned and signed and time-stamped by the authority at DPO_BENCH_TSA_URL, five runs each.
// Appends entries until the chain holds ENTRIES (timed apart, as setup), then verifies it three
// times and prints the median time, the throughput and the peak memory; the audit list; the
// exports. One phase alone gives that phase's own peak memory (scripts/bench.sh).
#include "BenchSupport.h"
#include "core/Error.h"
#include "core/Session.h"
#include "db/BulkInserter.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "items/AuditListModel.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "services/AuditVerifier.h"
#include "services/OfficerService.h"
#include "services/SigningKeyService.h"

#include <algorithm>
#include <cstdio>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <unistd.h>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    const QString phase = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("all");
    const QStringList phases{QStringLiteral("all"),    QStringLiteral("setup"),
                             QStringLiteral("verify"), QStringLiteral("list"),
                             QStringLiteral("csv"),    QStringLiteral("jsonl"),
                             QStringLiteral("pdf"),    QStringLiteral("signed")};
    if (argc < 2 || !phases.contains(phase)) {
        std::fprintf(stderr, "usage: bench_audit sqlite:PATH|postgresql://... [ENTRIES "
                             "[all|setup|verify|list|csv|jsonl|pdf|signed]]\n");
        return 2;
    }
    const auto runs = [&phase](const char* name) {
        return phase == QStringLiteral("all") || phase == QLatin1String(name);
    };
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
            // Entries shaped like the console's (AuditService::appendAnonymous: an actor, an
            // action, small details), chained and hashed the same way, written in multi-row
            // statements: a million single appends would take twenty minutes on PostgreSQL,
            // where each costs its round trips (about 1.4 ms), and prove nothing more.
            QElapsedTimer setup;
            setup.start();
            dpo::TransactionGuard transaction(db);
            // On PostgreSQL the server numbers and hashes each entry (schema version 25): the
            // table's owner lifts that trigger for the entries made here, which are chained the
            // same way, and puts it back in the same transaction.
            const bool postgres = db.driverName() == QStringLiteral("QPSQL");
            if (postgres)
                dpo::execConstant(
                    db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append"),
                    "lift the append trigger");
            dpo::AuditEntry entry;
            entry.prevHash = QString::fromLatin1(dpo::AuditService::kGenesisHash);
            QSqlQuery head = dpo::prepareQuery(
                db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
            dpo::execQuery(head, "head");
            if (head.next()) {
                entry.seq = head.value(0).toLongLong();
                entry.prevHash = head.value(1).toString();
            }
            head.finish();
            dpo::BulkInserter rows(db, QStringLiteral("audit_log"),
                                   {QStringLiteral("seq"), QStringLiteral("at_utc"),
                                    QStringLiteral("officer_id"),
                                    QStringLiteral("officer_username"), QStringLiteral("action"),
                                    QStringLiteral("entity"), QStringLiteral("entity_id"),
                                    QStringLiteral("subject_id"), QStringLiteral("details"),
                                    QStringLiteral("prev_hash"), QStringLiteral("hash")});
            entry.officerUsername = QStringLiteral("бенчмарк");
            entry.entity = QStringLiteral("officer");
            const QVariant noId(QMetaType::fromType<qint64>());
            const QVariant noText(QMetaType::fromType<QString>());
            for (qint64 i = existing; i < wanted; ++i) {
                ++entry.seq;
                entry.atUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                entry.action =
                    i % 2 ? QStringLiteral("subject.reveal") : QStringLiteral("subject.report");
                entry.details = QJsonObject{{QStringLiteral("field"), QStringLiteral("inn")},
                                            {QStringLiteral("n"), i}};
                entry.hash = entry.computeHash();
                rows.addRow(
                    {entry.seq, entry.atUtc, noId, entry.officerUsername, entry.action,
                     entry.entity, noText, noId,
                     QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                     entry.prevHash, entry.hash});
                entry.prevHash = entry.hash;
            }
            rows.flush();
            if (postgres)
                dpo::execConstant(
                    db, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append"),
                    "restore the append trigger");
            transaction.commit();
            std::printf("setup: appended %lld entries in %.1f s\n", wanted - existing,
                        double(setup.elapsed()) / 1000.0);
        }
        // The exports' officer, made once, so that each phase only signs in.
        dpo::OfficerService officers(database);
        officers.ensureFirstAdministrator(QStringLiteral("bench"), QStringLiteral("Бенчмарк"),
                                          QStringLiteral("figures-password-1"));
        if (phase == QStringLiteral("setup"))
            return 0;
        QList<double> seconds;
        dpo::AuditVerification last;
        for (int run = 0; run < (runs("verify") ? 3 : 0); ++run) {
            QElapsedTimer timer;
            timer.start();
            last = dpo::AuditVerifier(database).verify();
            seconds << double(timer.nsecsElapsed()) / 1e9;
        }
        std::sort(seconds.begin(), seconds.end());
        if (runs("verify")) {
            std::printf(
                "verify %lld entries: median %.2f s (runs %.2f, %.2f, %.2f s), %.0f entries/s, "
                "%s\n",
                last.entries, seconds[1], seconds[0], seconds[1], seconds[2],
                double(last.entries) / seconds[1],
                last.intact()
                    ? "intact"
                    : qPrintable(
                          QStringLiteral("BROKEN at %1: %2").arg(last.brokenSeq).arg(last.detail)));
            std::printf("head: %lld %s\n", last.headSeq, qPrintable(last.headHash));
        }

        // The audit section's list: open, jump to the oldest entry, and filters.
        const auto show = [](dpo::AuditListModel& model, int first) {
            for (int row = first; row < first + 40 && row < model.rowCount(); ++row)
                model.index(row, 0).data();
            model.fetchWantedPages();
        };
        const QDate bishkekToday =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(6 * 3600)).date();
        const struct
        {
            const char* name;
            dpo::AuditFilter filter;
        } views[] = {
            {"whole trail", {}},
            {"action subject.report",
             {QDate(), QDate(), QString(), QStringLiteral("subject.report"), QString(), QString()}},
            {"family subject.",
             {QDate(), QDate(), QString(), QStringLiteral("subject."), QString(), QString()}},
            {"today (Bishkek)",
             {bishkekToday, bishkekToday, QString(), QString(), QString(), QString()}}};
        for (const auto& v : views) {
            if (!runs("list"))
                break;
            dpo::AuditListModel model(database);
            QElapsedTimer timer;
            timer.start();
            model.setFilter(v.filter);
            show(model, 0);
            const double first = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            show(model, qMax(0, model.rowCount() - 40));
            std::printf(
                "audit list, %-22s %8d rows: first rows %.1f ms, jump to the oldest %.1f ms\n",
                v.name, model.rowCount(), first, double(timer.nsecsElapsed()) / 1e6);
        }
        // Exports of the whole trail: CSV and JSON Lines always, PDF up to 20,000 entries (run
        // this program on a 10,000-entry database for the PDF figure).
        const dpo::Session session =
            officers.signIn(QStringLiteral("bench"), QStringLiteral("figures-password-1"));
        QTemporaryDir out;
        for (const auto format :
             {dpo::AuditExportService::Format::Csv, dpo::AuditExportService::Format::Jsonl,
              dpo::AuditExportService::Format::Pdf}) {
            if (!runs(qPrintable(dpo::AuditExportService::formatCode(format))))
                continue;
            if (format == dpo::AuditExportService::Format::Pdf && wanted > 20000)
                continue;
            dpo::AuditExportService::Options options;
            options.format = format;
            options.language = QStringLiteral("ky");
            const QString path = out.filePath(QStringLiteral("audit.") +
                                              dpo::AuditExportService::formatCode(format));
            QElapsedTimer timer;
            timer.start();
            const dpo::AuditExportSummary summary =
                dpo::AuditExportService(database).exportTo(session, options, path);
            std::printf("export %-5s %8lld entries: %.2f s, %.1f MB\n",
                        qPrintable(dpo::AuditExportService::formatCode(format)), summary.entries,
                        double(timer.nsecsElapsed()) / 1e9,
                        double(QFileInfo(path).size()) / 1048576.0);
        }
        if (phase == QStringLiteral("signed")) {
            // The same CSV export unsigned and signed (ECDSA P-256, CMS) and time-stamped, five
            // of each in turns, so that a drift of the machine falls on both alike; the medians
            // and what signing adds. Before each run, untimed: the last file removed and the
            // written pages flushed, so that no run pays for the one before it (several hundred
            // megabytes of dirty pages otherwise slow the next writer down by half).
            const QString url = qEnvironmentVariable("DPO_BENCH_TSA_URL");
            if (url.isEmpty())
                throw dpo::Error(dpo::Error::Kind::BadInput,
                                 QStringLiteral("signed: set DPO_BENCH_TSA_URL"));
            const QString path = out.filePath(QStringLiteral("signed.csv"));
            // A database with an active key signs every export: the key is set aside (untimed)
            // for the unsigned runs and brought back for the signed ones.
            const auto setKeyActive = [&database](bool active) {
                QSqlQuery q = dpo::prepareQuery(
                    database.connection(), QStringLiteral("UPDATE signing_keys SET active = ?"));
                q.addBindValue(active ? 1 : 0);
                dpo::execQuery(q, "set the bench key aside");
            };
            const auto timedExport = [&](const dpo::AuditExportService::Options& options) {
                setKeyActive(!options.signingKeyPath.isEmpty());
                for (const QString& file : QDir(out.path()).entryList({QStringLiteral("signed.*")}))
                    QFile::remove(out.filePath(file));
                ::sync();
                QElapsedTimer timer;
                timer.start();
                dpo::AuditExportService(database).exportTo(session, options, path);
                return double(timer.nsecsElapsed()) / 1e9;
            };
            dpo::AuditExportService::Options plain;
            plain.format = dpo::AuditExportService::Format::Csv;
            dpo::AuditExportService::Options signing = plain;
            signing.signingKeyPath = out.filePath(QStringLiteral("bench-key.pem"));
            signing.passphrase = "bench key passphrase";
            const dpo::SigningKeyService keys(database);
            keys.createKey(session, signing.signingKeyPath, signing.passphrase);
            keys.setTimeStampingUrl(session, url);
            // One export first, not timed: the first reads the trail from disk into the caches.
            timedExport(plain);
            QList<double> unsignedTimes, signedTimes;
            for (int run = 0; run < 5; ++run) {
                unsignedTimes << timedExport(plain);
                signedTimes << timedExport(signing);
            }
            std::sort(unsignedTimes.begin(), unsignedTimes.end());
            std::sort(signedTimes.begin(), signedTimes.end());
            const double unsigned_ = unsignedTimes[2], signed_ = signedTimes[2];
            std::printf("export csv unsigned: %.2f s; signed and time-stamped: %.2f s (%+.1f%%)\n",
                        unsigned_, signed_, (signed_ / unsigned_ - 1.0) * 100.0);
        }
        std::printf("peak memory: %.1f MB\n", double(dpo::bench::peakKilobytes()) / 1024.0);
        return !runs("verify") || last.intact() ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_audit: %s\n", e.what());
        return 3;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Several consoles on one PostgreSQL database at once, for a bounded time: each process registers
// claims, drafts answers to one shared claim against the version it read (optimistic locking),
// and exports the audit trail. Afterwards: no process hung or failed on a deadlock, every claim a
// process reports saved is there once, the shared claim's version moved exactly once per saved
// draft (no lost update), and the audit chain is one linear chain.
#include "db/Sql.h"
#include "services/AuditExportService.h"
#include "services/AuditVerifier.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dpo;

namespace {
constexpr int kProcesses = 4;
constexpr int kSeconds = 8;

// One console: works until the time is up, then prints "saved-claims drafts conflicts exports".
int runWorker()
{
    Database database(DatabaseUrl::parse(qEnvironmentVariable("DPO_WORKER_URL")),
                      qEnvironmentVariable("PGPASSWORD"));
    database.open();
    const Session admin = OfficerService(database).signIn(
        QStringLiteral("admin"), QString::fromLatin1(test::TestDatabase::kPassword));
    const qint64 shared = qEnvironmentVariable("DPO_WORKER_SHARED").toLongLong();
    const QString exportPath = qEnvironmentVariable("DPO_WORKER_EXPORT");
    ClaimService claims(database);
    int saved = 0, drafts = 0, conflicts = 0, exports = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; clock.elapsed() < kSeconds * 1000; ++i) {
        ClaimService::Registration r;
        r.claimantName =
            QStringLiteral("Worker %1 claim %2").arg(QCoreApplication::applicationPid()).arg(i);
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        claims.registerClaim(admin, r);
        ++saved;
        const int version = claims.details(shared, QDate(2026, 11, 25)).version;
        try {
            claims.draftAnswer(
                admin, shared,
                ClaimService::Draft{
                    QStringLiteral("Draft %1/%2").arg(QCoreApplication::applicationPid()).arg(i),
                    {},
                    {},
                    {}},
                version);
            ++drafts;
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Conflict)
                throw;
            ++conflicts;
        }
        if (i % 10 == 0) {
            AuditExportService::Options o;
            o.format = AuditExportService::Format::Csv;
            AuditExportService(database).exportTo(admin, o, exportPath);
            ++exports;
        }
    }
    std::printf("%d %d %d %d\n", saved, drafts, conflicts, exports);
    return 0;
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void severalConsolesAtOnce()
    {
        QVERIFY2(test::TestDatabase::isPostgres(), "several processes at once: PostgreSQL's case");
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("The shared claim");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        const qint64 shared = ClaimService(*database).registerClaim(admin, r).id;
        const int versionBefore =
            ClaimService(*database).details(shared, QDate(2026, 11, 25)).version;
        QTemporaryDir dir;

        QList<QProcess*> workers;
        for (int p = 0; p < kProcesses; ++p) {
            auto* worker = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DPO_WORKER"), QStringLiteral("1"));
            env.insert(QStringLiteral("DPO_WORKER_URL"), fixture.url());
            env.insert(QStringLiteral("DPO_WORKER_SHARED"), QString::number(shared));
            env.insert(QStringLiteral("DPO_WORKER_EXPORT"),
                       dir.filePath(QStringLiteral("export-%1.csv").arg(p)));
            worker->setProcessEnvironment(env);
            worker->setProcessChannelMode(QProcess::SeparateChannels);
            worker->start(QCoreApplication::applicationFilePath(), {});
            workers << worker;
        }
        int saved = 0, drafts = 0, conflicts = 0, exports = 0;
        for (QProcess* worker : workers) {
            QVERIFY2(worker->waitForFinished((kSeconds + 60) * 1000), "a worker hung: a deadlock?");
            QVERIFY2(worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0,
                     worker->readAllStandardError().constData());
            const QStringList figures = QString::fromLatin1(worker->readAllStandardOutput())
                                            .simplified()
                                            .split(QLatin1Char(' '));
            QCOMPARE(figures.size(), 4);
            saved += figures[0].toInt();
            drafts += figures[1].toInt();
            conflicts += figures[2].toInt();
            exports += figures[3].toInt();
        }
        qInfo("%d processes for %d s: %d claims saved, %d drafts of the shared claim saved and %d "
              "refused as conflicts, %d exports",
              kProcesses, kSeconds, saved, drafts, conflicts, exports);
        const auto count = [&](const QString& sql) {
            QSqlQuery q = prepareQuery(database->connection(), sql);
            execQuery(q, "count");
            q.next();
            return q.value(0).toLongLong();
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM claims")),
                 qint64(saved + 1)); // nothing lost, nothing twice
        QCOMPARE(ClaimService(*database).details(shared, QDate(2026, 11, 25)).version,
                 versionBefore + drafts); // no lost update
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'claim.draft_answer'")),
                 qint64(drafts));
        QVERIFY(drafts > 0 && saved > kProcesses);
        const AuditVerification v = AuditVerifier(*database).verify();
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, count(QStringLiteral("SELECT count(*) FROM audit_log")));
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("DPO_WORKER"))
        return runWorker();
    TestConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail on the command line, as an inspector or an auditor runs it: `audit verify` on an
// intact and on a changed chain, `audit export` in each format, and signed exports (`keys init`,
// `keys public`, `audit verify-export` with and without a trusted key), and anchors of the chain
// (`keys time-stamping`, `audit anchor`, `audit anchors --out`, `audit verify --anchors` after a
// rewrite that recomputed every hash). Exit codes, stdout, stderr.
#include "ChainRewrite.h"
#include "CliRun.h"
#include "db/Sql.h"
#include "FileTools.h"
#include "LocalAuthority.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestCliAudit : public QObject
{
    Q_OBJECT
    using Run = test::CliRun;
    static Run run(const QStringList& arguments, const QByteArray& password = "cli-password-1")
    {
        return test::runConsole(arguments, password);
    }
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;

private slots:
    // A database made by init, a small demo and a little work: a short trail.
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Run r = run({"init", "--database", m_fixture.url(), "--admin", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"demo", "--database", m_fixture.url(), "--officer", "admin", "--subjects", "50",
                 "--seed", "5"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Entries of the officer's own work beside the sign-ins and the demo's one.
        r = run({"claims", "add", "--database", m_fixture.url(), "--officer", "admin", "--received",
                 "2026-10-10", "--claimant", "Асанов Бакыт", "--summary",
                 "Маалыматтарымды өчүрүңүз"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"subjects", "search", "OG-00000007", "--database", m_fixture.url(), "--officer",
                 "admin", "--with-personal-data", "--format", "csv"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void auditVerifyExitsZeroWhenIntactAndOneNamingTheEntry()
    {
        Run r = run({"audit", "verify", "--database", m_fixture.url(), "--format", "json"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject intact = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(intact.value(QStringLiteral("intact")).toBool());
        const qint64 entries = intact.value(QStringLiteral("entries_checked")).toInteger();
        QVERIFY(entries > 3);
        QCOMPARE(intact.value(QStringLiteral("head_hash")).toString().size(), 64);
        r = run({"audit", "verify", "--database", m_fixture.url()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("intact: %1 entries").arg(entries)),
                 qPrintable(r.out));

        // Lift the guard and change entry 2: exit 1, entry 2 named.
        {
            auto database = m_fixture.open(false);
            QSqlQuery q(database->connection());
            if (test::TestDatabase::isPostgres()) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
                QVERIFY(q.exec(QStringLiteral(
                    "UPDATE audit_log SET officer_username = 'mallory' WHERE seq = 2")));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")));
            } else {
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
                QVERIFY(q.exec(QStringLiteral(
                    "UPDATE audit_log SET officer_username = 'mallory' WHERE seq = 2")));
            }
        }
        r = run({"audit", "verify", "--database", m_fixture.url(), "--format", "json"});
        QCOMPARE(r.code, 1);
        const QJsonObject broken = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(broken.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(broken.value(QStringLiteral("broken_seq")).toInteger(), 2);
        QCOMPARE(broken.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("hash_mismatch"));
        QCOMPARE(broken.value(QStringLiteral("entries_checked")).toInteger(), 1);
        r = run({"audit", "verify", "--database", m_fixture.url()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("broken at entry 2 (hash_mismatch)")),
                 qPrintable(r.out));

        // Entry 2 put back: the exports below are checked entry by entry against the chain.
        {
            auto database = m_fixture.open(false);
            QSqlQuery q(database->connection());
            const bool postgres = test::TestDatabase::isPostgres();
            if (postgres)
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_log SET officer_username = 'admin' WHERE seq = 2")));
            if (postgres)
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")));
        }
        r = run({"audit", "verify", "--database", m_fixture.url()});
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    void auditExportWritesEachFormat()
    {
        for (const char* format : {"csv", "jsonl", "pdf"}) {
            const QString out = m_dir.filePath(QStringLiteral("audit.") + QLatin1String(format));
            const Run r =
                run({"audit", "export", "--database", m_fixture.url(), "--officer", "admin",
                     "--format", format, "--lang", "ky", "--from", "2020-01-01", "--out", out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("Exported")), qPrintable(r.err));
            QVERIFY(QFileInfo(out).size() > 100);
        }
        QFile csv(m_dir.filePath(QStringLiteral("audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("seq,at_utc,officer_id,officer,action"));
    }

    void keysInitThenEveryExportIsSignedAndVerifies()
    {
        const QString key = m_dir.filePath(QStringLiteral("org.pem"));
        Run r = run(
            {"keys", "init", "--database", m_fixture.url(), "--officer", "admin", "--key", key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString keyFingerprint = r.out.trimmed();
        QCOMPARE(keyFingerprint.size(), 64);
        r = run(
            {"keys", "init", "--database", m_fixture.url(), "--officer", "admin", "--key", key});
        QCOMPARE(r.code, 2); // never overwritten
        // No --key: the configured path.
        const QString out = m_dir.filePath(QStringLiteral("signed.jsonl"));
        r = run({"audit", "export", "--database", m_fixture.url(), "--officer", "admin", "--format",
                 "jsonl", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + QStringLiteral(".p7s")));
        QVERIFY(!QFile::exists(out + QStringLiteral(".sig")));
        // Another database on this computer (a demo, a copy) has no key: its export asks for no
        // passphrase and is not signed; the key recorded for the first one is not its.
        {
            test::TestDatabase other;
            DPO_REQUIRE_DATABASE(other);
            QCOMPARE(run({"init", "--database", other.url(), "--admin", "admin"}).code, 0);
            const QString unsigned_ = m_dir.filePath(QStringLiteral("other.csv"));
            r = test::runConsole({"audit", "export", "--database", other.url(), "--officer",
                                  "admin", "--format", "csv", "--out", unsigned_},
                                 "cli-password-1", QStringLiteral("en"), QString());
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("Not signed")), qPrintable(r.err));
            QVERIFY(!QFile::exists(unsigned_ + QStringLiteral(".sig")));
            QVERIFY(!QFile::exists(unsigned_ + QStringLiteral(".p7s")));
        }
        // The keyed database without the passphrase: refused, saying what to set.
        r = test::runConsole({"audit", "export", "--database", m_fixture.url(), "--officer",
                              "admin", "--format", "csv", "--out",
                              m_dir.filePath(QStringLiteral("refused.csv"))},
                             "cli-password-1", QStringLiteral("en"), QString());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("DPO_CONSOLE_KEY_PASSPHRASE")), qPrintable(r.err));
        r = run({"audit", "verify-export", out, "--database", m_fixture.url()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("matches the database")), qPrintable(r.out));
        // Without the database: the signer must be named, by its public key or fingerprint.
        r = run({"audit", "verify-export", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("signer is unknown")), qPrintable(r.out));
        r = run({"keys", "public", "--database", m_fixture.url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        const QString publicKey = m_dir.filePath(QStringLiteral("org.pub"));
        QFile pub(publicKey);
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(r.out.toLatin1());
        pub.close();
        r = run({"audit", "verify-export", out, "--public-key", publicKey});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run({"audit", "verify-export", out, "--fingerprint", keyFingerprint.toUpper()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run({"audit", "verify-export", out, "--fingerprint", QString(64, QLatin1Char('0'))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("not with the trusted key")), qPrintable(r.out));
        r = run({"audit", "verify-export", out, "--fingerprint", "12ab"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("64 hexadecimal digits")), qPrintable(r.err));
        r = run({"audit", "verify-export", out, "--public-key", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not an ECDSA P-256 or Ed25519 key")),
                 qPrintable(r.err));
        // A signature file of before (FILE.sig, read when there is no FILE.p7s) that carries
        // escape sequences where hex or a name belongs: refused, and nothing of it reaches the
        // terminal as a control character.
        const QString legacy = m_dir.filePath(QStringLiteral("legacy.jsonl"));
        QVERIFY(QFile::copy(out, legacy));
        const QByteArray signatureText =
            "DPO Console export signature 1\nfile: legacy.jsonl\nsha256: " + QByteArray(64, 'a') +
            "\nentries: 1\nhead-seq: 1\nhead-hash: " + QByteArray(64, 'b') +
            "\nkey: " + QByteArray(64, 'c') + "\npublic-key: AAAA\nsignature: AAAA\n";
        QFile sig(legacy + QStringLiteral(".sig"));
        for (const auto& [line, hostile] :
             {std::pair{QByteArray("key: "), QByteArray("key: \x1b]0;pwned\x07")},
              std::pair{QByteArray("file: "), QByteArray("file: \x1b[2J\x1b[31mred.csv\nx: ")}}) {
            QByteArray changed = signatureText;
            changed.replace(line, hostile);
            QVERIFY(sig.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sig.write(changed);
            sig.close();
            r = run({"audit", "verify-export", legacy, "--public-key", publicKey});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.out.contains(QStringLiteral("not valid")), qPrintable(r.out));
            QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) &&
                         !r.err.contains(QChar(0x1b)),
                     qPrintable(r.out));
        }
        // The certificate an inspector is given checks the export with OpenSSL alone.
        r = run({"keys", "certificate", "--database", m_fixture.url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        const QString certificate = m_dir.filePath(QStringLiteral("org.crt"));
        QFile crt(certificate);
        QVERIFY(crt.open(QIODevice::WriteOnly));
        crt.write(r.out.toLatin1());
        crt.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                       QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                       out + QStringLiteral(".p7s"), QStringLiteral("-content"), out,
                       QStringLiteral("-CAfile"), certificate, QStringLiteral("-out"),
                       QStringLiteral("/dev/null")});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        r = run({"audit", "verify-export", out, "--public-key", publicKey});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("changed after it was signed")), qPrintable(r.out));
    }

    // PDF, CSV and JSON Lines as one set: one signed manifest, verified in one step; a changed
    // byte in any file of it fails, naming the file.
    void aSetIsExportedAndVerifiedInOneStep()
    {
        const QString dir = m_dir.filePath(QStringLiteral("set"));
        Run r = run({"audit", "export", "--database", m_fixture.url(), "--officer", "admin",
                     "--format", "pdf,csv,jsonl", "--lang", "ru", "--out", dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("lists audit.pdf, audit.csv, audit.jsonl")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("manifest.p7s")), qPrintable(r.err));
        r = run({"audit", "verify-export", dir, "--database", m_fixture.url()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("matches the database")), qPrintable(r.out));
        const QString csv = dir + QStringLiteral("/audit.csv");
        const QByteArray original = test::readFile(csv);
        test::writeFile(csv, QByteArray(original).replace("admin", "admiN"));
        r = run({"audit", "verify-export", dir + QStringLiteral("/manifest"), "--database",
                 m_fixture.url()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit.csv changed after the set was signed")),
                 qPrintable(r.out));
        test::writeFile(csv, original);
        r = run({"audit", "export", "--database", m_fixture.url(), "--officer", "admin", "--format",
                 "csv,csv", "--out", dir});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("each of its formats once")), qPrintable(r.err));
    }

    // Last: it rewrites the history. The chain is anchored twice by a local authority, the
    // anchors copied out; then every entry after the first anchor is changed and every hash
    // recomputed. `audit verify` alone finds nothing; with the anchors it exits 1 naming the
    // second anchor, from the database's anchors and from the copies.
    void anchorsFindARewriteThatRecomputedEveryHash()
    {
        test::LocalAuthority authority;
        QVERIFY2(authority.start(m_dir.filePath(QStringLiteral("authority"))),
                 qPrintable(authority.error()));
        Run r = run({"audit", "anchor", "--database", m_fixture.url(), "--officer", "admin"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No time-stamping authority")), qPrintable(r.err));
        r = run({"keys", "time-stamping", "--database", m_fixture.url(), "--officer", "admin",
                 "--url", authority.url()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(authority.url()), qPrintable(r.out));

        r = run({"audit", "anchor", "--database", m_fixture.url(), "--officer", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        static const QRegularExpression anchored(QStringLiteral("^Anchored entry (\\d+) "));
        const qint64 first = anchored.match(r.out).captured(1).toLongLong();
        QVERIFY2(first > 3, qPrintable(r.out));
        r = run({"claims", "add", "--database", m_fixture.url(), "--officer", "admin", "--received",
                 "2026-10-12", "--claimant", "Осмонова Айгүл", "--summary", "Жооп бериңиз"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"audit", "anchor", "--database", m_fixture.url(), "--officer", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 second = anchored.match(r.out).captured(1).toLongLong();
        QVERIFY2(second > first + 1, qPrintable(r.out));

        const QString copies = m_dir.filePath(QStringLiteral("anchors"));
        r = run({"audit", "anchors", "--database", m_fixture.url(), "--out", copies});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2);
        QVERIFY2(r.out.startsWith(QString::number(first) + QLatin1Char('\t')), qPrintable(r.out));
        for (const qint64 seq : {first, second}) {
            const QString base = copies + QStringLiteral("/anchor-%1").arg(seq);
            QByteArray output;
            QCOMPARE(test::runTool(QStringLiteral("openssl"),
                                   {"ts", "-verify", "-data", base + ".txt", "-in", base + ".tst",
                                    "-token_in", "-CAfile", authority.rootPath()},
                                   &output),
                     0);
        }
        r = run({"audit", "verify", "--database", m_fixture.url(), "--anchors"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("holds all 2 anchors; the last pins entry %1").arg(second)),
                 qPrintable(r.out));

        {
            auto database = m_fixture.open(false);
            QString error;
            QVERIFY2(test::rewriteChainFrom(*database, first + 1, &error), qPrintable(error));
        }
        r = run({"audit", "verify", "--database", m_fixture.url()});
        QCOMPARE(r.code, 0); // every hash recomputed: the chain alone cannot tell
        for (const QStringList& anchors :
             {QStringList{"--anchors"}, QStringList{"--anchors-from", copies}}) {
            r = run(QStringList{"audit", "verify", "--database", m_fixture.url()} + anchors);
            QCOMPARE(r.code, 1);
            QVERIFY2(
                r.out.contains(QStringLiteral("does not hold the anchor of entry %1").arg(second)),
                qPrintable(r.out));
            r = run(
                QStringList{"audit", "verify", "--database", m_fixture.url(), "--format", "json"} +
                anchors);
            QCOMPARE(r.code, 1);
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("intact")).toBool(true), false);
            QCOMPARE(o.value(QStringLiteral("problem")).toString(),
                     QStringLiteral("anchor_not_held"));
            QCOMPARE(o.value(QStringLiteral("anchor_seq")).toInteger(), second);
            QCOMPARE(o.value(QStringLiteral("anchors_checked")).toInteger(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 3161 time-stamps in exports' CMS signatures (CAdES-T; docs/audit.md): a local authority
// (tests/support/tsa_server.py: `openssl ts -reply` behind HTTP on loopback) stamps the signature
// value; `openssl ts -verify` accepts the token for that value with the authority's root, and
// `openssl cms -verify` still accepts the signature; the console reads the time back. A token of
// another signature is refused; an authority that cannot be reached stops the export before
// anything is written; only an administrator sets the authority, and only an http(s) address.
#include "db/Sql.h"
#include "FileTools.h"
#include "LocalAuthority.h"
#include "security/Certificate.h"
#include "security/CmsSignature.h"
#include "security/SigningKey.h"
#include "security/TimeStampAuthority.h"
#include "services/AuditExportService.h"
#include "services/ExportVerifier.h"
#include "services/OfficerService.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace dpo;

class TestTimeStamping : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    QString m_keyPath;
    test::LocalAuthority m_authority;
    QString m_url;
    QString m_authorityRoot;
    const QByteArray m_passphrase = "correct horse battery staple";

    static int openssl(const QStringList& arguments, QByteArray* output)
    {
        return test::runTool(QStringLiteral("openssl"), arguments, output);
    }
    qint64 exports() const
    {
        return test::scalar(*m_database,
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'audit.export'"))
            .toLongLong();
    }
    AuditExportSummary exportCsv(const QString& path) const
    {
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Csv;
        options.signingKeyPath = m_keyPath;
        options.passphrase = m_passphrase;
        return AuditExportService(*m_database).exportTo(m_admin, options, path);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_keyPath = m_dir.filePath(QStringLiteral("organisation.pem"));
        SigningKeyService(*m_database).createKey(m_admin, m_keyPath, m_passphrase);
        // The authority, on loopback, for as long as this test runs.
        QVERIFY2(m_authority.start(m_dir.filePath(QStringLiteral("authority"))),
                 qPrintable(m_authority.error()));
        m_url = m_authority.url();
        m_authorityRoot = m_authority.rootPath();
    }

    void onlyAnAdministratorSetsAnHttpAuthority()
    {
        const SigningKeyService keys(*m_database);
        for (const char* bad :
             {"ftp://tsa.example/", "http://user:secret@127.0.0.1/", "tsa", "http:///path"})
            QVERIFY_THROWS_EXCEPTION(Error, keys.setTimeStampingUrl(m_admin, QLatin1String(bad)));
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("clerk"), QStringLiteral("Clerk"),
                               Role::Officer, QStringLiteral("counter-signed-1"));
        const Session clerk =
            officers.signIn(QStringLiteral("clerk"), QStringLiteral("counter-signed-1"));
        try {
            keys.setTimeStampingUrl(clerk, m_url);
            QFAIL("an officer set the authority");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY(keys.timeStampingUrl().isEmpty());
        // None set: signed, not time-stamped.
        const AuditExportSummary s = exportCsv(m_dir.filePath(QStringLiteral("plain.csv")));
        QVERIFY(!s.timeStampedAt.isValid());
        QVERIFY(!CmsSignature::read(test::readFile(s.signaturePath)).timeStamp);
    }

    void theSignatureCarriesATokenOpenSslVerifies()
    {
        SigningKeyService(*m_database).setTimeStampingUrl(m_admin, m_url);
        QCOMPARE(SigningKeyService(*m_database).timeStampingUrl(), m_url);
        const QString path = m_dir.filePath(QStringLiteral("stamped.csv"));
        const AuditExportSummary s = exportCsv(path);
        QVERIFY(s.timeStampedAt.isValid());
        QVERIFY(qAbs(s.timeStampedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        const CmsSignature read = CmsSignature::read(test::readFile(s.signaturePath));
        QVERIFY(read.timeStamp);
        QVERIFY(read.timeStampMatches);
        QCOMPARE(read.timeStamp->time, s.timeStampedAt);
        // The token, and what it stamps (the signature value), checked by OpenSSL alone.
        test::writeFile(m_dir.filePath(QStringLiteral("signature.bin")), read.signatureValue);
        test::writeFile(m_dir.filePath(QStringLiteral("token.der")), read.timeStamp->der);
        QByteArray output;
        QCOMPARE(openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                          m_dir.filePath(QStringLiteral("signature.bin")), QStringLiteral("-in"),
                          m_dir.filePath(QStringLiteral("token.der")), QStringLiteral("-token_in"),
                          QStringLiteral("-CAfile"), m_authorityRoot},
                         &output),
                 0);
        QVERIFY2(output.contains("Verification: OK"), output.constData());
        // Another value is not what it stamps.
        test::writeFile(m_dir.filePath(QStringLiteral("other.bin")), "another signature");
        QVERIFY(openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                         m_dir.filePath(QStringLiteral("other.bin")), QStringLiteral("-in"),
                         m_dir.filePath(QStringLiteral("token.der")), QStringLiteral("-token_in"),
                         QStringLiteral("-CAfile"), m_authorityRoot},
                        &output) != 0);
        // The unsigned attribute leaves the CMS signature as it was.
        const QString certificate = m_dir.filePath(QStringLiteral("org.crt"));
        test::writeFile(certificate, SigningKeyService(*m_database).activeCertificatesPem());
        QCOMPARE(
            openssl({QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                     QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                     s.signaturePath, QStringLiteral("-content"), path, QStringLiteral("-CAfile"),
                     certificate, QStringLiteral("-out"), QStringLiteral("/dev/null")},
                    &output),
            0);
        const ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.timeStampedAt, s.timeStampedAt);
    }

    // A set: PDF, CSV and JSON Lines of one reading, one audit entry, one manifest that is
    // signed and time-stamped. OpenSSL and sha256sum alone check it; the console checks it in one
    // step, and a changed byte in any of its files fails that step.
    void aSetIsSignedAndTimeStampedAsOne()
    {
        SigningKeyService(*m_database).setTimeStampingUrl(m_admin, m_url);
        const qint64 before = exports();
        const QString dir = m_dir.filePath(QStringLiteral("set"));
        AuditExportService::Options options;
        options.signingKeyPath = m_keyPath;
        options.passphrase = m_passphrase;
        options.language = QStringLiteral("ky");
        using Format = AuditExportService::Format;
        const AuditExportSummary s =
            AuditExportService(*m_database)
                .exportSet(m_admin, options, {Format::Pdf, Format::Csv, Format::Jsonl}, dir);
        QCOMPARE(exports(), before + 1);
        QCOMPARE(
            test::scalar(
                *m_database,
                QStringLiteral("SELECT details FROM audit_log WHERE seq = %1").arg(s.exportSeq))
                .toString()
                .contains(QStringLiteral("\"format\":\"set\"")),
            true);
        QCOMPARE(s.manifestPath, dir + QStringLiteral("/manifest"));
        QCOMPARE(s.signaturePath, dir + QStringLiteral("/manifest.p7s"));
        QVERIFY(s.timeStampedAt.isValid());
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        const QStringList files{QStringLiteral("audit.pdf"), QStringLiteral("audit.csv"),
                                QStringLiteral("audit.jsonl")};
        const QByteArray manifest = test::readFile(s.manifestPath);
        QCOMPARE(manifest.count('\n'), 3);
        for (const QString& name : files)
            QVERIFY2(manifest.contains("  " + name.toUtf8() + '\n'), manifest.constData());
        // The same entries in each: the CSV's rows and the JSON Lines' lines.
        QCOMPARE(test::readFile(dir + QStringLiteral("/audit.csv")).count('\n'), s.entries + 1);
        QCOMPARE(test::readFile(dir + QStringLiteral("/audit.jsonl")).count('\n'), s.entries);

        QByteArray output;
        QCOMPARE(test::runTool(QStringLiteral("sh"),
                               {QStringLiteral("-c"),
                                QStringLiteral("cd \"$0\" && sha256sum -c --strict manifest"), dir},
                               &output),
                 0);
        QVERIFY2(output.contains("audit.pdf: OK"), output.constData());
        const QString certificate = m_dir.filePath(QStringLiteral("org.crt"));
        test::writeFile(certificate, SigningKeyService(*m_database).activeCertificatesPem());
        const QStringList cmsVerify{QStringLiteral("cms"),
                                    QStringLiteral("-verify"),
                                    QStringLiteral("-binary"),
                                    QStringLiteral("-inform"),
                                    QStringLiteral("DER"),
                                    QStringLiteral("-in"),
                                    s.signaturePath,
                                    QStringLiteral("-content"),
                                    s.manifestPath,
                                    QStringLiteral("-CAfile"),
                                    certificate,
                                    QStringLiteral("-out"),
                                    QStringLiteral("/dev/null")};
        QCOMPARE(openssl(cmsVerify, &output), 0);
        const CmsSignature read = CmsSignature::read(test::readFile(s.signaturePath));
        QVERIFY(read.timeStamp && read.timeStampMatches);
        test::writeFile(m_dir.filePath(QStringLiteral("set-signature.bin")), read.signatureValue);
        test::writeFile(m_dir.filePath(QStringLiteral("set-token.der")), read.timeStamp->der);
        QCOMPARE(openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                          m_dir.filePath(QStringLiteral("set-signature.bin")),
                          QStringLiteral("-in"), m_dir.filePath(QStringLiteral("set-token.der")),
                          QStringLiteral("-token_in"), QStringLiteral("-CAfile"), m_authorityRoot},
                         &output),
                 0);
        ExportCheck check = ExportVerifier::verify(dir, m_database.get());
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.timeStampedAt, s.timeStampedAt);
        QCOMPARE(check.entries, s.entries);

        // One changed byte, in any file of the set: the set does not verify, and the file is named
        // where it can be told.
        for (const QString& name :
             files + QStringList{QStringLiteral("manifest"), QStringLiteral("manifest.p7s")}) {
            const QString path = dir + QLatin1Char('/') + name;
            const QByteArray original = test::readFile(path);
            QByteArray changed = original;
            const qsizetype at = changed.size() / 2;
            changed[at] = char(changed[at] ^ 0x01);
            test::writeFile(path, changed);
            check = ExportVerifier::verify(dir, m_database.get());
            QVERIFY2(!check.ok, qPrintable(name));
            if (files.contains(name))
                QVERIFY2(check.problem.contains(name), qPrintable(check.problem));
            test::writeFile(path, original);
        }
        check = ExportVerifier::verify(dir + QStringLiteral("/manifest"), m_database.get());
        QVERIFY2(check.ok, qPrintable(check.problem));
    }

    // A token moved in from another signature would date this one: refused.
    void aTokenOfAnotherSignatureIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("moved.csv"));
        const AuditExportSummary s = exportCsv(path);
        CmsSignature cms = CmsSignature::read(test::readFile(s.signaturePath));
        const SigningKey key =
            SigningKey::fromEncryptedPem(test::readFile(m_keyPath), m_passphrase);
        const std::optional<CertificateChain> chain =
            SigningKeyService(*m_database).certificateChain(key.fingerprint());
        const QByteArray forged = cms.sign(
            key, *chain, QByteArray::fromHex(cms.fileSha256.toLatin1()), [&](const QByteArray&) {
                return TimeStampAuthority(QUrl(m_url)).stamp(QByteArray(32, 'z'));
            });
        test::writeFile(s.signaturePath, forged);
        const CmsSignature read = CmsSignature::read(forged);
        QVERIFY(read.signatureValid);
        QVERIFY(read.timeStamp && !read.timeStampMatches);
        const ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("time-stamp")), qPrintable(check.problem));
    }

    void anAuthorityOutOfReachStopsTheExport()
    {
        // A port nothing listens on: bound, then closed.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SigningKeyService(*m_database)
            .setTimeStampingUrl(m_admin, QStringLiteral("http://127.0.0.1:%1/").arg(port));
        const qint64 before = exports();
        const QString path = m_dir.filePath(QStringLiteral("unreached.csv"));
        try {
            exportCsv(path);
            QFAIL("an export was signed without its time-stamp");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Connection);
            QVERIFY2(e.message().contains(QString::number(port)), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(CmsSignature::pathFor(path)));
        QCOMPARE(exports(), before);
        SigningKeyService(*m_database).setTimeStampingUrl(m_admin, QString());
        QVERIFY(!exportCsv(path).timeStampedAt.isValid());
    }
};

QTEST_MAIN(TestTimeStamping) // a set has a PDF: fonts need a GUI application
#include "tst_timestamping.moc"

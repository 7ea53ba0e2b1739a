// SPDX-License-Identifier: GPL-3.0-or-later
// CMS signatures of audit exports (docs/audit.md): `keys init` makes an ECDSA P-256 key with a
// self-signed certificate in the holder's name; every export gets FILE.p7s, which `openssl cms
// -verify` accepts with that certificate and which binds the chain head and the entry count; a
// changed byte of the export or of the signature fails both OpenSSL and the console; another key's
// signature is no signature of the organisation's; a certification authority's certificate
// replaces the self-signed one (and is refused for another key, out of order or expired), after
// which OpenSSL checks exports against the authority.
#include "db/Sql.h"
#include "FileTools.h"
#include "security/Certificate.h"
#include "security/CmsSignature.h"
#include "security/Sha256.h"
#include "security/SigningKey.h"
#include "services/AuditExportService.h"
#include "services/ExportVerifier.h"
#include "services/HolderService.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QtTest>

using namespace dpo;

class TestCmsSigning : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    QString m_keyPath;
    QString m_fingerprint;
    const QByteArray m_passphrase = "correct horse battery staple";

    static void flipByte(const QString& path, qint64 offset)
    {
        QByteArray bytes = test::readFile(path);
        QVERIFY(offset >= 0 && offset < bytes.size());
        bytes[offset] = char(bytes[offset] ^ 0x01);
        test::writeFile(path, bytes);
    }
    // Runs openssl (the key file's passphrase in KEY_PASSPHRASE); its exit code and messages.
    static int openssl(const QStringList& arguments, QByteArray* output = nullptr)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEY_PASSPHRASE"),
                           QStringLiteral("correct horse battery staple"));
        return test::runTool(QStringLiteral("openssl"), arguments, output, environment);
    }
    // `openssl cms -verify` of an export and its FILE.p7s against the certificates in `trusted`.
    static int opensslVerifies(const QString& path, const QString& trusted, QByteArray* output)
    {
        return openssl({QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                        CmsSignature::pathFor(path), QStringLiteral("-content"), path,
                        QStringLiteral("-CAfile"), trusted, QStringLiteral("-out"),
                        QStringLiteral("/dev/null")},
                       output);
    }
    QString organisationCertificate(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, SigningKeyService(*m_database).activeCertificatesPem());
        return path;
    }
    QString signedExport(AuditExportService::Format format, const QString& name,
                         AuditExportSummary* summary = nullptr) const
    {
        AuditExportService::Options options;
        options.format = format;
        options.language = QStringLiteral("ru");
        options.signingKeyPath = m_keyPath;
        options.passphrase = m_passphrase;
        const QString path = m_dir.filePath(name);
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        if (summary)
            *summary = s;
        return path;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_keyPath = m_dir.filePath(QStringLiteral("organisation.pem"));
        m_fingerprint = SigningKeyService(*m_database).createKey(m_admin, m_keyPath, m_passphrase);
    }

    void theKeyIsEcdsaWithASelfSignedCertificate()
    {
        const SigningKey key =
            SigningKey::fromEncryptedPem(test::readFile(m_keyPath), m_passphrase);
        QCOMPARE(key.algorithm(), SigningKey::Algorithm::EcdsaP256);
        QCOMPARE(key.fingerprint(), m_fingerprint);
        const std::optional<CertificateChain> chain =
            SigningKeyService(*m_database).certificateChain(m_fingerprint);
        QVERIFY(chain);
        QCOMPARE(chain->certificates().size(), std::size_t(1));
        QVERIFY(chain->selfIssued());
        QCOMPARE(chain->keyFingerprint(), m_fingerprint);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(chain->notBefore().secsTo(now)) < 600);
        QCOMPARE(chain->notAfter().date(), chain->notBefore().date().addYears(10));
        const QString holder = HolderService(*m_database).holder().nameRu;
        QVERIFY(!holder.isEmpty());
        QVERIFY2(chain->subject().contains(QStringLiteral("O=") + holder),
                 qPrintable(chain->subject()));
        // OpenSSL reads it as we do: the public key is the key's.
        QByteArray text;
        const QString pem = organisationCertificate(QStringLiteral("self.crt"));
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), pem,
                          QStringLiteral("-noout"), QStringLiteral("-text")},
                         &text),
                 0);
        QVERIFY2(text.contains("ecdsa-with-SHA256") && text.contains("CA:FALSE") &&
                     text.contains("Digital Signature, Non Repudiation"),
                 text.constData());
    }

    void everyFormatIsSignedAsCmsThatOpenSslVerifies_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportService::Format::Csv);
        QTest::newRow("jsonl") << int(AuditExportService::Format::Jsonl);
        QTest::newRow("pdf") << int(AuditExportService::Format::Pdf);
    }
    void everyFormatIsSignedAsCmsThatOpenSslVerifies()
    {
        QFETCH(int, format);
        const auto f = AuditExportService::Format(format);
        AuditExportSummary summary;
        const QString path =
            signedExport(f, QStringLiteral("audit.") + AuditExportService::formatCode(f), &summary);
        QCOMPARE(summary.signaturePath, CmsSignature::pathFor(path));
        QCOMPARE(summary.keyFingerprint, m_fingerprint);
        QVERIFY(!QFile::exists(path + QStringLiteral(".sig")));
        QCOMPARE(QFile::permissions(summary.signaturePath) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QByteArray output;
        QCOMPARE(opensslVerifies(path, organisationCertificate(QStringLiteral("org.crt")), &output),
                 0);
        QVERIFY2(output.contains("Verification successful"), output.constData());
        // The signed attributes are the export's: its name, the head it stopped at, its count.
        const CmsSignature read = CmsSignature::read(test::readFile(summary.signaturePath));
        QVERIFY(read.signatureValid);
        QCOMPARE(read.fileSha256, QString::fromLatin1(Sha256::hashHex(test::readFile(path))));
        QCOMPARE(read.fileName, QFileInfo(path).fileName());
        QCOMPARE(read.headSeq, summary.headSeq);
        QCOMPARE(read.headHash, summary.headHash);
        QCOMPARE(read.entries, summary.entries);
        QVERIFY(qAbs(read.signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // OpenSSL shows the same attributes.
        QCOMPARE(openssl({QStringLiteral("cms"), QStringLiteral("-cmsout"),
                          QStringLiteral("-print"), QStringLiteral("-inform"),
                          QStringLiteral("DER"), QStringLiteral("-in"), summary.signaturePath},
                         &output),
                 0);
        const qsizetype head = output.indexOf(QByteArray(CmsSignature::kHeadSeqOid) + ")");
        QVERIFY2(head > 0, output.constData());
        QVERIFY2(output.mid(head, 120).contains("INTEGER:" + QByteArray::number(summary.headSeq)),
                 output.mid(head, 120).constData());
        // And the console's own check, against the database.
        const ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.keyFingerprint, m_fingerprint);
        QCOMPARE(check.headSeq, summary.headSeq);
        QCOMPARE(check.entries, summary.entries);
        if (f != AuditExportService::Format::Pdf)
            QCOMPARE(check.entriesMatched, summary.entries);
    }

    void aChangedByteFailsEitherCheck()
    {
        const QString path =
            signedExport(AuditExportService::Format::Jsonl, QStringLiteral("c.jsonl"));
        const QString certificate = organisationCertificate(QStringLiteral("c.crt"));
        const QByteArray original = test::readFile(path);
        flipByte(path, original.size() / 2);
        QByteArray output;
        QVERIFY(opensslVerifies(path, certificate, &output) != 0);
        ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("changed after it was signed")),
                 qPrintable(check.problem));
        test::writeFile(path, original);
        QCOMPARE(opensslVerifies(path, certificate, &output), 0);
        // The signature value is the file's last bytes (r and s of ECDSA).
        const QString signature = CmsSignature::pathFor(path);
        flipByte(signature, test::readFile(signature).size() - 3);
        QVERIFY(opensslVerifies(path, certificate, &output) != 0);
        check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("does not verify")),
                 qPrintable(check.problem));
        // Not a signature at all.
        test::writeFile(signature, "not DER");
        check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not a detached CMS signature")),
                 qPrintable(check.problem));
    }

    // An export changed and signed again by a key of someone else's, with a certificate of its
    // own inside the signature: the signature holds, and is no signature of the organisation.
    void anotherKeysSignatureIsNotTheOrganisations()
    {
        const QString path = signedExport(AuditExportService::Format::Csv, QStringLiteral("f.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        const SigningKey forger = SigningKey::generate();
        const CertificateChain forged = CertificateChain::selfSigned(
            forger, HolderService(*m_database).holder().nameRu, QDateTime::currentDateTimeUtc(), 1);
        CmsSignature cms = CmsSignature::read(test::readFile(CmsSignature::pathFor(path)));
        cms.signedAt = QDateTime::currentDateTimeUtc();
        test::writeFile(CmsSignature::pathFor(path),
                        cms.sign(forger, forged, Sha256::hash(test::readFile(path))));
        const QString forgerCertificate = m_dir.filePath(QStringLiteral("forger.crt"));
        test::writeFile(forgerCertificate, forged.toPem());
        QByteArray output;
        QCOMPARE(opensslVerifies(path, forgerCertificate, &output), 0); // it holds, for its key
        QVERIFY(opensslVerifies(path, organisationCertificate(QStringLiteral("o.crt")), &output) !=
                0);
        ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not a signing key of this database")),
                 qPrintable(check.problem));
        check = ExportVerifier::verify(path, nullptr, m_fingerprint);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not with the trusted key")),
                 qPrintable(check.problem));
    }

    // A database behind the export (restored from an earlier backup, or a standby promoted
    // without the newest entries) lacks the head the export records: the verifier says where its
    // chain ends. Another entry at the head's number (a rewritten or forked history) is told
    // apart. The export is signed again by the organisation's own key, naming such a head.
    void aHeadTheDatabaseLacksIsToldFromAnotherHead_data()
    {
        QTest::addColumn<qint64>("beyond");
        QTest::addColumn<bool>("otherHash");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entries missing") << qint64(3) << false << QStringLiteral("are missing");
        QTest::newRow("another hash") << qint64(0) << true << QStringLiteral("has another hash");
    }
    void aHeadTheDatabaseLacksIsToldFromAnotherHead()
    {
        QFETCH(qint64, beyond);
        QFETCH(bool, otherHash);
        QFETCH(QString, expected);
        const QString path = signedExport(AuditExportService::Format::Csv,
                                          QStringLiteral("behind-%1.csv").arg(beyond));
        QVERIFY(ExportVerifier::verify(path, m_database.get()).ok);
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT max(seq) FROM audit_log"));
        execQuery(q, "head");
        QVERIFY(q.next());
        const qint64 head = q.value(0).toLongLong();
        CmsSignature cms = CmsSignature::read(test::readFile(CmsSignature::pathFor(path)));
        QVERIFY(cms.headSeq > 0 && cms.headSeq <= head);
        cms.headSeq = head + beyond;
        if (otherHash)
            cms.headHash = QString(64, QLatin1Char('a'));
        const SigningKey key =
            SigningKey::fromEncryptedPem(test::readFile(m_keyPath), m_passphrase);
        const std::optional<CertificateChain> chain =
            SigningKeyService(*m_database).certificateChain(m_fingerprint);
        QVERIFY(chain);
        test::writeFile(CmsSignature::pathFor(path),
                        cms.sign(key, *chain, Sha256::hash(test::readFile(path))));
        const ExportCheck check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(expected), qPrintable(check.problem));
        if (!otherHash)
            QVERIFY2(check.problem.contains(QStringLiteral("ends at entry %1,").arg(head)),
                     qPrintable(check.problem));
        // Without the database, the signature and the entries still hold.
        QVERIFY(ExportVerifier::verify(path, nullptr, m_fingerprint).ok);
    }

    // The administrator has the key certified: a CSR from the key file (OpenSSL reads it), an
    // authority's certificate for it, imported with the authority's; OpenSSL then checks exports
    // against the authority alone.
    void anAuthoritysCertificateReplacesTheSelfSignedOne()
    {
        const auto file = [this](const char* name) { return m_dir.filePath(QLatin1String(name)); };
        QCOMPARE(
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), file("ca.key"), QStringLiteral("-out"),
                     file("ca.crt"), QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Test certification authority")}),
            0);
        QCOMPARE(
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                     m_keyPath, QStringLiteral("-passin"), QStringLiteral("env:KEY_PASSPHRASE"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Holder/O=Holder"),
                     QStringLiteral("-out"), file("org.csr")}),
            0);
        test::writeFile(file("leaf.ext"), "keyUsage=critical,digitalSignature,nonRepudiation\n"
                                          "basicConstraints=critical,CA:FALSE\n");
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                          file("org.csr"), QStringLiteral("-CA"), file("ca.crt"),
                          QStringLiteral("-CAkey"), file("ca.key"), QStringLiteral("-days"),
                          QStringLiteral("30"), QStringLiteral("-extfile"), file("leaf.ext"),
                          QStringLiteral("-out"), file("org-ca.crt")}),
                 0);
        const QByteArray leaf = test::readFile(file("org-ca.crt"));
        const QByteArray authority = test::readFile(file("ca.crt"));
        const SigningKeyService keys(*m_database);

        // Refused: out of order, not PEM, for another key, expired.
        QVERIFY_THROWS_EXCEPTION(Error, keys.importCertificate(m_admin, authority + leaf));
        QVERIFY_THROWS_EXCEPTION(Error, keys.importCertificate(m_admin, "not a certificate"));
        const SigningKey other = SigningKey::generate();
        try {
            keys.importCertificate(m_admin,
                                   CertificateChain::selfSigned(other, QStringLiteral("Other"),
                                                                QDateTime::currentDateTimeUtc(), 1)
                                       .toPem());
            QFAIL("a certificate for another key was stored");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("not an active signing key")),
                     qPrintable(e.message()));
        }
        const SigningKey key =
            SigningKey::fromEncryptedPem(test::readFile(m_keyPath), m_passphrase);
        try {
            keys.importCertificate(m_admin, CertificateChain::selfSigned(
                                                key, QStringLiteral("Old"),
                                                QDateTime::currentDateTimeUtc().addYears(-3), 1)
                                                .toPem());
            QFAIL("an expired certificate was stored");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("not now")), qPrintable(e.message()));
        }
        QVERIFY(keys.certificateChain(m_fingerprint)->selfIssued()); // unchanged

        QCOMPARE(keys.importCertificate(m_admin, leaf + authority), m_fingerprint);
        const std::optional<CertificateChain> chain = keys.certificateChain(m_fingerprint);
        QCOMPARE(chain->certificates().size(), std::size_t(2));
        QVERIFY(!chain->selfIssued());
        QSqlQuery audited = prepareQuery(
            m_database->connection(),
            QStringLiteral(
                "SELECT entity_id FROM audit_log WHERE action = 'signing_key.certificate'"));
        execQuery(audited, "audit");
        QVERIFY(audited.next());
        QCOMPARE(audited.value(0).toString(), m_fingerprint);
        QVERIFY(!audited.next());

        const QString path =
            signedExport(AuditExportService::Format::Csv, QStringLiteral("ca.csv"));
        QByteArray output;
        QCOMPARE(opensslVerifies(path, file("ca.crt"), &output), 0);
        QVERIFY2(output.contains("Verification successful"), output.constData());
        QVERIFY(opensslVerifies(path, file("self.crt"), &output) != 0); // the old one no longer
        QVERIFY(ExportVerifier::verify(path, m_database.get()).ok);
    }

    void anEd25519KeyGetsNoCertificate()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString keyPath = m_dir.filePath(QStringLiteral("ed25519.pem"));
        const QString fingerprint = SigningKeyService(*database).createKey(
            admin, keyPath, m_passphrase, SigningKey::Algorithm::Ed25519);
        QVERIFY(!SigningKeyService(*database).certificateChain(fingerprint));
        const SigningKey key = SigningKey::fromEncryptedPem(test::readFile(keyPath), m_passphrase);
        try {
            SigningKeyService(*database).importCertificate(
                admin, CertificateChain::selfSigned(key, QStringLiteral("Holder"),
                                                    QDateTime::currentDateTimeUtc(), 1)
                           .toPem());
            QFAIL("a certificate for an Ed25519 key was stored");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("Ed25519")), qPrintable(e.message()));
        }
    }
};

QTEST_MAIN(TestCmsSigning) // a PDF export lays out text: fonts need a GUI application
#include "tst_cmssigning.moc"

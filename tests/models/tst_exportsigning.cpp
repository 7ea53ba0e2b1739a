// SPDX-License-Identifier: GPL-3.0-or-later
// Signed audit exports with an Ed25519 key of before, as FILE.sig (the CMS signatures of the keys
// made now: tst_cmssigning): the key (administrators only, passphrase-protected PKCS#8, never
// overwritten); every export signed once the database has a key; the signature
// verifies against a trusted key, and fails after one byte of the file changes; a file re-signed
// with another key has an unknown signer; a row changed under the organisation's own signature
// is caught by its hash, its link and, with the database, the chain.
#include "db/Sql.h"
#include "FileTools.h"
#include "import/CsvReader.h"
#include "security/ExportSignature.h"
#include "security/Sha256.h"
#include "security/SigningKey.h"
#include "services/AuditExportService.h"
#include "services/AuditService.h"
#include "services/ExportVerifier.h"
#include "services/OfficerService.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestExportSigning : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    QString m_keyPath;
    const QByteArray m_passphrase = "correct horse battery staple";

    qint64 exports() const
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'"));
        execQuery(q, "count");
        q.next();
        return q.value(0).toLongLong();
    }
    AuditExportService::Options signedOptions(AuditExportService::Format format) const
    {
        AuditExportService::Options options;
        options.format = format;
        options.language = QStringLiteral("ky");
        options.signingKeyPath = m_keyPath;
        options.passphrase = m_passphrase;
        return options;
    }

    // Signs the export as it now is with `key`, as a forger (or an insider holding the key)
    // would: the file's new hash in the signature file, signed.
    static void resign(const QString& path, const SigningKey& key)
    {
        ExportSignature signature =
            ExportSignature::parse(test::readFile(ExportSignature::pathFor(path)));
        signature.fileSha256 = QString::fromLatin1(Sha256::hashHex(test::readFile(path)));
        signature.signWith(key);
        test::writeFile(ExportSignature::pathFor(path), signature.toText());
    }
    SigningKey organisationKey() const
    {
        return SigningKey::fromEncryptedPem(test::readFile(m_keyPath), m_passphrase);
    }
    QString signedExport(AuditExportService::Format format, const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        AuditExportService(*m_database).exportTo(m_admin, signedOptions(format), path);
        return path;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_keyPath = m_dir.filePath(QStringLiteral("organisation.pem"));
    }

    void onlyAnAdministratorCreatesTheKey()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("clerk"), QStringLiteral("Clerk"),
                               Role::Officer, QStringLiteral("counter-signed-1"));
        const Session clerk =
            officers.signIn(QStringLiteral("clerk"), QStringLiteral("counter-signed-1"));
        try {
            SigningKeyService(*m_database).createKey(clerk, m_keyPath, m_passphrase);
            QFAIL("an officer created the signing key");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, SigningKeyService(*m_database).createKey(m_admin, m_keyPath, "short"));
        QVERIFY(!QFile::exists(m_keyPath));
        QVERIFY(!SigningKeyService(*m_database).hasActiveKey());
    }

    void anUnsignedExportWhileThereIsNoKey()
    {
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Csv;
        const AuditExportSummary s =
            AuditExportService(*m_database)
                .exportTo(m_admin, options, m_dir.filePath(QStringLiteral("plain.csv")));
        QVERIFY(s.signaturePath.isEmpty());
        QVERIFY(!ExportVerifier::verify(m_dir.filePath(QStringLiteral("plain.csv"))).ok);
    }

    void theKeyIsCreatedProtectedAndNeverOverwritten()
    {
        const QString fingerprint =
            SigningKeyService(*m_database)
                .createKey(m_admin, m_keyPath, m_passphrase, SigningKey::Algorithm::Ed25519);
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(QFile::permissions(m_keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile pem(m_keyPath);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(pem.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // Its encryption read back by openssl: PBES2 with scrypt (N 2^14, r 8, p 1), a 16-byte
        // salt, AES-256-CBC; not PBKDF2 with 2,048 iterations and 8 bytes of salt.
        QProcess asn1parse;
        asn1parse.start(QStringLiteral("openssl"),
                        {QStringLiteral("asn1parse"), QStringLiteral("-in"), m_keyPath});
        QVERIFY(asn1parse.waitForFinished(30000));
        QCOMPARE(asn1parse.exitCode(), 0);
        const QString parsed = QString::fromLatin1(asn1parse.readAllStandardOutput());
        QVERIFY2(parsed.contains(QStringLiteral(":PBES2")), qPrintable(parsed));
        QVERIFY2(parsed.contains(QStringLiteral(":scrypt")), qPrintable(parsed));
        QVERIFY2(!parsed.contains(QStringLiteral("PBKDF2")), qPrintable(parsed));
        QVERIFY2(parsed.contains(QStringLiteral(":aes-256-cbc")), qPrintable(parsed));
        const QRegularExpression salt(
            QStringLiteral(":scrypt[^\\n]*\\n[^\\n]*SEQUENCE[^\\n]*\\n"
                           "[^\\n]*OCTET STRING\\s+\\[HEX DUMP\\]:([0-9A-F]+)[^\\n]*\\n"
                           "[^\\n]*INTEGER\\s+:([0-9A-F]+)[^\\n]*\\n"
                           "[^\\n]*INTEGER\\s+:([0-9A-F]+)[^\\n]*\\n"
                           "[^\\n]*INTEGER\\s+:([0-9A-F]+)"));
        const QRegularExpressionMatch scrypt = salt.match(parsed);
        QVERIFY2(scrypt.hasMatch(), qPrintable(parsed));
        QCOMPARE(scrypt.captured(1).size(), 2 * 16);            // salt bytes
        QCOMPARE(scrypt.captured(2).toInt(nullptr, 16), 16384); // N
        QCOMPARE(scrypt.captured(3).toInt(nullptr, 16), 8);     // r
        QCOMPARE(scrypt.captured(4).toInt(nullptr, 16), 1);     // p
        QVERIFY(SigningKeyService(*m_database).isActiveKey(fingerprint));
        QVERIFY_THROWS_EXCEPTION(
            Error, SigningKeyService(*m_database).createKey(m_admin, m_keyPath, m_passphrase));
        QVERIFY_THROWS_EXCEPTION(
            Error, SigningKeyService(*m_database).openActiveKey(m_keyPath, "the wrong passphrase"));
    }

    void anUnencryptedKeyFileIsRefused()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.pem"));
        QProcess genpkey;
        genpkey.start(QStringLiteral("openssl"),
                      {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                       QStringLiteral("ed25519"), QStringLiteral("-out"), plain});
        QVERIFY(genpkey.waitForFinished(30000));
        QCOMPARE(genpkey.exitCode(), 0);
        try {
            SigningKey::fromEncryptedPem(test::readFile(plain), m_passphrase);
            QFAIL("an unencrypted private key was opened");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("not an encrypted private key")),
                     qPrintable(e.message()));
        }
        // The same key encrypted by openssl's own scrypt PKCS#8 opens: the format is standard.
        const QString wrapped = m_dir.filePath(QStringLiteral("wrapped.pem"));
        QProcess pkcs8;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPO_TEST_WRAP"), QString::fromLatin1(m_passphrase));
        pkcs8.setProcessEnvironment(env);
        pkcs8.start(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-scrypt"),
                     QStringLiteral("-in"), plain, QStringLiteral("-out"), wrapped,
                     QStringLiteral("-passout"), QStringLiteral("env:DPO_TEST_WRAP")});
        QVERIFY(pkcs8.waitForFinished(30000));
        QCOMPARE(pkcs8.exitCode(), 0);
        QCOMPARE(SigningKey::fromEncryptedPem(test::readFile(wrapped), m_passphrase)
                     .fingerprint()
                     .size(),
                 64);
    }

    void everyFormatIsSignedAndVerifies_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportService::Format::Csv);
        QTest::newRow("jsonl") << int(AuditExportService::Format::Jsonl);
        QTest::newRow("pdf") << int(AuditExportService::Format::Pdf);
    }
    void everyFormatIsSignedAndVerifies()
    {
        QFETCH(int, format);
        const auto f = AuditExportService::Format(format);
        const QString path =
            m_dir.filePath(QStringLiteral("signed.") + AuditExportService::formatCode(f));
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, signedOptions(f), path);
        QCOMPARE(s.signaturePath, path + QStringLiteral(".sig"));
        ExportCheck check = ExportVerifier::verify(path, nullptr, s.keyFingerprint);
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.headHash, s.headHash);
        // The key in the signature file alone vouches for nothing.
        check = ExportVerifier::verify(path);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("signer is unknown")),
                 qPrintable(check.problem));
        check = ExportVerifier::verify(path, m_database.get());
        QVERIFY2(check.ok, qPrintable(check.problem));
        if (f != AuditExportService::Format::Pdf)
            QCOMPARE(check.entriesMatched, s.entries);

        // One byte changed: the signature no longer holds.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x01)));
        file.close();
        check = ExportVerifier::verify(path, nullptr, s.keyFingerprint);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("changed")), qPrintable(check.problem));
    }

    void aChangedSignatureFileDoesNotVerify()
    {
        const QString path = m_dir.filePath(QStringLiteral("head.csv"));
        AuditExportService(*m_database)
            .exportTo(m_admin, signedOptions(AuditExportService::Format::Csv), path);
        QFile sig(path + QStringLiteral(".sig"));
        QVERIFY(sig.open(QIODevice::ReadOnly));
        QByteArray text = sig.readAll();
        sig.close();
        text.replace("entries: ", "entries: 1"); // claims more entries than were signed
        QVERIFY(sig.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sig.write(text);
        sig.close();
        ExportCheck check = ExportVerifier::verify(path);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("signature")), qPrintable(check.problem));
        // A signature file that is not one at all: a failed check too, saying why.
        QVERIFY(sig.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sig.write("hello\n");
        sig.close();
        check = ExportVerifier::verify(path);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not valid")), qPrintable(check.problem));
    }

    // The export changed and signed again with a fresh key, whose public half the forger puts
    // in the signature file: the signature itself is sound, its signer is not the organisation.
    void anExportResignedWithAnotherKeyHasAnUnknownSigner_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportService::Format::Csv);
        QTest::newRow("jsonl") << int(AuditExportService::Format::Jsonl);
        QTest::newRow("pdf") << int(AuditExportService::Format::Pdf);
    }
    void anExportResignedWithAnotherKeyHasAnUnknownSigner()
    {
        QFETCH(int, format);
        const auto f = AuditExportService::Format(format);
        const QString path =
            signedExport(f, QStringLiteral("forged.") + AuditExportService::formatCode(f));
        const QString trusted = organisationKey().fingerprint();
        QByteArray bytes = test::readFile(path);
        bytes.replace("officer.create", "officer.remove");
        test::writeFile(path, bytes);
        resign(path, SigningKey::generate(SigningKey::Algorithm::Ed25519));

        ExportCheck check = ExportVerifier::verify(path);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("signer is unknown")),
                 qPrintable(check.problem));
        QVERIFY(check.keyFingerprint != trusted);
        check = ExportVerifier::verify(path, nullptr, trusted);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not with the trusted key")),
                 qPrintable(check.problem));
        check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("not a signing key of this database")),
                 qPrintable(check.problem));
    }

    // A row changed and signed with the organisation's own key (an insider's forgery): the
    // signature holds, the row does not.
    void aRowChangedUnderTheOrganisationsSignatureIsCaught_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("rehash");
        QTest::addColumn<QString>("withoutDatabase");
        QTest::addColumn<QString>("withDatabase");
        const auto csv = int(AuditExportService::Format::Csv);
        const auto jsonl = int(AuditExportService::Format::Jsonl);
        const QString changed = QStringLiteral("was changed");
        const QString unlinked = QStringLiteral("does not follow");
        QTest::newRow("csv action")
            << csv << QByteArray(",officer.create,") << QByteArray(",officer.remove,") << false
            << changed << changed;
        QTest::newRow("csv officer")
            << csv << QByteArray(",admin,officer.create,") << QByteArray(",mallory,officer.create,")
            << false << changed << changed;
        QTest::newRow("jsonl action")
            << jsonl << QByteArray("\"action\":\"officer.create\"")
            << QByteArray("\"action\":\"officer.remove\"") << false << changed << changed;
        QTest::newRow("jsonl officer")
            << jsonl << QByteArray("\"officer\":\"admin\",\"officer_id\":")
            << QByteArray("\"officer\":\"mallory\",\"officer_id\":") << false << changed << changed;
        // The forger also hashed the changed row again: the next row's link breaks, and the row
        // is not the chain's.
        const QString notTheChains = QStringLiteral("does not match the chain");
        QTest::newRow("csv action, hash recomputed")
            << csv << QByteArray(",officer.create,") << QByteArray(",officer.remove,") << true
            << unlinked << notTheChains;
        QTest::newRow("jsonl action, hash recomputed")
            << jsonl << QByteArray("\"action\":\"officer.create\"")
            << QByteArray("\"action\":\"officer.remove\"") << true << unlinked << notTheChains;
    }
    void aRowChangedUnderTheOrganisationsSignatureIsCaught()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, rehash);
        QFETCH(QString, withoutDatabase);
        QFETCH(QString, withDatabase);
        const auto f = AuditExportService::Format(format);
        const QString path =
            signedExport(f, QStringLiteral("insider.") + AuditExportService::formatCode(f));
        QList<QByteArray> lines = test::readFile(path).split('\n');
        const auto row = std::find_if(lines.begin(), lines.end(),
                                      [&](const QByteArray& l) { return l.contains(from); });
        QVERIFY2(row != lines.end(), from.constData());
        row->replace(from, to);
        if (rehash) {
            // Only JSON Lines rows are hashed again here; a CSV row keeps its hash at its end.
            if (f == AuditExportService::Format::Jsonl) {
                QJsonObject o = QJsonDocument::fromJson(*row).object();
                const QString hash = ExportVerifier::entryFromJson(o).computeHash();
                QVERIFY(o.value(QStringLiteral("hash")).toString() != hash);
                o.insert(QStringLiteral("hash"), hash);
                *row = QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else {
                QVERIFY(row->endsWith('\r'));
                const QByteArray fields = row->left(row->size() - 1);
                QBuffer buffer;
                buffer.setData(fields);
                QVERIFY(buffer.open(QIODevice::ReadOnly));
                CsvReader reader(&buffer);
                CsvReader::Record record;
                QVERIFY(reader.next(record));
                QCOMPARE(record.fields.size(), AuditExportService::kCsvColumns.size());
                const QString hash = ExportVerifier::entryFromCsv(record.fields).computeHash();
                QVERIFY(record.fields.last() != hash);
                *row = fields.left(fields.lastIndexOf(',') + 1) + hash.toLatin1() + '\r';
            }
        }
        test::writeFile(path, lines.join('\n'));
        resign(path, organisationKey());

        ExportCheck check = ExportVerifier::verify(path, nullptr, organisationKey().fingerprint());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(withoutDatabase), qPrintable(check.problem));
        check = ExportVerifier::verify(path, m_database.get());
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(withDatabase), qPrintable(check.problem));
    }

    void onceThereIsAKeyNoExportGoesUnsigned()
    {
        const qint64 before = exports();
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Csv;
        const QString path = m_dir.filePath(QStringLiteral("unsigned.csv"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 AuditExportService(*m_database).exportTo(m_admin, options, path));
        // A key the database does not know is refused too.
        const QString stranger = m_dir.filePath(QStringLiteral("stranger.pem"));
        QFile file(stranger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SigningKey::generate().encryptedPrivatePem(m_passphrase));
        file.close();
        options = signedOptions(AuditExportService::Format::Csv);
        options.signingKeyPath = stranger;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 AuditExportService(*m_database).exportTo(m_admin, options, path));
        QCOMPARE(exports(), before);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestExportSigning)
#include "tst_exportsigning.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Signed audit exports: the organisation's Ed25519 key (administrators only, passphrase-protected
// PKCS#8, never overwritten); every export signed once the database has a key; the signature
// verifies, and fails after one byte of the file changes; with the database, the entries match.
#include "db/Sql.h"
#include "security/Ed25519.h"
#include "services/AuditExportService.h"
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
            SigningKeyService(*m_database).createKey(m_admin, m_keyPath, m_passphrase);
        QCOMPARE(fingerprint.size(), 64);
        QCOMPARE(QFile::permissions(m_keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile pem(m_keyPath);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QVERIFY(pem.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(SigningKeyService(*m_database).isActiveKey(fingerprint));
        QVERIFY_THROWS_EXCEPTION(
            Error, SigningKeyService(*m_database).createKey(m_admin, m_keyPath, m_passphrase));
        QVERIFY_THROWS_EXCEPTION(
            Error, SigningKeyService(*m_database).openActiveKey(m_keyPath, "the wrong passphrase"));
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
        ExportCheck check = ExportVerifier::verify(path);
        QVERIFY2(check.ok, qPrintable(check.problem));
        QCOMPARE(check.headHash, s.headHash);
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
        check = ExportVerifier::verify(path);
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
        file.write(Ed25519Key::generate().encryptedPrivatePem(m_passphrase));
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

// SPDX-License-Identifier: GPL-3.0-or-later
// What the window saves: an audit export and a subject data report are the owner's only, whatever
// the umask; an export is signed with its own database's key, and a database without a key never
// asks for a passphrase because another database on this computer has one.
#include "demo/DemoDataService.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/AuditPage.h"
#include "pages/SubjectRecordPane.h"
#include "services/AuditExportService.h"
#include "services/ExportVerifier.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"

#include <QFileInfo>
#include <QtTest>
#include <sys/stat.h>

using namespace dpo;

namespace {
constexpr QFileDevice::Permissions kGroupOrOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownerOnly(const QString& path)
{
    return QFileInfo::exists(path) && (QFile::permissions(path) & kGroupOrOthers) == 0;
}
} // namespace

class TestSavedFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    mode_t m_umask = 0;

    // Exports the whole trail from the Audit section as `format`; true when it was saved.
    static bool exportFrom(AuditPage& page, AuditExportService::Format format)
    {
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        page.exportShown(int(format));
        if (!page.isExporting())
            return false; // it asked for something and was refused, or failed at once
        return finished.wait(30000) && finished.first().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        test::useOwnSettings();  // where a database's key path is remembered
        m_umask = ::umask(0022); // a usual umask: files would be world-readable by default
    }
    void cleanupTestCase()
    {
        ::umask(m_umask);
        test::removeOwnSettings();
    }

    void anExportIsSignedWithItsOwnDatabasesKeyOnly()
    {
        test::TestDatabase keyed;
        test::TestDatabase plain;
        DPO_REQUIRE_DATABASE(keyed);
        DPO_REQUIRE_DATABASE(plain);
        Session keyedAdmin;
        Session plainAdmin;
        auto keyedDb = keyed.openWithAdmin(keyedAdmin);
        auto plainDb = plain.openWithAdmin(plainAdmin);
        const QString key = m_dir.filePath(QStringLiteral("organisation.pem"));
        // As `keys init` makes it: the key's path remembered by its fingerprint on this computer.
        const QString fingerprint =
            SigningKeyService(*keyedDb).createKey(keyedAdmin, key, "a passphrase of length");
        SigningKeyService::rememberKeyPath(fingerprint, key);
        QVERIFY(ownerOnly(key));

        // The other database has no key: nothing to ask, an unsigned export.
        test::FakePrompts prompts;
        prompts.openAnswer.clear(); // asked for a key file, the officer would cancel
        {
            AuditPage page(*plainDb, plainAdmin, prompts);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            prompts.saveAnswer = m_dir.filePath(QStringLiteral("plain.csv"));
            QVERIFY2(exportFrom(page, AuditExportService::Format::Csv),
                     qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        }
        QCOMPARE(prompts.passwordQuestions, 0);
        QVERIFY(ownerOnly(prompts.saveAnswer));
        QVERIFY(!QFileInfo::exists(prompts.saveAnswer + QStringLiteral(".p7s")));

        // Its own database's key is found without asking for the file; only its passphrase.
        prompts.password = QStringLiteral("a passphrase of length");
        {
            AuditPage page(*keyedDb, keyedAdmin, prompts);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            prompts.saveAnswer = m_dir.filePath(QStringLiteral("keyed.pdf"));
            QVERIFY2(exportFrom(page, AuditExportService::Format::Pdf),
                     qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        }
        QCOMPARE(prompts.passwordQuestions, 1);
        QVERIFY(ownerOnly(prompts.saveAnswer));
        QVERIFY(ownerOnly(prompts.saveAnswer + QStringLiteral(".p7s")));
        QVERIFY(ExportVerifier::verify(prompts.saveAnswer, keyedDb.get()).ok);
    }

    void aSubjectDataReportIsTheOwnersOnly()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options demo;
        demo.subjects = 5;
        DemoDataService(*database).generate(admin, demo);
        test::FakePrompts prompts;
        SubjectRecordPane record(*database, admin, prompts);
        record.show();
        record.showSubject(
            test::scalar(*database, QStringLiteral("SELECT min(id) FROM subjects")).toLongLong());
        prompts.saveAnswer = m_dir.filePath(QStringLiteral("report.pdf"));
        record.saveReportAsPdf();
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo(prompts.saveAnswer).size() > 1000);
        QVERIFY(ownerOnly(prompts.saveAnswer));
    }
};

QTEST_MAIN(TestSavedFiles)
#include "tst_savedfiles.moc"

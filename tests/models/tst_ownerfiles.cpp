// SPDX-License-Identifier: GPL-3.0-or-later
// Files of personal data are the owner's only, whatever the umask: a letter, a subject data
// report, an audit export, and a file written over one that others could read.
#include "core/SaveFile.h"
#include "services/AuditExportService.h"
#include "services/ClaimLetterService.h"
#include "services/SubjectReportService.h"
#include "TestDatabase.h"

#include <QtTest>
#include <sys/stat.h>

using namespace dpo;

class TestOwnerFiles : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    mode_t m_umask = 0;

    static bool ownerOnly(const QString& path)
    {
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                          QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QFile::Permissions permissions = QFile::permissions(path);
        return QFile::exists(path) && (permissions & kOwnerOnly) == kOwnerOnly &&
               !(permissions & others);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        m_umask = ::umask(0022); // the usual one: files readable by everyone unless made otherwise
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void whatTheConsoleWrites_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("a claim's answer letter") << "letter";
        QTest::newRow("a subject data report") << "report";
        QTest::newRow("an audit export") << "export";
        QTest::newRow("a file written over one others could read") << "over";
    }
    void whatTheConsoleWrites()
    {
        QFETCH(QString, what);
        const QString path = m_dir.filePath(what + QStringLiteral(".out"));
        if (what == QStringLiteral("letter")) {
            const qint64 claim = test::answeredClaim(*m_database, m_admin, QStringLiteral("Асан"));
            ClaimLetterService(*m_database).writePdf(m_admin, claim, QStringLiteral("ky"), path);
        } else if (what == QStringLiteral("report")) {
            const qint64 subject = test::insertSubject(*m_database, QStringLiteral("OG-9"));
            SubjectReportService(*m_database)
                .writePdf(m_admin, subject, QStringLiteral("ru"), path);
        } else if (what == QStringLiteral("export")) {
            AuditExportService::Options options;
            options.format = AuditExportService::Format::Csv;
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        } else {
            QFile open(path);
            QVERIFY(open.open(QIODevice::WriteOnly));
            open.close();
            QVERIFY(QFile::permissions(path) & QFileDevice::ReadOther); // the umask let it be
            writeFileAtomically(path, QByteArrayLiteral("personal data"));
        }
        QVERIFY2(ownerOnly(path), qPrintable(QString::number(QFile::permissions(path), 16)));
    }
};

QTEST_MAIN(TestOwnerFiles) // the PDFs are drawn
#include "tst_ownerfiles.moc"

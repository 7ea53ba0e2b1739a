// SPDX-License-Identifier: GPL-3.0-or-later
// PDF/A-1b (docs/audit.md, "PDF/A"): the XMP is well-formed, names PDF/A-1 level B and declares
// DPO Console's own properties; an audit export's PDF carries its export entry, chain head, entry
// count and signing key in that XMP, with the same dates as its information dictionary; it and a
// subject report are PDF 1.4 that `pdfinfo` and `qpdf --check` find sound, with every font
// embedded.
#include "FileTools.h"
#include "reports/PdfArchive.h"
#include "services/AuditExportService.h"
#include "services/SigningKeyService.h"
#include "services/SubjectReportService.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QtTest>
#include <QXmlStreamReader>

using namespace dpo;

class TestPdfArchive : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    static int run(const QString& program, const QStringList& arguments, QByteArray* output)
    {
        return test::runTool(program, arguments, output);
    }
    // The XMP's value of an element, e.g. "dpo:headSeq"; empty when absent.
    static QString xmpValue(const QByteArray& xmp, const QString& qualifiedName)
    {
        QXmlStreamReader reader(xmp);
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement &&
                reader.qualifiedName() == qualifiedName)
                return reader.readElementText(QXmlStreamReader::IncludeChildElements);
        return {};
    }
    // Checks a PDF file as an archive would: version, tools' verdicts, fonts, XMP. Returns the XMP.
    static QByteArray checkArchival(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("%PDF-1.4"))
            qWarning("not PDF 1.4: %s", bytes.left(8).constData());
        QByteArray output;
        if (run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &output) != 0) {
            qWarning("qpdf --check: %s", output.constData());
            return {};
        }
        if (run(QStringLiteral("pdffonts"), {path}, &output) != 0)
            return {};
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
        for (const QByteArray& line : output.split('\n').mid(2)) {
            const QList<QByteArray> columns = line.simplified().split(' ');
            if (columns.size() >= 7 && columns[columns.size() - 5] != "yes") {
                qWarning("a font not embedded: %s", line.constData());
                return {};
            }
        }
        if (run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}, &output) != 0)
            return {};
        return output;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
    }

    void theXmpNamesPdfA1bAndDeclaresItsProperties()
    {
        const PdfDescription description{
            QStringLiteral("Журнал <аудита> & «выгрузка»"),
            {{QStringLiteral("headSeq"), QStringLiteral("The chain head's number."),
              QStringLiteral("42")}}};
        const QDateTime at(QDate(2026, 12, 6), QTime(10, 0, 0), QTimeZone(6 * 3600));
        const QByteArray xmp = archivalXmp(description, at);
        QXmlStreamReader reader(xmp);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaid:part")), QStringLiteral("1"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("rdf:li")), description.title);
        QCOMPARE(xmpValue(xmp, QStringLiteral("xmp:CreateDate")),
                 QStringLiteral("2026-12-06T10:00:00+06:00"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:headSeq")), QStringLiteral("42"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaProperty:name")), QStringLiteral("headSeq"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaSchema:namespaceURI")),
                 QLatin1String(kDpoXmpNamespace));
        QVERIFY(xmp.startsWith("<?xpacket begin="));
        QVERIFY(xmp.endsWith("<?xpacket end=\"w\"?>"));
    }

    void anAuditExportIsPdfA1bWithItsHeadInTheXmp()
    {
        const QString keyPath = m_dir.filePath(QStringLiteral("org.pem"));
        const QString fingerprint =
            SigningKeyService(*m_database).createKey(m_admin, keyPath, "a passphrase of length");
        AuditExportService::Options options;
        options.format = AuditExportService::Format::Pdf;
        options.language = QStringLiteral("ky");
        options.signingKeyPath = keyPath;
        options.passphrase = "a passphrase of length";
        const QString path = m_dir.filePath(QStringLiteral("audit.pdf"));
        const AuditExportSummary s =
            AuditExportService(*m_database).exportTo(m_admin, options, path);
        QVERIFY(s.exportSeq > s.headSeq);
        const QByteArray xmp = checkArchival(path);
        QVERIFY(!xmp.isEmpty());
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaid:part")), QStringLiteral("1"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:exportEntry")), QString::number(s.exportSeq));
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:headSeq")), QString::number(s.headSeq));
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:headHash")), s.headHash);
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:entries")), QString::number(s.entries));
        QCOMPARE(xmpValue(xmp, QStringLiteral("dpo:signingKey")), fingerprint);
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdf:Producer")),
                 QStringLiteral("Qt ") + QLatin1String(qVersion()));
        // The information dictionary's date is the XMP's (pdfinfo shows it in local time).
        QByteArray info;
        QCOMPARE(run(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), path}, &info), 0);
        const QRegularExpressionMatch created =
            QRegularExpression(QStringLiteral("CreationDate: +(\\S+)"))
                .match(QString::fromUtf8(info));
        QVERIFY2(created.hasMatch(), info.constData());
        QCOMPARE(
            QDateTime::fromString(created.captured(1), Qt::ISODate),
            QDateTime::fromString(xmpValue(xmp, QStringLiteral("xmp:CreateDate")), Qt::ISODate));
    }

    void aSubjectReportIsPdfA1b()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SubjectReportService::pdf(
            QStringLiteral("<h1>Маалыматтар боюнча отчёт</h1><p>Үсөнов Нурбек, ң ө ү</p>"),
            QStringLiteral("Отчёт")));
        file.close();
        const QByteArray xmp = checkArchival(path);
        QVERIFY(!xmp.isEmpty());
        QCOMPARE(xmpValue(xmp, QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
        QCOMPARE(xmpValue(xmp, QStringLiteral("rdf:li")), QStringLiteral("Отчёт"));
        QVERIFY(xmpValue(xmp, QStringLiteral("dpo:headSeq")).isEmpty());
    }
};

QTEST_MAIN(TestPdfArchive) // PDFs lay out text: fonts need a GUI application
#include "tst_pdfarchive.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Documents shown inside the console under the offscreen platform: every page of a PDF, a PNG and
// a TIFF scan, and a clear message for a file that is not what it claims.
#include "services/SubjectReportService.h"
#include "widgets/DocumentViewer.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QtTest>

using namespace dpo;

class TestDocumentViewer : public QObject
{
    Q_OBJECT

    static QByteArray encoded(const QImage& image, const char* format)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        return writer.write(image) ? bytes : QByteArray();
    }

private slots:
    void showsEveryPageOfAPdf()
    {
        QString html;
        for (int i = 0; i < 120; ++i)
            html += QStringLiteral("<p>Макулдукту кайтарып алуу боюнча арыз, сап %1</p>").arg(i);
        const QByteArray pdf = SubjectReportService::pdf(html, QStringLiteral("request"));
        DocumentViewer viewer(QStringLiteral("request.pdf"), QStringLiteral("application/pdf"),
                              pdf);
        QVERIFY2(viewer.problem().isEmpty(), qPrintable(viewer.problem()));
        QVERIFY2(viewer.pagesShown() >= 2, qPrintable(QString::number(viewer.pagesShown())));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            viewer.show();
            QVERIFY(QTest::qWaitForWindowExposed(&viewer));
            viewer.grab().save(shots + QStringLiteral("/document-viewer.png"));
        }
    }

    void showsImages_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("PNG") << QByteArray("png") << "image/png";
        QTest::newRow("JPEG") << QByteArray("jpeg") << "image/jpeg";
        QTest::newRow("TIFF")
            << QByteArray("tiff")
            << "image/tiff"; // Qt's image formats plugin, installed by the scripts
    }
    void showsImages()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mediaType);
        QImage scan(1600, 1000, QImage::Format_RGB32);
        scan.fill(Qt::white);
        const QByteArray bytes = encoded(scan, format.constData());
        QVERIFY2(!bytes.isEmpty(), format.constData());
        DocumentViewer viewer(QStringLiteral("scan"), mediaType, bytes);
        QVERIFY2(viewer.problem().isEmpty(), qPrintable(viewer.problem()));
        QCOMPARE(viewer.pagesShown(), 1);
    }

    void saysWhatCannotBeShown()
    {
        DocumentViewer viewer(QStringLiteral("broken.pdf"), QStringLiteral("application/pdf"),
                              QByteArrayLiteral("%PDF-1.4 truncated"));
        QCOMPARE(viewer.pagesShown(), 0);
        QVERIFY(viewer.problem().contains(QStringLiteral("broken.pdf")));
        QVERIFY(viewer.findChild<QLabel*>(QStringLiteral("documentNote"))->isVisibleTo(&viewer));
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"

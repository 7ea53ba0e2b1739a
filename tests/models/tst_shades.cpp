// SPDX-License-Identifier: GPL-3.0-or-later
// The colours that carry meaning read on a light and on a dark palette: each deadline band, an
// error, the muted grey, by WCAG 2.1's contrast ratio against the background they are drawn on.
#include "Contrast.h"
#include "core/Shades.h"
#include "items/DeadlineBand.h"

#include <QGuiApplication>
#include <QtTest>

using namespace dpo;

using test::contrast;

class TestShades : public QObject
{
    Q_OBJECT
private slots:
    void readOnThePaletteInUse_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QColor(Qt::white) << false;
        QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << true;
        QTest::newRow("mid-dark") << QColor(0x35, 0x35, 0x35) << true;
    }
    void readOnThePaletteInUse()
    {
        QFETCH(QColor, base);
        QFETCH(bool, dark);
        QPalette palette = QGuiApplication::palette();
        palette.setColor(QPalette::Base, base);
        QGuiApplication::setPalette(palette);
        QCOMPARE(Shades::darkBackground(), dark);
        const QList<std::pair<const char*, QColor>> shades{
            {"overdue", deadlineBandColour(true, true, -3)},
            {"under 5 days", deadlineBandColour(true, false, 3)},
            {"under 10 days", deadlineBandColour(true, false, 7)},
            {"10 days or more", deadlineBandColour(true, false, 20)},
            {"closed", deadlineBandColour(false, false, 0)},
            {"alarm", Shades::alarm()},
            {"good", Shades::good()},
            {"muted", Shades::muted()}};
        for (const auto& [name, colour] : shades) {
            // 4.5:1, WCAG 2.1 AA for text of normal size.
            const double ratio = contrast(colour, base);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                    .arg(QLatin1String(name), colour.name(), base.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
        // A minor's row keeps the text readable on it.
        const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(Qt::black);
        QVERIFY(contrast(text, Shades::minorRow()) >= 4.5);
        // The bands stay apart from each other: not one shade for two meanings.
        QSet<QRgb> distinct;
        for (int i = 0; i < 5; ++i)
            distinct << shades[i].second.rgb();
        QCOMPARE(distinct.size(), 5);
    }
};

QTEST_MAIN(TestShades)
#include "tst_shades.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The window at 200% scaling (QT_SCALE_FACTOR=2) under a dark palette, in Kyrgyz and Russian:
// drawn at twice the pixels, every section fits a 1600x1000 window with no button cut short, and
// every deadline in a register reads on the dark base (WCAG AA) and says in words what its colour
// says.
#include "Contrast.h"
#include "DarkPalette.h"
#include "domain/DeadlineCalendar.h"
#include "items/CaseRegisterModel.h"
#include "items/DeadlineBand.h"
#include "pages/CaseRegisterPage.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace dpo;

using test::contrast;

namespace {

// The days left the cell's words say: the longest of the deadline phrases it contains ("21 days
// left" holds "1 day left" in some languages); nullopt when it says none.
std::optional<int> daysSaid(const QString& text)
{
    std::optional<int> said;
    int longest = 0;
    for (int days = -400; days <= 400; ++days) {
        const QString phrase = DeadlineCalendar::deadlineText(days);
        if (phrase.size() > longest && text.contains(phrase)) {
            longest = int(phrase.size());
            said = days;
        }
    }
    return said;
}
} // namespace

class TestLooks : public QObject
{
    Q_OBJECT
    test::WindowFixture m_window;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(3000); // enough open cases for every band in each register
    }
    void cleanupTestCase() { test::WindowFixture::close(); }

    void everySectionFitsAtTwiceTheScale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void everySectionFitsAtTwiceTheScale()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = m_window.window(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), 2.0);
        QCOMPARE(window.grab().size(), QSize(3200, 2000)); // twice the pixels of 1600x1000
        QStringList problems;
        const int sections = window.findChild<QListWidget*>(QStringLiteral("navigation"))->count();
        for (int section = 0; section < sections; ++section) {
            window.showSection(section);
            QTest::qWait(50);
            const QSize needed = window.minimumSizeHint();
            if (needed.width() > 1600 || needed.height() > 1000 || window.width() > 1600)
                problems << QStringLiteral("section %1 needs %2x%3")
                                .arg(section)
                                .arg(needed.width())
                                .arg(needed.height());
            for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
                if (!button->isVisible() || button->text().isEmpty())
                    continue;
                // A button narrower than its text would cut it short.
                const int text = button->fontMetrics().horizontalAdvance(
                    button->text().remove(QLatin1Char('&')));
                if (button->width() < text)
                    problems << QStringLiteral("section %1: \"%2\" %3 wide for %4")
                                    .arg(section)
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void deadlinesReadOnTheDarkBaseAndSayTheirBand_data()
    {
        everySectionFitsAtTwiceTheScale_data();
    }
    void deadlinesReadOnTheDarkBaseAndSayTheirBand()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = m_window.window(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QStringList problems;
        int deadlines = 0;
        QSet<QRgb> bands;
        for (CaseRegisterPage* page : window.findChildren<CaseRegisterPage*>()) {
            window.showSection(pages->indexOf(page));
            QVERIFY(test::registerLoaded(*page));
            QTableView* table = page->table();
            const QColor base = table->palette().color(QPalette::Base);
            QCOMPARE(base, QColor(0x1e, 0x1e, 0x1e)); // the dark palette reached the register
            const QAbstractItemModel* model = table->model();
            const int rows = std::min(model->rowCount(), 60);
            for (int row = 0; row < rows; ++row) {
                table->scrollTo(model->index(row, 0)); // read on demand, as the officer scrolls
                QVERIFY(QTest::qWaitFor([&] {
                    return model->index(row, 0).data(CaseRegisterModel::IdRole).toLongLong() > 0;
                }));
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex cell = model->index(row, column);
                    const QVariant band = cell.data(CaseRegisterModel::DeadlineBandRole);
                    if (!band.isValid())
                        continue;
                    ++deadlines;
                    const QColor colour = cell.data(Qt::ForegroundRole).value<QBrush>().color();
                    bands << colour.rgb();
                    const QString text = cell.data().toString();
                    if (contrast(colour, base) < 4.5)
                        problems
                            << QStringLiteral("%1: %2 on %3").arg(text, colour.name(), base.name());
                    // Not by colour alone: the words give the band the colour shows. A closed
                    // case's grey has no deadline to say: its state column says it is closed.
                    if (colour == deadlineBandColour(false, false, 0))
                        continue;
                    const std::optional<int> days = daysSaid(text);
                    if (!days)
                        problems << QStringLiteral("%1, column %2: \"%3\" says no days left or "
                                                   "overdue in words")
                                        .arg(page->objectName())
                                        .arg(model->headerData(column, Qt::Horizontal).toString(),
                                             text);
                    else if (deadlineBandColour(true, *days < 0, *days) != colour)
                        problems << QStringLiteral("%1: says %2 days, coloured %3")
                                        .arg(text)
                                        .arg(*days)
                                        .arg(colour.name());
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(deadlines >= 20, qPrintable(QString::number(deadlines)));
        QVERIFY2(bands.size() >= 3, "the demo's open cases cover fewer than three bands");
    }
};

// At twice the scale and under a dark palette from the start, as a desktop would set them.
int main(int argc, char** argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    test::useDarkPalette();
    TestLooks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_looks.moc"

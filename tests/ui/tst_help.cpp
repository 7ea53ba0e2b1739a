// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User guide (F1) in Kyrgyz and Russian: a topic for every section, named as the section
// is, opened at the section in view, listing the keys the menus really have; and the window's
// mnemonics (Alt + a letter) never name two things at once in Kyrgyz or Russian.
#include "widgets/HelpWindow.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace dpo;

namespace {
const QStringList kTopics{
    QStringLiteral("dashboard"), QStringLiteral("subjects"),    QStringLiteral("withdrawals"),
    QStringLiteral("claims"),    QStringLiteral("disclosures"), QStringLiteral("letters"),
    QStringLiteral("feed"),      QStringLiteral("audit"),       QStringLiteral("calendar"),
    QStringLiteral("officers"),  QStringLiteral("systems"),     QStringLiteral("keyboard")};

// The letter Alt reaches in a text ("&Файл" → "ф"), or nothing ("&&" is a literal ampersand).
QString mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Each letter taken twice, as "letter: first text | second text".
QStringList collisions(const QList<QString>& texts)
{
    QHash<QString, QString> seen;
    QStringList found;
    for (const QString& text : texts) {
        const QString letter = mnemonic(text);
        if (letter.isEmpty())
            continue;
        if (seen.contains(letter))
            found << QStringLiteral("%1: %2 | %3").arg(letter, seen[letter], text);
        else
            seen.insert(letter, text);
    }
    return found;
}
} // namespace

class TestHelp : public QObject
{
    Q_OBJECT
    test::WindowFixture m_window;

    std::unique_ptr<MainWindow> openWindow(const QString& language, test::FakePrompts& prompts)
    {
        return m_window.window(language, prompts);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(200);
    }
    void cleanupTestCase() { test::WindowFixture::close(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    // Each guide has every topic, in order, and a place for the keys; in Kyrgyz and Russian each
    // section's topic is headed with the section's own name on the left.
    void everyGuideHasATopicPerSection_data()
    {
        languages_data();
        QTest::newRow("en") << QStringLiteral("en");
    }
    void everyGuideHasATopicPerSection()
    {
        QFETCH(QString, language);
        const QString html = HelpWindow::guideHtml(
            language, {{QStringLiteral("File"), QStringLiteral("Quit"), QStringLiteral("Ctrl+Q")}});
        QStringList ids;
        for (const auto& topic : HelpWindow::topics(html))
            ids << topic.first;
        QCOMPARE(ids, kTopics);
        QVERIFY2(html.contains(QStringLiteral("Ctrl+Q")), "the keys' table is not in the guide");
        QVERIFY(!html.contains(QStringLiteral("<!--shortcuts-->")));

        test::FakePrompts prompts;
        const auto window = openWindow(language, prompts);
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), kTopics.size() - 1);
        const auto topics = HelpWindow::topics(html);
        for (int i = 0; i < navigation->count(); ++i)
            QCOMPARE(topics[i].second, navigation->item(i)->text());
    }

    // F1 opens the guide at the section in view; pressed on another section, the same window
    // turns to that section's topic. The keys listed are the menus' own.
    void f1OpensTheGuideAtTheSectionInView_data() { languages_data(); }
    void f1OpensTheGuideAtTheSectionInView()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(3);
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow* help = window.helpWindow();
        QVERIFY(help);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QCOMPARE(help->currentTopic(), QStringLiteral("claims"));
        auto* contents = help->findChild<QListWidget*>(QStringLiteral("helpContents"));
        QCOMPARE(contents->currentItem()->text(),
                 window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(3)->text());

        const QString text =
            help->findChild<QTextBrowser*>(QStringLiteral("helpBrowser"))->toPlainText();
        int keys = 0;
        for (QAction* menu : window.menuBar()->actions())
            for (QAction* action : menu->menu()->actions())
                if (!action->shortcut().isEmpty()) {
                    ++keys;
                    const QString key = action->shortcut().toString(QKeySequence::NativeText);
                    QVERIFY2(text.contains(key), qPrintable(key + QStringLiteral(" not listed")));
                    QVERIFY2(text.contains(QString(action->text()).remove(QLatin1Char('&'))),
                             qPrintable(action->text() + QStringLiteral(" not listed")));
                }
        QVERIFY(keys >= 15); // File, Edit, Go (a key per section) and Help

        QApplication::setActiveWindow(&window); // the officer comes back to the window
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        window.showSection(7);
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.helpWindow(), help);
        QCOMPARE(help->currentTopic(), QStringLiteral("audit"));
        help->close();
        QTRY_VERIFY(!window.helpWindow());
    }

    // Alt + a letter reaches one thing only: among the menu bar's menus, within each menu, and
    // among the menus and the controls of each section.
    void mnemonicsDoNotCollide_data() { languages_data(); }
    void mnemonicsDoNotCollide()
    {
        QFETCH(QString, language);
        test::FakePrompts prompts;
        const auto shown = openWindow(language, prompts);
        MainWindow& window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        QList<QString> menus;
        for (QAction* menu : window.menuBar()->actions()) {
            menus << menu->text();
            QList<QString> items;
            for (QAction* action : menu->menu()->actions())
                items << action->text();
            for (const QString& c : collisions(items))
                problems << QStringLiteral("menu %1: %2").arg(menu->text(), c);
        }
        for (const QString& c : collisions(menus))
            problems << QStringLiteral("menu bar: %1").arg(c);

        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        for (int section = 0; section < pages->count(); ++section) {
            window.showSection(section);
            QTest::qWait(20);
            QList<QString> texts = menus;
            for (QWidget* w : pages->currentWidget()->findChildren<QWidget*>()) {
                if (!w->isVisibleTo(&window))
                    continue;
                if (auto* button = qobject_cast<QAbstractButton*>(w))
                    texts << button->text();
                else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                    texts << label->text();
                else if (auto* group = qobject_cast<QGroupBox*>(w); group && group->isCheckable())
                    texts << group->title();
            }
            for (const QString& c : collisions(texts))
                problems << QStringLiteral("section %1: %2").arg(section).arg(c);
        }
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0)));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"

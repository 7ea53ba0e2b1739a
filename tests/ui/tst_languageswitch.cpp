// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's language on a seeded demo database: switched at once, ky -> ru -> en, with no
// English left on any section in Kyrgyz or Russian; Qt's own dialogs in the interface's language.
// (From tst_mainwindow, which keeps the dashboard, printing, the idle lock and the status bar.)
#include "db/Sql.h"
#include "DemoFixture.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "IdleLock.h"
#include "items/SubjectListModel.h"
#include "Languages.h"
#include "MainWindow.h"
#include "pages/AuditPage.h"
#include "pages/ClaimsPage.h"
#include "pages/DashboardCards.h"
#include "pages/DashboardPage.h"
#include "pages/DisclosuresPage.h"
#include "pages/FeedPage.h"
#include "pages/RetentionReviewDialog.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/WithdrawalsPage.h"
#include "services/DashboardService.h"
#include "services/DisclosureService.h"
#include "services/ReferenceDataService.h"
#include "TestDatabase.h"
#include "WindowFixture.h"
#include <QStandardPaths>
#include <QVBoxLayout>

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace dpo;

namespace {
// Every text a visible widget of the window shows, with where it is.
QStringList visibleTexts(QMainWindow& window)
{
    QStringList texts;
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;"));
    const auto add = [&](const QObject* where, QString text) {
        text.remove(markup);
        if (!text.trimmed().isEmpty())
            texts << QStringLiteral("%1 | %2").arg(
                where->objectName().isEmpty()
                    ? QString::fromLatin1(where->metaObject()->className())
                    : where->objectName(),
                text);
    };
    for (QWidget* w : window.findChildren<QWidget*>()) {
        // The database's path and the officer's name are shown as they are.
        if (!w->isVisible() || w->objectName() == QStringLiteral("connectionLabel") ||
            w->objectName() == QStringLiteral("officerLabel"))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            add(w, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(w, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(w, box->title());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        else if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i)
                add(w, list->item(i)->text());
        else if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                add(w, header->model()->headerData(i, header->orientation()).toString());
        else if (auto* view = qobject_cast<QChartView*>(w); view && view->chart()) {
            add(w, view->chart()->title());
            for (QLegendMarker* marker : view->chart()->legend()->markers())
                add(w, marker->label());
        }
        if (!w->toolTip().isEmpty())
            add(w, w->toolTip());
    }
    for (QAction* menu : window.menuBar()->actions()) {
        add(window.menuBar(), menu->text());
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                add(menu->menu(), action->text());
    }
    return texts;
}

// English left in a Kyrgyz or Russian window: a word of three Latin letters or more that is
// not a proper name, a format, a protocol or a code or command the officer types.
QStringList englishIn(const QStringList& texts, const QStringList& allowed,
                      const QStringList& properNames)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList found;
    for (const QString& text : texts) {
        QString shown = text.section(QStringLiteral(" | "), 1);
        for (const QString& name : properNames)
            shown.remove(name);
        static const QRegularExpression docPath(
            QStringLiteral("docs/\\S+")); // a file's name, as it is
        shown.remove(docPath);
        // A command the officer types, as it is typed.
        static const QRegularExpression command(QStringLiteral("dpo-console( [a-z][a-z-]*)*"));
        shown.remove(command);
        auto it = word.globalMatch(shown);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!allowed.contains(w, Qt::CaseInsensitive)) {
                found << text;
                break;
            }
        }
    }
    return found;
}
} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
    test::WindowFixture m_window; // the database, its administrator and the demo's cases

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_window.fixture);
        m_window.open(1500);
        installUiLanguage(QStringLiteral("en"));
    }

    void cleanupTestCase() { test::WindowFixture::close(); }

    // Qt's own dialogs follow: Kyrgyz from our qtbase_ky, Russian from Qt's qtbase_ru.
    void qtDialogsSpeakTheUiLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("preview");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("ky") << "ky"
                            << "Басып чыгаруудан мурун көрүү"
                            << "Файлдын &аты:"
                            << "Жокко чыгаруу";
        QTest::newRow("ru") << "ru"
                            << "Просмотр печати"
                            << "&Имя файла:"
                            << "Отмена";
        QTest::newRow("en") << "en"
                            << "Print Preview"
                            << "File &name:"
                            << "Cancel";
    }

    void qtDialogsSpeakTheUiLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, preview);
        QFETCH(QString, fileName);
        QFETCH(QString, cancel);
        installUiLanguage(code);
        QPrintPreviewDialog previewDialog;
        QCOMPARE(previewDialog.windowTitle(), preview);
        QFileDialog fileDialog;
        fileDialog.setOption(QFileDialog::DontUseNativeDialog);
        QStringList labels;
        for (QLabel* label : fileDialog.findChildren<QLabel*>())
            labels << label->text();
        QVERIFY2(labels.contains(fileName), qPrintable(labels.join(u'|')));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
        installUiLanguage(QStringLiteral("en"));
    }

    void switchesLanguageAtOnceAndLeavesNoEnglish()
    {
        test::FakePrompts prompts;
        MainWindow window(*m_window.database, m_window.admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(3); // Claims: kept through the switches
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard"));

        // Proper names, formats and codes an officer reads as they are.
        const QStringList allowed{
            QStringLiteral("SQLite"),   QStringLiteral("PostgreSQL"), QStringLiteral("PDF"),
            QStringLiteral("CSV"),      QStringLiteral("JSON"),       QStringLiteral("Lines"),
            QStringLiteral("Telegram"), QStringLiteral("WhatsApp"),   QStringLiteral("SMS"),
            QStringLiteral("DPO"),      QStringLiteral("English"),    QStringLiteral("admin"),
            QStringLiteral("SHA"),      QStringLiteral("Ctrl"),       QStringLiteral("Shift"),
            QStringLiteral("RFC"),      QStringLiteral("http"),       QStringLiteral("https")};
        QStringList properNames; // officers' user and display names
        QSqlQuery q = prepareQuery(m_window.database->connection(),
                                   QStringLiteral("SELECT username, display_name FROM officers"));
        execQuery(q, "officers");
        while (q.next())
            properNames << q.value(0).toString() << q.value(1).toString();
        const struct
        {
            const char* code;
            const char* dashboard; // the section's name
            const char* today;     // the dashboard's title
            const char* language;  // the menu
        } steps[] = {{"ky", "Башкы бет", "Бүгүн", "Т&ил"},
                     {"ru", "Сводка", "Сегодня", "&Язык"},
                     {"en", "Dashboard", "Today", "&Language"}};
        for (const auto& step : steps) {
            const QString code = QString::fromLatin1(step.code);
            window.findChild<QAction*>(QStringLiteral("language:") + code)->trigger();
            QTRY_COMPARE(
                window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text(),
                QString::fromUtf8(step.dashboard));
            navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QCOMPARE(window.findChildren<QListWidget*>(QStringLiteral("navigation")).size(),
                     1); // the old pages are gone
            QCOMPARE(window.currentSection(), 3);
            QCOMPARE(window.menuBar()->actions().at(2)->text(), QString::fromUtf8(step.language));
            QCOMPARE(currentUiLanguage(), code);
            QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(),
                     code); // remembered
            QCOMPARE(ReferenceDataService::uiLanguage(), code);
            QVERIFY(window.findChild<QAction*>(QStringLiteral("language:") + code)->isChecked());
            // Every section, every visible widget: no English left in Kyrgyz or Russian.
            for (int section = 0; section < navigation->count(); ++section) {
                window.showSection(section);
                QCoreApplication::processEvents();
                if (section == 0) {
                    auto* title =
                        window.findChild<DashboardPage*>()->findChildren<QLabel*>().first();
                    QCOMPARE(title->text(), QString::fromUtf8(step.today));
                }
                if (code == QStringLiteral("en"))
                    continue;
                const QStringList english = englishIn(visibleTexts(window), allowed, properNames);
                QVERIFY2(english.isEmpty(),
                         qPrintable(QStringLiteral("%1, section %2:\n").arg(code).arg(section) +
                                    english.join(u'\n')));
            }
            window.showSection(3);
            if (const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR"); !shots.isEmpty())
                window.grab().save(QStringLiteral("%1/switched-%2.png").arg(shots, code));
            if (code ==
                QStringLiteral("en")) { // English plurals: "overdue by 44 days", never "day(s)"
                const QString banner =
                    window.findChild<QLabel*>(QStringLiteral("dashboardReminder"))->text();
                QVERIFY2(banner.contains(QStringLiteral(" days")) &&
                             !banner.contains(QStringLiteral("(s)")),
                         qPrintable(banner));
            }
            // Dates and numbers in the UI language's locale.
            QCOMPARE(QLocale().language(), code == QStringLiteral("ky")   ? QLocale::Kyrgyz
                                           : code == QStringLiteral("ru") ? QLocale::Russian
                                                                          : QLocale::English);
        }
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Subjects section's search as an officer types it: how many subjects match (or "more than
// 10,000") beside the first 1,000 shown, and any part of a double surname or the patronymic finds
// a subject.
#include "FakePrompts.h"
#include "GuiTest.h"
#include "import/SubjectImportService.h"
#include "pages/SubjectsPage.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dpo;

namespace {
// More subjects of one double surname than the count goes to; 1,500 share a patronymic (more than
// the list shows, fewer than the count's cap), three another.
constexpr int kSubjects = 10050;
constexpr int kCommonPatronymic = 1500;
constexpr int kRarePatronymic = 3;

QByteArray platformExport()
{
    QByteArray content = "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,"
                         "email,preferred_language,consent_given_at,policy_version\n";
    for (int i = 1; i <= kSubjects; ++i) {
        const QString patronymic = i <= kRarePatronymic ? QStringLiteral("Төлөгөновна")
                                   : i <= kCommonPatronymic ? QStringLiteral("Бакытовна")
                                                            : QStringLiteral("Асановна");
        content += QStringLiteral("OG-%1,215031990%2,Абдыкадырова-Кожомуратова,Жаңыл,%3,"
                                  "1990-03-15,F,,,ky,2024-07-01,2024-06-01\n")
                       .arg(i)
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .arg(patronymic)
                       .toUtf8();
    }
    return content;
}
} // namespace

class TestSubjectSearchPage : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(platformExport()) > 0);
        file.close();
        QCOMPARE(SubjectImportService(*m_database).importSubjects(m_admin, path).imported,
                 kSubjects);
    }

    void countsWhatItDoesNotShow_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("shown");
        QTest::addColumn<QString>("count");
        const QLocale locale;
        const QString moreThanCap = QStringLiteral("More than %1 subjects match; the first %2 are "
                                                   "shown. Refine the search.")
                                        .arg(locale.toString(10000), locale.toString(1000));
        QTest::newRow("the second part of a double surname")
            << QStringLiteral("Кожомуратова") << 1000 << moreThanCap;
        QTest::newRow("the first part") << QStringLiteral("Абдыкадырова") << 1000 << moreThanCap;
        QTest::newRow("the beginning of the second part")
            << QStringLiteral("кожом") << 1000 << moreThanCap;
        QTest::newRow("a patronymic many share")
            << QStringLiteral("Бакытовна") << 1000
            << QStringLiteral("%1 subject(s) match; the first %2 are shown. Refine the search.")
                   .arg(locale.toString(kCommonPatronymic - kRarePatronymic),
                        locale.toString(1000));
        QTest::newRow("a patronymic of three")
            << QStringLiteral("Төлөгөновна") << kRarePatronymic
            << QStringLiteral("%1 subject(s)").arg(kRarePatronymic);
        QTest::newRow("a surname and a patronymic")
            << QStringLiteral("Кожомуратова Төлөгөновна") << kRarePatronymic
            << QStringLiteral("%1 subject(s)").arg(kRarePatronymic);
        QTest::newRow("a word no one has")
            << QStringLiteral("Кожомуратов Үсөн") << 0 << QStringLiteral("0 subject(s)");
    }
    void countsWhatItDoesNotShow()
    {
        QFETCH(QString, search);
        QFETCH(int, shown);
        QFETCH(QString, count);
        test::FakePrompts prompts;
        SubjectsPage page(*m_database, m_admin, prompts);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* view = page.findChild<QTableView*>(QStringLiteral("subjectsView"));
        auto* label = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_VERIFY(view->model()->rowCount() > 0); // every subject, before the search
        page.findChild<QLineEdit*>(QStringLiteral("subjectSearch"))->setText(search);
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), count, 20000); // after the debounce
        QCOMPARE(view->model()->rowCount(), shown);
        // The rows shown are matches: the first and the last, once read.
        for (const int row : {0, shown - 1}) {
            if (shown == 0)
                break;
            QTRY_VERIFY(
                view->model()->index(row, 0).data().toString().startsWith(QStringLiteral("OG-")));
            const QString name = (view->model()->index(row, 2).data().toString() +
                                  QLatin1Char(' ') + view->model()->index(row, 4).data().toString())
                                     .toLower();
            for (const QString& word : search.toLower().split(QLatin1Char(' ')))
                QVERIFY2(name.contains(word), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestSubjectSearchPage)
#include "tst_subjectsearchpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar section under the offscreen platform: the seeded year in the year view and the
// table, a day set, moved and removed by decree through the dialogs, refusals kept in the dialog,
// and the edit buttons closed to officers.
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/CalendarImportDialog.h"
#include "pages/CalendarPage.h"
#include "services/CalendarService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"
#include "widgets/YearView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

using test::clickOk;

class TestCalendarPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase() { test::installScreenshotLanguage(m_translator); }

    void setsMovesAndRemovesADayByDecree()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        CalendarPage page(*database, admin, prompts);
        page.resize(1250, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showYear(2026);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("calendarDays"));
        const int seeded = int(CalendarService(*database).days(2026).size());
        QVERIFY(seeded >= 15);
        QCOMPARE(table->rowCount(), seeded);

        // A click on Thursday 2 July 2026 in the year view selects it.
        auto* view = page.findChild<YearView*>();
        const QRect cell = view->dayRect(QDate(2026, 7, 2));
        QVERIFY(cell.isValid());
        QTest::mouseClick(view, Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->selectedDay(), QDate(2026, 7, 2));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("calendarSelection"))
                    ->text()
                    .contains(QStringLiteral("02.07.2026")));

        CalendarEditDialog* set = page.openEdit(CalendarEditDialog::Mode::Set);
        set->findChild<QComboBox*>(QStringLiteral("calendarKind"))->setCurrentIndex(1); // day off
        set->findChild<QLineEdit*>(QStringLiteral("calendarName"))
            ->setText(QStringLiteral("Перенесённый выходной"));
        clickOk(set); // no decree: refused, the dialog keeps the input
        QVERIFY(set->isVisible());
        QVERIFY(set->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(table->rowCount(), seeded);
        set->findChild<QLineEdit*>(QStringLiteral("calendarDecree"))
            ->setText(QStringLiteral("Decree No. 123"));
        clickOk(set);
        QTRY_COMPARE(table->rowCount(), seeded + 1);
        QVERIFY(!DeadlineCalendar::load(*database).isWorkingDay(QDate(2026, 7, 2)));

        CalendarEditDialog* move = page.openEdit(CalendarEditDialog::Mode::Move);
        move->findChild<QDateEdit*>(QStringLiteral("calendarTarget"))
            ->setDate(QDate(2026, 7, 4)); // a Saturday
        move->findChild<QLineEdit*>(QStringLiteral("calendarDecree"))
            ->setText(QStringLiteral("Decree No. 124"));
        clickOk(move); // a day off cannot move onto a weekend
        QVERIFY(move->isVisible());
        move->findChild<QDateEdit*>(QStringLiteral("calendarTarget"))->setDate(QDate(2026, 7, 6));
        clickOk(move);
        QTRY_COMPARE(view->selectedDay(), QDate(2026, 7, 6));
        QVERIFY(DeadlineCalendar::load(*database).isWorkingDay(QDate(2026, 7, 2)));
        QVERIFY(!DeadlineCalendar::load(*database).isWorkingDay(QDate(2026, 7, 6)));

        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(50); // the header lays its sections out on a posted event
            page.grab().save(shots + QStringLiteral("/calendar.png"));
        }

        CalendarEditDialog* remove = page.openEdit(CalendarEditDialog::Mode::Remove);
        remove->findChild<QLineEdit*>(QStringLiteral("calendarDecree"))
            ->setText(QStringLiteral("Decree No. 125"));
        clickOk(remove);
        QTRY_COMPARE(table->rowCount(), seeded);
        QVERIFY(DeadlineCalendar::load(*database).isWorkingDay(QDate(2026, 7, 6)));
        QSqlQuery audit(database->connection());
        QVERIFY(audit.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'calendar.%'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 3);
    }

    // Import year…: a wrong file is an error naming its line, nothing changed; a good one is
    // previewed (its changes and the claim whose fixed due date would move), then imported.
    void importsAYearAfterAPreview()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        ClaimService::Registration claim;
        claim.claimantName = QStringLiteral("Асанова Айгүл");
        claim.receivedOn = QDate(2026, 10, 10);
        claim.subjectMatter = QStringLiteral("Доомат");
        QCOMPARE(ClaimService(*database).registerClaim(admin, claim).dueOn, QDate(2026, 11, 9));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("calendar-2026.csv"));
        for (const auto& [path, text] :
             {std::pair{bad, QByteArray("date,kind,name,decree\n2026-11-09,holiday,x,\n")},
              std::pair{good,
                        QByteArray("date,kind,name,decree\n"
                                   "2026-01-01,holiday,Жаңы жыл — Новый год,Labour Code\n"
                                   "2026-11-09,day_off,Кошумча дем алыш — Дополнительный выходной,"
                                   "Cabinet decree No. 77\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        test::FakePrompts prompts;
        CalendarPage page(*database, admin, prompts);
        page.resize(1250, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showYear(2026);
        const int seeded = int(CalendarService(*database).days(2026).size());

        prompts.openAnswer = bad;
        QVERIFY(page.openImport() == nullptr);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(QStringLiteral("bad.csv")) &&
                     prompts.errors.first().contains(QStringLiteral("2026-11-09")),
                 qPrintable(prompts.errors.first()));
        QCOMPARE(int(CalendarService(*database).days(2026).size()), seeded);

        prompts.openAnswer = good;
        CalendarImportDialog* dialog = page.openImport();
        QVERIFY(dialog);
        auto* changes = dialog->findChild<QTableWidget*>(QStringLiteral("calendarImportChanges"));
        QCOMPARE(changes->rowCount(),
                 seeded + 1); // each seeded day goes or changes (1 January), 9 November comes
        auto* moved = dialog->findChild<QTableWidget*>(QStringLiteral("calendarImportMoved"));
        QVERIFY(moved);
        QCOMPARE(moved->rowCount(), 1);
        QCOMPARE(moved->item(0, 3)->text(), displayDate(QDate(2026, 11, 9)));
        QCOMPARE(moved->item(0, 4)->text(), displayDate(QDate(2026, 11, 10)));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            dialog->grab().save(shots + QStringLiteral("/calendar-import.png"));
        }
        clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(int(CalendarService(*database).days(2026).size()), 2);
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("calendarDays"))->rowCount(), 2);
        QVERIFY(!DeadlineCalendar::load(*database).isWorkingDay(QDate(2026, 11, 9)));
        QSqlQuery audit(database->connection());
        QVERIFY(audit.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'calendar.import'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }

    void officersSeeTheCalendarButDoNotEditIt()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        officers.createOfficer(admin, QStringLiteral("bakyt"), QStringLiteral("Бакыт"),
                               Role::Officer, QStringLiteral("officer-password-1"));
        const Session officer =
            officers.signIn(QStringLiteral("bakyt"), QStringLiteral("officer-password-1"));
        test::FakePrompts prompts;
        CalendarPage page(*database, officer, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectDay(QDate(2026, 11, 7)); // a holiday
        for (const char* name :
             {"setCalendarDay", "moveCalendarDay", "removeCalendarDay", "importCalendarYear"})
            QVERIFY2(!page.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(page.findChild<QTableWidget*>(QStringLiteral("calendarDays"))->rowCount() > 0);
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The disclosures section under the offscreen platform: a disclosure recorded through the dialog
// (refused without the request's number, the input kept), a subject notified through the outbox,
// another by a letter by post recorded by hand, and the postal notice printed to PDF.
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/DisclosureDialogs.h"
#include "pages/DisclosurePane.h"
#include "pages/DisclosuresPage.h"
#include "services/DisclosureService.h"
#include "services/ReferenceDataService.h"
#include "TestDatabase.h"
#include "widgets/SubjectLookup.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dpo;
using test::clickOk;

class TestDisclosuresPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

    // Subjects with data, their photos and contacts given to an FCO (a recipient at home).
    static void addSubjects(const Database& database, const QStringList& refs)
    {
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм ФКО', 'fco')")));
        const qint64 fco =
            test::scalar(database, QStringLiteral("SELECT id FROM recipients")).toLongLong();
        for (int i = 0; i < refs.size(); ++i)
            test::insertSubjectWithData(database, refs[i], fco, i + 1);
    }

private slots:
    void initTestCase() { test::installScreenshotLanguage(m_translator); }

    void recordsADisclosureAndNotifiesItsSubjects()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        addSubjects(*database, {QStringLiteral("OG-301"), QStringLiteral("OG-302")});
        test::FakePrompts prompts;
        DisclosuresPage page(*database, admin, prompts);
        page.resize(1300, 950);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 0);

        DisclosureDialog* dialog = page.openRecording();
        dialog->addSubject(QStringLiteral("OG-301"));
        dialog->addSubject(QStringLiteral("OG-302"));
        dialog->findChild<QLineEdit*>(QStringLiteral("newRecipientName"))
            ->setText(QStringLiteral("Ички иштер министрлиги"));
        auto* categories = dialog->findChild<QListWidget*>(QStringLiteral("disclosureCategories"));
        for (int i = 0; i < categories->count(); ++i)
            if (categories->item(i)->data(Qt::UserRole).toString() ==
                QStringLiteral("personal_details"))
                categories->item(i)->setCheckState(Qt::Checked);
        dialog->findChild<QLineEdit*>(QStringLiteral("requestBody"))
            ->setText(QStringLiteral("ИИМдин Тергөө башкармалыгы"));
        clickOk(dialog); // no request number: refused, the dialog keeps its input
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("4.6.2")));
        dialog->findChild<QLineEdit*>(QStringLiteral("requestNumber"))
            ->setText(QStringLiteral("12/3456"));
        clickOk(dialog); // no purpose: refused, the subject's notice would not say it
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("purpose")));
        dialog->findChild<QLineEdit*>(QStringLiteral("disclosurePurpose"))
            ->setText(QStringLiteral("Кылмыш ишин териштирүү"));
        clickOk(dialog);
        DisclosurePane* pane = page.pane();
        QTRY_VERIFY(pane->disclosureId() > 0);
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 1);
        QCOMPARE(pane->details().subjects.size(), 2);
        auto* subjects = pane->findChild<QTableWidget*>(QStringLiteral("disclosureSubjectsTable"));
        QVERIFY(!pane->findChild<QPushButton*>(QStringLiteral("notifySubject"))
                     ->isEnabled()); // choose a subject first

        pane->selectSubject(0);
        NoticeDialog* notify = pane->openNotify();
        QVERIFY(notify);
        notify->findChild<QComboBox*>(QStringLiteral("noticeChannel"))->setCurrentIndex(3); // SMS
        clickOk(notify);
        QTRY_COMPARE(pane->details().notifications.size(), 1);
        QCOMPARE(pane->details().notifications[0].state, QStringLiteral("queued"));
        QCOMPARE(pane->details().notifications[0].address, QStringLiteral("+996555120001"));

        pane->selectSubject(1);
        NoticeDialog* byHand = pane->openSentByHand();
        byHand->findChild<QLineEdit*>(QStringLiteral("noticeAddress"))
            ->setText(QStringLiteral("Бишкек ш., Ибраимов к. 1"));
        clickOk(byHand); // a letter by post needs its tracking number
        QVERIFY(byHand->isVisible());
        byHand->findChild<QLineEdit*>(QStringLiteral("noticeTracking"))
            ->setText(QStringLiteral("RR111222333KG"));
        clickOk(byHand);
        QTRY_COMPARE(pane->details().notifications.size(), 2);
        QCOMPARE(pane->details().row.notified, 1); // the queued SMS is not sent yet
        QCOMPARE(subjects->rowCount(), 2);

        // The postal notice for the selected subject, in Russian.
        QTemporaryDir dir;
        pane->selectSubject(1);
        prompts.saveAnswer = dir.filePath(QStringLiteral("notice.pdf"));
        pane->findChild<QComboBox*>(QStringLiteral("letterLanguage"))->setCurrentIndex(1);
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("saveLetter")),
                          Qt::LeftButton);
        const QString text = test::pdfText(prompts.saveAnswer).simplified();
        QVERIFY2(text.contains(QStringLiteral("Осмонов Талант")) &&
                     text.contains(QStringLiteral("Ички иштер министрлиги")) &&
                     text.contains(QStringLiteral("раскрыты")),
                 qPrintable(text));
        QVERIFY(prompts.errors.isEmpty());
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            page.grab().save(shots + QStringLiteral("/disclosures-pane.png"));
        }
    }

    // A recipient abroad under a treaty (policy 1.1.6): the dialog's one reference field names
    // the treaty, the register marks the transfer abroad with its country, and the view of
    // transfers abroad keeps it and leaves a disclosure at home out.
    void aTransferAbroadUnderATreaty()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        addSubjects(*database, {QStringLiteral("OG-401")});
        test::FakePrompts prompts;
        DisclosuresPage page(*database, admin, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto record =
            [&](const QString& recipient, const QString& country, const QString& ground) {
            DisclosureDialog* dialog = page.openRecording();
            dialog->addSubject(QStringLiteral("OG-401"));
            dialog->findChild<QLineEdit*>(QStringLiteral("newRecipientName"))->setText(recipient);
            auto* countries = dialog->findChild<QComboBox*>(QStringLiteral("newRecipientCountry"));
            countries->setCurrentIndex(countries->findData(country));
            auto* grounds = dialog->findChild<QComboBox*>(QStringLiteral("disclosureGround"));
            grounds->setCurrentIndex(grounds->findData(ground));
            auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("groundReference"));
            QVERIFY(reference->isEnabled());
            reference->setText(QStringLiteral("Treaty or law of record"));
            dialog->findChild<QLineEdit*>(QStringLiteral("disclosurePurpose"))
                ->setText(QStringLiteral("Кредиттик тарыхты текшерүү"));
            auto* categories =
                dialog->findChild<QListWidget*>(QStringLiteral("disclosureCategories"));
            categories->item(0)->setCheckState(Qt::Checked);
            clickOk(dialog);
            QTRY_VERIFY(!dialog->isVisible());
        };
        record(QStringLiteral("Almaty Credit Bureau"), QStringLiteral("KZ"),
               QStringLiteral("treaty"));
        record(QStringLiteral("Ички иштер министрлиги"), QStringLiteral("KG"),
               QStringLiteral("law"));
        QVERIFY(prompts.errors.isEmpty());
        const qint64 abroad =
            test::scalar(*database, QStringLiteral("SELECT d.id FROM disclosures d JOIN recipients "
                                                   "r ON r.id = d.recipient_id WHERE r.country = "
                                                   "'KZ' AND d.ground = 'treaty' AND "
                                                   "d.treaty_reference IS NOT NULL"))
                .toLongLong();
        QVERIFY(abroad > 0);
        auto* view = page.findChild<QComboBox*>(QStringLiteral("disclosuresView"));
        view->setCurrentIndex(view->findData(3));
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 1);
        auto* table = page.findChild<QTableView*>(QStringLiteral("disclosuresRegister"));
        const QAbstractItemModel* model = table->model();
        int column = -1;
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->headerData(c, Qt::Horizontal).toString() ==
                QStringLiteral("Transfer abroad"))
                column = c;
        QVERIFY(column >= 0);
        QCOMPARE(model->index(0, 0).data().toString(), QString::number(abroad));
        // Named in the UI's language (by the locale, as every reference name is).
        QCOMPARE(model->index(0, column).data().toString(),
                 ReferenceDataService(*database).countryNames().value(QStringLiteral("KZ")));
        QVERIFY(!model->index(0, column).data().toString().isEmpty());
    }

    // The policy (4.6.4) sets no period: the page calls the flag the organisation's own target and
    // shows the setting as it is now, not a fixed "3".
    void theNoticeTargetIsTheSettingNotThePolicy()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        DisclosuresPage page(*database, admin, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* note = page.findChild<QLabel*>(QStringLiteral("disclosuresNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("own target is 3 working day")),
                 qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("4.6.1-4.6.4")));
        DisclosureService(*database).setNoticeWorkingDays(admin, 5);
        page.reload();
        QVERIFY2(note->text().contains(QStringLiteral("own target is 5 working day")),
                 qPrintable(note->text()));
    }
};

QTEST_MAIN(TestDisclosuresPage)
#include "tst_disclosurespage.moc"

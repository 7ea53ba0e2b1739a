// SPDX-License-Identifier: GPL-3.0-or-later
// The claims section under the offscreen platform: register a claim in the dialog, see its due
// date (by the working-day calendar) and the colour of its deadline band in the list.
#include "core/Error.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "items/CaseRegisterModel.h"
#include "MainWindow.h"
#include "pages/ClaimDialog.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/ClaimStepDialogs.h"
#include "pages/CorrectionDialog.h"
#include "pages/DashboardPage.h"
#include "pages/WithdrawalDialogs.h"
#include "services/ClaimService.h"
#include "services/RectificationService.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QListWidget>
#include <QTemporaryDir>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

using test::clickOk;

class TestClaimsPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase() { test::installScreenshotLanguage(m_translator); }

    void registersAClaimAndShowsItsDueDateAndColour_data()
    {
        QTest::addColumn<int>("receivedDaysAgo");
        QTest::addColumn<QString>("band");
        // Bands against the claim's own due date: 30 days from receipt, moved off non-working days.
        QTest::newRow("received today: 10 days or more") << 0 << "#1d6b2a";
        QTest::newRow("received 40 days ago: overdue") << 40 << "#b01c1c";
    }
    void registersAClaimAndShowsItsDueDateAndColour()
    {
        QFETCH(int, receivedDaysAgo);
        QFETCH(QString, band);
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        ClaimsPage page(*database, admin, prompts);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 0);

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("registerClaim")),
                          Qt::LeftButton);
        auto* dialog = page.findChild<ClaimDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QDate received = bishkekToday().addDays(-receivedDaysAgo);
        dialog->findChild<QDateEdit*>(QStringLiteral("claimReceived"))->setDate(received);
        const QDate due = DeadlineCalendar::load(*database).dueDate(received, 30);
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("claimDue"))
                     ->text()
                     .startsWith(displayDate(due)),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("claimDue"))->text()));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // No claimant and no subject: refused, the dialog stays open and says why.
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("claimSummary"))
            ->setPlainText(QStringLiteral("Маалыматтарымды өчүрүңүз"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(page.rowCount(), 0);
        dialog->findChild<QLineEdit*>(QStringLiteral("claimClaimant"))
            ->setText(QStringLiteral("Асанов Бакыт"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ClaimDialog*>() ||
                    !page.findChild<ClaimDialog*>()->isVisible());
        QVERIFY(test::registerLoaded(page));

        auto* table = page.findChild<QTableView*>(QStringLiteral("claimsRegister"));
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.pane()->claimId() > 0); // the new claim is selected and shown
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(model->index(0, 0).data(CaseRegisterModel::IdRole).toLongLong(),
                 page.pane()->claimId());
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Асанов Бакыт"));
        QCOMPARE(model->index(0, 5).data().toString(), displayDate(due));
        QCOMPARE(model->index(0, 6).data(CaseRegisterModel::DeadlineBandRole).toString(), band);
        QCOMPARE(model->index(0, 6).data(Qt::ForegroundRole).value<QBrush>().color().name(), band);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/claims-%1.png").arg(receivedDaysAgo));
    }

    // An access request from registration to closing, in the pane: its document, the answer
    // drafted as a refusal citing Art. 15, the letter previewed and saved, sent, closed.
    void worksAnAccessRequestThroughItsLife()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::insertSubject(*database, QStringLiteral("OG-77"));
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("request.png"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(scan));
        test::FakePrompts prompts;
        ClaimsPage page(*database, admin, prompts);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        ClaimDialog* dialog = page.openRegistration();
        dialog->findChild<QComboBox*>(QStringLiteral("claimKind"))
            ->setCurrentIndex(1); // access request
        dialog->findChild<QLineEdit*>(QStringLiteral("claimSubject"))
            ->setText(QStringLiteral("OG-77"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("claimSummary"))
            ->setPlainText(QStringLiteral("Мен жөнүндө кандай маалымат бар?"));
        prompts.openAnswer = scan;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addDocument")),
                          Qt::LeftButton);
        QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("documentList"))->count(), 1);
        clickOk(dialog);
        ClaimPane* pane = page.pane();
        QTRY_VERIFY(pane->claimId() > 0);
        QCOMPARE(pane->details().row.kind, ClaimService::Kind::AccessRequest);
        auto* documents = pane->findChild<QListWidget*>(QStringLiteral("claimDocumentList"));
        QCOMPARE(documents->count(), 1);
        documents->setCurrentRow(0);
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("openDocument")),
                          Qt::LeftButton);
        QCOMPARE(prompts.shownDocuments, QStringList{QStringLiteral("request.png")});
        QCOMPARE(QImage::fromData(prompts.lastDocument).size(), QSize(40, 30));
        QVERIFY(!pane->findChild<QPushButton*>(QStringLiteral("closeClaim"))->isEnabled());
        QVERIFY(!pane->findChild<QPushButton*>(QStringLiteral("saveLetter"))
                     ->isEnabled()); // no answer yet

        // A refusal without the Art. 15 paragraph is refused; the dialog keeps the text.
        AnswerDraftDialog* draft = pane->openDraft();
        draft->findChild<QPlainTextEdit*>(QStringLiteral("answerText"))
            ->setPlainText(QStringLiteral("Сиздин сурооңуз боюнча жооп."));
        draft->findChild<QComboBox*>(QStringLiteral("claimOutcome"))->setCurrentIndex(3); // refused
        draft->findChild<QPlainTextEdit*>(QStringLiteral("claimOutcomeReason"))
            ->setPlainText(QStringLiteral("Тергөө жүрүп жатат"));
        clickOk(draft);
        QVERIFY(draft->isVisible());
        QVERIFY(draft->findChild<QLabel*>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("15")));
        draft->findChild<QLineEdit*>(QStringLiteral("claimArt15Paragraph"))
            ->setText(QStringLiteral("2"));
        clickOk(draft);
        QTRY_COMPARE(pane->details().row.state, QStringLiteral("answer_drafted"));
        QCOMPARE(pane->details().refusalParagraph, QStringLiteral("2"));
        QVERIFY(pane->findChild<QLabel*>(QStringLiteral("claimFacts"))
                    ->text()
                    .contains(QStringLiteral("15")));

        // The letter: previewed, then saved as PDF in Russian; both audited by the service.
        prompts.previewOutput = dir.filePath(QStringLiteral("preview.pdf"));
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("previewLetter")),
                          Qt::LeftButton);
        QCOMPARE(prompts.previews, 1);
        QVERIFY(test::pdfText(prompts.previewOutput).contains(QStringLiteral("15")));
        if (const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR"); !shots.isEmpty())
            QFile::copy(prompts.previewOutput, shots + QStringLiteral("/letter-preview.pdf"));
        // A preview takes no number: the register of outgoing letters is empty until the PDF.
        QCOMPARE(test::rowCount(*database, QStringLiteral("outgoing_letters")), qint64(0));
        pane->findChild<QComboBox*>(QStringLiteral("letterLanguage"))->setCurrentIndex(1); // ru
        prompts.saveAnswer = dir.filePath(QStringLiteral("letter.pdf"));
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("saveLetter")),
                          Qt::LeftButton);
        const QString letter = test::pdfText(prompts.saveAnswer);
        QVERIFY2(letter.contains(QStringLiteral("пункт")) && letter.contains(QStringLiteral("2")),
                 qPrintable(letter));
        QCOMPARE(test::rowCount(*database, QStringLiteral("outgoing_letters")), qint64(1));
        QVERIFY(prompts.errors.isEmpty());

        // The request is answered with the subject data report.
        auto* report = pane->findChild<QPushButton*>(QStringLiteral("subjectReport"));
        QVERIFY(report->isVisible() && report->isEnabled());
        prompts.saveAnswer = dir.filePath(QStringLiteral("report.pdf"));
        QTest::mouseClick(report, Qt::LeftButton);
        QVERIFY2(test::pdfText(prompts.saveAnswer).contains(QStringLiteral("OG-77")),
                 qPrintable(test::pdfText(prompts.saveAnswer).left(300)));

        AnswerSentDialog* sent = pane->openAnswerSent();
        sent->findChild<QComboBox*>(QStringLiteral("answerMethod"))->setCurrentIndex(0); // post
        clickOk(sent);
        QVERIFY(sent->isVisible() && sent->findChild<QLabel*>(QStringLiteral("errorLabel"))
                                         ->isVisible()); // post needs tracking
        QCOMPARE(pane->details().row.state, QStringLiteral("answer_drafted"));
        sent->findChild<QLineEdit*>(QStringLiteral("answerTracking"))
            ->setText(QStringLiteral("RR123456789KG"));
        clickOk(sent);
        QTRY_COMPARE(pane->details().row.state, QStringLiteral("answer_sent"));
        QVERIFY(pane->findChild<QPushButton*>(QStringLiteral("closeClaim"))->isEnabled());
        CloseClaimDialog* close = pane->openClose();
        // The drafted outcome is offered: closing as drafted.
        QCOMPARE(
            close->findChild<QComboBox*>(QStringLiteral("claimOutcome"))->currentData().toString(),
            QStringLiteral("refused"));
        QCOMPARE(close->findChild<QLineEdit*>(QStringLiteral("claimArt15Paragraph"))->text(),
                 QStringLiteral("2"));
        clickOk(close);
        QTRY_COMPARE(pane->details().row.state, QStringLiteral("closed"));
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 1);
        page.setView(ClaimService::Filter::Open);
        QVERIFY(test::registerLoaded(page));
        QCOMPARE(page.rowCount(), 0);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.setView(ClaimService::Filter::All);
            QVERIFY(test::registerLoaded(page));
            page.selectClaim(pane->claimId());
            page.grab().save(shots + QStringLiteral("/claims-pane.png"));
        }
    }

    // On start-up, and on the dashboard: what is overdue or due within 3 working days.
    // A request of the State Agency (Law No. 58 Art. 17(g)): the dialog offers the body and its
    // request's number and date only for that kind, refuses it without the number, and the pane
    // shows the request; the body is the claimant.
    void registersAnAuthorityRequest()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        ClaimsPage page(*database, admin, prompts);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ClaimDialog* dialog = page.openRegistration();
        auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("claimRequestNumber"));
        QVERIFY(!number->isEnabled()); // a pre-trial claim has no body's number
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("claimKind"));
        kind->setCurrentIndex(kind->findData(int(ClaimService::Kind::AuthorityRequest)));
        QVERIFY(number->isEnabled());
        dialog->findChild<QDateEdit*>(QStringLiteral("claimRequestDate"))
            ->setDate(bishkekToday().addDays(-3));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("claimSummary"))
            ->setPlainText(QStringLiteral("Иштетүүнүн негиздери жөнүндө маалымат"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("number of the body's request")));
        number->setText(QStringLiteral("03-12/417"));
        clickOk(dialog);
        ClaimPane* pane = page.pane();
        QTRY_VERIFY(pane->claimId() > 0);
        const ClaimService::Details d = pane->details();
        QCOMPARE(d.row.kind, ClaimService::Kind::AuthorityRequest);
        QCOMPARE(d.authority, QStringLiteral("state_agency"));
        QCOMPARE(d.requestNumber, QStringLiteral("03-12/417"));
        QCOMPARE(d.row.dueOn, DeadlineCalendar::load(database->connection())
                                  .dueDate(bishkekToday(), Periods::kAuthorityRequestDays));
        QVERIFY(prompts.errors.isEmpty());
    }

    // A request to correct data (policy 12.3): only its pane offers the corrections and the
    // recipients told; a correction made in the dialog shows in the facts, and the recipient
    // that received the field is told before the claim may close.
    void correctsDataAndTellsRecipients()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QSqlQuery q = prepareQuery(database->connection(),
                                   QStringLiteral("INSERT INTO recipients (name, kind) VALUES "
                                                  "('Бай-Түшүм ФКО', 'fco') RETURNING id"));
        execQuery(q, "add a recipient");
        QVERIFY(q.next());
        test::insertSubjectWithData(*database, QStringLiteral("OG-5"), q.value(0).toLongLong(), 5);
        q.finish();
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::RectificationRequest;
        r.subjectRef = QStringLiteral("OG-5");
        r.receivedOn = bishkekToday();
        r.subjectMatter = QStringLiteral("Телефон номерим өзгөрдү");
        const qint64 id = ClaimService(*database).registerClaim(admin, r).id;
        const qint64 other = test::answeredClaim(*database, admin, QStringLiteral("Асанов Бакыт"));

        test::FakePrompts prompts;
        ClaimsPage page(*database, admin, prompts);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ClaimPane* pane = page.pane();
        auto* correct = pane->findChild<QPushButton*>(QStringLiteral("correctData"));
        auto* told = pane->findChild<QPushButton*>(QStringLiteral("correctionRecipientTold"));
        pane->showClaim(other);
        QVERIFY(!correct->isVisibleTo(pane)); // a pre-trial claim corrects nothing
        pane->showClaim(id);
        QVERIFY(correct->isVisibleTo(pane) && correct->isEnabled());
        QVERIFY(!told->isEnabled()); // nothing corrected, no one to tell

        CorrectionDialog* dialog = pane->openCorrection();
        dialog->setCorrection(QStringLiteral("phone"), QStringLiteral("+7 912 000 00 00"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible()); // not a Kyrgyz number: refused, the input kept
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
        dialog->setCorrection(QStringLiteral("phone"), QStringLiteral("0 700 12 34 56"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY(told->isEnabled());
        const QString facts = pane->findChild<QLabel*>(QStringLiteral("claimFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("+996700123456")) &&
                     facts.contains(QStringLiteral("Бай-Түшүм ФКО")),
                 qPrintable(facts));

        SentDialog* notice = pane->openRecipientTold();
        QVERIFY(notice);
        clickOk(notice);
        QTRY_VERIFY(!told->isEnabled());
        QCOMPARE(RectificationService(*database).details(id).untold, 0);
        // The phone is corrected once in this case: the dialog no longer offers it.
        CorrectionDialog* again = pane->openCorrection();
        QVERIFY(!again->findChild<QCheckBox*>(QStringLiteral("correct_phone"))->isEnabled());
        again->reject();
        QVERIFY(prompts.errors.isEmpty());
    }

    void remindsOfDeadlinesOnStartUpAndOnTheDashboard()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        {
            MainWindow quiet(*database, admin, QStringLiteral("ky"), prompts);
            quiet.remindOfDeadlines();
            QVERIFY(prompts.informations.isEmpty()); // nothing due: no reminder
            QVERIFY(!quiet.findChild<QLabel*>(QStringLiteral("dashboardReminder"))
                         ->isVisibleTo(&quiet));
        }
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::AccessRequest;
        r.claimantName = QStringLiteral("Жумабаева Айпери");
        r.receivedOn = bishkekToday().addDays(-20); // seven days: overdue
        r.subjectMatter = QStringLiteral("x");
        ClaimService(*database).registerClaim(admin, r);
        r.claimantName = QStringLiteral("Not due for a month");
        r.kind = ClaimService::Kind::PretrialClaim;
        r.receivedOn = bishkekToday();
        ClaimService(*database).registerClaim(admin, r);

        MainWindow window(*database, admin, QStringLiteral("ky"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.remindOfDeadlines();
        QCOMPARE(prompts.informations.size(), 1);
        QVERIFY2(prompts.informations.first().contains(QStringLiteral("Жумабаева Айпери")),
                 qPrintable(prompts.informations.first()));
        QVERIFY(!prompts.informations.first().contains(QStringLiteral("Not due for a month")));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("dashboardReminder"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Жумабаева Айпери")));
        // Its link opens the claims register on the open cases.
        QVERIFY(banner->text().contains(QStringLiteral("href=\"withdrawals\"")));
        emit banner->linkActivated(QStringLiteral("claims"));
        auto* claims = window.findChild<ClaimsPage*>();
        QVERIFY(claims->isVisible());
        QVERIFY(test::registerLoaded(*claims));
        QCOMPARE(claims->rowCount(), 2);
        // A card opens its filtered list: the overdue claims card shows the one overdue request.
        window.showSection(0);
        QFrame* overdueCard = nullptr;
        for (QFrame* frame : window.findChildren<QFrame*>())
            if (frame->objectName().startsWith(QStringLiteral("card:claims:overdue")))
                overdueCard = frame;
        QVERIFY(overdueCard);
        QTest::mouseClick(overdueCard, Qt::LeftButton);
        QVERIFY(claims->isVisible());
        QVERIFY(test::registerLoaded(*claims));
        QCOMPARE(claims->rowCount(), 1);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            window.showSection(0);
            window.grab().save(shots + QStringLiteral("/dashboard-reminder.png"));
        }
    }

    // A register the database cannot read says so in its summary, not "0 entries".
    void aRegisterThatCannotBeReadSaysWhy()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        ClaimsPage page(*database, admin, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* summary = page.findChild<QLabel*>(QStringLiteral("claimsSummary"));
        QVERIFY(test::registerLoaded(page));
        QVERIFY2(summary->text().startsWith(QStringLiteral("0 ")), qPrintable(summary->text()));
        try {
            // DDL: PostgreSQL prepares no ALTER
            execConstant(database->connection(),
                         QStringLiteral("ALTER TABLE claims RENAME TO claims_elsewhere"),
                         "hide the claims");
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
        page.reload();
        QVERIFY(page.isLoading()); // read on the register's own thread
        QVERIFY(test::registerLoaded(page));
        QVERIFY2(summary->text().contains(QStringLiteral("claims")), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QStringLiteral("entries")));
        QCOMPARE(page.rowCount(), 0);
    }
};

QTEST_MAIN(TestClaimsPage)
#include "tst_claimspage.moc"

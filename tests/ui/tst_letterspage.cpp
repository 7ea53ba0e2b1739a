// SPDX-License-Identifier: GPL-3.0-or-later
// The register of outgoing letters in the main window (pages/LettersPage): every letter the
// console made, newest first, with its number, what it is and its addressee; found by number or
// addressee; the selected letter's details, and its case opened from there.
#include "db/Sql.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/DisclosurePane.h"
#include "pages/DisclosuresPage.h"
#include "pages/LettersPage.h"
#include "pages/WithdrawalPane.h"
#include "pages/WithdrawalsPage.h"
#include "services/ClaimLetterService.h"
#include "services/DisclosureService.h"
#include "services/OutgoingLetterService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace dpo;

class TestLettersPage : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    // A claim whose answer letter is made (and numbered).
    void claimWithLetter(const QString& claimant) const
    {
        const qint64 id = test::answeredClaim(*m_database, m_admin, claimant);
        ClaimLetterService(*m_database).prepare(m_admin, id, QStringLiteral("ky"));
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
    }

    void theRegisterListsFindsAndOpensTheCase()
    {
        claimWithLetter(QStringLiteral("Асанов Бакыт Маратович"));
        claimWithLetter(QStringLiteral("Токтогулова Айжан"));
        claimWithLetter(QStringLiteral("Сыдыкова Нургүл"));
        const QList<OutgoingLetterService::Letter> letters =
            OutgoingLetterService(*m_database).page(QString(), 0, 100, nullptr);
        QCOMPARE(letters.size(), 3);

        QTranslator translator;
        test::installScreenshotLanguage(translator);
        test::FakePrompts prompts;
        MainWindow window(*m_database, m_admin, QStringLiteral("ky"), prompts);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.findChild<LettersPage*>();
        QVERIFY(page);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        const int section = 5;
        QCOMPARE(navigation->item(section)->text(), MainWindow::tr("Letters", "section"));
        window.showSection(section);
        QVERIFY(page->isVisible());
        QVERIFY(test::registerLoaded(*page));
        QCOMPARE(page->rowCount(), 3);
        auto* table = page->findChild<QTableView*>(QStringLiteral("lettersRegister"));
        // Newest first: the third claim's letter heads the register, its number in column 0.
        QCOMPARE(table->model()->index(0, 0).data().toString(), letters.first().number);
        QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("Сыдыкова Нургүл"));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("registerLetter"))->isVisible());

        // Selected: the details and the case; "Open the case" shows it in the claims section.
        auto* open = page->findChild<QPushButton*>(QStringLiteral("openLetterCase"));
        QVERIFY(!open->isEnabled());
        table->selectRow(0);
        QStringList shown;
        for (const QLabel* value :
             page->findChild<QWidget*>(QStringLiteral("letterDetails"))->findChildren<QLabel*>())
            shown << value->text();
        const QString details = shown.join(QLatin1Char('|'));
        QVERIFY2(details.contains(letters.first().number) &&
                     details.contains(QStringLiteral("Сыдыкова Нургүл")) &&
                     details.contains(
                         LetterKinds::caseName(letters.first().kind, letters.first().caseId)),
                 qPrintable(details));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QCoreApplication::processEvents(); // the pane laid out for the letter
            window.grab().save(shots + QStringLiteral("/letters.png"));
        }
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto* claims = window.findChild<ClaimsPage*>();
        QCOMPARE(window.currentSection(), 3);
        QTRY_COMPARE(claims->pane()->claimId(), letters.first().caseId);

        // Found by addressee, by the whole number, and by the number within its year.
        window.showSection(section);
        const auto found = [&](const QString& search) {
            page->setSearch(search);
            if (!test::registerLoaded(*page))
                return QStringList{QStringLiteral("(still loading)")};
            QStringList numbers;
            for (int row = 0; row < page->rowCount(); ++row)
                numbers << table->model()->index(row, 0).data().toString();
            return numbers;
        };
        const QString firstNumber = letters.last().number;
        QCOMPARE(found(QStringLiteral("Асанов")), QStringList{firstNumber});
        // Typed in small letters, as an officer types: found as the name is written.
        QCOMPARE(found(QStringLiteral("асанов бакыт")), QStringList{firstNumber});
        QCOMPARE(found(firstNumber), QStringList{firstNumber});
        QCOMPARE(found(firstNumber.section(QLatin1Char('/'), 1)), QStringList{firstNumber});
        QCOMPARE(found(QStringLiteral("Жок адам")), QStringList{});
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("lettersSummary"))
                    ->text()
                    .contains(QLatin1Char('0')));
        // Typed, the search waits for a pause, then reloads.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("lettersSearch"));
        search->clear();
        for (const QChar c : QStringLiteral("Токтогулова")) // a key at a time (keyClicks is ASCII)
            search->insert(QString(c));
        QTRY_COMPARE(page->rowCount(), 1);
        QVERIFY(test::registerLoaded(*page));
    }

    // Every kind of case a letter answers opens in its own section (MainWindow::openCase by the
    // letter kinds' CaseType).
    void everyCaseTypeOpensInItsSection()
    {
        exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм ФКО', 'fco')"));
        const qint64 recipient =
            test::scalar(*m_database, QStringLiteral("SELECT max(id) FROM recipients"))
                .toLongLong();
        test::insertSubjectWithData(*m_database, QStringLiteral("OG-L1"), recipient, 1);
        WithdrawalService::Registration request;
        request.subjectRef = QStringLiteral("OG-L1");
        request.receivedOn = QDate::currentDate().addDays(-1);
        request.documents << AttachmentService::Document{QStringLiteral("request.pdf"),
                                                         QByteArrayLiteral("%PDF-1.4\n%%EOF\n")};
        const qint64 requestId = WithdrawalService(*m_database).registerRequest(m_admin, request);
        DisclosureService::Registration disclosure;
        disclosure.subjectRefs = {QStringLiteral("OG-L1")};
        disclosure.newRecipientName = QStringLiteral("Биринчи май райондук соту");
        disclosure.newRecipientKind = QStringLiteral("state_body");
        disclosure.ground = QStringLiteral("state_request");
        disclosure.requestNumber = QStringLiteral("04-123/26");
        disclosure.requestDate = QDate::currentDate().addDays(-2);
        disclosure.requestBody = QStringLiteral("Биринчи май райондук соту");
        disclosure.categories = {QStringLiteral("personal_details")};
        disclosure.purpose = QStringLiteral("Кылмыш ишин териштирүү");
        disclosure.disclosedOn = QDate::currentDate().addDays(-1);
        const qint64 disclosureId = DisclosureService(*m_database).record(m_admin, disclosure);
        const qint64 claimId =
            test::answeredClaim(*m_database, m_admin, QStringLiteral("Асанов Бакыт"));

        test::FakePrompts prompts;
        MainWindow window(*m_database, m_admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCase(CaseType::WithdrawalRequest, requestId);
        auto* withdrawals = window.findChild<WithdrawalsPage*>();
        QTRY_COMPARE(withdrawals->pane()->requestId(), requestId);
        QVERIFY(withdrawals->isVisible());
        window.openCase(CaseType::Disclosure, disclosureId);
        auto* disclosures = window.findChild<DisclosuresPage*>();
        QTRY_COMPARE(disclosures->pane()->disclosureId(), disclosureId);
        QVERIFY(disclosures->isVisible());
        window.openCase(CaseType::Claim, claimId);
        auto* claims = window.findChild<ClaimsPage*>();
        QTRY_COMPARE(claims->pane()->claimId(), claimId);
        QVERIFY(claims->isVisible());
    }

private:
    void exec(const QString& sql) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        execQuery(q, "test");
    }
};

QTEST_MAIN(TestLettersPage)
#include "tst_letterspage.moc"

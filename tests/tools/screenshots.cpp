// SPDX-License-Identifier: GPL-3.0-or-later
// dpo-screenshots: the README's pictures, rendered from the real windows on a demo database.
// Signs in as a real officer (DPO_CONSOLE_PASSWORD), so that what is shown is what an officer
// sees; modal questions are answered by FakePrompts, never shown. Built with the tests, never
// installed. Run by scripts/screenshots.sh.
#include "BenchSupport.h"
#include "core/Error.h"
#include "core/SaveFile.h"
#include "DarkPalette.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "items/SubjectListModel.h"
#include "Languages.h"
#include "MainWindow.h"
#include "pages/AuditPage.h"
#include "pages/ClaimDialog.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "pages/CorrectionDialog.h"
#include "pages/DashboardPage.h"
#include "pages/DisclosureDialogs.h"
#include "pages/DisclosurePane.h"
#include "pages/DisclosuresPage.h"
#include "pages/ImportDialog.h"
#include "pages/RetentionReviewDialog.h"
#include "pages/SubjectRecordPane.h"
#include "pages/SubjectsPage.h"
#include "pages/WithdrawalsPage.h"
#include "services/AuditExportService.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/DisclosureService.h"
#include "services/OfficerService.h"
#include "services/TaskService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "widgets/BulkRunDialog.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QItemSelectionModel>
#include <QPalette>
#include <QPushButton>
#include <QSemaphore>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace dpo;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the README's screenshots."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("The demo database's URL."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("officer"), QStringLiteral("The officer to sign in as."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("language"), QStringLiteral("ky or ru."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The folder for the PNG files."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("dark"),
         QStringLiteral("Under a dark palette (Fusion), as a dark desktop theme gives.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")))
        test::useDarkPalette();
    const QString language = parser.value(QStringLiteral("language"));
    const QString out = parser.value(QStringLiteral("out"));
    if (language != QStringLiteral("ky") && language != QStringLiteral("ru")) {
        std::fprintf(stderr, "--language must be ky or ru\n");
        return 2;
    }
    if (out.isEmpty() || !QDir().mkpath(out)) {
        std::fprintf(stderr, "--out must name a folder that can be created\n");
        return 2;
    }
    installUiLanguage(language);
    try {
        auto database =
            std::make_unique<Database>(DatabaseUrl::parse(parser.value(QStringLiteral("database"))),
                                       qEnvironmentVariable("PGPASSWORD"));
        database->open();
        const Session session = OfficerService(*database).signIn(
            parser.value(QStringLiteral("officer")), qEnvironmentVariable("DPO_CONSOLE_PASSWORD"));
        test::FakePrompts prompts;
        MainWindow window(*database, session, language, prompts);
        window.resize(1440, 900);
        prompts.saveAnswer =
            QStringLiteral("%1/dashboard-%2.pdf").arg(out, language); // the printout, to look at
        window.findChild<DashboardPage*>()->saveDashboardAsPdf();
        window.statusBar()->clearMessage(); // its temporary path is no picture
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        const auto shoot = [&](const QString& name) {
            QTest::qWait(300); // the windowed lists fetch their first rows
            const QString path = QStringLiteral("%1/%2-%3.png").arg(out, name, language);
            if (!window.grab().save(path))
                throw Error(Error::Kind::BadInput, QStringLiteral("cannot write ") + path);
            std::printf("%s\n", qPrintable(path));
        };
        window.showSection(0);
        window.resize(1440, 1500); // the cards and every chart
        shoot(QStringLiteral("dashboard"));
        window.resize(1440, 900);
        prompts.saveAnswer =
            QStringLiteral("%1/dashboard-%2.pdf").arg(out, language); // the printout, to look at
        window.findChild<DashboardPage*>()->saveDashboardAsPdf();
        window.statusBar()->clearMessage(); // its temporary path is no picture

        window.showSection(1);
        QTest::qWait(300);
        // The active subjects (the depersonalised ones, with no name, sort first), the first one's
        // record.
        auto* statusFilter = window.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("active")));
        QTest::qWait(300);
        auto* subjects = window.findChild<QTableView*>(QStringLiteral("subjectsView"));
        subjects->setFocus();
        subjects->setCurrentIndex(subjects->model()->index(0, SubjectListModel::Surname));
        shoot(QStringLiteral("subjects"));

        window.showSection(2);
        // An executed request shows most of the work on one screen: its decisions and its
        // systems' tasks, one of them failed.
        const QList<WithdrawalService::Row> requests =
            WithdrawalService(*database).list(bishkekToday());
        qint64 request = requests.isEmpty() ? 0 : requests.first().id;
        for (const WithdrawalService::Row& row : requests) {
            if (row.state != QStringLiteral("executed"))
                continue;
            TaskService::Filter filter;
            filter.requestId = row.id;
            const QList<TaskService::Task> tasks = TaskService(*database).list(filter);
            if (std::any_of(tasks.begin(), tasks.end(), [](const TaskService::Task& t) {
                    return t.state == QLatin1String("failed");
                })) {
                request = row.id;
                break;
            }
        }
        window.findChild<WithdrawalsPage*>()->selectRequest(request);
        shoot(QStringLiteral("withdrawal"));

        // The officer's cases for minors (policy 9.1): opened for all at once through the
        // section's button, the first in the pane; then decided, executed and its letter to the
        // parent or guardian written, to look at; and a minor's record with its button.
        auto* withdrawals = window.findChild<WithdrawalsPage*>();
        QTest::mouseClick(withdrawals->findChild<QPushButton*>(QStringLiteral("openMinorCases")),
                          Qt::LeftButton);
        shoot(QStringLiteral("minor-cases"));
        WithdrawalService minorCases(*database);
        const QList<WithdrawalService::Row> opened = minorCases.list(
            bishkekToday(), WithdrawalService::Filter::All, QStringLiteral("opened"));
        if (!opened.isEmpty()) {
            const qint64 minorCase = opened.first().id;
            const WithdrawalService::Details d = minorCases.details(minorCase, bishkekToday());
            minorCases.decide(session, minorCase,
                              bench::destroyEverything(d.heldCategories, QStringLiteral("9.1")));
            minorCases.execute(session, minorCase);
            const QString letter = QStringLiteral("%1/minor-letter-%2.pdf").arg(out, language);
            WithdrawalLetterService(*database).writePdf(session, minorCase, language, letter);
            std::printf("%s\n", qPrintable(letter));
            window.showSection(1);
            auto* record = window.findChild<SubjectsPage*>()->record();
            if (opened.size() > 1)
                record->showSubject(opened.at(1).subjectId);
            shoot(QStringLiteral("record-minor"));
            window.showSection(2);
        }

        // The retention review's list (policy 6.2-6.3).
        RetentionReviewDialog* review = withdrawals->openRetentionReview();
        QTest::qWait(100);
        const QString reviewPath = QStringLiteral("%1/retention-review-%2.png").arg(out, language);
        review->grab().save(reviewPath);
        std::printf("%s\n", qPrintable(reviewPath));
        review->close();

        // A transfer abroad under a treaty (policy 1.1.6): the register's column and the pane;
        // then the recording dialog on that ground.
        window.showSection(4);
        auto* disclosures = window.findChild<DisclosuresPage*>();
        DisclosureService::Filter abroad;
        abroad.abroadOnly = true;
        const QList<DisclosureService::Row> transfers =
            DisclosureService(*database).list(abroad, bishkekToday());
        if (!transfers.isEmpty())
            disclosures->selectDisclosure(transfers.first().id);
        shoot(QStringLiteral("disclosure-abroad"));
        if (!transfers.isEmpty()) { // its first subject's postal notice, to look at
            auto* pane = disclosures->findChild<DisclosurePane*>();
            pane->selectSubject(0);
            auto* letterLanguage = pane->findChild<QComboBox*>(QStringLiteral("letterLanguage"));
            letterLanguage->setCurrentIndex(letterLanguage->findData(language));
            prompts.saveAnswer = QStringLiteral("%1/notice-abroad-%2.pdf").arg(out, language);
            QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("saveLetter")),
                              Qt::LeftButton);
            std::printf("%s\n", qPrintable(prompts.saveAnswer));
            window.statusBar()->clearMessage(); // its path is no picture
        }
        if (!transfers.isEmpty()) { // that subject's record, on its disclosures
            const qint64 subject = DisclosureService(*database)
                                       .details(transfers.first().id, bishkekToday())
                                       .subjects.first()
                                       .subjectId;
            window.showSection(1);
            window.findChild<SubjectsPage*>()->record()->showSubject(subject);
            window.findChild<QTabWidget*>(QStringLiteral("recordTabs"))->setCurrentIndex(5);
            shoot(QStringLiteral("record-disclosures"));
            window.showSection(4);
        }
        DisclosureDialog* dialog = disclosures->openRecording();
        auto* ground = dialog->findChild<QComboBox*>(QStringLiteral("disclosureGround"));
        ground->setCurrentIndex(ground->findData(QStringLiteral("treaty")));
        auto* country = dialog->findChild<QComboBox*>(QStringLiteral("newRecipientCountry"));
        country->setCurrentIndex(country->findData(QStringLiteral("KZ")));
        QTest::qWait(100);
        const QString dialogPath = QStringLiteral("%1/disclosure-dialog-%2.png").arg(out, language);
        dialog->grab().save(dialogPath);
        std::printf("%s\n", qPrintable(dialogPath));
        dialog->reject();

        // The registration of a State Agency's request (Law No. 58 Art. 17(g)), and the answer
        // letter of one registered, drafted and answered in time.
        window.showSection(3);
        ClaimDialog* claim = window.findChild<ClaimsPage*>()->openRegistration();
        auto* claimKind = claim->findChild<QComboBox*>(QStringLiteral("claimKind"));
        claimKind->setCurrentIndex(claimKind->findData(int(ClaimService::Kind::AuthorityRequest)));
        QTest::qWait(100);
        const QString claimPath = QStringLiteral("%1/claim-dialog-%2.png").arg(out, language);
        claim->grab().save(claimPath);
        std::printf("%s\n", qPrintable(claimPath));
        claim->reject();
        ClaimService claims(*database);
        ClaimService::Registration agencyRequest;
        agencyRequest.kind = ClaimService::Kind::AuthorityRequest;
        agencyRequest.authority = QStringLiteral("state_agency");
        agencyRequest.requestNumber = QStringLiteral("03-12/417");
        agencyRequest.receivedOn = bishkekToday().addDays(-2);
        agencyRequest.requestDate = agencyRequest.receivedOn.addDays(-1);
        agencyRequest.subjectMatter =
            QStringLiteral("Жеке маалыматтарды үчүнчү жактарга берүүнүн негиздери жөнүндө");
        const qint64 requestId = claims.registerClaim(session, agencyRequest).id;
        claims.draftAnswer(session, requestId,
                           QStringLiteral("Маалыматтар Купуялуулук саясатынын 4.6-пунктуна ылайык "
                                          "берилет; 2026-жылы 9 берүү катталган."));
        const QString letterPath = QStringLiteral("%1/authority-letter-%2.pdf").arg(out, language);
        ClaimLetterService(*database).writePdf(session, requestId, language, letterPath);
        std::printf("%s\n", qPrintable(letterPath));

        // A subject's request to correct data (policy 12.3) for one whose identity document went
        // to a recipient: the correction dialog filled in, the pane after it, and the answer
        // letter.
        QSqlQuery holder = prepareQuery(
            database->connection(),
            QStringLiteral("SELECT s.platform_ref FROM transfers t JOIN subjects s ON s.id = "
                           "t.subject_id JOIN subject_categories c ON c.subject_id = s.id AND "
                           "c.category_code = 'identity_document' AND c.state = 'held' JOIN "
                           "subject_categories k ON k.subject_id = s.id AND k.category_code = "
                           "'contacts' AND k.state = 'held' WHERE t.category_code = "
                           "'identity_document' AND s.status = 'active' ORDER BY s.id LIMIT 1"));
        execQuery(holder, "find a subject for the correction");
        if (holder.next()) {
            ClaimService::Registration correction;
            correction.kind = ClaimService::Kind::RectificationRequest;
            correction.subjectRef = holder.value(0).toString();
            correction.receivedOn = bishkekToday().addDays(-1);
            correction.subjectMatter =
                QStringLiteral("Паспортум алмашты, телефон номерим да өзгөрдү");
            holder.finish();
            const qint64 correctionId = claims.registerClaim(session, correction).id;
            auto* claimPane = window.findChild<ClaimsPage*>()->pane();
            claimPane->showClaim(correctionId);
            CorrectionDialog* corrections = claimPane->openCorrection();
            corrections->setCorrection(QStringLiteral("id_document"), QStringLiteral("ID4455667"));
            corrections->setCorrection(QStringLiteral("phone"), QStringLiteral("0 700 44 55 66"));
            QTest::qWait(100);
            const QString correctionPath =
                QStringLiteral("%1/correction-dialog-%2.png").arg(out, language);
            corrections->grab().save(correctionPath);
            std::printf("%s\n", qPrintable(correctionPath));
            corrections->okButton()->click();
            QTest::qWait(100);
            shoot(QStringLiteral("rectification"));
            claims.draftAnswer(session, correctionId,
                               QStringLiteral("Сиз берген паспорттун көчүрмөсүнүн негизинде "
                                              "маалыматтарыңыз оңдолду."));
            const QString correctionLetter =
                QStringLiteral("%1/rectification-letter-%2.pdf").arg(out, language);
            ClaimLetterService(*database).writePdf(session, correctionId, language,
                                                   correctionLetter);
            std::printf("%s\n", qPrintable(correctionLetter));
        }

        // The audit section after a verification, and its export as PDF in the same language.
        window.showSection(7);              // Audit: after Letters (5) and the Change feed (6)
        window.statusBar()->clearMessage(); // the correction's status is no part of it
        auto* audit = window.findChild<AuditPage*>();
        audit->verifyChain();
        if (!QTest::qWaitFor([&] { return !audit->isVerifying(); }, 120000))
            throw Error(Error::Kind::BadInput,
                        QStringLiteral("the verification did not end within two minutes"));
        auto* exportLanguage = audit->findChild<QComboBox*>(QStringLiteral("exportLanguage"));
        exportLanguage->setCurrentIndex(exportLanguage->findData(language));
        shoot(QStringLiteral("audit"));
        prompts.saveAnswer = QStringLiteral("%1/audit-export-%2.pdf").arg(out, language);
        audit->exportShown(int(AuditExportService::Format::Pdf));
        if (!QTest::qWaitFor([&] { return !audit->isExporting(); }, 120000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the export did not end"));
        if (!prompts.errors.isEmpty())
            throw Error(Error::Kind::BadInput, prompts.errors.join(QLatin1Char('\n')));
        std::printf("%s\n", qPrintable(prompts.saveAnswer));

        // File → Import… with a platform export that is refused: its problems listed by line.
        const QString exportPath = QStringLiteral("%1/platform-export-2026-12-05.csv").arg(out);
        writeFileAtomically(
            exportPath,
            QStringLiteral(
                "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,email,"
                "preferred_language,consent_given_at,policy_version\n"
                "OG-900001,21203199000011,Үсөнов,Нурбек,,1990-03-12,M,+996555100001,,ky,"
                "2026-12-01,2024-06-01\n"
                "OG-900002,2120319900001,Асанова,Айгүл,,1992-05-01,F,0555 200 300,,ky,"
                "2026-12-01,2024-06-01\n"
                "OG-900003,11505199500031,,Бакыт,,1995-05-15,M,,,ru,2026-12-01,2024-06-01\n"
                "OG-900004,21707198800042,Иванова,Анна,Петровна,1988-07-17,F,12345,,ru,"
                "2026-12-01,2024-06-01\n"
                "OG-900005,12011200000053,Токтогулов,Эрлан,,2000-01-20,M,,,uz,2027-01-01,"
                "2024-06-01\n")
                .toUtf8());
        window.openImport();
        auto* importDialog = window.findChild<ImportDialog*>();
        importDialog->setFile(exportPath);
        importDialog->start();
        if (!QTest::qWaitFor([&] { return !importDialog->isRunning(); }, 60000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the import did not end"));
        QTest::qWait(100);
        const QString importPath = QStringLiteral("%1/import-refused-%2.png").arg(out, language);
        importDialog->grab().save(importPath);
        std::printf("%s\n", qPrintable(importPath));

        // A clean file of 20,000 subjects, held for its picture halfway through the writing. Its
        // references and INNs differ by language: the Kyrgyz and Russian runs share a database.
        QByteArray clean = "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,"
                           "email,preferred_language,consent_given_at,policy_version\n";
        const QString innStem = language == QStringLiteral("ky") ? QStringLiteral("21503198")
                                                                 : QStringLiteral("21503199");
        for (int i = 1; i <= 20000; ++i)
            clean += QStringLiteral("APP-%1-%2,%3%4,Абдыкадырова-Кожомуратова,Жаңыл,,"
                                    "1990-03-15,F,,,ky,2026-12-01,2024-06-01\n")
                         .arg(language)
                         .arg(i)
                         .arg(innStem)
                         .arg(i, 6, 10, QLatin1Char('0'))
                         .toUtf8();
        const QString cleanPath = QStringLiteral("%1/platform-export-2026-12-06.csv").arg(out);
        writeFileAtomically(cleanPath, clean);
        QAtomicInt halfway;
        QSemaphore shot;
        importDialog->setJobObserver([&](JobProgress::Stage stage, qint64 done, qint64 total) {
            if (stage == JobProgress::Stage::Writing && done * 2 >= total &&
                halfway.testAndSetRelaxed(0, 1))
                shot.acquire();
        });
        importDialog->setFile(cleanPath);
        importDialog->start();
        if (!QTest::qWaitFor([&] { return halfway.loadRelaxed() == 1; }, 60000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the import did not get halfway"));
        QTest::qWait(300); // the bar is read every 100 ms
        const QString progressPath = QStringLiteral("%1/import-progress-%2.png").arg(out, language);
        importDialog->grab().save(progressPath);
        std::printf("%s\n", qPrintable(progressPath));
        shot.release();
        if (!QTest::qWaitFor([&] { return !importDialog->isRunning(); }, 120000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the import did not end"));
        QTest::qWait(100); // the summary's line is laid out
        const QString donePath = QStringLiteral("%1/import-done-%2.png").arg(out, language);
        importDialog->grab().save(donePath);
        std::printf("%s\n", qPrintable(donePath));
        importDialog->close();

        // A bulk action's result: six answered claims and the register's first ten selected and
        // closed at once, the answered ones closed, the others refused with the reason.
        QList<qint64> answeredIds;
        {
            // Six claims answered this week, each draft stating its outcome: these close.
            ClaimService answered(*database);
            for (int i = 0; i < 6; ++i) {
                ClaimService::Registration r;
                r.claimantName =
                    i % 2 ? QStringLiteral("Бакыт Асанов") : QStringLiteral("Жаңыл Үсөнова");
                r.receivedOn = bishkekToday().addDays(-12 - i);
                r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүүнү суранам");
                const qint64 id = answered.registerClaim(session, r).id;
                answeredIds << id;
                answered.draftAnswer(session, id,
                                     ClaimService::Draft{QStringLiteral("Урматтуу арыз ээси, ..."),
                                                         QStringLiteral("satisfied"),
                                                         {},
                                                         {}});
                ClaimService::Answer a;
                a.sentOn = bishkekToday().addDays(-2);
                a.method = QStringLiteral("hand_delivery");
                answered.logAnswer(session, id, a);
            }
        }
        window.showSection(3);
        auto* claimsPage = window.findChild<ClaimsPage*>();
        claimsPage->reload();
        if (!QTest::qWaitFor([&] { return !claimsPage->isLoading(); }, 30000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the claims did not load"));
        QTableView* claimsTable = claimsPage->table();
        const auto selectRow = [&](int row) {
            claimsTable->selectionModel()->select(claimsTable->model()->index(row, 0),
                                                  QItemSelectionModel::Select |
                                                      QItemSelectionModel::Rows);
        };
        for (int row = 0; row < std::min(10, claimsTable->model()->rowCount()); ++row)
            selectRow(row);
        for (const qint64 id : answeredIds)
            if (const int row = claimsPage->model()->loadedRowOf(id); row >= 0)
                selectRow(row);
        BulkRunDialog* bulk = claimsPage->closeSelectedAnswered();
        if (!bulk || !QTest::qWaitFor([&] { return !bulk->isRunning(); }, 60000))
            throw Error(Error::Kind::BadInput, QStringLiteral("the bulk close did not run"));
        QTest::qWait(100);
        const QString bulkPath = QStringLiteral("%1/bulk-result-%2.png").arg(out, language);
        bulk->grab().save(bulkPath);
        std::printf("%s\n", qPrintable(bulkPath));
        bulk->close();

        // Help → User guide (F1) on the Withdrawals section.
        window.showSection(2);
        window.openHelp();
        if (HelpWindow* help = window.helpWindow()) {
            QTest::qWait(100);
            const QString helpPath = QStringLiteral("%1/help-%2.png").arg(out, language);
            help->grab().save(helpPath);
            std::printf("%s\n", qPrintable(helpPath));
            help->showTopic(QStringLiteral("keyboard"));
            QTest::qWait(50);
            const QString keysPath = QStringLiteral("%1/help-keys-%2.png").arg(out, language);
            help->grab().save(keysPath);
            std::printf("%s\n", qPrintable(keysPath));
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

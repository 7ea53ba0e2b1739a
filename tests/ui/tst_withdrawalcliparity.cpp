// SPDX-License-Identifier: GPL-3.0-or-later
// Every withdrawal step the window refuses, the command line refuses with the same message and
// exit 2 (docs/withdrawals.md, "Command line"): the same request, driven alternately through the
// pane's dialogs under the offscreen platform and through dpo-console. Then the tasks worked in
// the window: one confirmed by hand with evidence, a supervisor's leave to close, the reply.
#include "CliRun.h"
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/WithdrawalDialogs.h"
#include "pages/WithdrawalPane.h"
#include "services/OfficerService.h"
#include "services/SystemsService.h"
#include "TestDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dpo;
using test::clickOk;

namespace {
QString dialogError(const QDialog* dialog)
{
    return dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
}
} // namespace

class TestWithdrawalCliParity : public QObject
{
    Q_OBJECT
    QTranslator m_translator;
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;

    test::CliRun run(const QStringList& arguments) const
    {
        // The window's language when screenshots are made in Kyrgyz or Russian, else English.
        const QString qm = qEnvironmentVariable("DPO_SCREENSHOT_QM");
        const QString language = qm.contains(QStringLiteral("_ru"))   ? QStringLiteral("ru")
                                 : qm.contains(QStringLiteral("_ky")) ? QStringLiteral("ky")
                                                                      : QStringLiteral("en");
        return test::runConsole(arguments + QStringList{"--database", m_fixture.url()},
                                test::TestDatabase::kPassword, language);
    }
    // The command's refusal is the window's, word for word, with exit 2.
    static bool sameRefusal(const test::CliRun& r, const QString& window)
    {
        if (r.code == 2 && r.err.trimmed() == window.trimmed() && !window.isEmpty())
            return true;
        qWarning("window: %s\ncommand line (exit %d): %s", qPrintable(window), r.code,
                 qPrintable(r.err));
        return false;
    }

private slots:
    void initTestCase()
    {
        test::installScreenshotLanguage(m_translator);
        DPO_REQUIRE_DATABASE(m_fixture);
        QVERIFY(m_dir.isValid());
    }

    void everyStepRefusesAlikeInTheWindowAndOnTheCommandLine()
    {
        Session admin;
        auto database = m_fixture.openWithAdmin(admin);
        const QString password = QString::fromLatin1(test::TestDatabase::kPassword);
        OfficerService officers(*database);
        officers.createOfficer(admin, QStringLiteral("aibek"), QStringLiteral("Айбек Токтогулов"),
                               Role::Officer, password);
        officers.createOfficer(admin, QStringLiteral("nazira"), QStringLiteral("Назира Осмонова"),
                               Role::Supervisor, password);
        const Session aibek = officers.signIn(QStringLiteral("aibek"), password);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм "
                                      "ФКО', 'fco') RETURNING id")) &&
                q.next());
        test::insertSubjectWithData(*database, QStringLiteral("OG-PAR-1"), q.value(0).toLongLong(),
                                    1);
        q.finish();
        for (const auto& [code, name, kind, confirmedBy, categories] :
             {std::tuple{"photos", "Сүрөттөр сактагычы", "photo_store", "worker",
                         QStringList{"face_photo", "face_video"}},
              std::tuple{"crm", "CRM", "crm", "person", QStringList{"contacts"}}}) {
            DataSystem system;
            system.code = QString::fromUtf8(code);
            system.name = QString::fromUtf8(name);
            system.kind = QString::fromUtf8(kind);
            system.confirmedBy = QString::fromUtf8(confirmedBy);
            system.owner = QStringLiteral("ops@example.kg");
            system.categories = categories;
            SystemsService(*database).add(admin, system);
        }
        const QString letter = m_dir.filePath(QStringLiteral("request.pdf"));
        {
            QFile file(letter);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% the subject's letter\n%%EOF\n");
        }
        test::CliRun r =
            run({"withdrawals", "register", "--officer", "aibek", "--subject", "OG-PAR-1",
                 "--received", bishkekToday().toString(Qt::ISODate), "--document", letter});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();

        test::FakePrompts prompts;
        WithdrawalPane pane(*database, aibek, prompts);
        pane.resize(1300, 1000);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showRequest(id.toLongLong());

        // Verify: "other" without saying how.
        ChoiceNoteDialog* verify = pane.openVerify();
        auto* method = verify->findChild<QComboBox*>(QStringLiteral("choice"));
        method->setCurrentIndex(method->findData(QStringLiteral("other")));
        clickOk(verify);
        QVERIFY(verify->isVisible());
        QVERIFY(sameRefusal(
            run({"withdrawals", "verify", id, "--officer", "aibek", "--method", "other"}),
            dialogError(verify)));
        verify->close();
        r = run({"withdrawals", "verify", id, "--officer", "aibek", "--method", "id_in_person"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pane.showRequest(id.toLongLong());

        // Decide: a keep under Art. 15 without its paragraph.
        DecisionDialog* decide = pane.openDecide();
        QTableWidget* table = decide->table();
        QStringList cli{"withdrawals", "decide", id, "--officer", "aibek"};
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString category = decide->decisions().at(row).category;
            auto* action = qobject_cast<QComboBox*>(table->cellWidget(row, DecisionDialog::Action));
            const bool keep = category == QLatin1String("face_photo");
            action->setCurrentIndex(
                action->findData(keep ? QStringLiteral("keep") : QStringLiteral("destroy")));
            cli << "--decision" << category + (keep ? "=keep" : "=destroy");
            if (keep) {
                auto* ground =
                    qobject_cast<QComboBox*>(table->cellWidget(row, DecisionDialog::Ground));
                ground->setCurrentIndex(ground->findData(QStringLiteral("law58_art15")));
                const WithdrawalService::Decision d = decide->decisions().at(row);
                cli << "--ground" << category + "=law58_art15"
                    << "--until" << category + "=" + d.keepUntil.toString(Qt::ISODate);
            }
            cli << "--justification" << category + "=" + decide->decisions().at(row).justification;
        }
        clickOk(decide);
        QVERIFY(decide->isVisible());
        QVERIFY2(dialogError(decide).contains(QStringLiteral("Art. 15")) ||
                     !qEnvironmentVariableIsEmpty("DPO_SCREENSHOT_QM"),
                 qPrintable(dialogError(decide)));
        QVERIFY(sameRefusal(run(cli), dialogError(decide)));
        decide->close();
        cli.replace(cli.indexOf(QStringLiteral("face_photo=law58_art15")),
                    QStringLiteral("face_photo=aml_cft_record_keeping"));
        r = run(cli);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pane.showRequest(id.toLongLong());

        // Approve: the proposer may not approve their own keep.
        ApprovalDialog* approve = pane.openApprove();
        approve->findChild<QLineEdit*>(QStringLiteral("approverUsername"))
            ->setText(QStringLiteral("aibek"));
        approve->findChild<QLineEdit*>(QStringLiteral("approverPassword"))->setText(password);
        clickOk(approve);
        QVERIFY(approve->isVisible());
        QVERIFY(sameRefusal(run({"withdrawals", "approve", id, "--officer", "aibek"}),
                            dialogError(approve)));
        approve->close();

        // Execute: not before the keep is approved (the window's button is off; the service
        // refuses the same, as the window would say).
        prompts.errors.clear();
        pane.execute();
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(sameRefusal(run({"withdrawals", "execute", id, "--officer", "aibek"}),
                            prompts.errors.first()));
        r = run({"withdrawals", "approve", id, "--officer", "nazira"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"withdrawals", "execute", id, "--officer", "aibek"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pane.showRequest(id.toLongLong());

        // The reply: not before the recipient is told...
        SentDialog* reply = pane.openReplySent();
        clickOk(reply);
        QVERIFY(reply->isVisible());
        const QString today = bishkekToday().toString(Qt::ISODate);
        const QStringList replyCli{"withdrawals", "reply", id,         "--officer", "aibek",
                                   "--on",        today,   "--method", "post"};
        QVERIFY(sameRefusal(run(replyCli), dialogError(reply)));
        reply->close();
        r = run({"withdrawals", "recipient-told", id, "--officer", "aibek", "--recipient",
                 "Бай-Түшүм ФКО", "--on", today, "--method", "email"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        pane.showRequest(id.toLongLong());
        // ...nor while a system's task is open.
        reply = pane.openReplySent();
        clickOk(reply);
        QVERIFY(reply->isVisible());
        QVERIFY(sameRefusal(run(replyCli), dialogError(reply)));
        reply->close();

        // Leave to close: not the executing officer, not without a real reason.
        auto* allowButton = pane.findChild<QPushButton*>(QStringLiteral("allowClose"));
        QVERIFY(allowButton->isEnabled());
        AllowCloseDialog* allow = pane.openAllowClose();
        allow->findChild<QLineEdit*>(QStringLiteral("approverUsername"))
            ->setText(QStringLiteral("aibek"));
        allow->findChild<QLineEdit*>(QStringLiteral("approverPassword"))->setText(password);
        allow->findChild<QPlainTextEdit*>(QStringLiteral("allowCloseReason"))
            ->setPlainText(QStringLiteral("The CRM's owner is on leave until Monday."));
        clickOk(allow);
        QVERIFY(allow->isVisible());
        QVERIFY(sameRefusal(run({"withdrawals", "allow-close", id, "--officer", "aibek", "--reason",
                                 "The CRM's owner is on leave until Monday."}),
                            dialogError(allow)));
        allow->findChild<QLineEdit*>(QStringLiteral("approverUsername"))
            ->setText(QStringLiteral("nazira"));
        allow->findChild<QPlainTextEdit*>(QStringLiteral("allowCloseReason"))
            ->setPlainText(QStringLiteral("later"));
        clickOk(allow);
        QVERIFY(allow->isVisible());
        QVERIFY(sameRefusal(
            run({"withdrawals", "allow-close", id, "--officer", "nazira", "--reason", "later"}),
            dialogError(allow)));
        allow->close();

        // A task by hand: a failure needs its reason.
        auto* tasks = pane.findChild<QTableWidget*>(QStringLiteral("withdrawalTasks"));
        int crmRow = -1;
        for (int row = 0; row < tasks->rowCount(); ++row)
            if (tasks->item(row, 0)->text() == QLatin1String("CRM"))
                crmRow = row;
        QVERIFY(crmRow >= 0);
        tasks->selectRow(crmRow);
        QVERIFY(pane.findChild<QPushButton*>(QStringLiteral("confirmTask"))->isEnabled());
        TaskConfirmDialog* confirm = pane.openConfirmTask();
        auto* outcome = confirm->findChild<QComboBox*>(QStringLiteral("taskOutcome"));
        auto* note = confirm->findChild<QPlainTextEdit*>(QStringLiteral("taskNote"));
        // Failed without a reason: refused alike.
        outcome->setCurrentIndex(outcome->findData(false));
        clickOk(confirm);
        QVERIFY(confirm->isVisible());
        const QString crmTask = QString::number(
            test::scalar(*database, QStringLiteral("SELECT t.id FROM tasks t JOIN data_systems s "
                                                   "ON s.id = t.system_id WHERE s.code = 'crm'"))
                .toLongLong());
        const auto crmState = [&] {
            return test::scalar(
                       *database,
                       QStringLiteral("SELECT state FROM tasks WHERE id = %1").arg(crmTask))
                .toString();
        };
        QVERIFY(sameRefusal(run({"tasks", "confirm", crmTask, "--officer", "aibek", "--failed"}),
                            dialogError(confirm)));
        // Failed with its reason, then retried from the window: open again, the retry audited.
        note->setPlainText(QStringLiteral("CRM серверине кирүү жок"));
        clickOk(confirm);
        QTRY_VERIFY(!confirm->isVisible());
        QCOMPARE(crmState(), QStringLiteral("failed"));
        auto* retry = pane.findChild<QPushButton*>(QStringLiteral("retryTask"));
        QVERIFY(!retry->isEnabled()); // the table was read again: nothing selected
        tasks->selectRow(crmRow);
        QVERIFY(retry->isEnabled());
        const auto retries = [&] {
            return test::scalar(*database, QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                          "WHERE action = 'task.retry'"))
                .toLongLong();
        };
        const qint64 retriesBefore = retries();
        prompts.textAnswer.clear(); // cancelled: nothing changes
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(crmState(), QStringLiteral("failed"));
        prompts.textAnswer = QStringLiteral("CRM иштеп жатат");
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(crmState(), QStringLiteral("open"));
        QCOMPARE(retries(), retriesBefore + 1);
        QVERIFY(!retry->isEnabled());

        // Done, with the owner's act as new evidence, attached to the request with the step.
        tasks->selectRow(crmRow);
        confirm = pane.openConfirmTask();
        outcome = confirm->findChild<QComboBox*>(QStringLiteral("taskOutcome"));
        note = confirm->findChild<QPlainTextEdit*>(QStringLiteral("taskNote"));
        note->setPlainText(QStringLiteral("CRM акт №7, Б. Асанов"));
        const QString act = m_dir.filePath(QStringLiteral("act.pdf"));
        {
            QFile file(act);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% the CRM owner's act\n%%EOF\n");
        }
        prompts.openAnswer = act;
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("addDocument")),
                          Qt::LeftButton);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            confirm->grab().save(shots + QStringLiteral("/task-confirm.png"));
        QCOMPARE(outcome->currentData().toBool(), true);
        clickOk(confirm);
        QTRY_VERIFY(!confirm->isVisible());
        QCOMPARE(crmState(), QStringLiteral("done"));
        QCOMPARE(pane.details().documents.size(), 2);

        // The photo store's task is still open: the supervisor lets it close, then the reply.
        allow = pane.openAllowClose();
        allow->findChild<QLineEdit*>(QStringLiteral("approverUsername"))
            ->setText(QStringLiteral("nazira"));
        allow->findChild<QLineEdit*>(QStringLiteral("approverPassword"))->setText(password);
        allow->findChild<QPlainTextEdit*>(QStringLiteral("allowCloseReason"))
            ->setPlainText(
                QStringLiteral("Сүрөт сактагычтын кызматкери дүйшөмбүгө чейин өргүүдө."));
        if (!shots.isEmpty()) {
            allow->grab().save(shots + QStringLiteral("/allow-close.png"));
            pane.grab().save(shots + QStringLiteral("/withdrawal-tasks.png"));
        }
        clickOk(allow);
        QTRY_VERIFY(!allow->isVisible());
        reply = pane.openReplySent();
        reply->findChild<QLineEdit*>(QStringLiteral("sentNote"))
            ->setText(QStringLiteral("RR123456789KG"));
        clickOk(reply);
        QTRY_VERIFY2(!reply->isVisible(), qPrintable(dialogError(reply)));
        QCOMPARE(pane.details().row.state, QStringLiteral("closed"));
        QVERIFY(!allowButton->isEnabled());
    }
};

QTEST_MAIN(TestWithdrawalCliParity)
#include "tst_withdrawalcliparity.moc"

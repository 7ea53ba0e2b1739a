// SPDX-License-Identifier: GPL-3.0-or-later
// The team section: an administrator adds an officer, resets a password, changes a role,
// deactivates and reactivates, and saves the settings and the holder's details, each through its
// dialog or form; a refusal keeps the dialog and its input; another role sees the team but
// changes nothing. The signed exports' box shows the key and its certificate, and an administrator
// sets the time-stamping authority there (a bad address refused, the field kept).
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/OfficersPage.h"
#include "RoleScript.h"
#include "services/HolderService.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "services/SigningKeyService.h"
#include "TestDatabase.h"
#include "widgets/SubmitDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace dpo;

class TestOfficersPage : public QObject
{
    Q_OBJECT

    static void selectOfficer(QTableWidget* table, const QString& username)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == username)
                table->selectRow(row);
    }

private slots:
    void anAdministratorManagesTheTeam()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        QTranslator translator;
        test::installScreenshotLanguage(translator);
        OfficersPage page(*database, admin, prompts);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("officersView"));
        QCOMPARE(table->rowCount(), 1);

        // Add: a password with the user name in it is refused in the dialog, input kept.
        SubmitDialog* add = page.openAdd();
        add->findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("elena"));
        add->findChild<QLineEdit*>(QStringLiteral("displayName"))
            ->setText(QStringLiteral("Елена Ким"));
        auto* role = add->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
        // On a server the new officer gets a login of their own unless the box is cleared (here it
        // is: this officer signs in with the console's password; see aNewOfficersOwnLogin).
        auto* ownLogin = add->findChild<QCheckBox*>(QStringLiteral("ownLogin"));
        QCOMPARE(ownLogin != nullptr, database->isPostgres());
        if (ownLogin) {
            QVERIFY(ownLogin->isChecked());
            ownLogin->setChecked(false);
        }
        add->findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(QStringLiteral("elena-2026-pw"));
        test::clickOk(add);
        QVERIFY(add->isVisible());
        QVERIFY(add->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(add->findChild<QLineEdit*>(QStringLiteral("username"))->text(),
                 QStringLiteral("elena"));
        add->findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(QStringLiteral("lake-issyk-kul-9"));
        test::clickOk(add);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(OfficerService(*database)
                     .signIn(QStringLiteral("elena"), QStringLiteral("lake-issyk-kul-9"))
                     .role,
                 Role::Supervisor);

        // Reset, role, deactivate: on the selected officer, never on one's own account.
        selectOfficer(table, QStringLiteral("admin"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("resetPassword"))->isEnabled());
        selectOfficer(table, QStringLiteral("elena"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("resetPassword"))->isEnabled());
        SubmitDialog* reset = page.openResetPassword();
        reset->findChild<QLineEdit*>(QStringLiteral("temporaryPassword"))
            ->setText(QStringLiteral("temporary-pw-77"));
        test::clickOk(reset);
        QVERIFY(OfficerService(*database)
                    .signIn(QStringLiteral("elena"), QStringLiteral("temporary-pw-77"))
                    .mustChangePassword);
        SubmitDialog* change = page.openChangeRole();
        auto* newRole = change->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        QCOMPARE(newRole->currentData().toString(), QStringLiteral("supervisor"));
        newRole->setCurrentIndex(newRole->findData(QStringLiteral("auditor")));
        test::clickOk(change);
        QTRY_VERIFY(table->item(table->currentRow(), 2)->text() == roleDisplayName(Role::Auditor));
        QVERIFY(table->item(table->currentRow(), 3)
                    ->text()
                    .contains(page.tr("must change the password")));
        page.toggleActive();
        QCOMPARE(prompts.confirmations, 1);
        QVERIFY_THROWS_EXCEPTION(
            Error, OfficerService(*database).signIn(QStringLiteral("elena"),
                                                    QStringLiteral("temporary-pw-77")));
        page.toggleActive();
        QVERIFY(OfficerService(*database)
                    .signIn(QStringLiteral("elena"), QStringLiteral("temporary-pw-77"))
                    .officerId > 0);

        // Settings: saved together, audited; out of bounds is impossible in the form.
        page.findChild<QSpinBox*>(QStringLiteral("idle_lock_minutes"))->setValue(5);
        page.findChild<QSpinBox*>(QStringLiteral("sign_in_max_failures"))->setValue(4);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")),
                          Qt::LeftButton);
        QCOMPARE(SettingsService(*database).integer("idle_lock_minutes"), 5);
        QCOMPARE(SettingsService(*database).integer("sign_in_max_failures"), 4);
        QVERIFY(prompts.errors.isEmpty());

        // The holder's details: shown as stored; a wrong INN is refused by name and the form
        // keeps what was typed; then saved together.
        const auto holderField = [&page](const char* name) {
            return page.findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        const Holder seeded = HolderService(*database).holder();
        QCOMPARE(holderField("holderNameRu")->text(), seeded.nameRu);
        QCOMPARE(holderField("holderInn")->text(), seeded.inn);
        holderField("holderAddressKy")->setText(QStringLiteral("Бишкек ш., Чүй пр., 100, 720001"));
        holderField("holderAddressRu")->setText(QStringLiteral("720001, г. Бишкек, пр. Чуй, 100"));
        holderField("holderInn")->setText(QStringLiteral("0091020231031"));
        auto* saveHolder = page.findChild<QPushButton*>(QStringLiteral("saveHolder"));
        QTest::mouseClick(saveHolder, Qt::LeftButton);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(QStringLiteral("0091020231031")),
                 qPrintable(prompts.errors.first()));
        QCOMPARE(HolderService(*database).holder(), seeded);
        QCOMPARE(holderField("holderAddressRu")->text(),
                 QStringLiteral("720001, г. Бишкек, пр. Чуй, 100"));
        holderField("holderInn")->setText(QStringLiteral("00910202310317"));
        QTest::mouseClick(saveHolder, Qt::LeftButton);
        QCOMPARE(prompts.errors.size(), 1);
        const Holder saved = HolderService(*database).holder();
        QCOMPARE(saved.inn, QStringLiteral("00910202310317"));
        QCOMPARE(saved.addressRu, QStringLiteral("720001, г. Бишкек, пр. Чуй, 100"));
        QCOMPARE(saved.nameKy, seeded.nameKy);
        QCOMPARE(holderField("holderInn")->text(), QStringLiteral("00910202310317"));
        selectOfficer(table, QStringLiteral("elena"));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/officers.png"));
    }

    void anAdministratorSetsTheTimeStampingAuthority()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        QTranslator translator;
        test::installScreenshotLanguage(translator);
        QTemporaryDir dir;
        OfficersPage page(*database, admin, prompts);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* key = page.findChild<QLabel*>(QStringLiteral("signingKey"));
        auto* url = page.findChild<QLineEdit*>(QStringLiteral("timeStampingUrl"));
        auto* save = page.findChild<QPushButton*>(QStringLiteral("saveTimeStamping"));
        QVERIFY(key && url && save);
        QVERIFY2(key->text().contains(QStringLiteral("keys init")), qPrintable(key->text()));
        const QString fingerprint = SigningKeyService(*database).createKey(
            admin, dir.filePath(QStringLiteral("org.pem")), "a long enough passphrase");
        page.reload();
        QCOMPARE(key->text(), fingerprint);
        const QString certificate =
            page.findChild<QLabel*>(QStringLiteral("signingCertificate"))->text();
        QVERIFY2(certificate.contains(QStringLiteral("CN=")), qPrintable(certificate));
        QVERIFY(url->text().isEmpty());

        url->setText(QStringLiteral("ftp://tsa.example/"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(QStringLiteral("ftp://tsa.example/")),
                 qPrintable(prompts.errors.first()));
        QVERIFY(SigningKeyService(*database).timeStampingUrl().isEmpty());
        QCOMPARE(url->text(), QStringLiteral("ftp://tsa.example/"));
        url->setText(QStringLiteral(" https://tsa.example.kg/rfc3161 "));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(prompts.errors.size(), 1);
        QCOMPARE(SigningKeyService(*database).timeStampingUrl(),
                 QStringLiteral("https://tsa.example.kg/rfc3161"));
        QCOMPARE(url->text(), QStringLiteral("https://tsa.example.kg/rfc3161"));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "action = 'settings.time_stamping'"))
                     .toInt(),
                 1);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/officers-signing.png"));
        // Emptied: none.
        url->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(SigningKeyService(*database).timeStampingUrl().isEmpty());
    }

    // PostgreSQL: the officer added with the box left checked gets their login, which the table
    // shows; the login connects with the first password.
    void aNewOfficersOwnLogin()
    {
        if (!test::TestDatabase::isPostgres())
            return; // a file has no logins: the box is not there (anAdministratorManagesTheTeam)
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QVERIFY(test::runAsOwner(*database, test::roleScriptStatements("officer_groups.sql")));
        const QString name = QStringLiteral("page.officer.%1").arg(::getpid());
        QSqlQuery(database->connection())
            .exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
        test::FakePrompts prompts;
        QTranslator translator;
        test::installScreenshotLanguage(translator);
        OfficersPage page(*database, admin, prompts);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SubmitDialog* add = page.openAdd();
        add->findChild<QLineEdit*>(QStringLiteral("username"))->setText(name);
        add->findChild<QLineEdit*>(QStringLiteral("displayName"))
            ->setText(QStringLiteral("Айгерим Сатыбалдиева"));
        add->findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(QStringLiteral("Ала-Тоо 2026 жаз"));
        QVERIFY(add->findChild<QCheckBox*>(QStringLiteral("ownLogin"))->isChecked());
        if (!qEnvironmentVariableIsEmpty("DPO_SHOT_DIR"))
            add->grab().save(qEnvironmentVariable("DPO_SHOT_DIR") + QStringLiteral("/add.png"));
        auto* reset = page.findChild<QPushButton*>(QStringLiteral("resetPassword"));
        const QString resetTip = reset->toolTip(); // what it says of an officer it may reset
        test::clickOk(add);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("officersView"));
        QTRY_COMPARE(table->rowCount(), 2);
        selectOfficer(table, name);
        QVERIFY2(table->item(table->currentRow(), 3)->text().contains(name),
                 qPrintable(table->item(table->currentRow(), 3)->text()));
        // Its password is the server's: the button that would reset it is off, and says why.
        QVERIFY(!reset->isEnabled());
        QVERIFY(reset->toolTip() != resetTip);
        if (!qEnvironmentVariableIsEmpty("DPO_SHOT_DIR"))
            page.grab().save(qEnvironmentVariable("DPO_SHOT_DIR") + QStringLiteral("/page.png"));
        QVERIFY(test::connectAs(fixture, name, QStringLiteral("Ала-Тоо 2026 жаз")) != nullptr);
    }

    void othersLookButChangeNothing()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const qint64 id = OfficerService(*database).createOfficer(
            admin, QStringLiteral("bakyt"), QStringLiteral("Бакыт"), Role::Officer,
            QStringLiteral("lake-issyk-kul-9"));
        const Session officer{id, QStringLiteral("bakyt"), QStringLiteral("Бакыт"), Role::Officer};
        test::FakePrompts prompts;
        OfficersPage page(*database, officer, prompts);
        page.show();
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("officersView"));
        QCOMPARE(table->rowCount(), 2);
        selectOfficer(table, QStringLiteral("admin"));
        for (const char* name :
             {"addOfficer", "resetPassword", "toggleActive", "changeRole", "saveSettings"})
            QVERIFY2(!page.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(!page.findChild<QSpinBox*>(QStringLiteral("idle_lock_minutes"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveHolder"))->isEnabled());
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("holderNameKy"));
        QVERIFY(name->isReadOnly());
        QCOMPARE(name->text(), HolderService(*database).holder().nameKy);
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("timeStampingUrl"))->isReadOnly());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveTimeStamping"))->isEnabled());
    }
};

QTEST_MAIN(TestOfficersPage)
#include "tst_officerspage.moc"

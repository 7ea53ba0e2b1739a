// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"
#include "ConnectionProfiles.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "services/OfficerService.h"
#include "SignInDialog.h"
#include "TestDatabase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

// Types text as key presses; QTest::keyClicks knows only ASCII, and these are Kyrgyz letters.
static void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

class TestStartupDialogs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private slots:
    void profilesNeverHoldAPassword()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ConnectionProfiles profiles(settings);
        profiles.save(
            {QStringLiteral("Team server"), QStringLiteral("postgresql://dpo@db:5432/consent")});
        profiles.save(
            {QStringLiteral("Team server"), QStringLiteral("postgresql://dpo@db2:5432/consent")});
        const auto all = profiles.all();
        QCOMPARE(all.size(), 2); // the embedded default and one saved profile
        QCOMPARE(all[1].url, QStringLiteral("postgresql://dpo@db2:5432/consent"));
        profiles.save({QStringLiteral("Archive"), QStringLiteral("sqlite:/srv/archive.sqlite")});
        QCOMPARE(profiles.all().size(), 3);
        QCOMPARE(profiles.all()[1].name, QStringLiteral("Archive")); // sorted by name
        profiles.remove(QStringLiteral("Archive"));
        QCOMPARE(profiles.all().size(), 2);
        QCOMPARE(profiles.all()[1].name, QStringLiteral("Team server"));
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().toLower().contains("password"));
    }

    void connectionDialogRefusesABadUrl()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        ConnectionProfiles profiles(settings);
        ConnectionDialog dialog(profiles);
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
        QVERIFY(url);
        QVERIFY(url->text().startsWith(QStringLiteral("sqlite:"))); // the embedded default
        url->setText(QStringLiteral("postgresql://user:secret@host/db"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        auto* box = dialog.findChild<QDialogButtonBox*>();
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->click();
        QCOMPARE(accepted.count(), 0);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("password")), qPrintable(error->text()));
    }

    void signInThenMainWindow()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options demo;
        demo.subjects = 400;
        DemoDataService(*database).generate(admin, demo);
        SignInDialog dialog(*database);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("admin"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        password->setText(QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(password->text().isEmpty());
        password->setText(QString::fromLatin1(test::TestDatabase::kPassword));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.session().username, QStringLiteral("admin"));

        // Screenshots for a person to look at: DPO_SCREENSHOT_DIR and a compiled translation.
        QTranslator translator;
        if (!qEnvironmentVariableIsEmpty("DPO_SCREENSHOT_QM") &&
            translator.load(qEnvironmentVariable("DPO_SCREENSHOT_QM")))
            QCoreApplication::installTranslator(&translator);
        test::FakePrompts prompts;
        MainWindow window(*database, dialog.session(), QStringLiteral("ky"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->count(),
                 11); // every section, Letters, the Change feed and Data systems too
        const QString connection =
            window.findChild<QLabel*>(QStringLiteral("connectionLabel"))->text();
        QVERIFY2(connection.contains(test::TestDatabase::isPostgres() ? QStringLiteral("PostgreSQL")
                                                                      : QStringLiteral("SQLite")),
                 qPrintable(connection));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("officerLabel"))
                    ->text()
                    .contains(QStringLiteral("Test Administrator")));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/dashboard.png"));
        QTest::keySequence(&window, QKeySequence::Find);
        QCOMPARE(window.currentSection(), 1);
        auto* view = window.findChild<QTableView*>(QStringLiteral("subjectsView"));
        QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), 400); // every subject, before any search
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("subjectSearch"));
        QVERIFY(search->hasFocus());
        typeText(search, QStringLiteral("үсөн"));
        QCOMPARE(search->text(), QStringLiteral("үсөн"));
        QTRY_VERIFY(model->rowCount() < 400 && model->rowCount() > 0); // after the debounce
        // The rows shown: loaded, and each one a match.
        QTRY_VERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("OG-")));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = (model->index(row, 2).data().toString() + QLatin1Char(' ') +
                                  model->index(row, 3).data().toString() + QLatin1Char(' ') +
                                  model->index(row, 4).data().toString())
                                     .toLower();
            QVERIFY2(name.contains(QStringLiteral("үсөн")), qPrintable(name));
            QVERIFY(model->index(row, 1).data().toString().contains(
                QStringLiteral("*****"))); // INN masked
        }
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/subjects.png"));
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTRY_COMPARE(model->rowCount(), 0);
    }

    // A password an administrator reset: the sign-in asks for a new one first; the two must match,
    // and the session begins only once it is changed.
    void aResetPasswordIsChangedAtSignIn()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        OfficerService officers(*database);
        const qint64 id =
            officers.createOfficer(admin, QStringLiteral("elena"), QStringLiteral("Елена Ким"),
                                   Role::Officer, QStringLiteral("first-password-1"));
        officers.resetPassword(admin, id, QStringLiteral("temporary-pw-77"));
        SignInDialog dialog(*database);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("elena"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QStringList errorsSeen;
        int step = 0;
        // The change dialog is modal: answered from the event loop it runs.
        const std::function<void()> answer = [&] {
            auto* change = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!change || change->objectName() != QStringLiteral("changePasswordDialog")) {
                QTimer::singleShot(20, answer);
                return;
            }
            auto* replacement = change->findChild<QLineEdit*>(QStringLiteral("newPassword"));
            auto* repeated = change->findChild<QLineEdit*>(QStringLiteral("repeatedPassword"));
            const struct
            {
                const char* first;
                const char* second;
            } attempts[] = {{"lake-issyk-kul-9", "lake-issyk-kul-8"},
                            {"elena-new-pw-1", "elena-new-pw-1"},
                            {"lake-issyk-kul-9", "lake-issyk-kul-9"}};
            replacement->setText(QString::fromLatin1(attempts[step].first));
            repeated->setText(QString::fromLatin1(attempts[step].second));
            ++step;
            test::clickOk(change);
            if (change->isVisible()) {
                for (QLabel* label : change->findChildren<QLabel*>())
                    if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                        errorsSeen << label->text();
                QTimer::singleShot(0, answer);
            }
        };
        QTimer::singleShot(0, answer);
        password->setText(QStringLiteral("temporary-pw-77"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(step, 3);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.session().mustChangePassword);
        QCOMPARE(errorsSeen.size(), 2); // the passwords differ; the user name in it
        QVERIFY(officers.signIn(QStringLiteral("elena"), QStringLiteral("lake-issyk-kul-9"))
                    .officerId == id);
    }
};

QTEST_MAIN(TestStartupDialogs)
#include "tst_startupdialogs.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A whole withdrawal worked with the keyboard only, as an officer without a mouse would: Tab to
// each control, Space to press a button, letters to type, the arrow keys to choose, Enter to
// submit a dialog. Registered, identity verified, decided, executed, the recipient told, the
// reply sent: each step reached and done by key events, in Kyrgyz.
#include "FakePrompts.h"
#include "GuiTest.h"
#include "Languages.h"
#include "pages/WithdrawalDialogs.h"
#include "pages/WithdrawalPane.h"
#include "pages/WithdrawalsPage.h"
#include "WithdrawalFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace dpo;

namespace {
QString describe(const QWidget* w)
{
    return w ? QStringLiteral("%1 (%2)").arg(w->objectName(),
                                             QString::fromLatin1(w->metaObject()->className()))
             : QStringLiteral("nothing");
}

// Presses Tab until `target` has the focus, as a keyboard user does; false (and what the focus
// passed through) when it never comes.
bool tabTo(const QWidget* target, QStringList* path = nullptr)
{
    for (int i = 0; i < 400; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (focus == target)
            return true;
        if (!focus)
            return false;
        if (path)
            *path << describe(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

// The arrow keys move a list's choice until it is `code`.
bool choose(QComboBox* combo, const QString& code)
{
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != code; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toString() == code;
}

template <typename Dialog> Dialog* opened(const char* name)
{
    Dialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<Dialog*>(w);
                d && d->objectName() == QLatin1String(name) && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    if (!shown)
        return nullptr;
    // A dialog that opens takes the keyboard: a window system activates it, the offscreen
    // platform has none to do so.
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }))
        return nullptr;
    return dialog;
}
} // namespace

// A dialog closed gives the keyboard back to the window that opened it (again the window
// system's part).
bool backTo(QWidget* window)
{
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([&] { return window->isAncestorOf(QApplication::focusWidget()); });
}

#define TAB_TO(target)                                                                             \
    do {                                                                                           \
        QStringList path;                                                                          \
        QVERIFY2(tabTo(target, &path),                                                             \
                 qPrintable(QStringLiteral("Tab never reaches %1; it went: %2")                    \
                                .arg(describe(target), path.mid(0, 40).join(" → "))));             \
    } while (false)

class TestKeyboardWithdrawal : public test::WithdrawalFixture
{
    Q_OBJECT

    // Tab to a step's button and press it with Space.
    void press(QPushButton* button)
    {
        QVERIFY2(button && button->isEnabled(), qPrintable(describe(button) + " is not enabled"));
        TAB_TO(button);
        QTest::keyClick(button, Qt::Key_Space);
    }

private slots:
    void initTestCase()
    {
        test::useOwnSettings();
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        addSubject(QStringLiteral("OG-KEY1"));
        installUiLanguage(QStringLiteral("ky"));
    }
    void cleanupTestCase()
    {
        installUiLanguage(QStringLiteral("en"));
        test::removeOwnSettings();
    }

    void aWholeWithdrawalByKeyboard()
    {
        const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::kWithdrawalLetter);
        file.close();
        test::FakePrompts prompts;
        prompts.openAnswer = letter; // the file dialog's answer (its own keys are Qt's)

        WithdrawalsPage page(*m_database, m_admin, prompts);
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(test::registerLoaded(page));
        if (!QApplication::focusWidget())
            QTest::keyClick(&page, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget());

        // Register: the subject typed, the letter added, Enter.
        press(page.findChild<QPushButton*>(QStringLiteral("registerWithdrawal")));
        auto* registration = opened<WithdrawalDialog>("withdrawalDialog");
        QVERIFY(registration);
        auto* subject = registration->findChild<QLineEdit*>(QStringLiteral("withdrawalSubject"));
        TAB_TO(subject);
        QTest::keyClicks(subject, QStringLiteral("OG-KEY1"));
        QTest::qWait(400); // the suggestions come after a pause of typing
        press(registration->findChild<QPushButton*>(QStringLiteral("addDocument")));
        TAB_TO(subject);
        QTest::keyClick(subject, Qt::Key_Return);
        QTRY_VERIFY(!registration->isVisible());
        QVERIFY(backTo(&page));
        const qint64 id =
            scalar(QStringLiteral("SELECT max(id) FROM withdrawal_requests")).toLongLong();
        QVERIFY(id > 0);
        WithdrawalPane* pane = page.pane();
        QTRY_COMPARE(pane->requestId(), id);

        // Identity verified: the way chosen with the arrows, a note typed, Enter.
        press(pane->findChild<QPushButton*>(QStringLiteral("verifyIdentity")));
        auto* verify = opened<ChoiceNoteDialog>("choiceNoteDialog");
        QVERIFY(verify);
        auto* method = verify->findChild<QComboBox*>(QStringLiteral("choice"));
        TAB_TO(method);
        QVERIFY(choose(method, QStringLiteral("id_in_person")));
        auto* note = verify->findChild<QPlainTextEdit*>(QStringLiteral("note"));
        TAB_TO(note);
        QTest::keyClicks(note, QStringLiteral("ID AN7654321")); // QTest types ASCII only
        TAB_TO(method);
        QTest::keyClick(method, Qt::Key_Return);
        QTRY_VERIFY(!verify->isVisible());
        QVERIFY(backTo(&page));
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("identity_verified"));

        // Decide: every category destroyed, each chosen with the arrows in its row.
        press(pane->findChild<QPushButton*>(QStringLiteral("decideRequest")));
        auto* decide = opened<DecisionDialog>("decisionDialog");
        QVERIFY(decide);
        const auto actions = decide->findChildren<QComboBox*>(QStringLiteral("decisionAction"));
        QVERIFY(!actions.isEmpty());
        for (QComboBox* action : actions) {
            TAB_TO(action);
            QVERIFY(choose(action, QStringLiteral("destroy")));
        }
        QTest::keyClick(actions.first(), Qt::Key_Return);
        QTRY_VERIFY(!decide->isVisible());
        QVERIFY(backTo(&page));
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("decided"));

        // Execute (the question answered yes), then the recipient told and the reply sent.
        press(pane->findChild<QPushButton*>(QStringLiteral("executeRequest")));
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("executed"));
        press(pane->findChild<QPushButton*>(QStringLiteral("recipientTold")));
        auto* told = opened<SentDialog>("sentDialog");
        QVERIFY(told);
        auto* how = told->findChild<QComboBox*>(QStringLiteral("sentMethod"));
        TAB_TO(how);
        QVERIFY(choose(how, QStringLiteral("email")));
        QTest::keyClick(how, Qt::Key_Return);
        QTRY_VERIFY(!told->isVisible());
        QVERIFY(backTo(&page));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM recipient_notices WHERE "
                                           "request_id = ? AND notified_on IS NULL"),
                            {id})
                         .toInt(),
                     0);

        press(pane->findChild<QPushButton*>(QStringLiteral("replySent")));
        auto* reply = opened<SentDialog>("sentDialog");
        QVERIFY(reply);
        auto* replyHow = reply->findChild<QComboBox*>(QStringLiteral("sentMethod"));
        TAB_TO(replyHow);
        QVERIFY(choose(replyHow, QStringLiteral("hand_delivery")));
        QTest::keyClick(replyHow, Qt::Key_Return);
        QTRY_VERIFY(!reply->isVisible());
        QVERIFY(backTo(&page));
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT state FROM withdrawal_requests WHERE id = ?"), {id})
                .toString(),
            QStringLiteral("closed"));
        QCOMPARE(prompts.errors, QStringList());
    }
};

QTEST_MAIN(TestKeyboardWithdrawal)
#include "tst_keyboardwithdrawal.moc"

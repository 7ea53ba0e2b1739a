// SPDX-License-Identifier: GPL-3.0-or-later
// Another officer's change appears without a reload: on PostgreSQL through LISTEN/NOTIFY as soon
// as it commits; on SQLite when the window gets the focus. A record on screen is read again,
// except under an open step's dialog, whose version must stay the one the officer saw.
#include "FakePrompts.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "pages/ClaimPane.h"
#include "pages/ClaimsPage.h"
#include "services/ChangeFeed.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace dpo;

class TestLiveChanges : public QObject
{
    Q_OBJECT

    static qint64 registerClaim(Database& database, const Session& session, const QString& name)
    {
        ClaimService::Registration r;
        r.claimantName = name;
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        return ClaimService(database).registerClaim(session, r).id;
    }

private slots:
    void anotherOfficersChangeAppears()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto mine = fixture.openWithAdmin(admin);
        auto theirs = fixture.open(false); // the other officer's console: its own connection
        const qint64 shown = registerClaim(*mine, admin, QStringLiteral("Shown claim"));

        test::FakePrompts prompts;
        MainWindow window(*mine, admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(400); // the refresh the first activation brings is done
        window.showSection(3);
        auto* claims = window.findChild<ClaimsPage*>();
        QVERIFY(test::registerLoaded(*claims));
        claims->selectClaim(shown);
        QCOMPARE(claims->pane()->claimId(), shown);
        QCOMPARE(claims->rowCount(), 1);
        auto* feed = window.findChild<ChangeFeed*>();
        QVERIFY(feed);
        QCOMPARE(feed->isListening(), test::TestDatabase::isPostgres());
        QSignalSpy announced(feed, &ChangeFeed::changed);

        registerClaim(*theirs, admin, QStringLiteral("Their claim"));
        ClaimService(*theirs).draftAnswer(admin, shown, QStringLiteral("Their draft answer"));
        if (test::TestDatabase::isPostgres()) {
            QTRY_COMPARE(claims->rowCount(), 2); // no reload asked for
            QVERIFY(announced.count() >= 2);
            QCOMPARE(announced.first().at(0).toString(), QStringLiteral("claim"));
            QVERIFY(
                window.statusBar()->currentMessage().contains(QStringLiteral("another officer")));
        } else {
            QTest::qWait(400);
            QCOMPARE(claims->rowCount(), 1); // SQLite has no feed...
            QWidget elsewhere;
            elsewhere.show();
            elsewhere.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
            window.activateWindow(); // ...the focus coming back reads it again
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTRY_COMPARE(claims->rowCount(), 2);
        }
        // The claim on screen shows their draft: its version is the new one.
        QTRY_COMPARE(claims->pane()->details().answerText, QStringLiteral("Their draft answer"));
        QCOMPARE(claims->pane()->details().version,
                 ClaimService(*theirs).details(shown, QDate(2026, 11, 25)).version);

        // Under an open step's dialog the claim is not read again: the step keeps what was seen.
        const int seen = claims->pane()->details().version;
        QDialog step(&window);
        step.setWindowModality(Qt::WindowModal);
        step.show();
        QTRY_COMPARE(QApplication::activeModalWidget(), &step);
        // The window's refresh must have run while the dialog was open, or the check below would
        // pass without proving anything: wait for it.
        auto* changeTimer = window.findChild<QTimer*>(QStringLiteral("changeTimer"));
        QVERIFY(changeTimer);
        QSignalSpy refreshed(changeTimer, &QTimer::timeout);
        ClaimService(*theirs).draftAnswer(admin, shown, QStringLiteral("Their second draft"));
        if (!test::TestDatabase::isPostgres()) {
            QWidget elsewhere; // SQLite reads again when the window gets the focus back
            elsewhere.show();
            elsewhere.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
            window.activateWindow();
        }
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000);
        QCOMPARE(claims->pane()->details().version, seen);
        QCOMPARE(claims->pane()->details().answerText, QStringLiteral("Their draft answer"));
    }

    // Changes quicker than the console's wait after one (a feed's worker commits a batch every
    // fraction of a second) are shown while they flow, not only once they stop.
    void aSteadyStreamIsShownWhileItFlows()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto mine = fixture.openWithAdmin(admin);
        auto theirs = fixture.open(false);
        registerClaim(*mine, admin, QStringLiteral("First claim"));
        test::FakePrompts prompts;
        MainWindow window(*mine, admin, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(400);
        window.showSection(3);
        auto* claims = window.findChild<ClaimsPage*>();
        QVERIFY(test::registerLoaded(*claims));
        QCOMPARE(claims->rowCount(), 1);

        int added = 0;
        int shownWhileFlowing = 0;
        QElapsedTimer flowing;
        flowing.start();
        while (flowing.elapsed() < 2500) {
            registerClaim(*theirs, admin, QStringLiteral("Streamed claim %1").arg(++added));
            if (!test::TestDatabase::isPostgres()) {
                // SQLite has no feed: the window's activation is its announcement.
                QEvent activation(QEvent::ActivationChange);
                QApplication::sendEvent(&window, &activation);
            }
            QTest::qWait(100);
            shownWhileFlowing = std::max(shownWhileFlowing, claims->rowCount() - 1);
        }
        QVERIFY2(shownWhileFlowing > 0, "nothing was shown while the changes flowed");
        QTRY_COMPARE(claims->rowCount(), 1 + added);
    }

    // An administrator demotes the officer at another console: the window's menus follow the
    // role the database holds (on PostgreSQL when the change is announced, on SQLite when the
    // window gets the focus); deactivated, the window locks.
    void aDemotedOfficersWindowFollows()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto mine = fixture.openWithAdmin(admin);
        auto theirs = fixture.open(false);
        const Session supervisor =
            test::signedInAs(*mine, admin, Role::Supervisor, QStringLiteral("sup.one"));
        test::FakePrompts prompts;
        MainWindow window(*mine, supervisor, QStringLiteral("en"), prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto importEnabled = [&window] {
            const auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
            return action != nullptr && action->isEnabled();
        };
        const auto announce = [&window] {
            if (!test::TestDatabase::isPostgres()) { // no feed: the window's activation
                QEvent activation(QEvent::ActivationChange);
                QApplication::sendEvent(&window, &activation);
            }
        };
        QVERIFY(importEnabled());

        OfficerService(*theirs).changeRole(admin, supervisor.officerId, Role::Auditor);
        announce();
        QTRY_VERIFY(!importEnabled());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Auditor")),
                 qPrintable(window.statusBar()->currentMessage()));

        auto* cover = window.findChild<QLabel*>(QStringLiteral("lockedCover"));
        QVERIFY(cover);
        QVERIFY(cover->text().isEmpty());
        OfficerService(*theirs).setActive(admin, supervisor.officerId, false);
        announce();
        QTRY_COMPARE(cover->text(), QStringLiteral("The console is locked."));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("deactivated")));
    }
};

QTEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"

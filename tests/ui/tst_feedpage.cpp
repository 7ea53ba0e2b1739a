// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed's section under the offscreen platform: the inbox's state, a flagged event
// reviewed with a note (refused without one), a rejected event dismissed with its reason and
// another retried once its recipient exists; an auditor sees all and may do none of it.
#include "FakePrompts.h"
#include "feed/FeedInbox.h"
#include "GuiTest.h"
#include "pages/FeedPage.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QtTest>

using namespace dpo;

class TestFeedPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase() { test::installScreenshotLanguage(m_translator); }

    void reviewsFlagsAndResolvesRejectedEvents()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        // A minor: flagged.
        QCOMPARE(
            test::applyFeed(
                *database, admin,
                R"({"id":"m-1","type":"subject.upsert","at":"2026-11-02T09:00:00Z","platform_ref":"OG-3","inn":"21203201000012","surname":"Асанова","given_name":"Айгүл","birth_date":"2012-05-01"}
)"),
            1);
        QSqlQuery q(database->connection());
        for (
            const char* body :
            {R"({"id":"t-1","type":"transfer","at":"2026-11-02T10:00:00Z","platform_ref":"OG-3","recipient":"fco-1","categories":["contacts"],"purpose":"financing_decision"})",
             R"({"id":"t-2","type":"transfer","at":"2026-11-02T10:00:00Z","platform_ref":"OG-4","recipient":"bank-x","categories":["contacts"],"purpose":"financing_decision"})",
             R"({"id":"s-4","type":"subject.upsert","at":"2026-11-02T09:00:00Z","platform_ref":"OG-4","inn":"21203199000044","surname":"Бекова","given_name":"Динара"})"}) {
            q.prepare(QStringLiteral("INSERT INTO feed_inbox (body) VALUES (?)"));
            q.addBindValue(QString::fromUtf8(body));
            QVERIFY(q.exec());
        }
        FeedInbox(*database).drain(admin); // both transfers rejected: no such recipients

        test::FakePrompts prompts;
        FeedPage page(*database, admin, prompts);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* flags = page.findChild<QTableWidget*>(QStringLiteral("feedFlags"));
        auto* rejected = page.findChild<QTableWidget*>(QStringLiteral("feedRejected"));
        auto* state = page.findChild<QLabel*>(QStringLiteral("feedState"));
        QCOMPARE(flags->rowCount(), 1);
        QCOMPARE(flags->item(0, 2)->text(), QStringLiteral("OG-3"));
        QCOMPARE(rejected->rowCount(), 2);
        QVERIFY2(rejected->item(0, 3)->text().contains(QStringLiteral("fco-1")),
                 qPrintable(rejected->item(0, 3)->text()));
        QVERIFY2(state->text().contains(QLatin1Char('2')), qPrintable(state->text()));
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/feed-page.png"));

        // Reviewed: without a note nothing happens; with one, the flag leaves the list.
        auto* review = page.findChild<QPushButton*>(QStringLiteral("reviewFlag"));
        QVERIFY(!review->isEnabled());
        flags->selectRow(0);
        QVERIFY(review->isEnabled());
        prompts.textAnswer.clear();
        QTest::mouseClick(review, Qt::LeftButton);
        QCOMPARE(flags->rowCount(), 1);
        prompts.textAnswer = QStringLiteral("Платформага 9.1-пункт боюнча өчүрүү тапшырылды");
        QTest::mouseClick(review, Qt::LeftButton);
        QCOMPARE(flags->rowCount(), 0);
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT review_note FROM feed_flags"))
                     .toString(),
                 prompts.textAnswer);

        // Dismissed with its reason; the other retried once its recipient exists.
        rejected->selectRow(1);
        prompts.textAnswer = QStringLiteral("Платформа туура эмес код жиберди");
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dismissEvent")),
                          Qt::LeftButton);
        QCOMPARE(rejected->rowCount(), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipients (code, name, kind) VALUES ('fco-1', "
                                      "'ФКО', 'fco')")));
        rejected->selectRow(0);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("retryEvent")),
                          Qt::LeftButton);
        QCOMPARE(rejected->rowCount(), 0);
        FeedInbox(*database).drain(admin);
        QCOMPARE(test::rowCount(*database, QStringLiteral("transfers")), 1);
    }

    void anAuditorOnlyLooks()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral(
            R"(INSERT INTO feed_inbox (body) VALUES ('{"id":"x","type":"account.closed","at":"2026-11-02T10:00:00Z","platform_ref":"OG-404"}'))")));
        FeedInbox(*database).drain(admin);
        const Session auditor =
            test::signedInAs(*database, admin, Role::Auditor, QStringLiteral("auditor"));
        test::FakePrompts prompts;
        FeedPage page(*database, auditor, prompts);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* rejected = page.findChild<QTableWidget*>(QStringLiteral("feedRejected"));
        QCOMPARE(rejected->rowCount(), 1);
        rejected->selectRow(0);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("retryEvent"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("dismissEvent"))->isEnabled());
    }
};

QTEST_MAIN(TestFeedPage)
#include "tst_feedpage.moc"

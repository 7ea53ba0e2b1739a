// SPDX-License-Identifier: GPL-3.0-or-later
// Recipients told of many withdrawals at once (Withdrawals → Recipients told…): the day and the
// way asked once, each request's untold recipients recorded all together or not at all, a result
// per request with the refused ones first and an audit entry per recipient.
#include "domain/DocumentLanguage.h"
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/WithdrawalDialogs.h"
#include "pages/WithdrawalsPage.h"
#include "widgets/BulkRunDialog.h"
#include "WithdrawalFixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace dpo;

class TestBulkNotices : public test::WithdrawalFixture
{
    Q_OBJECT

    qint64 executed(const QString& ref)
    {
        addSubject(ref);
        const qint64 id = registerVerified(ref);
        WithdrawalService service(*m_database);
        service.decide(m_admin, id, test::decideAll("destroy"));
        service.execute(m_admin, id);
        return id;
    }
    int untold(qint64 requestId) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM recipient_notices WHERE request_id = ? "
                                     "AND notified_on IS NULL"),
                      {requestId})
            .toInt();
    }
    int toldEntries() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'withdrawal.recipient_notified'"))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        test::useOwnSettings();
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
    }
    void cleanupTestCase() { test::removeOwnSettings(); }

    void tellsTheRecipientsOfTheSelectedRequests()
    {
        // Two executed requests, one with a second recipient; one already told; one not executed.
        const qint64 first = executed(QStringLiteral("OG-T1"));
        exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Кредит бюро', 'fco')"));
        const qint64 bureau =
            scalar(QStringLiteral("SELECT id FROM recipients WHERE name = 'Кредит бюро'"))
                .toLongLong();
        addSubject(QStringLiteral("OG-T2"));
        exec(QStringLiteral("INSERT INTO transfers (subject_id, recipient_id, category_code, "
                            "purpose_code, transferred_at) SELECT id, ?, 'contacts', "
                            "'financing_decision', '2025-02-01T10:00:00Z' FROM subjects WHERE "
                            "platform_ref = 'OG-T2'"),
             {bureau});
        const qint64 second = registerVerified(QStringLiteral("OG-T2"));
        WithdrawalService service(*m_database);
        service.decide(m_admin, second, test::decideAll("destroy"));
        service.execute(m_admin, second);
        QCOMPARE(untold(second), 2);
        const qint64 told = executed(QStringLiteral("OG-T3"));
        service.recordEveryNotice(m_admin, told, bishkekToday(), QStringLiteral("post"), {});
        addSubject(QStringLiteral("OG-T4"));
        const qint64 notExecuted = registerVerified(QStringLiteral("OG-T4"));
        const int entriesBefore = toldEntries();

        test::FakePrompts prompts;
        WithdrawalsPage page(*m_database, m_admin, prompts);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page) && test::registerLoaded(page));
        page.table()->selectAll();
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("tellSelectedRecipients")),
                          Qt::LeftButton);
        auto* ask = page.findChild<SentDialog*>(QStringLiteral("tellSelectedDialog"));
        QVERIFY(ask);
        auto* method = ask->findChild<QComboBox*>(QStringLiteral("sentMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("email")));
        test::clickOk(ask);
        auto* dialog = page.findChild<BulkRunDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isRunning(); }, 30000));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text(),
                 QStringLiteral("2 done, 2 refused."));
        auto* cases = dialog->findChild<QTableWidget*>(QStringLiteral("bulkCases"));
        QHash<qint64, QString> notes;
        for (int row = 0; row < cases->rowCount(); ++row)
            notes.insert(cases->item(row, 0)->data(Qt::DisplayRole).toLongLong(),
                         cases->item(row, 2)->text());
        QCOMPARE(notes.value(first), QStringLiteral("1 recipient(s) told"));
        QCOMPARE(notes.value(second), QStringLiteral("2 recipient(s) told"));
        QVERIFY2(notes.value(told).contains(QStringLiteral("no recipient left")),
                 qPrintable(notes.value(told)));
        QVERIFY2(notes.value(notExecuted).contains(QStringLiteral("after execution")),
                 qPrintable(notes.value(notExecuted)));
        QCOMPARE(untold(first), 0);
        QCOMPARE(untold(second), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM recipient_notices WHERE request_id "
                                       "IN (?, ?) AND method = 'email' AND notified_on = ?"),
                        {first, second, QVariant(bishkekToday())})
                     .toInt(),
                 3);
        QCOMPARE(toldEntries(), entriesBefore + 3); // an entry per recipient
    }

    // A request's recipients are told all together or not at all: a day before its receipt is
    // refused for the request, and none of its recipients is recorded.
    void aRequestIsToldWholeOrNotAtAll()
    {
        const qint64 id = executed(QStringLiteral("OG-T5"));
        exec(QStringLiteral(
            "INSERT INTO transfers (subject_id, recipient_id, category_code, "
            "purpose_code, transferred_at) SELECT s.id, r.id, 'face_photo', "
            "'financing_decision', '2025-02-01T10:00:00Z' FROM subjects s, "
            "recipients r WHERE s.platform_ref = 'OG-T5' AND r.name = 'Кредит бюро'"));
        const int before = untold(id);
        QVERIFY(before >= 1);
        const int entries = toldEntries();
        try {
            WithdrawalService(*m_database)
                .recordEveryNotice(m_admin, id, QDate(2026, 11, 1), QStringLiteral("email"), {});
            QFAIL("a day before the receipt was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(untold(id), before);
        QCOMPARE(toldEntries(), entries);
        try {
            WithdrawalService(*m_database)
                .recordEveryNotice(m_admin, id, bishkekToday(), QStringLiteral("pigeon"), {});
            QFAIL("an unknown way was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(untold(id), before);
    }
};

QTEST_MAIN(TestBulkNotices)
#include "tst_bulknotices.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The claims section under the offscreen platform: register a claim in the dialog, see its due
// date (by the working-day calendar) and the colour of its deadline band in the list.
#include "TestDatabase.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "pages/ClaimDialog.h"
#include "pages/ClaimsPage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace dpo;

class TestClaimsPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        const QString qm = qEnvironmentVariable("DPO_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
    }

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
        ClaimsPage page(*database, admin);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.rowCount(), 0);

        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("registerClaim")), Qt::LeftButton);
        auto* dialog = page.findChild<ClaimDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QDate received = bishkekToday().addDays(-receivedDaysAgo);
        dialog->findChild<QDateEdit*>(QStringLiteral("claimReceived"))->setDate(received);
        const QDate due = DeadlineCalendar::load(*database).dueDate(received, 30);
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("claimDue"))->text().startsWith(displayDate(due)),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("claimDue"))->text()));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // No claimant and no subject: refused, the dialog stays open and says why.
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("claimSummary"))->setPlainText(QStringLiteral("Маалыматтарымды өчүрүңүз"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(page.rowCount(), 0);
        dialog->findChild<QLineEdit*>(QStringLiteral("claimClaimant"))->setText(QStringLiteral("Асанов Бакыт"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ClaimDialog*>() || !page.findChild<ClaimDialog*>()->isVisible());

        auto* table = page.findChild<QTableWidget*>(QStringLiteral("claimsRegister"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Асанов Бакыт"));
        QCOMPARE(table->item(0, 5)->text(), displayDate(due));
        QCOMPARE(table->item(0, 6)->data(Qt::UserRole).toString(), band);
        QCOMPARE(table->item(0, 6)->foreground().color().name(), band);
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/claims-%1.png").arg(receivedDaysAgo));
    }
};

QTEST_MAIN(TestClaimsPage)
#include "tst_claimspage.moc"

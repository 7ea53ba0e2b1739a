// SPDX-License-Identifier: GPL-3.0-or-later
// The data systems' register under the offscreen platform: an administrator adds a system through
// the dialog (refused without its categories, the dialog kept open), changes it (made inactive, a
// backup's rotation), each audited; an officer only looks.
#include "FakePrompts.h"
#include "GuiTest.h"
#include "pages/SystemsPage.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace dpo;
using test::clickOk;

class TestSystemsPage : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase() { test::installScreenshotLanguage(m_translator); }

    void anAdministratorKeepsTheRegister()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        test::FakePrompts prompts;
        SystemsPage page(*database, admin, prompts);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.rowCount(), 0);

        SystemDialog* add = page.openAdd();
        add->findChild<QLineEdit*>(QStringLiteral("systemCode"))
            ->setText(QStringLiteral("nightly"));
        add->findChild<QLineEdit*>(QStringLiteral("systemName"))
            ->setText(QStringLiteral("Түнкү камдык көчүрмө"));
        auto* kind = add->findChild<QComboBox*>(QStringLiteral("systemKind"));
        auto* rotation = add->findChild<QSpinBox*>(QStringLiteral("systemRotation"));
        QVERIFY(!rotation->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("backup")));
        QVERIFY(rotation->isEnabled());
        rotation->setValue(35);
        auto* confirmer = add->findChild<QComboBox*>(QStringLiteral("systemConfirmer"));
        confirmer->setCurrentIndex(confirmer->findData(QStringLiteral("person")));
        add->findChild<QLineEdit*>(QStringLiteral("systemOwner"))
            ->setText(QStringLiteral("Платформанын IT бөлүмү, ops@example.kg"));
        clickOk(add); // no category ticked
        QVERIFY(add->isVisible());
        QVERIFY(!add->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
        QCOMPARE(test::rowCount(*database, QStringLiteral("data_systems")), 0);
        auto* categories = add->findChild<QListWidget*>(QStringLiteral("systemCategories"));
        for (int i = 0; i < categories->count(); ++i) {
            const QString code = categories->item(i)->data(Qt::UserRole).toString();
            if (code == QLatin1String("face_photo") || code == QLatin1String("contacts"))
                categories->item(i)->setCheckState(Qt::Checked);
        }
        const QString shots = qEnvironmentVariable("DPO_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            add->grab().save(shots + QStringLiteral("/system-dialog.png"));
        clickOk(add);
        QTRY_VERIFY(!add->isVisible());
        QCOMPARE(page.rowCount(), 1);
        const QList<DataSystem> added = SystemsService(*database).list();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].rotationDays, 35);
        QCOMPARE(added[0].confirmedBy, QStringLiteral("person"));
        QCOMPARE(added[0].categories, QStringList({"contacts", "face_photo"}));

        // Changed: no longer given tasks; its code stays.
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("systemsView"));
        table->selectRow(0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("changeSystem"))->isEnabled());
        SystemDialog* change = page.openChange();
        QVERIFY(change->findChild<QLineEdit*>(QStringLiteral("systemCode"))->isReadOnly());
        QCOMPARE(change->findChild<QSpinBox*>(QStringLiteral("systemRotation"))->value(), 35);
        change->findChild<QCheckBox*>(QStringLiteral("systemActive"))->setChecked(false);
        clickOk(change);
        QTRY_VERIFY(!change->isVisible());
        QVERIFY(!SystemsService(*database).list().first().active);
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "action IN ('system.add', "
                                                        "'system.change')"))
                     .toInt(),
                 2);
        if (!shots.isEmpty()) {
            test::addPhotoStore(*database, admin, {QStringLiteral("face_photo")},
                                QStringLiteral("Сүрөттөр сактагычы"));
            page.reload();
            page.grab().save(shots + QStringLiteral("/systems.png"));
        }

        // An officer looks.
        const QString password = QString::fromLatin1(test::TestDatabase::kPassword);
        OfficerService(*database).createOfficer(admin, QStringLiteral("aibek"),
                                                QStringLiteral("Айбек"), Role::Officer, password);
        const Session officer = OfficerService(*database).signIn(QStringLiteral("aibek"), password);
        SystemsPage looking(*database, officer, prompts);
        looking.show();
        QVERIFY(QTest::qWaitForWindowExposed(&looking));
        QVERIFY(looking.rowCount() >= 1);
        QVERIFY(!looking.findChild<QPushButton*>(QStringLiteral("addSystem"))->isEnabled());
        looking.findChild<QTableWidget*>(QStringLiteral("systemsView"))->selectRow(0);
        QVERIFY(!looking.findChild<QPushButton*>(QStringLiteral("changeSystem"))->isEnabled());
        QVERIFY(prompts.errors.isEmpty());
    }
};

QTEST_MAIN(TestSystemsPage)
#include "tst_systemspage.moc"

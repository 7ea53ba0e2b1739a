// SPDX-License-Identifier: GPL-3.0-or-later
// The one table of who may do what (models/domain/Permissions.cpp), as docs/architecture.md
// states it, written out here role by role; tst_accesscontrol checks that the services enforce it.
#include "domain/Permissions.h"

#include <QSet>
#include <QtTest>

using namespace dpo;

Q_DECLARE_METATYPE(dpo::Permission)

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<QString>("code");
        // administrator, supervisor, officer, auditor
        QTest::addColumn<QString>("allowed");
        QTest::newRow("cases") << Permission::WorkOnCases << "cases.work"
                               << "YYYN";
        QTest::newRow("keep approval") << Permission::ApproveKeep << "keep.approve"
                                       << "YYNN";
        QTest::newRow("unblock") << Permission::UnblockData << "data.unblock"
                                 << "YYNN";
        QTest::newRow("calendar") << Permission::EditCalendar << "calendar.edit"
                                  << "YYNN";
        QTest::newRow("subjects import") << Permission::ImportSubjects << "subjects.import"
                                         << "YYYN";
        QTest::newRow("personal data export") << Permission::ExportPersonalData << "subjects.export"
                                              << "YYYY";
        QTest::newRow("settings") << Permission::ChangeSettings << "settings.change"
                                  << "YNNN";
        QTest::newRow("officers") << Permission::ManageOfficers << "officers.manage"
                                  << "YNNN";
        QTest::newRow("signing key") << Permission::ManageSigningKey << "keys.manage"
                                     << "YNNN";
        QTest::newRow("demo") << Permission::MakeDemoData << "demo.generate"
                              << "YNNN";
        QTest::newRow("data systems") << Permission::ManageSystems << "systems.manage"
                                      << "YNNN";
        QTest::newRow("open tasks override") << Permission::OverrideOpenTasks << "tasks.override"
                                             << "YYNN";
        QTest::newRow("personal data read") << Permission::ReadPersonalData << "data.read"
                                            << "YYYY";
        QTest::newRow("audit export") << Permission::ExportAuditTrail << "audit.export"
                                      << "YYYY";
    }
    void table()
    {
        QFETCH(Permission, permission);
        QFETCH(QString, allowed);
        QTEST(Permissions::code(permission), "code");
        const Role roles[] = {Role::Administrator, Role::Supervisor, Role::Officer, Role::Auditor};
        QList<Role> expected;
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(Permissions::allows(roles[i], permission), allowed[i] == QLatin1Char('Y'));
            if (allowed[i] == QLatin1Char('Y'))
                expected << roles[i];
        }
        QCOMPARE(Permissions::rolesFor(permission), expected);
    }

    // Every permission is in the table once, under a code of its own, and an auditor changes
    // nothing.
    void everyPermissionHasOneRow()
    {
        const QList<Permission> all = Permissions::all();
        QCOMPARE(all.size(), int(Permission::ExportAuditTrail) + 1);
        QSet<QString> codes;
        // Read-only: what the auditor may see, read in full or exported.
        const QList<Permission> reads{Permission::ExportPersonalData, Permission::ReadPersonalData,
                                      Permission::ExportAuditTrail};
        for (const Permission p : all) {
            codes.insert(Permissions::code(p));
            if (!reads.contains(p))
                QVERIFY2(!Permissions::allows(Role::Auditor, p), qPrintable(Permissions::code(p)));
            QVERIFY(Permissions::allows(Role::Administrator, p));
        }
        QCOMPARE(codes.size(), all.size());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"

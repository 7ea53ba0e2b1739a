// SPDX-License-Identifier: GPL-3.0-or-later
// Every command that reads the organisation's records is a signed-in officer's: without
// --officer it reads nothing, and a session that must change its password (after an
// administrator's reset) is refused too. Only what is published anyway (the holder's details, the
// calendar) and the integrity checks read without one. Both backends.
#include "CliRun.h"
#include "core/Session.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestCliReads : public QObject
{
    Q_OBJECT
    using Run = test::CliRun;
    test::TestDatabase m_fixture;
    const QByteArray m_password = "cli-password-1";

    static QList<QStringList> reads()
    {
        return {{"claims", "list", "--format", "csv"},
                {"withdrawals", "list", "--format", "csv"},
                {"withdrawals", "show", "1"},
                {"disclosures", "list", "--format", "csv"},
                {"tasks", "list", "--format", "csv"},
                {"officers", "list", "--format", "csv"},
                {"systems", "list", "--format", "csv"},
                {"feed", "rejected"},
                {"subjects", "search", "а", "--format", "csv"}};
    }
    QStringList withDatabase(QStringList command) const
    {
        return command << QStringLiteral("--database") << m_fixture.url();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Run r = test::runConsole({"init", "--database", m_fixture.url(), "--admin", "admin"},
                                 m_password);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = test::runConsole({"demo", "--database", m_fixture.url(), "--officer", "admin",
                              "--subjects", "60", "--seed", "3"},
                             m_password);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto database = m_fixture.open(false);
        OfficerService officers(*database);
        const Session admin =
            officers.signIn(QStringLiteral("admin"), QString::fromLatin1(m_password));
        const qint64 elena =
            officers.createOfficer(admin, QStringLiteral("elena"), QStringLiteral("Елена Ким"),
                                   Role::Officer, QStringLiteral("right-password-1"));
        officers.resetPassword(admin, elena, QStringLiteral("temporary-pw-77"));
    }

    void readsNeedAnOfficer_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QStringList& c : reads())
            QTest::newRow(qPrintable(c.mid(0, 2).join(QLatin1Char(' ')))) << c;
    }
    void readsNeedAnOfficer()
    {
        QFETCH(QStringList, command);
        const Run r = test::runConsole(withDatabase(command), m_password);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--officer NAME is required")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void aPasswordToChangeReadsNothing_data() { readsNeedAnOfficer_data(); }
    void aPasswordToChangeReadsNothing()
    {
        QFETCH(QStringList, command);
        const Run r = test::runConsole(withDatabase(command) << "--officer"
                                                             << "elena",
                                       "temporary-pw-77");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // English has its plural forms on the command line too (dpo_en): one subject, two subjects,
    // never "subject(s)"; Kyrgyz and Russian say theirs.
    void countsSayTheirPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en, one") << "en"
                                 << "1"
                                 << "1 subject found.";
        QTest::newRow("en, two") << "en"
                                 << "2"
                                 << "2 subjects found.";
        QTest::newRow("ru, one") << "ru"
                                 << "1"
                                 << "Найден 1 субъект.";
        QTest::newRow("ru, two") << "ru"
                                 << "2"
                                 << "Найдено 2 субъекта.";
        QTest::newRow("ru, five") << "ru"
                                  << "5"
                                  << "Найдено 5 субъектов.";
        QTest::newRow("ky, two") << "ky"
                                 << "2"
                                 << "2 субъект табылды.";
    }
    void countsSayTheirPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, limit);
        QFETCH(QString, expected);
        const Run r = test::runConsole(withDatabase({"subjects", "search", "а", "--limit", limit})
                                           << "--officer"
                                           << "admin",
                                       m_password, language);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("(s)")), qPrintable(r.err));
    }

    void anOfficerReads_data() { readsNeedAnOfficer_data(); }
    void anOfficerReads()
    {
        QFETCH(QStringList, command);
        const Run r = test::runConsole(withDatabase(command) << "--officer"
                                                             << "admin",
                                       m_password);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // `feed rejected` has none to list here and says so in its summary on stderr.
        const QString& said = command.first() == QStringLiteral("feed") ? r.err : r.out;
        QVERIFY2(!said.isEmpty(), qPrintable(command.join(QLatin1Char(' '))));
    }

    void publishedDetailsAndChecksNeedNoOfficer()
    {
        for (const QStringList& command :
             {QStringList{"holder", "show", "--format", "csv"},
              QStringList{"calendar", "list", "--year", "2026", "--format", "csv"},
              QStringList{"audit", "verify"}}) {
            const Run r = test::runConsole(withDatabase(command), QByteArray());
            QVERIFY2(r.code == 0, qPrintable(command.join(QLatin1Char(' ')) + r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliReads)
#include "tst_clireads.moc"

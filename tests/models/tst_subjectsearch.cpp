// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Sql.h"
#include "import/SubjectImportService.h"
#include "services/SubjectService.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestSubjectSearch : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;

    QStringList refsFor(const QString& text)
    {
        QStringList refs;
        for (const SubjectSummary& s : SubjectService(*m_database).search(text))
            refs << s.platformRef;
        refs.sort();
        return refs;
    }
private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        Session admin;
        m_database = m_fixture.openWithAdmin(admin);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "platform_ref,inn,surname,given_name,patronymic,birth_date,sex,phone,email,"
                    "preferred_language,consent_given_at,policy_version\n"
                    "A1,11503199012345,Үсөнова,Жаңыл,Асан "
                    "кызы,1990-03-15,F,+996555123456,,ky,2024-07-01,2024-06-01\n"
                    "A2,21503198512346,Өмүрбеков,Чыңгыз,Асанович,1985-03-15,M,+996700999888,,ky,"
                    "2024-07-01,2024-06-01\n"
                    "A3,20101197000001,Иванов,Сергей,Алексеевич,1970-01-01,M,+996555000111,,ru,"
                    "2024-07-01,2024-06-01\n"
                    "A4,10101197500002,Асанова,Айгүл,,1975-01-01,F,,,ky,2024-07-01,2024-06-01\n")
                    .toUtf8());
        f.close();
        SubjectImportService(*m_database).importSubjects(admin, path);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("refs");
        QTest::newRow("surname prefix, capitals folded") << "ҮСӨ" << QStringList{"A1"};
        QTest::newRow("surname prefix lower") << "өмүр" << QStringList{"A2"};
        QTest::newRow("given name with ң") << "чың" << QStringList{"A2"};
        QTest::newRow("patronymic word") << "асан" << QStringList{"A1", "A2", "A4"};
        QTest::newRow("two words narrow") << "асан жаң" << QStringList{"A1"};
        QTest::newRow("russian name") << "серг" << QStringList{"A3"};
        QTest::newRow("inn prefix") << "2150319" << QStringList{"A2"};
        QTest::newRow("inn exact") << "11503199012345" << QStringList{"A1"};
        QTest::newRow("phone local form") << "0555" << QStringList{"A1", "A3"};
        QTest::newRow("phone international") << "+996700" << QStringList{"A2"};
        QTest::newRow("platform ref exact") << "A3" << QStringList{"A3"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
        // Each Kyrgyz letter in either case, in the field it stands in.
        QTest::newRow("ң lower, given name") << "жаң" << QStringList{"A1"};
        QTest::newRow("Ң capital, given name") << "ЖАҢ" << QStringList{"A1"};
        QTest::newRow("Ң capital, mixed case") << "ЧЫҢг" << QStringList{"A2"};
        QTest::newRow("ө lower, surname") << "өмүрб" << QStringList{"A2"};
        QTest::newRow("Ө capital, surname") << "ӨМҮРБ" << QStringList{"A2"};
        QTest::newRow("ү lower, given name") << "айгүл" << QStringList{"A4"};
        QTest::newRow("Ү capital, given name") << "АЙГҮЛ" << QStringList{"A4"};
        QTest::newRow("ү lower first, surname") << "үсөн" << QStringList{"A1"};
        QTest::newRow("patronymic only") << "алексеев" << QStringList{"A3"};
        QTest::newRow("given name only") << "сергей" << QStringList{"A3"};
        QTest::newRow("surname then given name") << "иванов серг" << QStringList{"A3"};
        QTest::newRow("a letter that is not there") << "ңң" << QStringList{};
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, refs);
        QCOMPARE(refsFor(text), refs);
    }

    void searchesAreServedByIndexes()
    {
        // The plan of the name branch must use an index (the name-order index serves surname
        // prefixes since schema version 2), never a scan of subjects.
        const QSqlDatabase db = m_database->connection();
        QSqlQuery q(db);
        if (test::TestDatabase::isPostgres()) {
            QVERIFY(q.exec(
                QStringLiteral("SET enable_seqscan = off"))); // tiny tables: ask what it can do
            const struct
            {
                const char* column;
                const char* index;
            } fields[] = {{"surname_fold", "subjects_name_order"},
                          {"given_name_fold", "subjects_given_name_search"},
                          {"patronymic_fold", "subjects_patronymic_search"},
                          {"inn", "subjects_inn_order"},
                          {"phone", "subjects_phone_search"}};
            for (const auto& f : fields) {
                QVERIFY(q.exec(
                    QStringLiteral("EXPLAIN SELECT id FROM subjects WHERE %1 >= 'үс' AND %1 < 'үт'")
                        .arg(QLatin1String(f.column))));
                QString plan;
                while (q.next())
                    plan += q.value(0).toString();
                QVERIFY2(plan.contains(QStringLiteral("Index")) &&
                             plan.contains(QLatin1String(f.index)),
                         qPrintable(plan));
            }
            QVERIFY(q.exec(
                QStringLiteral("EXPLAIN SELECT id FROM subjects WHERE platform_ref = 'A1'")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(QStringLiteral("Index")),
                     qPrintable(q.value(0).toString()));
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = on")));
        } else {
            for (const char* column : {"surname_fold", "given_name_fold", "patronymic_fold", "inn",
                                       "phone", "platform_ref"}) {
                QVERIFY(q.exec(
                    QStringLiteral(
                        "EXPLAIN QUERY PLAN SELECT id FROM subjects WHERE %1 >= 'а' AND %1 < 'б'")
                        .arg(QLatin1String(column))));
                QString plan;
                while (q.next())
                    plan += q.value(3).toString();
                QVERIFY2(plan.contains(QStringLiteral("USING")) &&
                             plan.contains(QStringLiteral("INDEX")),
                         qPrintable(plan));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSubjectSearch)
#include "tst_subjectsearch.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/Sql.h"
#include "import/SubjectImportService.h"
#include "services/SubjectService.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestSubjectSearch : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    QStringList refsFor(const QString& text)
    {
        QStringList refs;
        for (const SubjectSummary& s : SubjectService(*m_database).search(m_admin, text))
            refs << s.platformRef;
        refs.sort();
        return refs;
    }
private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
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
                    "A4,10101197500002,Асанова,Айгүл,,1975-01-01,F,,,ky,2024-07-01,2024-06-01\n"
                    "A5,10101198000003,Абдыкадырова-Кожомуратова,Бермет,Маратовна,1980-01-01,F,,,"
                    "ky,2024-07-01,2024-06-01\n")
                    .toUtf8());
        f.close();
        SubjectImportService(*m_database).importSubjects(m_admin, path);
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
        // INN and phone by the whole value only: a prefix would tell the masked digits.
        QTest::newRow("inn prefix") << "2150319" << QStringList{};
        QTest::newRow("inn but its last digit") << "1150319901234" << QStringList{};
        QTest::newRow("inn exact") << "11503199012345" << QStringList{"A1"};
        QTest::newRow("inn with spaces") << "115 0319 901 2345" << QStringList{"A1"};
        QTest::newRow("phone prefix, local form") << "0555" << QStringList{};
        QTest::newRow("phone prefix, international") << "+996700" << QStringList{};
        QTest::newRow("phone whole, local form") << "0555 123 456" << QStringList{"A1"};
        QTest::newRow("phone whole, international") << "+996 (700) 999-888" << QStringList{"A2"};
        QTest::newRow("phone whole, no plus") << "996555000111" << QStringList{"A3"};
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
        // Either part of a double surname, and its patronymic (schema 22).
        QTest::newRow("double surname, first part") << "абдыкад" << QStringList{"A5"};
        QTest::newRow("double surname, second part") << "Кожомуратова" << QStringList{"A5"};
        QTest::newRow("double surname, second part's prefix") << "кожом" << QStringList{"A5"};
        QTest::newRow("double surname, whole") << "абдыкадырова-кожомуратова" << QStringList{"A5"};
        QTest::newRow("second part, then given name") << "кожомуратова берм" << QStringList{"A5"};
        QTest::newRow("given name, then second part") << "бермет кожом" << QStringList{"A5"};
        QTest::newRow("patronymic of a double-surnamed") << "маратовна" << QStringList{"A5"};
        QTest::newRow("a part that is no surname's start") << "муратова" << QStringList{};
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, refs);
        QCOMPARE(refsFor(text), refs);
    }

    void aLookupIsAuditedAndAPrefixIsNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("by");   // the lookup's field, or empty when none is written
        QTest::addColumn<qint64>("found"); // subjects found
        QTest::newRow("whole inn") << "21503198512346"
                                   << "inn" << qint64(1);
        QTest::newRow("whole phone") << "0700999888"
                                     << "phone" << qint64(1);
        QTest::newRow("inn of nobody") << "21503198512347"
                                       << "inn" << qint64(0);
        QTest::newRow("inn prefix") << "215031985"
                                    << "" << qint64(0);
        QTest::newRow("name") << "өмүр"
                              << "" << qint64(1);
    }
    void aLookupIsAuditedAndAPrefixIsNot()
    {
        QFETCH(QString, text);
        QFETCH(QString, by);
        QFETCH(qint64, found);
        const QString count = QStringLiteral("SELECT count(*) FROM audit_log");
        const qint64 before = test::scalar(*m_database, count).toLongLong();
        QCOMPARE(qint64(SubjectService(*m_database).search(m_admin, text).size()), found);
        QCOMPARE(test::scalar(*m_database, count).toLongLong(), before + (by.isEmpty() ? 0 : 1));
        if (by.isEmpty())
            return;
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT action, officer_id, details FROM "
                                                  "audit_log ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "last entry");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("subject.lookup"));
        QCOMPARE(q.value(1).toLongLong(), m_admin.officerId);
        const QJsonObject details = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        QCOMPARE(details.value(QStringLiteral("by")).toArray(), QJsonArray{by});
        QCOMPARE(details.value(QStringLiteral("found")).toInteger(), found);
        QVERIFY2(!q.value(2).toString().contains(text.right(6)), qPrintable(q.value(2).toString()));
    }

    void blockedValuesAreNeverMatchedNorReturned()
    {
        const qint64 a2 =
            test::scalar(*m_database, QStringLiteral("SELECT id FROM subjects WHERE platform_ref = "
                                                     "'A2'"))
                .toLongLong();
        for (const char* category : {"personal_details", "identity_document", "contacts"}) {
            QSqlQuery q = prepareQuery(m_database->connection(),
                                       QStringLiteral("UPDATE subject_categories SET state = "
                                                      "'blocked' WHERE subject_id = ? AND "
                                                      "category_code = ?"));
            q.addBindValue(a2);
            q.addBindValue(QString::fromLatin1(category));
            execQuery(q, "block");
            QCOMPARE(q.numRowsAffected(), 1);
        }
        for (const char* text : {"өмүр", "чың", "асанович", "21503198512346", "0700999888"})
            QVERIFY2(!refsFor(QString::fromUtf8(text)).contains(QStringLiteral("A2")), text);
        QCOMPARE(refsFor(QStringLiteral("асан")), (QStringList{"A1", "A4"}));
        const QList<SubjectSummary> byRef = SubjectService(*m_database).search(m_admin, "A2");
        QCOMPARE(byRef.size(), 1);
        const SubjectSummary& s = byRef.first();
        QVERIFY(s.surname.isEmpty() && s.givenName.isEmpty() && s.patronymic.isEmpty());
        QVERIFY(s.inn.isEmpty() && s.phone.isEmpty() && !s.birthDate.isValid());
        QCOMPARE(s.blockedCategories.size(), 3);
        QVERIFY(s.isBlocked(QLatin1StringView("contacts")));
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("UPDATE subject_categories SET state = 'held' "
                                                  "WHERE subject_id = ?"));
        q.addBindValue(a2);
        execQuery(q, "unblock");
        QCOMPARE(refsFor(QStringLiteral("өмүр")), QStringList{"A2"});
    }

    void searchingNeedsASessionAllowedToRead()
    {
        const qint64 before =
            test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log"))
                .toLongLong();
        Session mustChange = m_admin; // after an administrator's reset
        mustChange.mustChangePassword = true;
        for (const Session& session : {Session(), mustChange}) {
            try {
                SubjectService(*m_database).search(session, QStringLiteral("21503198512346"));
                QFAIL("a search without a usable session found something");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
            }
        }
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT count(*) FROM audit_log"))
                     .toLongLong(),
                 before);
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
                          {"surname_part_fold", "subjects_surname_part_search"},
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
            for (const char* column : {"surname_fold", "surname_part_fold", "given_name_fold",
                                       "patronymic_fold", "inn", "phone", "platform_ref"}) {
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

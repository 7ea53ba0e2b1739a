// SPDX-License-Identifier: GPL-3.0-or-later
// Requests of the State Agency for Personal Data Protection and of the Ombudsman (Law No. 58
// Art. 17(g): the holder gives them what they need within a week), on the backend of
// DPO_TEST_BACKEND: what a registration needs, the week on the working-day calendar, the body as
// the claimant, and the answer letter in Kyrgyz and Russian, which says "within a week" only when
// it was.
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "Glossary.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestAuthorityRequest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    static ClaimService::Registration agencyRequest(const QDate& receivedOn)
    {
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::AuthorityRequest;
        r.authority = QStringLiteral("state_agency");
        r.requestNumber = QStringLiteral("03-12/417");
        r.requestDate = receivedOn.addDays(-2);
        r.receivedOn = receivedOn;
        r.subjectMatter =
            QStringLiteral("Жеке маалыматтарды иштетүүнүн негиздери жөнүндө маалымат");
        return r;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        test::insertSubject(*m_database, QStringLiteral("OG-17"));
    }

    // A week by the calendar's rule, as a subject's access request (Art. 17): received on a
    // Monday, due the next Monday; received on Thursday 30 April 2026, the week ends on 7 May,
    // within the days off of 1-9 May (Labour Code in force since 2025), and the answer is due on
    // Monday 11 May.
    void dueInAWeekOnTheCalendar_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        QTest::newRow("a Monday") << QDate(2026, 11, 2) << QDate(2026, 11, 9);
        QTest::newRow("before the May days off") << QDate(2026, 4, 30) << QDate(2026, 5, 11);
    }
    void dueInAWeekOnTheCalendar()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        const ClaimService::Row row =
            ClaimService(*m_database).registerClaim(m_admin, agencyRequest(received));
        QCOMPARE(row.dueOn, due);
        QCOMPARE(row.dueOn, DeadlineCalendar::load(m_database->connection())
                                .dueDate(received, ClaimService::periodDays(
                                                       ClaimService::Kind::AccessRequest)));
        // The body is the claimant, named in the state language; its request is on record.
        const DocumentLanguage ky(QStringLiteral("ky"));
        QCOMPARE(row.claimant,
                 Vocabulary(ky).name(Vocabulary::Kind::Authority, QStringLiteral("state_agency")));
        QVERIFY(row.claimant.contains(QStringLiteral("агенттик")));
        const ClaimService::Details d = ClaimService(*m_database).details(row.id, received);
        QCOMPARE(d.authority, QStringLiteral("state_agency"));
        QCOMPARE(d.requestNumber, QStringLiteral("03-12/417"));
        QCOMPARE(d.requestDate, received.addDays(-2));
        QCOMPARE(d.row.kind, ClaimService::Kind::AuthorityRequest);
        const QString audit =
            test::scalar(*m_database,
                         QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                        "'claim.register' AND entity_id = ?"),
                         {QString::number(row.id)})
                .toString();
        QVERIFY2(audit.contains(QStringLiteral("\"authority\":\"state_agency\"")) &&
                     audit.contains(QStringLiteral("03-12/417")),
                 qPrintable(audit));
    }

    void whatARegistrationNeeds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("says"); // empty: registered
        QTest::newRow("complete, the Agency") << ""
                                              << "";
        QTest::newRow("complete, the Ombudsman, about a subject") << "ombudsman"
                                                                  << "";
        QTest::newRow("no body") << "no body"
                                 << "Name the body";
        QTest::newRow("a body the law does not name") << "court"
                                                      << "Name the body";
        QTest::newRow("no request number") << "no number"
                                           << "number of the body's request";
        QTest::newRow("a request number of 65 characters") << "long number"
                                                           << "1 to 64";
        QTest::newRow("no request date") << "no date"
                                         << "date of the body's request";
        QTest::newRow("a request dated after its receipt") << "late date"
                                                           << "after its receipt";
        QTest::newRow("a subject's claim naming a body") << "claim with a body"
                                                         << "Only a request";
    }
    void whatARegistrationNeeds()
    {
        QFETCH(QString, change);
        QFETCH(QString, says);
        ClaimService::Registration r = agencyRequest(QDate(2026, 11, 2));
        if (change == QStringLiteral("ombudsman")) {
            r.authority = QStringLiteral("ombudsman");
            r.subjectRef = QStringLiteral("OG-17");
        } else if (change == QStringLiteral("no body")) {
            r.authority.clear();
        } else if (change == QStringLiteral("court")) {
            r.authority = QStringLiteral("court");
        } else if (change == QStringLiteral("no number")) {
            r.requestNumber = QStringLiteral("  ");
        } else if (change == QStringLiteral("long number")) {
            r.requestNumber = QString(65, QLatin1Char('7'));
        } else if (change == QStringLiteral("no date")) {
            r.requestDate = QDate();
        } else if (change == QStringLiteral("late date")) {
            r.requestDate = r.receivedOn.addDays(1);
        } else if (change == QStringLiteral("claim with a body")) {
            r.kind = ClaimService::Kind::PretrialClaim;
            r.claimantName = QStringLiteral("Асанов Бакыт");
        }
        const qint64 claims = test::rowCount(*m_database, QStringLiteral("claims"));
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            const ClaimService::Row row = ClaimService(*m_database).registerClaim(m_admin, r);
            QVERIFY2(says.isEmpty(), "an incomplete request was registered");
            if (change == QStringLiteral("ombudsman")) {
                QCOMPARE(row.subjectRef, QStringLiteral("OG-17"));
                QVERIFY2(row.claimant.contains(QStringLiteral("Акыйкатчы")),
                         qPrintable(row.claimant)); // the body, not the subject
            }
        } catch (const Error& e) {
            QVERIFY2(!says.isEmpty(), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), claims);
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
        }
    }

    // The letter answers the body's request by its own number and date; it says "within a
    // week" only when the answer went out by the due date.
    void theLetterAnswersTheBodysRequest_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("daysAfterDue"); // when the answer was sent
        QTest::newRow("ky, in time") << "ky" << 0;
        QTest::newRow("ru, in time") << "ru" << 0;
        QTest::newRow("ky, a day late") << "ky" << 1;
        QTest::newRow("ru, a day late") << "ru" << 1;
    }
    void theLetterAnswersTheBodysRequest()
    {
        QFETCH(QString, language);
        QFETCH(int, daysAfterDue);
        ClaimService claims(*m_database);
        const ClaimService::Row row =
            claims.registerClaim(m_admin, agencyRequest(QDate(2026, 11, 2)));
        claims.draftAnswer(m_admin, row.id,
                           QStringLiteral("Маалыматтар 2024-жылдын 1-июнундагы саясатка ылайык "
                                          "иштетилет."));
        claims.logAnswer(m_admin, row.id,
                         ClaimService::Answer{row.dueOn.addDays(daysAfterDue),
                                              QStringLiteral("email"), QString(), QString()});
        const QString path =
            m_dir.filePath(QStringLiteral("authority-%1-%2.pdf").arg(language).arg(row.id));
        ClaimLetterService(*m_database).writePdf(m_admin, row.id, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const QString heading =
            document.translate("dpo::ClaimLetter", "Answer to your request No. %1 of %2")
                .arg(QStringLiteral("03-12/417"), QStringLiteral("31.10.2026"));
        const QString week = document.translate(
            "dpo::ClaimLetter",
            "This information is given within a week of your request, as Article 17 of the Law "
            "No. 58 \"On personal information\" requires of the holder of personal data.");
        const QString article = document.translate(
            "dpo::ClaimLetter", "This information is given under Article 17 "
                                "of the Law No. 58 \"On personal information\".");
        QVERIFY2(!week.startsWith(QStringLiteral("This")) &&
                     !article.startsWith(QStringLiteral("This")),
                 "not translated");
        for (const QString& expected : {heading, row.claimant, QStringLiteral("1-июнундагы")})
            QVERIFY2(text.contains(expected.simplified()),
                     qPrintable(expected + QStringLiteral(" not in: ") + text.left(600)));
        QCOMPARE(text.contains(week.simplified()), daysAfterDue == 0);
        QCOMPARE(text.contains(article.simplified()), daysAfterDue > 0);
    }
};

QTEST_MAIN(TestAuthorityRequest) // the letter's dates use the document language
#include "tst_authorityrequest.moc"

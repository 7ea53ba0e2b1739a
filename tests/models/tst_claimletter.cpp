// SPDX-License-Identifier: GPL-3.0-or-later
// The answer letter of a claim in Kyrgyz and Russian: its PDF's text, and nothing audited when
// it cannot be made or written.
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "Glossary.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/LetterService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestClaimLetter : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    qint64 m_claim = 0;

    qint64 letters() const
    {
        QSqlQuery q = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'claim.letter'"));
        execQuery(q, "count");
        q.next();
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов Бакыт");
        r.claimantContact = QStringLiteral("Бишкек ш., Токтогул к. 1");
        r.receivedOn = QDate(2026, 10, 8);
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        m_claim = ClaimService(*m_database).registerClaim(m_admin, r).id;
    }

    void noLetterBeforeAnAnswerIsDrafted()
    {
        QVERIFY_THROWS_EXCEPTION(Error, ClaimLetterService(*m_database)
                                            .writePdf(m_admin, m_claim, QStringLiteral("ky"),
                                                      m_dir.filePath(QStringLiteral("x.pdf"))));
        QCOMPARE(letters(), 0);
        ClaimService(*m_database)
            .draftAnswer(
                m_admin, m_claim,
                QStringLiteral("Сиздин маалыматтарыңыз 2026-жылдын 1-декабрында өчүрүлөт."));
    }

    void theLetterHoldsTheAnswer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << "ky";
        QTest::newRow("ru") << "ru";
    }
    void theLetterHoldsTheAnswer()
    {
        QFETCH(QString, language);
        const QString path = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(language));
        const qint64 before = letters();
        ClaimLetterService(*m_database).writePdf(m_admin, m_claim, language, path);
        QCOMPARE(letters(), before + 1);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const QString heading =
            document.translate("dpo::ClaimLetter", "Answer to your pre-trial claim No. %1 of %2")
                .arg(m_claim)
                .arg(QStringLiteral("08.10.2026"));
        QVERIFY2(
            heading !=
                QStringLiteral("Answer to your pre-trial claim No. %1 of 08.10.2026").arg(m_claim),
            "not translated");
        QVERIFY2(text.contains(heading), qPrintable(text.left(500)));
        // The policy's own term for a pre-trial claim (14.2), in the glossary.
        const QString term = language == QStringLiteral("ky") ? QStringLiteral("доомат")
                                                              : QStringLiteral("претензи");
        QVERIFY2(heading.contains(term, Qt::CaseInsensitive), qPrintable(heading));
        for (const QString& expected :
             {QStringLiteral("Асанов Бакыт"), QStringLiteral("Маалыматтарымды өчүрүңүз"),
              QStringLiteral("1-декабрында өчүрүлөт"), m_admin.displayName})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    // Policy 14.2: the letter says the answer came within 30 calendar days only when it did (sent
    // on or before the due date); a late one says only that the claimant may go to court.
    void theLetterSaysThirtyDaysOnlyWhenTheyWere_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("sentOn");
        QTest::addColumn<bool>("inTime");
        // Received Thursday 8 October 2026: due Monday 9 November.
        QTest::newRow("ky, on the due date") << "ky" << QDate(2026, 11, 9) << true;
        QTest::newRow("ru, on the due date") << "ru" << QDate(2026, 11, 9) << true;
        QTest::newRow("ky, a day late") << "ky" << QDate(2026, 11, 10) << false;
        QTest::newRow("ru, a day late") << "ru" << QDate(2026, 11, 10) << false;
    }
    void theLetterSaysThirtyDaysOnlyWhenTheyWere()
    {
        QFETCH(QString, language);
        QFETCH(QDate, sentOn);
        QFETCH(bool, inTime);
        ClaimService claims(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Осмонова Нургүл");
        r.receivedOn = QDate(2026, 10, 8);
        r.subjectMatter = QStringLiteral("Доомат");
        const ClaimService::Row row = claims.registerClaim(m_admin, r);
        QCOMPARE(row.dueOn, QDate(2026, 11, 9));
        claims.draftAnswer(m_admin, row.id, QStringLiteral("Жооп."));
        claims.logAnswer(
            m_admin, row.id,
            ClaimService::Answer{sentOn, QStringLiteral("email"), QString(), QString()});
        const QString path =
            m_dir.filePath(QStringLiteral("thirty-%1-%2.pdf").arg(language).arg(row.id));
        ClaimLetterService(*m_database).writePdf(m_admin, row.id, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const QString thirty =
            document.translate("dpo::ClaimLetter",
                               "This written answer is given within 30 calendar days of your claim "
                               "(policy 14.2). If you disagree, you may go to court.");
        const QString court = document.translate(
            "dpo::ClaimLetter", "If you disagree with this answer, you may go to court.");
        QVERIFY2(thirty.contains(QStringLiteral("30")) &&
                     !thirty.startsWith(QStringLiteral("This")),
                 "not translated");
        QCOMPARE(text.contains(thirty.left(40)), inTime);
        QCOMPARE(text.contains(court.left(30)), !inTime);
    }

    // A refused access request: the letter cites the paragraph of Art. 15 and the right of appeal.
    void aRefusalCitesArticle15_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("paragraph"); // how the letter names the paragraph
        QTest::addColumn<QString>("appeal");
        QTest::newRow("ky") << "ky"
                            << "3.1-пунктуна" // a line may break after "15-"
                            << "Министрлер Кабинетине караштуу Жеке маалыматтарды коргоо боюнча "
                               "мамлекеттик агенттикке же сотко";
        QTest::newRow("ru") << "ru"
                            << "пункта 3.1 статьи 15"
                            << "в Государственное агентство по защите персональных данных при "
                               "Кабинете Министров Кыргызской Республики или в суд";
    }
    void aRefusalCitesArticle15()
    {
        QFETCH(QString, language);
        QFETCH(QString, paragraph);
        QFETCH(QString, appeal);
        ClaimService claims(*m_database);
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::AccessRequest;
        r.claimantName = QStringLiteral("Исаева Гүлнара");
        r.receivedOn = QDate(2026, 11, 2);
        r.subjectMatter = QStringLiteral("Мен жөнүндө маалымат");
        const qint64 id = claims.registerClaim(m_admin, r).id;
        claims.draftAnswer(m_admin, id,
                           ClaimService::Draft{QStringLiteral("Жооп."), QStringLiteral("refused"),
                                               QStringLiteral("Башка адамдын укуктары"),
                                               QStringLiteral("3.1")});
        const QString path = m_dir.filePath(QStringLiteral("refusal-%1.pdf").arg(language));
        ClaimLetterService(*m_database).writePdf(m_admin, id, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        QVERIFY2(text.contains(paragraph), qPrintable(text));
        QVERIFY2(text.contains(appeal), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Башка адамдын укуктары")), qPrintable(text));
    }

    // Both languages in one letter: Kyrgyz, then Russian on a page of its own, each saying that the
    // Russian text prevails (policy 2.5); one audit entry.
    void aBilingualLetterSaysTheRussianTextPrevails()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter-ky+ru.pdf"));
        const qint64 before = letters();
        ClaimLetterService(*m_database)
            .writePdf(m_admin, m_claim, QString::fromLatin1(LetterService::kBilingual), path);
        QCOMPARE(letters(), before + 1);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, QStringLiteral("ky"));
        DPO_VERIFY_GLOSSARY(text, QStringLiteral("ru"));
        const char* const note = "This letter is made in Kyrgyz and in Russian. Where the two "
                                 "texts differ, the Russian text prevails "
                                 "(privacy policy, clause 2.5).";
        int previous = -1;
        for (const char* code : {"ky", "ru"}) {
            const DocumentLanguage document{QString::fromLatin1(code)};
            const QString heading =
                document
                    .translate("dpo::ClaimLetter", "Answer to your pre-trial claim No. %1 of %2")
                    .arg(m_claim)
                    .arg(QStringLiteral("08.10.2026"));
            const QString prevails = document.translate("dpo::LetterService", note);
            QVERIFY2(prevails != QString::fromLatin1(note), "not translated");
            const int at = text.indexOf(heading);
            QVERIFY2(at > previous,
                     qPrintable(QStringLiteral("%1 missing or out of order").arg(heading)));
            QVERIFY2(text.indexOf(prevails, at) > at, qPrintable(prevails));
            previous = at;
        }
        QCOMPARE(test::pdfText(path).count(QLatin1Char('\f')) >= 2,
                 true); // the Russian text on pages of its own
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                  "'claim.letter' ORDER BY seq DESC LIMIT 1"));
        execQuery(q, "entry");
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("\"language\":\"ky+ru\"")),
                 qPrintable(q.value(0).toString()));
        // A language that is neither: refused, nothing written.
        QVERIFY_THROWS_EXCEPTION(Error, ClaimLetterService(*m_database)
                                            .writePdf(m_admin, m_claim, QStringLiteral("ru+ky"),
                                                      m_dir.filePath(QStringLiteral("x2.pdf"))));
        QCOMPARE(letters(), before + 1);
    }

    void aLetterThatCannotBeWrittenLeavesNoEntry()
    {
        const qint64 before = letters();
        QVERIFY_THROWS_EXCEPTION(
            Error, ClaimLetterService(*m_database)
                       .writePdf(m_admin, m_claim, QStringLiteral("ru"),
                                 m_dir.filePath(QStringLiteral("missing/letter.pdf"))));
        QCOMPARE(letters(), before);
    }
};

QTEST_MAIN(TestClaimLetter)
#include "tst_claimletter.moc"

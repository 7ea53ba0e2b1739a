// SPDX-License-Identifier: GPL-3.0-or-later
// A subject's request to correct their data (policy 12.3, 1.1.7), on the backend of
// DPO_TEST_BACKEND: registered as a claim of its own kind (the subject's, due by the organisation's
// own target of a week), each field checked as the import checks it, the record changed, the old
// value kept only as a salted digest, every recipient of the field's category told before the
// claim closes, and the answer letter in Kyrgyz and Russian listing what now reads.
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "domain/WithdrawalDecision.h"
#include "Glossary.h"
#include "security/Sha256.h"
#include "services/ClaimLetterService.h"
#include "services/ClaimService.h"
#include "services/RectificationService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestRectification : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;
    qint64 m_recipient = 0;
    int m_serial = 100;

    // A subject with data (its contacts and face photo given to the recipient) and a request to
    // correct it, received today.
    struct Case
    {
        QString ref;
        qint64 subjectId = 0, claimId = 0;
    };
    Case newCase()
    {
        Case c;
        c.ref = QStringLiteral("OG-R%1").arg(++m_serial);
        c.subjectId = test::insertSubjectWithData(*m_database, c.ref, m_recipient, m_serial);
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::RectificationRequest;
        r.subjectRef = c.ref;
        r.receivedOn = bishkekToday();
        r.claimantContact = QStringLiteral("Бишкек ш., Ибраимов к. 1");
        r.subjectMatter = QStringLiteral("Телефон номерим өзгөрдү");
        c.claimId = ClaimService(*m_database).registerClaim(m_admin, r).id;
        return c;
    }
    QString subjectValue(qint64 subjectId, const QString& column) const
    {
        const QVariant v = test::scalar(
            *m_database, QStringLiteral("SELECT %1 FROM subjects WHERE id = ?").arg(column),
            {subjectId});
        return v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                     : v.toString();
    }
    QString digestOf(const QString& field, const QString& value) const
    {
        const QString salt =
            test::scalar(*m_database, QStringLiteral("SELECT salt FROM erasure_salt")).toString();
        return QString::fromLatin1(Sha256::hashHex(
            (salt + QChar(0x1f) + QStringLiteral("correction.") + field + QChar(0x1f) + value)
                .toUtf8()));
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("INSERT INTO recipients (name, kind) VALUES "
                                                  "('Бай-Түшүм ФКО', 'fco') RETURNING id"));
        execQuery(q, "add a recipient");
        QVERIFY(q.next());
        m_recipient = q.value(0).toLongLong();
        q.finish();
        // Another subject, whose INN (21705199000001) a correction may not take.
        test::insertSubjectWithData(*m_database, QStringLiteral("OG-OTHER"), m_recipient, 1);
    }

    // The organisation's own target of a week, on the working-day calendar: received on Thursday
    // 30 April 2026, the week ends on 7 May within the days off of 1-9 May, due on Monday 11 May.
    void dueByTheOwnTargetOfAWeek_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        QTest::newRow("a Monday") << QDate(2026, 11, 2) << QDate(2026, 11, 9);
        QTest::newRow("before the May days off") << QDate(2026, 4, 30) << QDate(2026, 5, 11);
    }
    void dueByTheOwnTargetOfAWeek()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        const QString ref = QStringLiteral("OG-D%1").arg(received.toString(QStringLiteral("MMdd")));
        test::insertSubjectWithData(*m_database, ref, m_recipient, ++m_serial);
        ClaimService::Registration r;
        r.kind = ClaimService::kindFromCode(QStringLiteral("rectification"));
        r.subjectRef = ref;
        r.receivedOn = received;
        r.subjectMatter = QStringLiteral("Фамилиям туура эмес жазылган");
        const ClaimService::Row row = ClaimService(*m_database).registerClaim(m_admin, r);
        QCOMPARE(row.dueOn, due);
        QCOMPARE(ClaimService::periodDays(ClaimService::Kind::RectificationRequest),
                 Periods::kRectificationTargetDays);
        QCOMPARE(test::scalar(*m_database, QStringLiteral("SELECT kind FROM claims WHERE id = ?"),
                              {row.id})
                     .toString(),
                 QStringLiteral("rectification_request"));
    }

    // The request is the subject's own: without the subject it is refused, and nothing written.
    void aRequestNamesItsSubject()
    {
        ClaimService::Registration r;
        r.kind = ClaimService::Kind::RectificationRequest;
        r.claimantName = QStringLiteral("Асанов Бакыт");
        r.receivedOn = bishkekToday();
        r.subjectMatter = QStringLiteral("Фамилиям туура эмес жазылган");
        const qint64 claims = test::rowCount(*m_database, QStringLiteral("claims"));
        try {
            ClaimService(*m_database).registerClaim(m_admin, r);
            QFAIL("a request to correct data was registered without its subject");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("platform reference")),
                     qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), claims);
    }

    // Each correction's rule; a refused one changes nothing at all (the record, the case, the
    // audit trail).
    void eachCorrectionIsChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored"); // the record's value after it
        QTest::addColumn<QString>("says");   // empty: corrected
        QTest::newRow("a phone as people write it") << "phone"
                                                    << "0 (700) 12-34-56"
                                                    << "+996700123456"
                                                    << "";
        QTest::newRow("a surname") << "surname"
                                   << "Осмоналиев"
                                   << "Осмоналиев"
                                   << "";
        QTest::newRow("a date of birth") << "birth_date"
                                         << "1990-07-15"
                                         << "1990-07-15"
                                         << "";
        QTest::newRow("an identity document") << "id_document"
                                              << "ID7654321"
                                              << "ID7654321"
                                              << "";
        QTest::newRow("an email removed") << "email"
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("a field the record does not have") << "height"
                                                          << "180"
                                                          << ""
                                                          << "is not a field";
        QTest::newRow("the value the record holds") << "sex"
                                                    << "M"
                                                    << "M"
                                                    << "already holds";
        QTest::newRow("a surname removed") << "surname"
                                           << " "
                                           << "Осмонов"
                                           << "cannot be without";
        QTest::newRow("a birth date in the future") << "birth_date"
                                                    << "2099-01-01"
                                                    << "1990-05-17"
                                                    << "birth_date:";
        QTest::newRow("a phone abroad") << "phone"
                                        << "+7 912 000 00 00"
                                        << "same"
                                        << "phone:";
        QTest::newRow("another subject's INN") << "inn"
                                               << "21705199000001"
                                               << "same"
                                               << "another subject's INN";
        QTest::newRow("a name with a control character")
            << "given_name" << QStringLiteral("Тал\x07ант") << "Талант"
            << "given_name:";
    }
    void eachCorrectionIsChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, stored);
        QFETCH(QString, says);
        const Case c = newCase();
        const bool known = RectificationService::fields().contains(field);
        const QString before = known ? subjectValue(c.subjectId, field) : QString();
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            RectificationService(*m_database)
                .correct(m_admin, c.claimId, {RectificationService::Correction{field, value}});
            QVERIFY2(says.isEmpty(), "a wrong correction was made");
        } catch (const Error& e) {
            QVERIFY2(!says.isEmpty(), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
            QCOMPARE(test::scalar(*m_database,
                                  QStringLiteral(
                                      "SELECT count(*) FROM claim_corrections WHERE claim_id = ?"),
                                  {c.claimId})
                         .toInt(),
                     0);
        }
        if (known)
            QCOMPARE(subjectValue(c.subjectId, field),
                     stored == QStringLiteral("same") ? before : stored);
    }

    // The old value is kept only as its digest, in the case and in the audit entry; the new one
    // in the case; the audit entry holds neither value. A name's search fold follows the name.
    void theOldValueIsKeptOnlyAsItsDigest()
    {
        const Case c = newCase();
        const QString oldPhone = subjectValue(c.subjectId, QStringLiteral("phone"));
        RectificationService(*m_database)
            .correct(m_admin, c.claimId,
                     {{QStringLiteral("phone"), QStringLiteral("+996700765432")},
                      {QStringLiteral("surname"), QStringLiteral("Осмоналиева")}});
        QCOMPARE(subjectValue(c.subjectId, QStringLiteral("surname_fold")),
                 QStringLiteral("осмоналиева"));
        const RectificationService::Details d =
            RectificationService(*m_database).details(c.claimId);
        QCOMPARE(d.corrections.size(), 2);
        QCOMPARE(d.corrections[0].field, QStringLiteral("surname")); // in the record's order
        const RectificationService::Corrected& phone = d.corrections[1];
        QCOMPARE(phone.category, QStringLiteral("contacts"));
        QCOMPARE(phone.newValue, QStringLiteral("+996700765432"));
        QCOMPARE(phone.oldDigest, digestOf(QStringLiteral("phone"), oldPhone));
        QCOMPARE(phone.newDigest,
                 digestOf(QStringLiteral("phone"), QStringLiteral("+996700765432")));
        const QString audit =
            test::scalar(*m_database,
                         QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                        "'claim.correct' AND entity_id = ?"),
                         {QString::number(c.claimId)})
                .toString();
        QVERIFY2(audit.contains(phone.oldDigest) && audit.contains(phone.newDigest),
                 qPrintable(audit));
        for (const QString& value : {oldPhone, QStringLiteral("+996700765432"),
                                     QStringLiteral("Осмоналиева"), QStringLiteral("Осмонов")})
            QVERIFY2(!audit.contains(value), qPrintable(audit));
        // Corrected once per case: a second correction of the field is refused.
        try {
            RectificationService(*m_database)
                .correct(m_admin, c.claimId,
                         {{QStringLiteral("phone"), QStringLiteral("+996700111222")}});
            QFAIL("a field was corrected twice in one case");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("already")), qPrintable(e.message()));
        }
        // A withdrawal that destroys the contacts later takes the new value out of the case too.
        test::executeWithdrawalOf(*m_database, m_admin, c.ref, QStringLiteral("contacts"),
                                  DecisionAction::Destroy);
        const RectificationService::Details after =
            RectificationService(*m_database).details(c.claimId);
        QVERIFY(after.corrections[1].newValue.isEmpty());
        QCOMPARE(after.corrections[1].oldDigest, phone.oldDigest);
        QCOMPARE(after.corrections[0].newValue, QStringLiteral("Осмоналиева"));
    }

    // Every recipient that received a corrected category is to be told, and the claim does not
    // close before each is; a category no one received tells no one; a recipient told of one
    // correction is told again of a later one.
    void everyRecipientOfTheFieldIsTold()
    {
        const Case c = newCase();
        RectificationService service(*m_database);
        ClaimService claims(*m_database);
        service.correct(m_admin, c.claimId,
                        {{QStringLiteral("surname"), QStringLiteral("Осмонбеков")}});
        QVERIFY(service.details(c.claimId).notices.isEmpty()); // personal details went nowhere
        service.correct(m_admin, c.claimId,
                        {{QStringLiteral("email"), QStringLiteral("t@mail.kg")}});
        RectificationService::Details d = service.details(c.claimId);
        QCOMPARE(d.notices.size(), 1);
        QCOMPARE(d.notices[0].recipient, QStringLiteral("Бай-Түшүм ФКО"));
        QCOMPARE(d.notices[0].categories, QStringList{QStringLiteral("contacts")});
        QCOMPARE(d.untold, 1);

        claims.draftAnswer(m_admin, c.claimId, QStringLiteral("Маалыматтарыңыз оңдолду."));
        claims.logAnswer(m_admin, c.claimId,
                         ClaimService::Answer{bishkekToday(), QStringLiteral("email"), {}, {}});
        try {
            claims.close(m_admin, c.claimId, QStringLiteral("satisfied"), {});
            QFAIL("the claim closed before the recipient was told");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("recipient")), qPrintable(e.message()));
        }
        try {
            service.recordNotice(m_admin, d.notices[0].id, bishkekToday().addDays(1),
                                 QStringLiteral("email"), {});
            QFAIL("a notice was dated in the future");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("today")), qPrintable(e.message()));
        }
        service.recordNotice(m_admin, d.notices[0].id, bishkekToday(), QStringLiteral("email"),
                             QStringLiteral("Кат №12"));
        d = service.details(c.claimId);
        QCOMPARE(d.untold, 0);
        QCOMPARE(d.notices[0].notifiedOn, bishkekToday());
        claims.close(m_admin, c.claimId, QStringLiteral("satisfied"), {});
        QCOMPARE(test::scalar(*m_database,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'claim.recipient_notified' AND entity_id = ?"),
                              {QString::number(c.claimId)})
                     .toInt(),
                 1);

        // Told of the email, the recipient is told again when the identity document follows.
        const Case again = newCase();
        test::scalar(*m_database,
                     QStringLiteral("INSERT INTO transfers (subject_id, recipient_id, "
                                    "category_code, purpose_code, transferred_at) VALUES (?, ?, "
                                    "'identity_document', 'financing_decision', "
                                    "'2025-01-10T10:00:00Z') RETURNING id"),
                     {again.subjectId, m_recipient});
        service.correct(m_admin, again.claimId,
                        {{QStringLiteral("phone"), QStringLiteral("+996700000999")}});
        const qint64 notice = service.details(again.claimId).notices[0].id;
        service.recordNotice(m_admin, notice, bishkekToday(), QStringLiteral("post"), {});
        service.correct(m_admin, again.claimId,
                        {{QStringLiteral("id_document"), QStringLiteral("ID1112223")}});
        d = service.details(again.claimId);
        QCOMPARE(d.notices.size(), 1);
        QCOMPARE(d.notices[0].categories,
                 (QStringList{QStringLiteral("contacts"), QStringLiteral("identity_document")}));
        QVERIFY(!d.notices[0].notifiedOn.isValid());
        QCOMPARE(d.untold, 1);
    }

    // A blocked category is not corrected (its values are shown nowhere until unblocked), nor is
    // a request of another kind, nor one answered already.
    void whatIsNotCorrected_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("says");
        QTest::newRow("a blocked category") << "blocked"
                                            << "blocked";
        QTest::newRow("a pre-trial claim") << "claim"
                                           << "not a request to correct data";
        QTest::newRow("an answered request") << "answered"
                                             << "answered already";
        QTest::newRow("no field at all") << "nothing"
                                         << "at least one field";
        QTest::newRow("a field named twice") << "twice"
                                             << "named twice";
    }
    void whatIsNotCorrected()
    {
        QFETCH(QString, situation);
        QFETCH(QString, says);
        Case c = newCase();
        QList<RectificationService::Correction> corrections{
            {QStringLiteral("phone"), QStringLiteral("+996700222333")}};
        if (situation == QStringLiteral("blocked")) {
            test::scalar(*m_database,
                         QStringLiteral("UPDATE subject_categories SET state = 'blocked' WHERE "
                                        "subject_id = ? AND category_code = 'contacts'"),
                         {c.subjectId});
        } else if (situation == QStringLiteral("claim")) {
            c.claimId = test::answeredClaim(*m_database, m_admin, QStringLiteral("Асанов Бакыт"));
        } else if (situation == QStringLiteral("answered")) {
            ClaimService(*m_database)
                .logAnswer(m_admin, c.claimId,
                           ClaimService::Answer{bishkekToday(), QStringLiteral("email"), {}, {}});
        } else if (situation == QStringLiteral("nothing")) {
            corrections.clear();
        } else if (situation == QStringLiteral("twice")) {
            corrections << corrections.first();
        }
        const QString before = subjectValue(c.subjectId, QStringLiteral("phone"));
        try {
            RectificationService(*m_database).correct(m_admin, c.claimId, corrections);
            QFAIL("a correction was made where none may be");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QCOMPARE(subjectValue(c.subjectId, QStringLiteral("phone")), before);
    }

    // The answer letter lists what now reads and whom the correction was told, in the
    // subject's language or the other, and cites 12.3 and 1.1.7.
    void theLetterSaysWhatNowReads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << "ky";
        QTest::newRow("ru") << "ru";
    }
    void theLetterSaysWhatNowReads()
    {
        QFETCH(QString, language);
        const Case c = newCase();
        RectificationService service(*m_database);
        service.correct(m_admin, c.claimId,
                        {{QStringLiteral("phone"), QStringLiteral("+996700445566")},
                         {QStringLiteral("birth_date"), QStringLiteral("1990-07-15")}});
        ClaimService(*m_database)
            .draftAnswer(m_admin, c.claimId, QStringLiteral("Маалыматтарыңыз оңдолду."));
        const QString path =
            m_dir.filePath(QStringLiteral("rectification-%1-%2.pdf").arg(language).arg(c.claimId));
        ClaimLetterService(*m_database).writePdf(m_admin, c.claimId, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const Vocabulary words(document);
        const QString heading =
            document
                .translate("dpo::ClaimLetter",
                           "Answer to your request to correct your personal data No. %1 of %2")
                .arg(c.claimId)
                .arg(document.date(bishkekToday()));
        const QString closing = document.translate(
            "dpo::ClaimLetter",
            "You undertook to tell us of changes to your data with the documents that show them "
            "(privacy policy 12.3); we update the data we hold accordingly (1.1.7). If you "
            "disagree with this answer, you may appeal to the State Agency for Personal Data "
            "Protection or to a court.");
        QVERIFY2(!heading.startsWith(QStringLiteral("Answer")) &&
                     !closing.startsWith(QStringLiteral("You")),
                 "not translated");
        for (const QString& expected :
             {heading, words.name(Vocabulary::Kind::SubjectField, QStringLiteral("phone")),
              QStringLiteral("+996700445566"), document.date(QDate(1990, 7, 15)),
              QStringLiteral("Бай-Түшүм ФКО"), closing})
            QVERIFY2(text.contains(expected.simplified()),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
};

QTEST_MAIN(TestRectification) // the letter's dates use the document language
#include "tst_rectification.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Cases the officer opens for subjects under 18 (policy 9.1: data of a minor is destroyed as soon
// as possible; 12.4), on the backend of DPO_TEST_BACKEND: who gets a case and who is refused, the
// bulk opening (one case per minor, all or none), four eyes for a keep, closing with or without a
// letter to the parent or guardian, the rejection that the subject is not a minor, and the letter
// read back in Kyrgyz and Russian.
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "domain/WithdrawalWorkflow.h"
#include "Glossary.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "WithdrawalFixture.h"

#include <QtTest>

using namespace dpo;

using test::decision;

class TestMinorCases : public test::WithdrawalFixture
{
    Q_OBJECT
    Session m_supervisor;

    // A subject with every category, born `yearsAgo` years and `daysAgo` days before today.
    qint64 addSubjectBorn(const QString& ref, int yearsAgo, int daysAgo = 0)
    {
        const qint64 id = addSubject(ref);
        exec(QStringLiteral("UPDATE subjects SET birth_date = ? WHERE id = ?"),
             {bishkekToday().addYears(-yearsAgo).addDays(-daysAgo), id});
        return id;
    }
    qint64 openCases() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM withdrawal_requests WHERE origin = "
                                     "'minor' AND state NOT IN ('closed', 'rejected')"))
            .toLongLong();
    }
    static QList<WithdrawalService::Decision> destroyAll() { return test::decideAll("destroy"); }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        m_supervisor = signedInSupervisor();
    }

    // Who may have a case opened: a subject under 18 by the record who still holds data and has
    // no case open. Anything else is refused with the reason, and nothing is written.
    void whoGetsACase_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<int>("yearsAgo"); // -1: no birth date on record
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("erased");
        QTest::addColumn<QString>("refusal"); // empty: a case is opened
        QTest::newRow("sixteen") << "OG-M1" << 16 << 0 << false << "";
        QTest::newRow("eighteen tomorrow") << "OG-M2" << 18 << -1 << false << "";
        QTest::newRow("eighteen today") << "OG-M3" << 18 << 0 << false << "not under 18";
        QTest::newRow("an adult") << "OG-M4" << 35 << 0 << false << "not under 18";
        QTest::newRow("no birth date") << "OG-M5" << -1 << 0 << false << "no birth date";
        QTest::newRow("nothing left") << "OG-M6" << 15 << 0 << true << "nothing to destroy";
    }
    void whoGetsACase()
    {
        QFETCH(QString, ref);
        QFETCH(int, yearsAgo);
        QFETCH(int, daysAgo);
        QFETCH(bool, erased);
        QFETCH(QString, refusal);
        const qint64 subject =
            yearsAgo < 0 ? addSubject(ref) : addSubjectBorn(ref, yearsAgo, daysAgo);
        if (yearsAgo < 0)
            exec(QStringLiteral("UPDATE subjects SET birth_date = NULL WHERE id = ?"), {subject});
        if (erased)
            exec(QStringLiteral("UPDATE subject_categories SET state = 'destroyed' WHERE "
                                "subject_id = ?"),
                 {subject});
        const qint64 before = test::rowCount(*m_database, QStringLiteral("withdrawal_requests"));
        WithdrawalService service(*m_database);
        if (!refusal.isEmpty()) {
            try {
                service.openMinorCase(m_admin, ref);
                QFAIL("a case was opened");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::BadInput);
                QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
                QVERIFY2(e.message().contains(ref), qPrintable(e.message()));
            }
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("withdrawal_requests")), before);
            return;
        }
        const qint64 id = service.openMinorCase(m_admin, ref);
        const WithdrawalService::Details d = service.details(id, bishkekToday());
        QVERIFY(d.row.minorCase());
        QCOMPARE(d.row.state, QStringLiteral("opened"));
        QCOMPARE(d.channel, QStringLiteral("officer"));
        QCOMPARE(d.scope, QStringLiteral("full"));
        QCOMPARE(d.minorName, QStringLiteral("Осмонов Талант"));
        QCOMPARE(d.replyToName, QString()); // the letter names "the parent or guardian of"
        QCOMPARE(d.replyToAddress, QStringLiteral("Бишкек ш., Ибраимов к. 1"));
        QCOMPARE(d.heldCategories, test::kHeldCategories);
        QCOMPARE(d.row.receivedOn, bishkekToday());
        QCOMPARE(d.row.dueOn, DeadlineCalendar::load(m_database->connection())
                                  .dueDate(bishkekToday(), WithdrawalService::targetDays(
                                                               m_database->connection())));
        QCOMPARE(actions(id), QStringList{QStringLiteral("withdrawal.open_minor")});
        // No identity to verify; decided straight away.
        QVERIFY(!WithdrawalWorkflow::workflow().allows(WithdrawalWorkflow::Step::VerifyIdentity,
                                                       d.row.state));
        QVERIFY(
            WithdrawalWorkflow::workflow().allows(WithdrawalWorkflow::Step::Decide, d.row.state));
        QVERIFY_THROWS_EXCEPTION(
            Error, service.verifyIdentity(m_admin, id, QStringLiteral("id_in_person"), {}));
        // One open case per minor.
        try {
            service.openMinorCase(m_admin, ref);
            QFAIL("a second case was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QString::number(id)), qPrintable(e.message()));
        }
    }

    // All minors at once: a case for each minor without one, none for adults, none twice. A second
    // run opens nothing.
    void allMinorsAtOnce()
    {
        const qint64 openBefore = openCases();
        addSubjectBorn(QStringLiteral("OG-B1"), 17);
        addSubjectBorn(QStringLiteral("OG-B2"), 12, 40);
        addSubjectBorn(QStringLiteral("OG-B3"), 40);
        const qint64 minorsWithoutCase =
            scalar(QStringLiteral(
                       "SELECT count(*) FROM subjects s WHERE s.birth_date > ? AND EXISTS (SELECT "
                       "1 FROM subject_categories c WHERE c.subject_id = s.id AND c.state = "
                       "'held') AND NOT EXISTS (SELECT 1 FROM withdrawal_requests w WHERE "
                       "w.subject_id = s.id AND w.origin = 'minor' AND w.state NOT IN ('closed', "
                       "'rejected'))"),
                   {bishkekToday().addYears(-18)})
                .toLongLong();
        QVERIFY(minorsWithoutCase >= 2);
        WithdrawalService service(*m_database);
        const WithdrawalService::MinorCases first = service.openMinorCases(m_admin);
        QCOMPARE(first.opened.size(), minorsWithoutCase);
        QCOMPARE(first.alreadyOpen, int(openBefore));
        QCOMPARE(openCases(), openBefore + minorsWithoutCase);
        for (const qint64 id : first.opened)
            QCOMPARE(actions(id), QStringList{QStringLiteral("withdrawal.open_minor")});
        const QString adult =
            scalar(QStringLiteral("SELECT count(*) FROM withdrawal_requests w JOIN subjects s ON "
                                  "s.id = w.subject_id WHERE s.platform_ref = 'OG-B3'"))
                .toString();
        QCOMPARE(adult, QStringLiteral("0"));
        const WithdrawalService::MinorCases second = service.openMinorCases(m_admin);
        QVERIFY(second.opened.isEmpty());
        QCOMPARE(second.alreadyOpen, int(openCases()));
    }

    // A keep needs a second supervisor, as in a withdrawal; then the data is gone, the consent
    // ended, the recipient to be told, and the case closes with the letter sent.
    void aKeepNeedsFourEyes()
    {
        addSubjectBorn(QStringLiteral("OG-K1"), 17);
        WithdrawalService service(*m_database);
        const qint64 id = service.openMinorCase(m_admin, QStringLiteral("OG-K1"),
                                                QStringLiteral("Осмонова Гүлнара"),
                                                QStringLiteral("Ош ш., Ленин к. 5"));
        const QDate until = bishkekToday().addYears(5);
        QList<WithdrawalService::Decision> ds = destroyAll();
        ds[1] = decision("identity_document", "keep", "aml_cft_record_keeping", until);
        service.decide(m_admin, id, ds);
        QVERIFY_THROWS_EXCEPTION(Error, service.execute(m_admin, id));
        QVERIFY_THROWS_EXCEPTION(Error, service.approve(m_admin, id));
        service.approve(m_supervisor, id);
        service.execute(m_admin, id);
        WithdrawalService::Details d = service.details(id, bishkekToday());
        QCOMPARE(d.row.state, QStringLiteral("executed"));
        QCOMPARE(d.decisions.at(1).approvedBy, QStringLiteral("Айгүл Сейитова"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE subject_id = ? AND "
                                       "withdrawn_at IS NULL"),
                        {d.row.subjectId})
                     .toInt(),
                 0);
        // A case with an address is closed by its letter, not without one.
        QVERIFY_THROWS_EXCEPTION(
            Error, service.logReply(m_admin, id, bishkekToday(), QStringLiteral("none"), {}));
        for (const WithdrawalService::Notice& n : d.notices)
            service.recordNotice(m_admin, n.id, bishkekToday(), QStringLiteral("email"), {});
        service.logReply(m_admin, id, bishkekToday(), QStringLiteral("post"),
                         QStringLiteral("RR123456789KG"));
        d = service.details(id, bishkekToday());
        QCOMPARE(d.row.state, QStringLiteral("closed"));
        QCOMPARE(d.replyToName, QStringLiteral("Осмонова Гүлнара"));
    }

    // With no address of the parent or guardian nor of the minor, the case closes without a
    // letter; a subject's own request never does.
    void noAddressClosesWithoutALetter()
    {
        const qint64 subject = addSubjectBorn(QStringLiteral("OG-N1"), 16);
        exec(QStringLiteral("UPDATE subjects SET registration_address = NULL, residence_address = "
                            "NULL WHERE id = ?"),
             {subject});
        WithdrawalService service(*m_database);
        const qint64 id = service.openMinorCase(m_admin, QStringLiteral("OG-N1"));
        service.decide(m_admin, id, destroyAll());
        service.execute(m_admin, id);
        for (const WithdrawalService::Notice& n : service.details(id, bishkekToday()).notices)
            service.recordNotice(m_admin, n.id, bishkekToday(), QStringLiteral("email"), {});
        QVERIFY_THROWS_EXCEPTION(Error, WithdrawalLetterService(*m_database)
                                            .writePdf(m_admin, id, QStringLiteral("ky"),
                                                      m_dir.filePath(QStringLiteral("n.pdf"))));
        service.logReply(m_admin, id, bishkekToday(), QStringLiteral("none"), {});
        QCOMPARE(service.details(id, bishkekToday()).row.state, QStringLiteral("closed"));
        QCOMPARE(scalar(QStringLiteral("SELECT reply_method FROM withdrawal_requests WHERE id = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("none"));

        addSubject(QStringLiteral("OG-N2"));
        const qint64 request = registerVerified(QStringLiteral("OG-N2"));
        service.decide(m_admin, request, destroyAll());
        service.execute(m_admin, request);
        for (const WithdrawalService::Notice& n : service.details(request, bishkekToday()).notices)
            service.recordNotice(m_admin, n.id, bishkekToday(), QStringLiteral("email"), {});
        try {
            service.logReply(m_admin, request, bishkekToday(), QStringLiteral("none"), {});
            QFAIL("a subject's request closed without a reply");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QString::number(request)), qPrintable(e.message()));
        }
    }

    // The birth date was wrong: the case is rejected as "not a minor", and only so; a subject's
    // request is never rejected for that. Nothing is written to anyone.
    void notAMinorAfterAll()
    {
        addSubjectBorn(QStringLiteral("OG-R1"), 17);
        WithdrawalService service(*m_database);
        const qint64 id = service.openMinorCase(m_admin, QStringLiteral("OG-R1"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.reject(m_admin, id, QStringLiteral("not_written"), {}));
        service.reject(m_admin, id, QStringLiteral("not_a_minor"),
                       QStringLiteral("Паспорт боюнча 1990-жылы туулган"));
        QCOMPARE(service.details(id, bishkekToday()).row.state, QStringLiteral("rejected"));
        QVERIFY_THROWS_EXCEPTION(Error, WithdrawalLetterService(*m_database)
                                            .writePdf(m_admin, id, QStringLiteral("ru"),
                                                      m_dir.filePath(QStringLiteral("r.pdf"))));
        addSubject(QStringLiteral("OG-R2"));
        WithdrawalService::Registration r;
        r.subjectRef = QStringLiteral("OG-R2");
        r.receivedOn = bishkekToday();
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                                   test::kWithdrawalLetter};
        const qint64 request = service.registerRequest(m_admin, r);
        QVERIFY_THROWS_EXCEPTION(
            Error, service.reject(m_admin, request, QStringLiteral("not_a_minor"), {}));
        QCOMPARE(service.details(request, bishkekToday()).row.state, QStringLiteral("received"));
    }

    // The letter to the parent or guardian, read back: addressed to them, naming the minor, the
    // policy's clauses, what was done with each category; in the letter's language.
    void theLetterToTheParent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void theLetterToTheParent()
    {
        QFETCH(QString, language);
        const QString ref = QStringLiteral("OG-L-") + language;
        addSubjectBorn(ref, 15);
        WithdrawalService service(*m_database);
        const qint64 id = service.openMinorCase(m_admin, ref);
        service.decide(m_admin, id, destroyAll());
        service.execute(m_admin, id);
        const QString path = m_dir.filePath(QStringLiteral("minor-%1.pdf").arg(language));
        WithdrawalLetterService(*m_database).writePdf(m_admin, id, language, path);
        if (!qEnvironmentVariableIsEmpty("DPO_SCREENSHOT_DIR"))
            QFile::copy(path, qEnvironmentVariable("DPO_SCREENSHOT_DIR") +
                                  QStringLiteral("/minor-letter-%1.pdf").arg(language));
        // A line may break at the hyphen of "ата-энесине".
        const QString text =
            test::pdfText(path).simplified().replace(QStringLiteral("- "), QStringLiteral("-"));
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const auto t = [&](const char* source) {
            return document.translate("dpo::WithdrawalLetter", source);
        };
        const QString addressee =
            t("To the parent or legal guardian of %1").arg(QStringLiteral("Осмонов Талант"));
        QVERIFY2(addressee != QStringLiteral("To the parent or legal guardian of Осмонов Талант"),
                 "the addressee is not translated");
        QVERIFY2(text.contains(addressee),
                 qPrintable(addressee + QStringLiteral(" not in: ") + text));
        for (const char* clause : {"9.1", "12.4"})
            QVERIFY2(text.contains(QLatin1String(clause)), clause);
        QVERIFY2(!text.contains(QStringLiteral("12.1.3")), "a minor's letter cites a withdrawal");
        QVERIFY2(!text.contains(QStringLiteral("parent")), "the letter is not translated");
        const QString destroyed =
            Vocabulary(document).name(Vocabulary::Kind::CategoryState, QStringLiteral("destroyed"));
        QVERIFY2(text.contains(destroyed), qPrintable(destroyed));
        QVERIFY2(text.contains(QStringLiteral("Бишкек ш., Ибраимов к. 1")), qPrintable(text));
        QVERIFY(actions(id).contains(QStringLiteral("withdrawal.letter")));
    }
};

QTEST_MAIN(TestMinorCases) // the letter is laid out with QtGui
#include "tst_minorcases.moc"

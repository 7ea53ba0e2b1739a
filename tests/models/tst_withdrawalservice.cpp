// SPDX-License-Identifier: GPL-3.0-or-later
// Written withdrawal requests through every path, on the backend of DPO_TEST_BACKEND: a full
// withdrawal, a partial one, an AML keep with its supervisor's approval, a rejection, the
// replies' letters, and the register listing open requests first. What a withdrawal refuses and
// guards is in tst_withdrawalsafeguards.
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/LetterKind.h"
#include "domain/Vocabulary.h"
#include "Glossary.h"
#include "services/AttachmentService.h"
#include "services/OfficerService.h"
#include "services/OutgoingLetterService.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"
#include "WithdrawalFixture.h"

#include <QtTest>

using namespace dpo;

using test::decision;
using test::kHeldCategories;
using test::kWithdrawalLetter;

class TestWithdrawalService : public test::WithdrawalFixture
{
    Q_OBJECT
    Session m_supervisor;
    qint64 m_amlRequest = 0;
    qint64 m_rejectedRequest = 0;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        m_supervisor = signedInSupervisor();
    }

    void aRequestWithoutItsDocumentIsRefused()
    {
        addSubject(QStringLiteral("OG-W0"));
        WithdrawalService::Registration r;
        r.subjectRef = QStringLiteral("OG-W0");
        r.receivedOn = QDate(2026, 11, 2);
        const qint64 before = test::rowCount(*m_database, QStringLiteral("withdrawal_requests"));
        try {
            WithdrawalService(*m_database).registerRequest(m_admin, r);
            QFAIL("a request without its document was registered");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("12.1.3")), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("withdrawal_requests")), before);
    }

    void aFullWithdrawalDestroysEverythingAndTellsTheRecipient()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-W1"));
        // Records that repeat the subject's name and contacts: a claim and a disclosure's notice.
        exec(QStringLiteral(
                 "INSERT INTO claims (kind, subject_id, claimant_name, claimant_contact, "
                 "received_on, channel, subject_matter, "
                 "due_on, state, officer_id, registered_at) VALUES ('pretrial_claim', ?, 'Осмонов "
                 "Талант', '+996555120001', "
                 "'2026-10-01', 'post', 'x', '2026-10-31', 'open', ?, '2026-10-01T10:00:00Z')"),
             {subject, m_admin.officerId});
        exec(QStringLiteral(
                 "INSERT INTO disclosures (recipient_id, ground, law_reference, disclosed_on, "
                 "officer_id, registered_at) "
                 "VALUES (?, 'law', 'Law No. 58', '2026-10-01', ?, '2026-10-01T10:00:00Z')"),
             {m_recipient, m_admin.officerId});
        const qint64 disclosure =
            scalar(QStringLiteral("SELECT max(id) FROM disclosures")).toLongLong();
        exec(QStringLiteral(
                 "INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (?, ?)"),
             {disclosure, subject});
        exec(QStringLiteral("INSERT INTO notifications (disclosure_id, subject_id, channel, "
                            "address, language, body, state, queued_at, "
                            "sent_at, state_at) VALUES (?, ?, 'sms', '+996555120001', 'ky', 'x', "
                            "'sent', '2026-10-01T10:00:00Z', "
                            "'2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z')"),
             {disclosure, subject});
        const qint64 id = registerVerified(QStringLiteral("OG-W1"));
        WithdrawalService service(*m_database);
        WithdrawalService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.row.state, QStringLiteral("identity_verified"));
        QCOMPARE(d.heldCategories.size(), kHeldCategories.size());
        QCOMPARE(d.row.dueOn, QDate(2026, 12, 2)); // 30 calendar days, a Wednesday
        service.decide(m_admin, id, test::decideAll("destroy"));
        service.execute(m_admin, id);

        QVERIFY(!scalar(QStringLiteral("SELECT withdrawn_at FROM consents WHERE subject_id = ?"),
                        {subject})
                     .isNull());
        QCOMPARE(
            scalar(QStringLiteral("SELECT consent_state FROM subjects WHERE id = ?"), {subject})
                .toString(),
            QStringLiteral("withdrawn"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("destroyed"));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM subjects WHERE id = ? AND inn IS NULL AND "
                            "surname IS NULL AND phone IS NULL "
                            "AND email IS NULL AND id_document IS NULL AND birth_date IS NULL"),
                        {subject})
                     .toInt(),
                 1);
        QVERIFY(scalar(QStringLiteral("SELECT platform_ref FROM subjects WHERE id = ?"), {subject})
                    .toString()
                    .startsWith(QStringLiteral("ANON-")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM claims WHERE subject_id = ? AND "
                                       "claimant_name = '—' AND claimant_contact IS NULL"),
                        {subject})
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT address FROM notifications WHERE subject_id = ?"),
                        {subject})
                     .toString(),
                 QStringLiteral("—"));
        // The tombstones: whose, what, when, by whom, under which request.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM destruction_records WHERE subject_id "
                                       "= ? AND request_id = ? AND destroyed_by = ?"),
                        {subject, id, m_admin.officerId})
                     .toInt(),
                 kHeldCategories.size());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subject_categories WHERE subject_id = "
                                       "? AND state = 'destroyed'"),
                        {subject})
                     .toInt(),
                 kHeldCategories.size());
        d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.row.state, QStringLiteral("executed"));
        QCOMPARE(d.notices.size(), 1);
        QCOMPARE(d.notices.first().recipient, QStringLiteral("Бай-Түшүм ФКО"));
        QCOMPARE(d.notices.first().categories, QStringList({"contacts", "face_photo"}));
        // The reply waits for every recipient to be told.
        QVERIFY_THROWS_EXCEPTION(Error, service.logReply(m_admin, id, QDate(2026, 11, 6),
                                                         QStringLiteral("email"), QString()));
        service.recordNotice(m_admin, d.notices.first().id, QDate(2026, 11, 6),
                             QStringLiteral("email"), QStringLiteral("info@fko.kg"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.logReply(m_admin, id, QDate(2026, 11, 6),
                                                  QStringLiteral("post"), QString())); // tracking
        service.logReply(m_admin, id, QDate(2026, 11, 6), QStringLiteral("post"),
                         QStringLiteral("RR123456789KG"));
        QCOMPARE(service.details(id, QDate(2026, 11, 6)).row.state, QStringLiteral("closed"));
        QCOMPARE(actions(id),
                 QStringList({"withdrawal.register", "attachment.add", "withdrawal.verify_identity",
                              "withdrawal.decide", "withdrawal.execute",
                              "withdrawal.recipient_notified", "withdrawal.reply_sent"}));
    }

    void aPartialWithdrawalTouchesOnlyWhatItNames()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-W2"));
        const qint64 id = registerVerified(QStringLiteral("OG-W2"), false,
                                           {"messages", "analytics"}, {"contacts"});
        WithdrawalService service(*m_database);
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).heldCategories,
                 QStringList{QStringLiteral("contacts")});
        // Deciding a category outside the scope is refused.
        QVERIFY_THROWS_EXCEPTION(Error, service.decide(m_admin, id,
                                                       {decision("contacts", "block"),
                                                        decision("face_photo", "destroy")}));
        service.decide(m_admin, id, {decision("contacts", "block")});
        service.execute(m_admin, id);
        QVERIFY(scalar(QStringLiteral("SELECT withdrawn_at FROM consents WHERE subject_id = ?"),
                       {subject})
                    .isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_purpose_withdrawals w JOIN "
                                       "consents c ON c.id = w.consent_id "
                                       "WHERE c.subject_id = ? AND w.request_id = ?"),
                        {subject, id})
                     .toInt(),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE subject_id = ? "
                                       "AND category_code = 'contacts'"),
                        {subject})
                     .toString(),
                 QStringLiteral("blocked"));
        // Blocked values stay (hidden in the console), the subject stays active.
        QVERIFY(
            !scalar(QStringLiteral("SELECT phone FROM subjects WHERE id = ?"), {subject}).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE subject_id = ? "
                                       "AND category_code = 'face_photo'"),
                        {subject})
                     .toString(),
                 QStringLiteral("held"));
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).notices.first().categories,
                 QStringList{QStringLiteral("contacts")});
        // Hidden wherever the record is shown or reported, and not revealed on request.
        SubjectRecordService records(*m_database);
        QCOMPARE(records.record(subject).profile.phone, SubjectRecordService::blockedMarker());
        QCOMPARE(records.unmaskedRecord(subject).profile.email,
                 SubjectRecordService::blockedMarker());
        QVERIFY(records.record(subject).profile.surname != SubjectRecordService::blockedMarker());
        try {
            records.reveal(m_admin, subject, SubjectRecordService::Field::Phone);
            QFAIL("a blocked phone was revealed");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        // Unblocked by a supervisor, with the reason: shown again.
        QVERIFY_THROWS_EXCEPTION(
            Error, service.unblock(m_supervisor, subject, QStringLiteral("contacts"), QString()));
        QVERIFY_THROWS_EXCEPTION(Error, service.unblock(m_supervisor, subject,
                                                        QStringLiteral("face_photo"),
                                                        QStringLiteral("x")));
        service.unblock(m_supervisor, subject, QStringLiteral("contacts"),
                        QStringLiteral("Соттун чечими"));
        QVERIFY(records.reveal(m_admin, subject, SubjectRecordService::Field::Phone)
                    .startsWith(QStringLiteral("+996")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'subject.unblock' AND subject_id = ?"),
                        {subject})
                     .toInt(),
                 1);
    }

    void anAmlKeepNeedsAnotherSupervisorsApproval()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-W3"));
        const QString inn =
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {subject}).toString();
        const qint64 id = registerVerified(QStringLiteral("OG-W3"));
        WithdrawalService service(*m_database);
        const QDate until(2031, 11, 2);
        service.decide(m_admin, id,
                       {decision("personal_details", "keep", "aml_cft_record_keeping", until),
                        decision("identity_document", "keep", "aml_cft_record_keeping", until),
                        decision("face_photo", "destroy"), decision("face_video", "destroy"),
                        decision("contacts", "destroy")});
        // Not approved: not executed.
        try {
            service.execute(m_admin, id);
            QFAIL("a keep was executed without approval");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("approval")), qPrintable(e.message()));
        }
        // The proposer cannot approve their own keep, nor can an officer.
        QVERIFY_THROWS_EXCEPTION(Error, service.approve(m_admin, id));
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).row.state, QStringLiteral("decided"));
        service.approve(m_supervisor, id);
        service.execute(m_admin, id);
        QCOMPARE(
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {subject}).toString(),
            inn);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("active"));
        QVERIFY(
            scalar(QStringLiteral("SELECT phone FROM subjects WHERE id = ?"), {subject}).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT legal_ground FROM subject_categories WHERE "
                                       "subject_id = ? AND category_code = 'identity_document'"),
                        {subject})
                     .toString(),
                 QStringLiteral("aml_cft_record_keeping"));
        QCOMPARE(scalar(QStringLiteral("SELECT kept_until FROM subject_categories WHERE subject_id "
                                       "= ? AND category_code = 'identity_document'"),
                        {subject})
                     .toDate(),
                 until);
        for (const char* destroyed : {"face_photo", "face_video"})
            QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE subject_id "
                                           "= ? AND category_code = ?"),
                            {subject, QString::fromLatin1(destroyed)})
                         .toString(),
                     QStringLiteral("destroyed"));
        const WithdrawalService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.decisions.first().approvedBy, QStringLiteral("Айгүл Сейитова"));
        QVERIFY(actions(id).contains(QStringLiteral("withdrawal.approve")));
        m_amlRequest = id;
    }

    void aRejectionEndsTheRequest()
    {
        addSubject(QStringLiteral("OG-W4"));
        WithdrawalService::Registration r;
        r.subjectRef = QStringLiteral("OG-W4");
        r.receivedOn = QDate(2026, 11, 2);
        r.channel = QStringLiteral("email_scan");
        r.documents << AttachmentService::Document{QStringLiteral("scan.pdf"), kWithdrawalLetter};
        WithdrawalService service(*m_database);
        const qint64 id = service.registerRequest(m_admin, r);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.reject(m_admin, id, QStringLiteral("bored"), QString()));
        service.reject(m_admin, id, QStringLiteral("identity_not_established"),
                       QStringLiteral("Колу дал келбейт"));
        const WithdrawalService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.row.state, QStringLiteral("rejected"));
        QVERIFY(!d.row.open);
        QCOMPARE(d.rejectionReason, QStringLiteral("identity_not_established"));
        QVERIFY_THROWS_EXCEPTION(
            Error, service.verifyIdentity(m_admin, id, QStringLiteral("id_in_person"), QString()));
        m_rejectedRequest = id;
    }

    // The reply names each category and what was done with it, in the letter's language.
    void theReplyNamesEachCategoryAndItsOutcome_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        // The categories, their outcomes, the keep's end date, the recipient told, the addressee.
        QTest::newRow("ky") << "ky"
                            << QStringList{"Өздүгүн тастыктаган документ",
                                           "Жүздүн сүрөтү",
                                           "Жүздүн видеосу",
                                           "Жок кылынган",
                                           "02.11.2031",
                                           "Бай-Түшүм ФКО",
                                           "Осмонов Талант"};
        QTest::newRow("ru") << "ru"
                            << QStringList{"Документ, удостоверяющий личность",
                                           "Фотография лица",
                                           "Видео лица",
                                           "Уничтожен",
                                           "02.11.2031",
                                           "Бай-Түшүм ФКО",
                                           "Осмонов Талант"};
    }
    void theReplyNamesEachCategoryAndItsOutcome()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QVERIFY(m_amlRequest > 0);
        const QString path = m_dir.filePath(QStringLiteral("reply-%1.pdf").arg(language));
        WithdrawalLetterService(*m_database).writePdf(m_admin, m_amlRequest, language, path);
        if (!qEnvironmentVariableIsEmpty("DPO_SCREENSHOT_DIR"))
            QFile::copy(path, qEnvironmentVariable("DPO_SCREENSHOT_DIR") +
                                  QStringLiteral("/withdrawal-reply-%1.pdf").arg(language));
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        for (const QString& e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text));
        const DocumentLanguage document(language);
        const QString aml = Vocabulary(document).name(Vocabulary::Kind::KeepGround,
                                                      QStringLiteral("aml_cft_record_keeping"));
        QVERIFY2(aml != QStringLiteral("AML/CFT record keeping"), "the ground is not translated");
        QVERIFY2(!text.contains(QStringLiteral("What was done")), "the letter is not translated");
        QVERIFY2(text.contains(aml), qPrintable(aml));
        QVERIFY(actions(m_amlRequest).contains(QStringLiteral("withdrawal.letter")));
        // The register of outgoing letters names the reply's addressee from the request.
        const auto registered = OutgoingLetterService::findLetter(
            m_database->connection(), QStringLiteral("withdrawal.letter"), m_amlRequest, 0);
        QVERIFY(registered);
        QCOMPARE(registered->addressee, QStringLiteral("Осмонов Талант"));
        QCOMPARE(LetterKinds::name(registered->kind),
                 LetterKinds::name(QStringLiteral("withdrawal.letter")));
    }

    void aRejectionLetterGivesTheReason()
    {
        QVERIFY(m_rejectedRequest > 0);
        const QString path = m_dir.filePath(QStringLiteral("rejection.pdf"));
        WithdrawalLetterService(*m_database)
            .writePdf(m_admin, m_rejectedRequest, QStringLiteral("ru"), path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, QStringLiteral("ru"));
        QVERIFY2(text.contains(Vocabulary(DocumentLanguage(QStringLiteral("ru")))
                                   .name(Vocabulary::Kind::RejectionReason,
                                         QStringLiteral("identity_not_established"))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Колу дал келбейт")));
        // An open request has no reply yet.
        addSubject(QStringLiteral("OG-W8"));
        const qint64 open = registerVerified(QStringLiteral("OG-W8"));
        QVERIFY_THROWS_EXCEPTION(Error, WithdrawalLetterService(*m_database)
                                            .writePdf(m_admin, open, QStringLiteral("ky"),
                                                      m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    // After the paths above: closed, rejected and open requests.
    void theRegisterListsOpenOnesFirst()
    {
        const QList<WithdrawalService::Row> open =
            WithdrawalService(*m_database)
                .list(QDate(2026, 11, 5), WithdrawalService::Filter::Open);
        QVERIFY(!open.isEmpty());
        for (const WithdrawalService::Row& r : open)
            QVERIFY2(r.open, qPrintable(r.state));
        const QList<WithdrawalService::Row> all =
            WithdrawalService(*m_database).list(QDate(2026, 11, 5));
        QVERIFY(all.size() > open.size());
        QVERIFY(all.first().open && !all.last().open);
        QVERIFY(WithdrawalService(*m_database)
                    .list(QDate(2026, 12, 10), WithdrawalService::Filter::Overdue)
                    .size() > 0);
        QCOMPARE(WithdrawalService(*m_database)
                     .list(QDate(2026, 11, 5), WithdrawalService::Filter::All,
                           QStringLiteral("rejected"))
                     .size(),
                 1);
    }
};

QTEST_MAIN(TestWithdrawalService) // the PDF is laid out with QtGui
#include "tst_withdrawalservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What a withdrawal refuses and guards, on the backend of DPO_TEST_BACKEND: bad decisions refused
// with the reason, an execution that fails half-way and leaves nothing changed, a tampered
// document reported on opening, no search finding a depersonalised subject by its old name, INN or
// phone, and the target period as a setting. The paths a request takes, and the register
// that lists them, are in tst_withdrawalservice.
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

class TestWithdrawalSafeguards : public test::WithdrawalFixture
{
    Q_OBJECT
    Session m_supervisor;

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        m_supervisor = signedInSupervisor();
    }

    void badDecisionsAreRefused_data()
    {
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("says");
        QTest::newRow("keep without ground") << "no ground"
                                             << "legal ground";
        QTest::newRow("keep without date") << "no date"
                                           << "until";
        QTest::newRow("keep until the past") << "past"
                                             << "until";
        QTest::newRow("a pending claim names no law") << "retired"
                                                      << "names no law";
        QTest::newRow("a running contract names no law") << "contract"
                                                         << "names no law";
        QTest::newRow("Art. 15 without paragraph") << "art15"
                                                   << "paragraph";
        QTest::newRow("another law unnamed") << "other law"
                                             << "names that law";
        QTest::newRow("destroy with a ground") << "ground on destroy"
                                               << "Only a keep";
        QTest::newRow("a category left out") << "missing"
                                             << "not yet decided";
        QTest::newRow("identity without the name") << "identity"
                                                   << "INN";
        QTest::newRow("no justification") << "justification"
                                          << "justification";
    }
    void badDecisionsAreRefused()
    {
        QFETCH(QString, broken);
        QFETCH(QString, says);
        static int n = 0;
        const QString ref = QStringLiteral("OG-WB%1").arg(++n);
        addSubject(ref);
        const qint64 id = registerVerified(ref);
        QList<WithdrawalService::Decision> ds = test::decideAll("block");
        WithdrawalService::Decision& face = ds[2];
        face.action = DecisionAction::Keep;
        face.ground = QStringLiteral("law58_art5");
        face.keepUntil = QDate(2030, 1, 1);
        if (broken == QStringLiteral("no ground"))
            face.ground.clear();
        else if (broken == QStringLiteral("no date"))
            face.keepUntil = QDate();
        else if (broken == QStringLiteral("past"))
            face.keepUntil = QDate(2020, 1, 1);
        else if (broken == QStringLiteral("retired"))
            face.ground = QStringLiteral("pending_legal_claim");
        else if (broken == QStringLiteral("contract"))
            face.ground = QStringLiteral("active_financing_contract");
        else if (broken == QStringLiteral("art15"))
            face.ground = QStringLiteral("law58_art15");
        else if (broken == QStringLiteral("other law"))
            face.ground = QStringLiteral("other_law");
        else if (broken == QStringLiteral("ground on destroy"))
            ds[3].ground = QStringLiteral("law58_art5");
        else if (broken == QStringLiteral("missing"))
            ds.removeLast();
        else if (broken == QStringLiteral("identity"))
            ds[1].action = DecisionAction::Destroy;
        else if (broken == QStringLiteral("justification"))
            ds[0].justification = QStringLiteral(" ");
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            WithdrawalService(*m_database).decide(m_admin, id, ds);
            QFAIL("a bad decision was recorded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM withdrawal_decisions WHERE request_id = ?"),
                   {id})
                .toInt(),
            0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    void anExecutionThatFailsHalfWayChangesNothing()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-W5"));
        const qint64 id = registerVerified(QStringLiteral("OG-W5"));
        WithdrawalService service(*m_database);
        QList<WithdrawalService::Decision> all;
        for (const QString& c : kHeldCategories)
            all << decision(c.toLatin1().constData(), "destroy");
        service.decide(m_admin, id, all);
        // The last step (the recipients to tell) fails: everything before it must be rolled back.
        QSqlQuery q(m_database->connection());
        if (m_database->isPostgres()) {
            QVERIFY(q.exec(
                QStringLiteral("CREATE FUNCTION fail_notice() RETURNS trigger AS $$ BEGIN RAISE "
                               "EXCEPTION 'notice refused'; END $$ LANGUAGE plpgsql")));
            QVERIFY(q.exec(
                QStringLiteral("CREATE TRIGGER fail_notice BEFORE INSERT ON recipient_notices FOR "
                               "EACH ROW EXECUTE FUNCTION fail_notice()")));
        } else {
            QVERIFY(q.exec(
                QStringLiteral("CREATE TRIGGER fail_notice BEFORE INSERT ON recipient_notices "
                               "BEGIN SELECT RAISE(ABORT, 'notice refused'); END")));
        }
        const QString inn =
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {subject}).toString();
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        QVERIFY_THROWS_EXCEPTION(Error, service.execute(m_admin, id));
        QVERIFY(q.exec(
            QStringLiteral("DROP TRIGGER fail_notice") +
            (m_database->isPostgres() ? QStringLiteral(" ON recipient_notices") : QString())));
        QCOMPARE(
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {subject}).toString(),
            inn);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("active"));
        QVERIFY(scalar(QStringLiteral("SELECT withdrawn_at FROM consents WHERE subject_id = ?"),
                       {subject})
                    .isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subject_categories WHERE subject_id = "
                                       "? AND state = 'held'"),
                        {subject})
                     .toInt(),
                 kHeldCategories.size());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM destruction_records WHERE request_id = ?"),
                   {id})
                .toInt(),
            0);
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).row.state, QStringLiteral("decided"));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
        service.execute(m_admin, id); // and it runs once the cause is gone
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("destroyed"));
    }

    void aTamperedDocumentIsReportedOnOpening()
    {
        addSubject(QStringLiteral("OG-W6"));
        const qint64 id = registerVerified(QStringLiteral("OG-W6"));
        const WithdrawalService::Details d =
            WithdrawalService(*m_database).details(id, QDate(2026, 11, 5));
        QCOMPARE(d.documents.size(), 1);
        AttachmentService attachments(*m_database);
        QCOMPARE(attachments.open(m_admin, d.documents.first().id).content, kWithdrawalLetter);
        exec(QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"),
             {QByteArray(kWithdrawalLetter).replace("request", "REQUEST"), d.documents.first().id});
        try {
            attachments.open(m_admin, d.documents.first().id);
            QFAIL("a changed document was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("letter.pdf")), qPrintable(e.message()));
        }
        QCOMPARE(actions(id).last(), QStringLiteral("attachment.integrity_failure"));
    }

    void noSearchFindsADepersonalisedSubject()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-W7"));
        exec(QStringLiteral("UPDATE subjects SET surname = 'Жумабеков', surname_fold = 'жумабеков' "
                            "WHERE id = ?"),
             {subject});
        const QString inn =
            scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {subject}).toString();
        const QString phone =
            scalar(QStringLiteral("SELECT phone FROM subjects WHERE id = ?"), {subject}).toString();
        SubjectService subjects(*m_database);
        QCOMPARE(subjects.search(m_admin, QStringLiteral("Жумабеков")).size(), 1);
        QCOMPARE(subjects.search(m_admin, inn).size(), 1);
        const qint64 id = registerVerified(QStringLiteral("OG-W7"));
        WithdrawalService service(*m_database);
        service.decide(m_admin, id,
                       {decision("personal_details", "depersonalise"),
                        decision("identity_document", "depersonalise"),
                        decision("face_photo", "destroy"), decision("face_video", "destroy"),
                        decision("contacts", "depersonalise")});
        service.execute(m_admin, id);
        for (const QString& text :
             {QStringLiteral("Жумабеков"), inn, phone, phone.mid(4), QStringLiteral("OG-W7")})
            QVERIFY2(subjects.search(m_admin, text).isEmpty(), qPrintable(text));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("depersonalised"));
        QCOMPARE(scalar(QStringLiteral("SELECT birth_date FROM subjects WHERE id = ?"), {subject})
                     .toDate(),
                 QDate(1990, 1, 1)); // the year stays
    }

    void theTargetIsASetting()
    {
        WithdrawalService service(*m_database);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.setTargetDays(m_supervisor, 45)); // administrators only
        QVERIFY_THROWS_EXCEPTION(Error, service.setTargetDays(m_admin, 0));
        service.setTargetDays(m_admin, 45);
        addSubject(QStringLiteral("OG-W9"));
        const qint64 id = registerVerified(QStringLiteral("OG-W9"));
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).row.dueOn,
                 QDate(2026, 12, 17)); // 2 November + 45 days, a Thursday
        service.setTargetDays(m_admin, 30);
        QCOMPARE(service.details(id, QDate(2026, 11, 5)).row.dueOn,
                 QDate(2026, 12, 17)); // fixed at registration
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM audit_log WHERE action = 'settings.change'"))
                     .toInt(),
                 2);
    }
};

QTEST_MAIN(TestWithdrawalSafeguards) // the fixture's letters are laid out with QtGui
#include "tst_withdrawalsafeguards.moc"

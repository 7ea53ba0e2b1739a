// SPDX-License-Identifier: GPL-3.0-or-later
// Registering pre-trial claims and access requests: the due date by the calendar's rule, the
// claimant from the subject, bad input refused with nothing written, and the register's days left.
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "security/Sha256.h"
#include "services/AttachmentService.h"
#include "services/CalendarService.h"
#include "services/ClaimService.h"
#include "services/OfficerService.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace dpo;

class TestClaimService : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;

    // The registration is refused as bad input saying `says`, and nothing is written.
    void expectRefused(const ClaimService::Registration& r, const QString& says)
    {
        const qint64 claims = test::rowCount(*m_database, QStringLiteral("claims"));
        const qint64 documents = test::rowCount(*m_database, QStringLiteral("attachments"));
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            ClaimService(*m_database).registerClaim(m_admin, r);
            QFAIL("bad input was registered");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("claims")), claims);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("attachments")), documents);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        test::insertSubject(*m_database, QStringLiteral("OG-7"));
    }

    void registersWithTheDueDate_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        // The 30th day is Saturday 7 November 2026, a working public holiday on a weekend: since
        // 2025 it moves no day off, so the due date is Monday 9 November.
        QTest::newRow("claim over the November weekend")
            << int(ClaimService::Kind::PretrialClaim) << QDate(2026, 10, 8) << QDate(2026, 11, 9);
        // The 7th day is Monday 11 May: 9 May on a Saturday moves nothing.
        QTest::newRow("access request after the May holidays")
            << int(ClaimService::Kind::AccessRequest) << QDate(2026, 5, 4) << QDate(2026, 5, 11);
        QTest::newRow("claim received on a Sunday")
            << int(ClaimService::Kind::PretrialClaim) << QDate(2026, 6, 7) << QDate(2026, 7, 7);
    }
    void registersWithTheDueDate()
    {
        QFETCH(int, kind);
        QFETCH(QDate, received);
        ClaimService::Registration r;
        r.kind = ClaimService::Kind(kind);
        r.subjectRef = QStringLiteral("OG-7");
        r.receivedOn = received;
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        const ClaimService::Row row = ClaimService(*m_database).registerClaim(m_admin, r);
        QTEST(row.dueOn, "due");
        QCOMPARE(row.claimant, QStringLiteral("Ааа Ббб")); // the subject's name
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT due_on, kind, state FROM claims WHERE id = ?"));
        q.addBindValue(row.id);
        execQuery(q, "read");
        QVERIFY(q.next());
        QTEST(q.value(0).toDate(), "due");
        QCOMPARE(q.value(1).toString(), ClaimService::kindCode(ClaimService::Kind(kind)));
        QCOMPARE(q.value(2).toString(), QStringLiteral("open"));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries + 1);
    }

    void badInputIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("claimant");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("says");
        QTest::newRow("future") << ""
                                << "Асанов" << QDate::currentDate().addDays(3) << "x"
                                << "post"
                                << "in the future";
        QTest::newRow("no date") << ""
                                 << "Асанов" << QDate() << "x"
                                 << "post"
                                 << "date of receipt";
        QTest::newRow("no claimant") << ""
                                     << "" << QDate(2026, 6, 1) << "x"
                                     << "post"
                                     << "Name the claimant";
        QTest::newRow("unknown subject") << "OG-none"
                                         << "" << QDate(2026, 6, 1) << "x"
                                         << "post"
                                         << "OG-none";
        QTest::newRow("no summary") << ""
                                    << "Асанов" << QDate(2026, 6, 1) << " "
                                    << "post"
                                    << "about";
        QTest::newRow("unknown channel") << ""
                                         << "Асанов" << QDate(2026, 6, 1) << "x"
                                         << "pigeon"
                                         << "pigeon";
    }
    void badInputIsRefusedAndNothingWritten()
    {
        QFETCH(QString, subject);
        QFETCH(QString, claimant);
        QFETCH(QDate, received);
        QFETCH(QString, summary);
        QFETCH(QString, channel);
        QFETCH(QString, says);
        ClaimService::Registration r;
        r.subjectRef = subject;
        r.claimantName = claimant;
        r.receivedOn = received;
        r.subjectMatter = summary;
        r.channel = channel;
        expectRefused(r, says);
    }

    void anAuditorCannotRegister()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("inspector"), QStringLiteral("Inspector"),
                               Role::Auditor, QStringLiteral("auditor-password-1"));
        const Session auditor =
            officers.signIn(QStringLiteral("inspector"), QStringLiteral("auditor-password-1"));
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов");
        r.receivedOn = QDate(2026, 6, 1);
        r.subjectMatter = QStringLiteral("x");
        try {
            ClaimService(*m_database).registerClaim(auditor, r);
            QFAIL("an auditor registered a claim");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
    }

    void theRegisterCountsDaysLeftAgainstAGivenDay()
    {
        const QList<ClaimService::Row> all = ClaimService(*m_database).list(QDate(2026, 11, 5));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().dueOn, QDate(2026, 5, 11)); // nearest due date first
        QCOMPARE(all.first().daysLeft, -178);
        QVERIFY(all.first().overdue);
        const QList<ClaimService::Row> overdue =
            ClaimService(*m_database).list(QDate(2026, 11, 5), ClaimService::Filter::Overdue);
        QCOMPARE(overdue.size(), 2); // 11 May and 7 July; 9 November is four days away
        for (const ClaimService::Row& r : overdue)
            QVERIFY(r.overdue && r.daysLeft < 0);
        const QList<ClaimService::Row> open =
            ClaimService(*m_database).list(QDate(2026, 11, 5), ClaimService::Filter::Open);
        QCOMPARE(open.last().daysLeft, 4);
        QVERIFY(!open.last().overdue);
    }

    void aClaimsFullLife()
    {
        ClaimService service(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов Бакыт");
        r.receivedOn = QDate(2026, 10, 8);
        r.subjectMatter = QStringLiteral("Маалыматтарымды өчүрүңүз");
        const qint64 id = service.registerClaim(m_admin, r).id;
        // Closing before an answer was sent is refused.
        QVERIFY_THROWS_EXCEPTION(
            Error, service.close(m_admin, id, QStringLiteral("refused"), QStringLiteral("x")));
        service.draftAnswer(m_admin, id, QStringLiteral("Урматтуу Бакыт мырза, ..."));
        ClaimService::Answer a;
        a.sentOn = QDate(2026, 11, 2);
        a.method = QStringLiteral("post");
        QVERIFY_THROWS_EXCEPTION(
            Error, service.logAnswer(m_admin, id, a)); // post needs the tracking number
        a.tracking = QStringLiteral("RR123456789KG");
        a.sentOn = QDate(2026, 10, 1); // before the receipt
        QVERIFY_THROWS_EXCEPTION(Error, service.logAnswer(m_admin, id, a));
        a.sentOn = QDate(2026, 11, 2);
        service.logAnswer(m_admin, id, a);
        QVERIFY_THROWS_EXCEPTION(Error, service.close(m_admin, id, QStringLiteral("refused"),
                                                      QString())); // reasons needed
        service.close(m_admin, id, QStringLiteral("partly_satisfied"),
                      QStringLiteral("AML/CFT records are kept five years"));
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT state, outcome, answer_sent_on, answer_method, "
                                        "answer_tracking, answer_text FROM claims WHERE id = ?"));
        q.addBindValue(id);
        execQuery(q, "read");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("closed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("partly_satisfied"));
        QCOMPARE(q.value(2).toDate(), QDate(2026, 11, 2));
        QCOMPARE(q.value(3).toString(), QStringLiteral("post"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("RR123456789KG"));
        QVERIFY(q.value(5).toString().startsWith(QStringLiteral("Урматтуу")));
        QSqlQuery audit = prepareQuery(m_database->connection(),
                                       QStringLiteral("SELECT action FROM audit_log WHERE entity = "
                                                      "'claim' AND entity_id = ? ORDER BY seq"));
        audit.addBindValue(QString::number(id));
        execQuery(audit, "audit");
        QStringList actions;
        while (audit.next())
            actions << audit.value(0).toString();
        QCOMPARE(actions, QStringList({"claim.register", "claim.draft_answer", "claim.answer_sent",
                                       "claim.close"}));
    }

    // Refusing an access request, in whole or in part, cites the paragraph of Art. 15.
    void outcomeRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        const int access = int(ClaimService::Kind::AccessRequest);
        const int claim = int(ClaimService::Kind::PretrialClaim);
        QTest::newRow("access satisfied") << access << "satisfied"
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("access refused with paragraph") << access << "refused"
                                                       << "Тергөө жүрүп жатат"
                                                       << "2"
                                                       << "";
        QTest::newRow("access partly, sub-paragraph") << access << "partly_satisfied"
                                                      << "Башка адамдын маалыматы"
                                                      << "3.1"
                                                      << "";
        QTest::newRow("access refused, no paragraph") << access << "refused"
                                                      << "x"
                                                      << ""
                                                      << "paragraph of Law No. 58 Art. 15";
        QTest::newRow("access refused, paragraph not a number") << access << "refused"
                                                                << "x"
                                                                << "second"
                                                                << "\"second\"";
        QTest::newRow("access refused, no reasons") << access << "refused"
                                                    << ""
                                                    << "2"
                                                    << "reasons";
        QTest::newRow("claim refused") << claim << "refused"
                                       << "Негизсиз"
                                       << ""
                                       << "";
        QTest::newRow("claim with a paragraph") << claim << "refused"
                                                << "x"
                                                << "2"
                                                << "Only a refused request for own data";
        QTest::newRow("unknown outcome") << claim << "maybe"
                                         << "x"
                                         << ""
                                         << "\"maybe\"";
    }
    void outcomeRules()
    {
        QFETCH(int, kind);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, paragraph);
        QFETCH(QString, refusal);
        ClaimService service(*m_database);
        ClaimService::Registration r;
        r.kind = ClaimService::Kind(kind);
        r.claimantName = QStringLiteral("Осмонова Нургүл");
        r.receivedOn = QDate(2026, 11, 2);
        r.subjectMatter = QStringLiteral("x");
        const qint64 id = service.registerClaim(m_admin, r).id;
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        // The same rules for a draft and for closing.
        try {
            service.draftAnswer(
                m_admin, id,
                ClaimService::Draft{QStringLiteral("Жооп"), outcome, reason, paragraph});
            QVERIFY2(refusal.isEmpty(), "a draft with a bad outcome was accepted");
        } catch (const Error& e) {
            QVERIFY2(!refusal.isEmpty(), qPrintable(e.message()));
            QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
            service.draftAnswer(m_admin, id, QStringLiteral("Жооп"));
        }
        ClaimService::Answer a;
        a.sentOn = QDate(2026, 11, 4);
        a.method = QStringLiteral("hand_delivery");
        service.logAnswer(m_admin, id, a);
        try {
            service.close(m_admin, id, outcome, reason, paragraph);
            QVERIFY2(refusal.isEmpty(), "closing with a bad outcome was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
        }
        const ClaimService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.row.state,
                 refusal.isEmpty() ? QStringLiteral("closed") : QStringLiteral("answer_sent"));
        if (refusal.isEmpty()) {
            QCOMPARE(d.row.outcome, outcome);
            QCOMPARE(d.refusalParagraph, paragraph);
            QCOMPARE(d.outcomeReason, reason);
        }
    }

    void dueThisWeekListsOpenCasesDueBySunday()
    {
        ClaimService service(*m_database);
        const QDate wednesday(2026, 11, 25);
        ClaimService::Registration friday; // received 28 October: due Friday 27 November
        friday.claimantName = QStringLiteral("Due on Friday");
        friday.receivedOn = QDate(2026, 10, 28);
        friday.subjectMatter = QStringLiteral("x");
        QCOMPARE(service.registerClaim(m_admin, friday).dueOn, QDate(2026, 11, 27));
        const QList<ClaimService::Row> week =
            service.list(wednesday, ClaimService::Filter::DueThisWeek);
        QVERIFY(!week.isEmpty());
        for (const ClaimService::Row& r : week) {
            QVERIFY(r.open);
            QVERIFY2(r.dueOn >= wednesday && r.dueOn <= QDate(2026, 11, 29),
                     qPrintable(r.dueOn.toString(Qt::ISODate)));
        }
        int expected = 0;
        for (const ClaimService::Row& r : service.list(wednesday, ClaimService::Filter::Open))
            expected += r.dueOn >= wednesday && r.dueOn <= QDate(2026, 11, 29);
        QCOMPARE(week.size(), expected);
        QVERIFY(week.size() < service.list(wednesday).size());
        QVERIFY(!service.list(wednesday, ClaimService::Filter::Overdue)
                     .isEmpty()); // a view of their own
    }

    void documentsAreStoredWithTheirHashAndCheckedWhenOpened()
    {
        ClaimService service(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Токтогулов Эрлан");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% a claim letter\n%%EOF\n");
        r.documents << AttachmentService::Document{QStringLiteral("claim.pdf"), pdf};
        const qint64 id = service.registerClaim(m_admin, r).id;
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n rest of a scan");
        const qint64 scan = service.attach(m_admin, id, {QStringLiteral("scan.png"), png});
        ClaimService::Details d = service.details(id, QDate(2026, 11, 25));
        QCOMPARE(d.documents.size(), 2);
        QCOMPARE(d.documents[0].mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(d.documents[0].sha256, QString::fromLatin1(Sha256::hashHex(pdf)));
        QCOMPARE(d.documents[1].mediaType, QStringLiteral("image/png"));
        QCOMPARE(d.documents[1].sizeBytes, png.size());

        AttachmentService attachments(*m_database);
        QCOMPARE(attachments.open(m_admin, scan).content, png);
        // Changed behind the console's back: not shown, and the failed check is audited.
        QSqlQuery tamper =
            prepareQuery(m_database->connection(),
                         QStringLiteral("UPDATE attachments SET content = ? WHERE id = ?"));
        tamper.addBindValue(QByteArray(png).append('!'));
        tamper.addBindValue(scan);
        execQuery(tamper, "tamper");
        try {
            attachments.open(m_admin, scan);
            QFAIL("a changed document was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("scan.png")) &&
                         e.message().contains(QStringLiteral("changed")),
                     qPrintable(e.message()));
        }
        QSqlQuery audit = prepareQuery(m_database->connection(),
                                       QStringLiteral("SELECT action FROM audit_log WHERE entity = "
                                                      "'claim' AND entity_id = ? ORDER BY seq"));
        audit.addBindValue(QString::number(id));
        execQuery(audit, "audit");
        QStringList actions;
        while (audit.next())
            actions << audit.value(0).toString();
        QCOMPARE(actions, QStringList({"claim.register", "attachment.add", "attachment.add",
                                       "attachment.open", "attachment.integrity_failure"}));
    }

    void badDocumentsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("text named .pdf")
            << "letter.pdf" << QByteArray("Dear officer") << "not a PDF, JPEG, PNG or TIFF";
        QTest::newRow("empty") << "empty.pdf" << QByteArray() << "empty";
        QTest::newRow("over 20 MB")
            << "big.pdf" << QByteArray("%PDF-").append(QByteArray(20 * 1024 * 1024, 'x'))
            << "at most 20 MB";
        QTest::newRow("no name") << " " << QByteArray("%PDF-1.4") << "no file name";
    }
    void badDocumentsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Асанов");
        r.receivedOn = QDate(2026, 11, 20);
        r.subjectMatter = QStringLiteral("x");
        r.documents << AttachmentService::Document{name, content};
        expectRefused(r, says); // the registration goes with its document: nothing written
    }

    void linksToRequestsDisclosuresAndClaims()
    {
        const QSqlDatabase db = m_database->connection();
        const qint64 subject = test::insertSubject(*m_database, QStringLiteral("OG-LINK"),
                                                   QStringLiteral("21503199012345"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO recipients (name, kind) VALUES ('Финанс Капитал', 'fco')")));
        QSqlQuery disclosure = prepareQuery(
            db, QStringLiteral(
                    "INSERT INTO disclosures (recipient_id, ground, law_reference, disclosed_on, "
                    "officer_id, registered_at) "
                    "VALUES ((SELECT id FROM recipients WHERE name = 'Финанс Капитал'), 'law', "
                    "'Law No. 58', '2026-10-01', ?, '2026-10-01T10:00:00Z') RETURNING id"));
        disclosure.addBindValue(m_admin.officerId);
        execQuery(disclosure, "disclosure");
        QVERIFY(disclosure.next());
        const qint64 disclosureId = disclosure.value(0).toLongLong();
        disclosure.finish();
        QSqlQuery request = prepareQuery(
            db, QStringLiteral("INSERT INTO withdrawal_requests (subject_id, received_on, channel, "
                               "scope, state, due_on, officer_id, registered_at) "
                               "VALUES (?, '2026-10-05', 'post', 'full', 'received', '2026-11-04', "
                               "?, '2026-10-05T10:00:00Z') RETURNING id"));
        request.addBindValue(subject);
        request.addBindValue(m_admin.officerId);
        execQuery(request, "request");
        QVERIFY(request.next());
        const qint64 requestId = request.value(0).toLongLong();
        request.finish();

        ClaimService service(*m_database);
        ClaimService::Registration r;
        r.subjectRef = QStringLiteral("OG-LINK");
        r.receivedOn = QDate(2026, 11, 10);
        r.subjectMatter = QStringLiteral("Менин арызым аткарылган жок");
        const qint64 id = service.registerClaim(m_admin, r).id;
        r.kind = ClaimService::Kind::AccessRequest;
        const qint64 access = service.registerClaim(m_admin, r).id;
        service.link(m_admin, id, ClaimService::LinkKind::WithdrawalRequest, requestId);
        service.link(m_admin, id, ClaimService::LinkKind::Disclosure, disclosureId);
        service.link(m_admin, id, ClaimService::LinkKind::Claim, access);
        service.link(m_admin, id, ClaimService::LinkKind::Claim, access); // twice: nothing more
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.link(m_admin, id, ClaimService::LinkKind::Claim, id));
        try {
            service.link(m_admin, id, ClaimService::LinkKind::Disclosure, 999999);
            QFAIL("linked to a disclosure that does not exist");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
            QVERIFY2(e.message().contains(QStringLiteral("999999")), qPrintable(e.message()));
        }
        ClaimService::Details d = service.details(id, QDate(2026, 11, 25));
        QCOMPARE(d.links.size(), 3);
        QCOMPARE(d.links[0].kind, ClaimService::LinkKind::WithdrawalRequest);
        QCOMPARE(d.links[0].id, requestId);
        QVERIFY2(d.links[0].description.contains(QStringLiteral("OG-LINK")),
                 qPrintable(d.links[0].description));
        QCOMPARE(d.links[1].id, disclosureId);
        QVERIFY2(d.links[1].description.contains(QStringLiteral("Финанс Капитал")),
                 qPrintable(d.links[1].description));
        QCOMPARE(d.links[2].id, access);
        service.unlink(m_admin, id, ClaimService::LinkKind::Disclosure, disclosureId);
        QVERIFY_THROWS_EXCEPTION(
            Error, service.unlink(m_admin, id, ClaimService::LinkKind::Disclosure, disclosureId));
        QCOMPARE(service.details(id, QDate(2026, 11, 25)).links.size(), 2);
        QSqlQuery audit =
            prepareQuery(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                            "('claim.link', 'claim.unlink') AND entity_id = ?"));
        audit.addBindValue(QString::number(id));
        execQuery(audit, "audit");
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 4);
    }

    void calendarEditsMoveNoFixedDueDateUntilAsked()
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, QStringLiteral("aigul"), QStringLiteral("Айгүл"),
                               Role::Supervisor, QStringLiteral("supervisor-pw-1"));
        const Session supervisor =
            officers.signIn(QStringLiteral("aigul"), QStringLiteral("supervisor-pw-1"));
        ClaimService claims(*m_database);
        ClaimService::Registration r;
        r.claimantName = QStringLiteral("Иванов");
        r.receivedOn = QDate(2026, 6, 2);
        r.subjectMatter = QStringLiteral("x");
        const ClaimService::Row row = claims.registerClaim(m_admin, r);
        QCOMPARE(row.dueOn, QDate(2026, 7, 2));
        // A decree makes 2 July a day off: the fixed due date stays until recalculated.
        CalendarService calendar(*m_database);
        const Session officer = officers.signIn(QStringLiteral("admin"),
                                                QString::fromLatin1(test::TestDatabase::kPassword));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 calendar.setDay(Session{officer.officerId, officer.username,
                                                         officer.displayName, Role::Officer},
                                                 QDate(2026, 7, 2), QStringLiteral("day_off"),
                                                 QStringLiteral("x"), QString()));
        QVERIFY_THROWS_EXCEPTION(
            Error, calendar.setDay(supervisor, QDate(2026, 7, 4), QStringLiteral("day_off"),
                                   QStringLiteral("x"), QStringLiteral("Decree No. 122")));
        QVERIFY_THROWS_EXCEPTION(
            Error, calendar.setDay(supervisor, QDate(2026, 7, 3), QStringLiteral("working_day"),
                                   QStringLiteral("x"), QStringLiteral("Decree No. 122")));
        calendar.setDay(supervisor, QDate(2026, 7, 2), QStringLiteral("day_off"),
                        QStringLiteral("Moved day off"), QStringLiteral("Decree No. 123"));
        QSqlQuery due = prepareQuery(m_database->connection(),
                                     QStringLiteral("SELECT due_on FROM claims WHERE id = ?"));
        due.addBindValue(row.id);
        execQuery(due, "due");
        QVERIFY(due.next());
        QCOMPARE(due.value(0).toDate(), QDate(2026, 7, 2));
        due.finish();
        QCOMPARE(claims.recalculateDueDate(m_admin, row.id), QDate(2026, 7, 3));
        // Moved to another day, then removed: each edit audited.
        calendar.moveDay(supervisor, QDate(2026, 7, 2), QDate(2026, 7, 6),
                         QStringLiteral("Decree No. 124"));
        QCOMPARE(DeadlineCalendar::load(*m_database).dueDate(QDate(2026, 6, 2), 30),
                 QDate(2026, 7, 2));
        QVERIFY_THROWS_EXCEPTION(
            Error, calendar.removeDay(supervisor, QDate(2026, 7, 6), QString())); // no decree
        calendar.removeDay(supervisor, QDate(2026, 7, 6), QStringLiteral("Decree No. 125"));
        QVERIFY(DeadlineCalendar::load(*m_database).isWorkingDay(QDate(2026, 7, 6)));
        QSqlQuery audit = prepareQuery(
            m_database->connection(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('calendar.set_day', "
                           "'calendar.move_day', 'calendar.remove_day', 'claim.recalculate_due')"));
        execQuery(audit, "audit");
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestClaimService)
#include "tst_claimservice.moc"

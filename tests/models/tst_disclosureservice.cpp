// SPDX-License-Identifier: GPL-3.0-or-later
// Disclosures and their notifications on the backend of DPO_TEST_BACKEND: each ground with its
// required fields, several subjects in one disclosure, every channel and delivery state through
// the outbox (updated from outside, as the platform's messaging service does), the unnotified flag
// by the working-day rule, and blocked data refused.
#include "core/Error.h"
#include "db/Sql.h"
#include "Glossary.h"
#include "services/DisclosureService.h"
#include "services/NoticeLetterService.h"
#include "services/OutgoingLetterService.h"
#include "TestDatabase.h"

#include <algorithm>
#include <QTemporaryDir>
#include <QtTest>

using namespace dpo;

class TestDisclosureService : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    qint64 m_recipient = 0;

    void exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        execQuery(q, "write");
    }
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return test::scalar(*m_database, sql, values);
    }

    DisclosureService::Registration courtRequest(const QStringList& refs) const
    {
        DisclosureService::Registration r;
        r.subjectRefs = refs;
        r.newRecipientName = QStringLiteral("Бишкек шаарынын Биринчи май райондук соту");
        r.newRecipientKind = QStringLiteral("state_body");
        r.ground = QStringLiteral("state_request");
        r.requestNumber = QStringLiteral("04-123/26");
        r.requestDate = QDate(2026, 11, 2);
        r.requestBody = QStringLiteral("Биринчи май райондук соту");
        r.categories = QStringList{QStringLiteral("personal_details"), QStringLiteral("contacts")};
        r.purpose = QStringLiteral("Кылмыш ишин териштирүү");
        r.disclosedOn =
            QDate(2026, 11, 4); // a Wednesday: 3 working days later is Monday 9 November
        return r;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм ФКО', 'fco')"));
        m_recipient = scalar(QStringLiteral("SELECT id FROM recipients")).toLongLong();
        for (int i = 1; i <= 3; ++i)
            test::insertSubjectWithData(*m_database, QStringLiteral("OG-D%1").arg(i), m_recipient,
                                        i);
    }

    void eachGroundNeedsItsFields_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("says"); // empty: recorded
        QTest::newRow("4.6.2 complete") << "state_request"
                                        << ""
                                        << "";
        QTest::newRow("4.6.2 without the number") << "state_request"
                                                  << "number"
                                                  << "number";
        QTest::newRow("4.6.2 without the date") << "state_request"
                                                << "date"
                                                << "date";
        QTest::newRow("4.6.2 without the body") << "state_request"
                                                << "body"
                                                << "body";
        QTest::newRow("4.6.3 naming the law") << "law"
                                              << ""
                                              << "";
        QTest::newRow("4.6.3 without the law") << "law"
                                               << "law"
                                               << "names the law";
        QTest::newRow("4.6.1 vital interests") << "vital_interests"
                                               << ""
                                               << "";
        QTest::newRow("consent, recorded where") << "consent"
                                                 << ""
                                                 << "";
        QTest::newRow("consent, not said where") << "consent"
                                                 << "consent"
                                                 << "where the consent is recorded";
        QTest::newRow("1.1.6 treaty named") << "treaty"
                                            << ""
                                            << "";
        QTest::newRow("1.1.6 treaty not named") << "treaty"
                                                << "treaty"
                                                << "names the treaty";
        QTest::newRow("no purpose") << "law"
                                    << "purpose"
                                    << "purpose";
        QTest::newRow("a ground the law does not give") << "goodwill"
                                                        << ""
                                                        << "legal ground";
        QTest::newRow("no ground") << ""
                                   << ""
                                   << "legal ground";
    }
    void eachGroundNeedsItsFields()
    {
        QFETCH(QString, ground);
        QFETCH(QString, missing);
        QFETCH(QString, says);
        DisclosureService::Registration r = courtRequest({QStringLiteral("OG-D1")});
        r.ground = ground;
        r.lawReference =
            missing == QStringLiteral("law")
                ? QString()
                : QStringLiteral("Кыргыз Республикасынын Кылмыш-жаза процесстик кодекси");
        if (missing == QStringLiteral("number"))
            r.requestNumber.clear();
        else if (missing == QStringLiteral("date"))
            r.requestDate = QDate();
        else if (missing == QStringLiteral("body"))
            r.requestBody.clear();
        else if (missing == QStringLiteral("purpose"))
            r.purpose = QStringLiteral("   ");
        if (missing != QStringLiteral("consent"))
            r.consentReference = QStringLiteral("Жазуу жүзүндөгү макулдук, 2026-11-03, № 17");
        if (missing != QStringLiteral("treaty"))
            r.treatyReference = QStringLiteral(
                "Евразиялык экономикалык биримдик жөнүндө келишим (Астана, 2014-жылдын 29-майы)");
        const qint64 before = test::rowCount(*m_database, QStringLiteral("disclosures"));
        try {
            const qint64 id = DisclosureService(*m_database).record(m_admin, r);
            QVERIFY2(says.isEmpty(), "an incomplete disclosure was recorded");
            QCOMPARE(scalar(QStringLiteral("SELECT ground FROM disclosures WHERE id = ?"), {id})
                         .toString(),
                     ground);
        } catch (const Error& e) {
            QVERIFY2(!says.isEmpty(), qPrintable(e.message()));
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            QCOMPARE(test::rowCount(*m_database, QStringLiteral("disclosures")), before);
        }
    }

    void oneDisclosureCoversSeveralSubjectsAndEachIsNotified()
    {
        DisclosureService service(*m_database);
        const qint64 id =
            service.record(m_admin, courtRequest({QStringLiteral("OG-D1"), QStringLiteral("OG-D2"),
                                                  QStringLiteral("OG-D3")}));
        DisclosureService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.subjects.size(), 3);
        QCOMPARE(d.categories, QStringList({"personal_details", "contacts"}));
        QCOMPARE(d.row.notified, 0);
        QVERIFY(!d.row.late); // the notice is due three working days after the disclosure
        // Wednesday 4 November + 3 working days: Thursday 5, Friday 6, then the weekend of 7-8
        // November (working public holidays, on a weekend: nothing moves since 2025), Monday 9.
        QCOMPARE(DisclosureService::noticeDue(m_database->connection(), QDate(2026, 11, 4)),
                 QDate(2026, 11, 9));
        QVERIFY(!service.details(id, QDate(2026, 11, 9)).row.late);
        QVERIFY(service.details(id, QDate(2026, 11, 10)).row.late);
        // The notice period is a setting of administrators.
        service.setNoticeWorkingDays(m_admin,
                                     5); // Thursday 5, Friday 6, Monday 9, Tuesday 10, Wednesday 11
        QVERIFY(!service.details(id, QDate(2026, 11, 11)).row.late);
        QVERIFY(service.details(id, QDate(2026, 11, 12)).row.late);
        QVERIFY_THROWS_EXCEPTION(Error, service.setNoticeWorkingDays(m_admin, 0));
        service.setNoticeWorkingDays(m_admin, 3);

        // Through the outbox: queued with the subject's address and the text in their language.
        const qint64 subject1 = d.subjects[0].subjectId;
        const qint64 queued =
            service.queueNotification(m_admin, id, subject1, QStringLiteral("sms"));
        d = service.details(id, QDate(2026, 11, 12));
        QCOMPARE(d.notifications.size(), 1);
        QCOMPARE(d.notifications[0].state, QStringLiteral("queued"));
        QCOMPARE(d.notifications[0].address, QStringLiteral("+996555120001"));
        QCOMPARE(d.notifications[0].language, QStringLiteral("ky"));
        QVERIFY2(d.notifications[0].body.contains(QStringLiteral("04.11.2026")) &&
                     d.notifications[0].body.contains(QStringLiteral("4.6.4")),
                 qPrintable(d.notifications[0].body));
        QVERIFY2(d.notifications[0].body.contains(QStringLiteral("ЖЧК")) &&
                     !d.notifications[0].body.contains(QStringLiteral("informs")),
                 qPrintable(d.notifications[0].body)); // in Kyrgyz, the subject's language
        QVERIFY(service.noticeText(id, QStringLiteral("ru")).contains(QStringLiteral("раскрыты")));
        QCOMPARE(d.row.notified, 0); // queued is not yet sent
        // The platform's messaging service updates the row (docs/outbox.md): sent, then delivered.
        exec(QStringLiteral(
                 "UPDATE notifications SET state = 'sent', sent_at = ?, state_at = ? WHERE id = ?"),
             {QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC),
              QDateTime(QDate(2026, 11, 5), QTime(9, 0), Qt::UTC), queued});
        QCOMPARE(service.details(id, QDate(2026, 11, 12)).row.notified, 1);
        exec(QStringLiteral(
                 "UPDATE notifications SET state = 'delivered', state_at = ? WHERE id = ?"),
             {QDateTime(QDate(2026, 11, 5), QTime(9, 1), Qt::UTC), queued});
        QCOMPARE(service.details(id, QDate(2026, 11, 12)).notifications[0].state,
                 QStringLiteral("delivered"));

        // The second subject: an email that fails, then a letter by post recorded by hand.
        const qint64 subject2 = d.subjects[1].subjectId;
        const qint64 email =
            service.queueNotification(m_admin, id, subject2, QStringLiteral("email"));
        exec(QStringLiteral("UPDATE notifications SET state = 'failed', state_at = ?, state_note = "
                            "'mailbox full' WHERE id = ?"),
             {QDateTime(QDate(2026, 11, 5), QTime(9, 2), Qt::UTC), email});
        DisclosureService::Row row = service.details(id, QDate(2026, 11, 12)).row;
        QCOMPARE(row.undelivered, 1);
        QCOMPARE(row.notified, 1);
        QVERIFY_THROWS_EXCEPTION(
            Error, service.recordSentByHand(
                       m_admin, id, subject2, QStringLiteral("post"), QStringLiteral("Бишкек"),
                       QDateTime::currentDateTimeUtc().addSecs(-60), QString())); // tracking
        service.recordSentByHand(m_admin, id, subject2, QStringLiteral("post"),
                                 QStringLiteral("Бишкек ш., Ибраимов к. 1"),
                                 QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QStringLiteral("RR987654321KG"));
        row = service.details(id, QDate(2026, 11, 12)).row;
        QCOMPARE(row.notified, 2);
        QVERIFY(row.late); // the third subject is not notified yet
        DisclosureService::Filter unnotified;
        unnotified.unnotifiedOnly = true;
        QVERIFY(!service.list(unnotified, QDate(2026, 11, 12)).isEmpty());
        DisclosureService::Filter failed;
        failed.failedOnly = true;
        QCOMPARE(service.list(failed, QDate(2026, 11, 12)).size(), 1);
        // The other channels reach the outbox too; a subject not in the disclosure is refused.
        for (const char* channel : {"telegram", "whatsapp", "platform"})
            service.queueNotification(m_admin, id, d.subjects[2].subjectId,
                                      QString::fromLatin1(channel));
        QVERIFY_THROWS_EXCEPTION(
            Error, service.queueNotification(m_admin, id, 999999, QStringLiteral("sms")));
        exec(QStringLiteral("UPDATE notifications SET state = 'unknown', sent_at = state_at WHERE "
                            "channel = 'platform'"));
        QCOMPARE(service.details(id, QDate(2026, 11, 12)).row.notified, 3);
        QVERIFY(!service.details(id, QDate(2026, 11, 12)).row.late);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                       "'disclosure.%' AND entity_id = ?"),
                        {QString::number(id)})
                     .toInt(),
                 1 + 6);
    }

    // The notice as a letter to post, in both languages.
    void thePostalNoticeInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("says");
        QTest::newRow("ky") << "ky"
                            << "ачыкка чыгарылды";
        QTest::newRow("ru") << "ru"
                            << "были раскрыты";
    }
    void thePostalNoticeInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, says);
        DisclosureService service(*m_database);
        const qint64 id = service.record(m_admin, courtRequest({QStringLiteral("OG-D1")}));
        const qint64 subject =
            scalar(QStringLiteral("SELECT id FROM subjects WHERE platform_ref = 'OG-D1'"))
                .toLongLong();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.pdf"));
        NoticeLetterService(*m_database, subject).writePdf(m_admin, id, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        for (const QString& expected :
             {says, QStringLiteral("Осмонов Талант"), QStringLiteral("04.11.2026"),
              QStringLiteral("04-123/26"), QStringLiteral("4.6.4")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'disclosure.notice_letter' AND entity_id = ?"),
                        {QString::number(id)})
                     .toInt(),
                 1);
        // The register of outgoing letters names the subject the notice went to.
        const auto registered = OutgoingLetterService::findLetter(
            m_database->connection(), QStringLiteral("disclosure.notice_letter"), id, subject);
        QVERIFY(registered);
        QCOMPARE(registered->addressee, QStringLiteral("Осмонов Талант"));
        // Only a subject of the disclosure gets its notice.
        const qint64 other =
            scalar(QStringLiteral("SELECT id FROM subjects WHERE platform_ref = 'OG-D2'"))
                .toLongLong();
        QVERIFY_THROWS_EXCEPTION(
            Error, NoticeLetterService(*m_database, other).writePdf(m_admin, id, language, path));
    }

    // A recipient abroad (policy 1.1.6): the register shows and filters the transfer abroad, and
    // the notice names the country and the purpose in the subject's language.
    void aTransferAbroadShowsAsOne_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("abroad");
        QTest::addColumn<QString>("purpose");
        QTest::newRow("ky") << "ky"
                            << "Казакстан"
                            << "Кыргыз Республикасынан тышкары"
                            << "максаты";
        QTest::newRow("ru") << "ru"
                            << "Казахстан"
                            << "за пределами Кыргызской Республики"
                            << "цель";
    }
    void aTransferAbroadShowsAsOne()
    {
        QFETCH(QString, language);
        QFETCH(QString, country);
        QFETCH(QString, abroad);
        QFETCH(QString, purpose);
        DisclosureService service(*m_database);
        DisclosureService::Registration r = courtRequest({QStringLiteral("OG-D2")});
        r.newRecipientName = QStringLiteral("Kazakhstan Credit Bureau ") + language;
        r.newRecipientKind = QStringLiteral("credit_bureau");
        r.newRecipientCountry = QStringLiteral("KZ");
        r.ground = QStringLiteral("treaty");
        r.treatyReference = QStringLiteral("Treaty on the Eurasian Economic Union");
        r.purpose = QStringLiteral("Кредиттик тарыхты текшерүү");
        const qint64 id = service.record(m_admin, r);
        const DisclosureService::Details d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.row.country, QStringLiteral("KZ"));
        QVERIFY(d.row.abroad());
        QCOMPARE(d.purpose, r.purpose);
        QCOMPARE(d.treatyReference, r.treatyReference);
        DisclosureService::Filter abroadOnly;
        abroadOnly.abroadOnly = true;
        const QList<DisclosureService::Row> rows = service.list(abroadOnly, QDate(2026, 11, 5));
        QVERIFY(std::any_of(rows.begin(), rows.end(),
                            [&](const DisclosureService::Row& row) { return row.id == id; }));
        for (const DisclosureService::Row& row : rows)
            QVERIFY2(row.abroad(), qPrintable(row.recipient));
        QCOMPARE(service.count(abroadOnly), qint64(rows.size()));
        const QString notice = service.noticeText(id, language);
        for (const QString& expected :
             {country, abroad, purpose, r.purpose, r.treatyReference, QStringLiteral("4.6.4")})
            QVERIFY2(notice.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + notice));
        // A disclosure at home says nothing of a country.
        const qint64 home = service.record(m_admin, courtRequest({QStringLiteral("OG-D2")}));
        QVERIFY(!service.details(home, QDate(2026, 11, 5)).row.abroad());
        QVERIFY2(!service.noticeText(home, language).contains(abroad),
                 qPrintable(service.noticeText(home, language)));
    }

    void aCountryNotOnTheListIsRefused()
    {
        DisclosureService::Registration r = courtRequest({QStringLiteral("OG-D2")});
        r.newRecipientName = QStringLiteral("Atlantis Data Ltd");
        r.newRecipientKind = QStringLiteral("other");
        r.newRecipientCountry = QStringLiteral("XX");
        const qint64 disclosures = test::rowCount(*m_database, QStringLiteral("disclosures"));
        const qint64 recipients = test::rowCount(*m_database, QStringLiteral("recipients"));
        try {
            DisclosureService(*m_database).record(m_admin, r);
            QFAIL("a recipient in no known country was recorded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("\"XX\"")), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("disclosures")), disclosures);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("recipients")), recipients);
    }

    // A disclosure recorded before purposes were (schema 18) has none: its notice invents none.
    void aNoticeWithoutARecordedPurposeSaysNoneOfIt()
    {
        DisclosureService service(*m_database);
        const qint64 id = service.record(m_admin, courtRequest({QStringLiteral("OG-D1")}));
        exec(QStringLiteral("UPDATE disclosures SET purpose = NULL WHERE id = ?"), {id});
        const QString ru = service.noticeText(id, QStringLiteral("ru"));
        QVERIFY2(ru.contains(QStringLiteral("были раскрыты")) &&
                     !ru.contains(QStringLiteral("цел")),
                 qPrintable(ru));
        QVERIFY(service.details(id, QDate(2026, 11, 5)).purpose.isEmpty());
    }

    // The bulk action's step: every subject of a disclosure not yet notified gets a notice, each
    // audited; none twice; a record without the channel's address refuses the disclosure whole.
    void queuesTheNoticesOfADisclosureAtOnce()
    {
        for (int i = 5; i <= 7; ++i)
            test::insertSubjectWithData(*m_database, QStringLiteral("OG-D%1").arg(i), m_recipient,
                                        i);
        DisclosureService service(*m_database);
        const qint64 id =
            service.record(m_admin, courtRequest({QStringLiteral("OG-D5"), QStringLiteral("OG-D6"),
                                                  QStringLiteral("OG-D7")}));
        const auto subjects = service.details(id, QDate(2026, 11, 5)).subjects;
        service.queueNotification(m_admin, id, subjects[0].subjectId, QStringLiteral("sms"));
        const auto queuedEntries = [&] {
            return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'disclosure.notification_queued' AND entity_id = ?"),
                          {QString::number(id)})
                .toInt();
        };
        QCOMPARE(queuedEntries(), 1);
        QCOMPARE(service.queueNotices(m_admin, id, QStringLiteral("email")), 2);
        QCOMPARE(queuedEntries(), 3);
        const auto d = service.details(id, QDate(2026, 11, 5));
        QCOMPARE(d.notifications.size(), 3);
        for (const auto& n : d.notifications)
            if (n.subjectId != subjects[0].subjectId) {
                QCOMPARE(n.channel, QStringLiteral("email"));
                QCOMPARE(n.address, QStringLiteral("talant@example.kg"));
                QCOMPARE(n.state, QStringLiteral("queued"));
            }
        // Again: each has one, none is queued twice.
        try {
            service.queueNotices(m_admin, id, QStringLiteral("email"));
            QFAIL("queued twice");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("every subject is notified")),
                     qPrintable(e.message()));
        }
        // A failed notice may be queued again.
        exec(QStringLiteral("UPDATE notifications SET state = 'failed', state_at = ? WHERE "
                            "disclosure_id = ? AND subject_id = ?"),
             {QDateTime::currentDateTimeUtc(), id, subjects[1].subjectId});
        QCOMPARE(service.queueNotices(m_admin, id, QStringLiteral("sms")), 1);

        // A record without a phone: the disclosure's sms notices are refused whole.
        test::insertSubjectWithData(*m_database, QStringLiteral("OG-D8"), m_recipient, 8);
        test::insertSubjectWithData(*m_database, QStringLiteral("OG-D9"), m_recipient, 9);
        exec(QStringLiteral("UPDATE subjects SET phone = NULL WHERE platform_ref = 'OG-D9'"));
        const qint64 other = service.record(
            m_admin, courtRequest({QStringLiteral("OG-D8"), QStringLiteral("OG-D9")}));
        try {
            service.queueNotices(m_admin, other, QStringLiteral("sms"));
            QFAIL("queued without an address");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("OG-D9")), qPrintable(e.message()));
        }
        QCOMPARE(service.details(other, QDate(2026, 11, 5)).notifications.size(), 0);
        // Within the platform's cooperation no notice is queued one by one.
        DisclosureService::Registration within = courtRequest({QStringLiteral("OG-D8")});
        within.outsidePlatform = false;
        QVERIFY_THROWS_EXCEPTION(
            Error,
            service.queueNotices(m_admin, service.record(m_admin, within), QStringLiteral("sms")));
    }

    void blockedDataIsNotDisclosed()
    {
        exec(QStringLiteral("UPDATE subject_categories SET state = 'blocked' WHERE category_code = "
                            "'contacts' AND subject_id = "
                            "(SELECT id FROM subjects WHERE platform_ref = 'OG-D3')"));
        const qint64 before = test::rowCount(*m_database, QStringLiteral("disclosures"));
        try {
            DisclosureService(*m_database)
                .record(m_admin, courtRequest({QStringLiteral("OG-D1"), QStringLiteral("OG-D3")}));
            QFAIL("blocked data was disclosed");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
            QVERIFY2(e.message().contains(QStringLiteral("OG-D3")) &&
                         e.message().contains(QStringLiteral("contacts")),
                     qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("disclosures")), before);
        // The categories not blocked can be.
        DisclosureService::Registration r = courtRequest({QStringLiteral("OG-D3")});
        r.categories = QStringList{QStringLiteral("personal_details")};
        r.recipientId = m_recipient;
        r.newRecipientName.clear();
        QVERIFY(DisclosureService(*m_database).record(m_admin, r) > 0);
    }
};

QTEST_MAIN(TestDisclosureService) // the notice's dates use the document language
#include "tst_disclosureservice.moc"

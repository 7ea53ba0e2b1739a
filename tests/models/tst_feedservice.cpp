// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "core/JobProgress.h"
#include "db/Sql.h"
#include "feed/FeedService.h"
#include "FeedFixture.h"
#include "services/AuditVerifier.h"
#include "services/WithdrawalService.h"

#include <QSqlQuery>
#include <QtTest>

using namespace dpo;
using test::kDay;

class TestFeedService : public test::FeedFixture
{
    Q_OBJECT

private slots:
    void init() { openDatabase(); }
    void cleanup() { closeDatabase(); }

    void appliesADay()
    {
        const FeedService::Result result = apply(kDay);
        QVERIFY(result.batchId > 0);
        QCOMPARE(result.events(), 13);
        QCOMPARE(result.applied.value(QStringLiteral("recipient.upsert")), 3);
        QCOMPARE(result.applied.value(QStringLiteral("subject.upsert")), 3);
        QCOMPARE(result.applied.value(QStringLiteral("transfer")), 3);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.refused, 0);
        QCOMPARE(result.flagged, 1); // the minor
        QVERIFY2(result.flags.value(0).endsWith(QStringLiteral(":12: minor: birth_date")),
                 qPrintable(result.flags.value(0)));

        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM subjects WHERE platform_ref = 'OG-1'"))
                     .toString(),
                 QStringLiteral("+996555100002"));
        QCOMPARE(scalar(QStringLiteral("SELECT surname_fold FROM subjects WHERE platform_ref = "
                                       "'OG-1'"))
                     .toString(),
                 QStringLiteral("үсөнов"));
        QCOMPARE(scalar(QStringLiteral("SELECT consent_state FROM subjects WHERE platform_ref = "
                                       "'OG-1'"))
                     .toString(),
                 QStringLiteral("given"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(DISTINCT recipient_id) FROM transfers")).toInt(),
            3);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("transfers")), 4);
        for (const char* category :
             {"face_photo", "face_video", "contacts", "personal_details", "identity_document"})
            QVERIFY2(scalar(QStringLiteral("SELECT state FROM subject_categories c JOIN subjects "
                                           "s ON s.id = c.subject_id WHERE s.platform_ref = "
                                           "'OG-1' AND c.category_code = ?"),
                            {QString::fromLatin1(category)})
                             .toString() == QStringLiteral("held"),
                     category);
        QCOMPARE(scalar(QStringLiteral("SELECT channel || ' ' || state || ' ' || form_ref FROM "
                                       "withdrawal_requests"))
                     .toString(),
                 QStringLiteral("app_form received forms/2026/77"));
        QVERIFY(!scalar(QStringLiteral("SELECT account_closed_at FROM subjects WHERE "
                                       "platform_ref = 'OG-2'"))
                     .isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM feed_flags f JOIN subjects s ON s.id = "
                                       "f.subject_id WHERE s.platform_ref = 'OG-2'"))
                     .toString(),
                 QStringLiteral("minor"));
        // One audit entry for the file (and the request's own registration), and the chain holds.
        const QString details =
            scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'feed.apply'"))
                .toString();
        QVERIFY2(details.contains(result.sha256), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("\"transfer\":3")), qPrintable(details));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'withdrawal.register'"))
                     .toInt(),
                 1);
        QCOMPARE(AuditVerifier(*m_database).verify().problem, AuditVerification::Problem::None);
    }

    void replayingChangesNothing()
    {
        apply(kDay);
        const auto before = counts();
        const FeedService::Result again = apply(kDay);
        QCOMPARE(again.batchId, 0);
        QCOMPARE(again.skipped, 13);
        QCOMPARE(counts(), before);
        // A later file that repeats some events applies only the new ones.
        const FeedService::Result more = apply(
            kDay +
            R"({"id":"e-11","type":"account.closed","at":"2026-12-03T11:00:00+06:00","platform_ref":"OG-1"})"
            "\n");
        QCOMPARE(more.skipped, 13);
        QCOMPARE(more.applied.value(QStringLiteral("account.closed")), 1);
    }

    void aBadLineInTheMiddleWritesNothing()
    {
        const auto before = counts();
        QByteArray file = kDay;
        file.replace("\"category\":\"face_video\"}", "\"category\":\"face_video\"");
        file.replace("\"recipient\":\"leasing-1\"", "\"recipient\":\"leasing-2\"");
        const QString message = refusal(file);
        QVERIFY2(message.contains(QStringLiteral(".jsonl:10: line: is not JSON")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(".jsonl:9: recipient: no recipient has the code "
                                                 "\"leasing-2\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2 problem(s); nothing was applied.")),
                 qPrintable(message));
        QCOMPARE(counts(), before);
    }

    void refusesValuesThatDoNotHold_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* fields, const char* expected) {
            QTest::newRow(name) << QByteArray("{\"id\":\"x-1\",\"at\":\"2026-12-01T10:00:00Z\",") +
                                       fields + "}\n"
                                << QString::fromUtf8(expected);
        };
        row("bad INN",
            R"("type":"subject.upsert","platform_ref":"OG-9","inn":"123","surname":"А","given_name":"Б")",
            ":15: inn: \"123\" is not 14 digits");
        row("new subject without a name",
            R"("type":"subject.upsert","platform_ref":"OG-9","inn":"21203199000099")",
            ":15: surname: is required for a new subject");
        row("INN of another subject",
            R"("type":"subject.upsert","platform_ref":"OG-9","inn":"21203199000011","surname":"А","given_name":"Б")",
            ":15: inn: 2*********0011 is another subject's INN");
        row("bad phone", R"("type":"subject.upsert","platform_ref":"OG-1","phone":"12345")",
            ":15: phone: \"12345\" is not a Kyrgyz number");
        row("emptied name", R"("type":"subject.upsert","platform_ref":"OG-1","surname":" ")",
            ":15: surname: is empty");
        row("unknown policy",
            R"("type":"consent.given","platform_ref":"OG-1","policy_version":"1999","channel":"web")",
            ":15: policy_version: \"1999\" is not a known policy version");
        row("unknown channel",
            R"("type":"consent.given","platform_ref":"OG-1","policy_version":"2024-06-01","channel":"fax")",
            ":15: channel: \"fax\" is not a consent channel");
        row("unknown subject",
            R"("type":"transfer","platform_ref":"OG-404","recipient":"leasing-1","categories":["contacts"],"purpose":"financing_decision")",
            ":15: platform_ref: no subject has this platform reference");
        row("unknown category",
            R"("type":"transfer","platform_ref":"OG-1","recipient":"leasing-1","categories":["dna"],"purpose":"financing_decision")",
            ":15: categories: \"dna\" is not a known code");
        row("unknown purpose",
            R"("type":"transfer","platform_ref":"OG-1","recipient":"leasing-1","categories":["contacts"],"purpose":"resale")",
            ":15: purpose: \"resale\" is not a known code");
        row("unknown field", R"("type":"account.closed","platform_ref":"OG-1","at2":1)",
            ":15: at2: is not a field of account.closed");
        row("recipient name taken",
            R"("type":"recipient.upsert","code":"other","name":"Ишеним","kind":"fco")",
            ":15: name: \"Ишеним\" is the name of the recipient with the code \"bureau-ishenim\"");
        row("recipient kind", R"("type":"recipient.upsert","code":"x","name":"X","kind":"bank")",
            ":15: kind: \"bank\" is not a kind of recipient");
        row("recipient country",
            R"("type":"recipient.upsert","code":"x","name":"X","kind":"fco","country":"XX")",
            ":15: country: \"XX\" is not a country code of the list");
        row("form digest",
            R"("type":"withdrawal.requested","platform_ref":"OG-1","form_id":"f-2","form_sha256":"abc","received_on":"2026-12-01")",
            ":15: form_sha256: must be 64 hexadecimal digits");
        row("form again",
            R"("type":"withdrawal.requested","platform_ref":"OG-1","form_id":"forms/2026/77","form_sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","received_on":"2026-12-01")",
            ":15: form_id: the form is already withdrawal request");
        row("full scope naming categories",
            R"("type":"withdrawal.requested","platform_ref":"OG-1","form_id":"f-3","form_sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","received_on":"2026-12-01","categories":["contacts"])",
            ":15: scope: a full withdrawal names no purposes or categories");
    }
    void refusesValuesThatDoNotHold()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        apply(kDay); // lines 2-14 of the file are the day's, skipped now; the 15th is the row's
        const auto before = counts();
        const QString message = refusal(kDay + line);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(counts(), before);
    }

    void anIdRepeatedInOneFileIsAProblem()
    {
        const QString message = refusal(
            R"({"id":"r-1","type":"recipient.upsert","at":"2026-12-01T08:00:00Z","code":"a","name":"A","kind":"fco"}
{"id":"r-1","type":"recipient.upsert","at":"2026-12-01T08:00:00Z","code":"b","name":"B","kind":"fco"}
)");
        QVERIFY2(message.contains(QStringLiteral(":2: id: \"r-1\" is the id of an earlier event")),
                 qPrintable(message));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("recipients")), 0);
    }

    // Data of a destroyed subject does not come back: not by its old reference, INN or phone.
    void reidentificationIsRefusedAndFlagged()
    {
        apply(kDay);
        destroyEverything(QStringLiteral("OG-1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM erased_identifiers")).toInt(), 3);
        const qint64 erased =
            scalar(QStringLiteral("SELECT id FROM subjects WHERE status = 'destroyed'"))
                .toLongLong();
        QVERIFY(erased > 0);
        const auto subjectsBefore = test::rowCount(*m_database, QStringLiteral("subjects"));
        const FeedService::Result result = apply(
            R"({"id":"b-1","type":"subject.upsert","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","surname":"Үсөнов"}
{"id":"b-2","type":"subject.upsert","at":"2026-12-03T09:00:00Z","platform_ref":"OG-77","inn":"21203199000011","surname":"Үсөнов","given_name":"Нурбек"}
{"id":"b-3","type":"subject.upsert","at":"2026-12-03T09:00:00Z","platform_ref":"OG-2","phone":"+996 555 100 002"}
{"id":"b-4","type":"transfer","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","recipient":"leasing-1","categories":["contacts"],"purpose":"financing_decision"}
)");
        QCOMPARE(result.refused, 4);
        QCOMPARE(result.applied.size(), 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), subjectsBefore);
        QVERIFY(scalar(QStringLiteral("SELECT phone FROM subjects WHERE platform_ref = 'OG-2'"))
                    .isNull());
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT f.event_id, f.kind, f.subject_id, "
                                                  "f.detail, e.outcome FROM feed_flags f JOIN "
                                                  "feed_events e ON e.event_id = f.event_id "
                                                  "WHERE f.kind = 'reidentification' ORDER BY "
                                                  "f.event_id"));
        execQuery(q, "read");
        const QStringList details{QStringLiteral("platform_ref"), QStringLiteral("inn"),
                                  QStringLiteral("phone"), QStringLiteral("platform_ref")};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("b-%1").arg(i + 1));
            QCOMPARE(q.value(2).toLongLong(), erased);
            QCOMPARE(q.value(3).toString(), details[i]);
            QCOMPARE(q.value(4).toString(), QStringLiteral("refused"));
        }
        // The digests hold no identifier in the clear (the whole INN: its last four digits
        // turned up by chance in a hex digest once, under the sanitizers).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM erased_identifiers WHERE digest LIKE "
                                       "'%21203199000011%' OR digest LIKE '%OG-1%'"))
                     .toInt(),
                 0);
    }

    void blockedAndErasedDataStayAsTheOfficerLeftThem()
    {
        apply(kDay);
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE subject_categories SET state = 'blocked' WHERE category_code = 'contacts'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE subject_categories SET state = 'destroyed' WHERE "
                                      "category_code = 'face_video'")));
        const FeedService::Result result = apply(
            R"({"id":"c-1","type":"subject.upsert","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","phone":"+996555100009","given_name":"Нурбек-2"}
{"id":"c-2","type":"category.collected","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","category":"contacts"}
{"id":"c-3","type":"category.collected","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","category":"face_video"}
{"id":"c-4","type":"transfer","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","recipient":"leasing-1","categories":["contacts"],"purpose":"financing_decision"}
)");
        QCOMPARE(result.applied.value(QStringLiteral("subject.upsert")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT phone FROM subjects WHERE platform_ref = 'OG-1'"))
                     .toString(),
                 QStringLiteral("+996555100002"));
        QCOMPARE(scalar(QStringLiteral("SELECT given_name FROM subjects WHERE platform_ref = "
                                       "'OG-1'"))
                     .toString(),
                 QStringLiteral("Нурбек-2"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE category_code "
                                       "= 'contacts' AND subject_id = (SELECT id FROM subjects "
                                       "WHERE platform_ref = 'OG-1')"))
                     .toString(),
                 QStringLiteral("blocked"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM subject_categories WHERE category_code "
                                       "= 'face_video'"))
                     .toString(),
                 QStringLiteral("destroyed"));
        QStringList kinds;
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM feed_flags WHERE event_id LIKE 'c-%' "
                                      "ORDER BY event_id")));
        while (q.next())
            kinds << q.value(0).toString();
        QCOMPARE(kinds, QStringList({QStringLiteral("blocked_data"), QStringLiteral("blocked_data"),
                                     QStringLiteral("erased_data"),
                                     QStringLiteral("transfer_after_withdrawal")}));
        // The transfer happened: it is recorded, for the recipient to be told.
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("transfers")), 5);
    }

    void aWithdrawnConsentIsNotRenewedByTheFeed()
    {
        apply(kDay);
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE consents SET withdrawn_at = given_at")));
        const FeedService::Result result = apply(
            R"({"id":"d-1","type":"consent.given","at":"2026-12-03T09:00:00Z","platform_ref":"OG-1","policy_version":"2024-06-01","channel":"web"}
)");
        QCOMPARE(result.refused, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT kind FROM feed_flags WHERE event_id = 'd-1'")).toString(),
            QStringLiteral("consent_after_withdrawal"));
        QVERIFY(!scalar(QStringLiteral("SELECT withdrawn_at FROM consents")).isNull());
    }

    // Hostile text in every text field of every event type is stored as given or refused with a
    // message, never run as SQL nor lost.
    void hostileTextIsDataNotCode()
    {
        apply(kDay);
        const QString hostile = QStringLiteral("x'); DROP TABLE subjects; -- \u202e<b>&amp;\"\\");
        const QByteArray h = QJsonDocument(QJsonArray{hostile}).toJson(QJsonDocument::Compact);
        const QByteArray v = h.mid(1, h.size() - 2); // the quoted string
        // Names and addresses take any text but control and direction characters (refused below).
        const QString hostileName = QString(hostile).remove(QChar(0x202e));
        const QByteArray hn = QJsonDocument(QJsonArray{hostileName}).toJson(QJsonDocument::Compact);
        const QByteArray vn = hn.mid(1, hn.size() - 2);
        QByteArray file;
        int n = 0;
        const auto add = [&](const QByteArray& fields) {
            file += "{\"id\":" + v.left(v.size() - 1) + QByteArray::number(++n) +
                    "\",\"at\":\"2026-12-03T09:00:00Z\"," + fields + "}\n";
        };
        add("\"type\":\"recipient.upsert\",\"code\":" + v + ",\"name\":" + v +
            ",\"kind\":\"other\",\"address\":" + v);
        add("\"type\":\"subject.upsert\",\"platform_ref\":\"OG-1\",\"surname\":" + vn +
            ",\"given_name\":" + vn + ",\"patronymic\":" + vn + ",\"residence_address\":" + vn +
            ",\"registration_address\":" + vn);
        // A reference may hold SQL; not a control or direction character (refused below).
        add("\"type\":\"subject.upsert\",\"platform_ref\":" + v.left(29) +
            "\",\"inn\":\"21203199000077\",\"surname\":" + vn + ",\"given_name\":" + vn);
        add("\"type\":\"transfer\",\"platform_ref\":\"OG-1\",\"recipient\":" + v +
            ",\"categories\":[\"contacts\"],\"purpose\":\"financing_decision\"");
        add("\"type\":\"withdrawal.requested\",\"platform_ref\":\"OG-2\",\"form_id\":" + v +
            ",\"form_sha256\":\"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\","
            "\"received_on\":\"2026-12-02\"");
        const FeedService::Result result = apply(file);
        QCOMPARE(result.events(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT surname FROM subjects WHERE platform_ref = 'OG-1'"))
                     .toString(),
                 hostileName);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM recipients WHERE code = ?"), {hostile})
                     .toString(),
                 hostile);
        QCOMPARE(scalar(QStringLiteral("SELECT form_ref FROM withdrawal_requests WHERE channel = "
                                       "'app_form' AND form_ref <> 'forms/2026/77'"))
                     .toString(),
                 hostile);
        // Hostile values where a code or a number is expected are refused by name.
        const QString message =
            refusal("{\"id\":\"h-x\",\"at\":\"2026-12-03T09:00:00Z\",\"type\":\"consent.given\","
                    "\"platform_ref\":\"OG-1\",\"policy_version\":" +
                    v + ",\"channel\":" + v + "}\n");
        QVERIFY2(message.contains(QStringLiteral(":1: policy_version: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(":1: channel: ")), qPrintable(message));
        // A new subject's reference is a cell of the audit CSV: no direction character, no
        // formula.
        for (const QByteArray& ref : {v, QByteArray("\"=HYPERLINK(1)\""), QByteArray("\"@A1\"")}) {
            const QString refused = refusal(
                "{\"id\":\"h-r\",\"at\":\"2026-12-03T09:00:00Z\",\"type\":\"subject.upsert\","
                "\"platform_ref\":" +
                ref + ",\"inn\":\"21203199000085\",\"surname\":\"A\",\"given_name\":\"B\"}\n");
            QVERIFY2(refused.contains(QStringLiteral(":1: platform_ref: ")), qPrintable(refused));
        }
        // A name or an address with a direction mark, or longer than its cap, is refused by name.
        for (const auto& [field, value] :
             {std::pair{QByteArray("surname"), v}, std::pair{QByteArray("registration_address"), v},
              std::pair{QByteArray("given_name"), "\"" + QByteArray(101, 'a') + "\""},
              std::pair{QByteArray("residence_address"), "\"" + QByteArray(301, 'a') + "\""}}) {
            const QString refused =
                refusal("{\"id\":\"h-n\",\"at\":\"2026-12-03T09:00:00Z\",\"type\":"
                        "\"subject.upsert\",\"platform_ref\":\"OG-1\",\"" +
                        field + "\":" + value + "}\n");
            QVERIFY2(refused.contains(QStringLiteral(":1: %1: ").arg(QLatin1String(field))),
                     qPrintable(refused));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 3);
    }

    // Hostile text where a code, a number, a date or a reference is expected, in every event
    // type: refused with the field named, nothing written.
    void hostileCodesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("fields"); // @ stands for the hostile text, quoted
        QTest::addColumn<QStringList>("named");
        const auto row = [](const char* name, const char* fields, const QStringList& named) {
            QTest::newRow(name) << QByteArray(fields) << named;
        };
        row("recipient.upsert",
            R"("type":"recipient.upsert","code":"x-1","name":"X","kind":@,"inn":@,"contact_email":@)",
            {QStringLiteral("kind"), QStringLiteral("inn"), QStringLiteral("contact_email")});
        row("subject.upsert",
            R"("type":"subject.upsert","platform_ref":"OG-1","inn":@,"phone":@,"email":@,"sex":@,"preferred_language":@,"id_document":@)",
            {QStringLiteral("inn"), QStringLiteral("phone"), QStringLiteral("email"),
             QStringLiteral("sex"), QStringLiteral("preferred_language"),
             QStringLiteral("id_document")});
        row("subject.upsert's date",
            R"("type":"subject.upsert","platform_ref":"OG-1","birth_date":@)",
            {QStringLiteral("birth_date")});
        row("consent.given",
            R"("type":"consent.given","platform_ref":@,"policy_version":@,"channel":@)",
            {QStringLiteral("platform_ref")});
        row("transfer",
            R"("type":"transfer","platform_ref":"OG-1","recipient":@,"categories":[@],"purpose":@)",
            {QStringLiteral("recipient"), QStringLiteral("categories"), QStringLiteral("purpose")});
        row("category.collected",
            R"("type":"category.collected","platform_ref":"OG-1","category":@)",
            {QStringLiteral("category")});
        row("withdrawal.requested",
            R"("type":"withdrawal.requested","platform_ref":"OG-1","form_id":"f-9","form_sha256":@,"received_on":"2026-12-01","scope":@,"purposes":[@],"categories":[@])",
            {QStringLiteral("form_sha256"), QStringLiteral("scope"), QStringLiteral("purposes"),
             QStringLiteral("categories")});
        row("withdrawal.requested's date",
            R"("type":"withdrawal.requested","platform_ref":"OG-1","form_id":"f-9","form_sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","received_on":@)",
            {QStringLiteral("received_on")});
        row("account.closed", R"("type":"account.closed","platform_ref":@)",
            {QStringLiteral("platform_ref")});
    }
    void hostileCodesAreRefusedByName()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QStringList, named);
        apply(kDay);
        const QString hostile = QStringLiteral("x'); DROP TABLE subjects; -- \u202e<b>&amp;\"\\");
        const QByteArray h = QJsonDocument(QJsonArray{hostile}).toJson(QJsonDocument::Compact);
        const QByteArray quoted = h.mid(1, h.size() - 2);
        const auto before = counts();
        const QString message = refusal(R"({"id":"h-1","at":"2026-12-03T09:00:00Z",)" +
                                        fields.replace('@', quoted) + "}\n");
        for (const QString& field : named)
            QVERIFY2(message.contains(QStringLiteral(":1: %1: ").arg(field)),
                     qPrintable(field + QStringLiteral(" not named in: ") + message));
        QCOMPARE(counts(), before);
    }

    void anEventFromTheFutureIsAProblem()
    {
        const QString message = refusal(
            R"({"id":"f-1","type":"recipient.upsert","at":"2099-01-01T00:00:00Z","code":"a","name":"A","kind":"fco"}
)");
        QVERIFY2(message.contains(QStringLiteral(":1: at: is in the future")), qPrintable(message));
    }

    // A cancel in the middle of a file, with events already applied, leaves every table as it
    // was; a cancel that comes once the last line is read no longer stops the file.
    void aCancelMidFileLeavesNothing()
    {
        QByteArray content = kDay;
        for (int i = 1; i <= 2500; ++i)
            content += QStringLiteral("{\"id\":\"c-%1\",\"type\":\"consent.given\",\"at\":"
                                      "\"2026-12-01T10:00:00+06:00\",\"platform_ref\":\"OG-1\","
                                      "\"policy_version\":\"2024-06-01\",\"channel\":"
                                      "\"mobile_app\"}\n")
                           .arg(i)
                           .toUtf8();
        const QString path = write(content);
        const auto before = counts();
        JobProgress progress;
        bool sawWriting = false;
        progress.observe([&](JobProgress::Stage stage, qint64 done, qint64) {
            sawWriting = sawWriting || stage == JobProgress::Stage::Writing;
            if (stage == JobProgress::Stage::Writing && done > 0)
                progress.cancel();
        });
        FeedService service(*m_database);
        service.setProgress(&progress);
        try {
            service.applyFile(m_admin, path);
            QFAIL("the file was not cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Cancelled);
        }
        QVERIFY(sawWriting);
        QCOMPARE(counts(), before);

        JobProgress late;
        late.observe([&](JobProgress::Stage stage, qint64, qint64) {
            if (stage == JobProgress::Stage::Finishing)
                late.cancel();
        });
        FeedService again(*m_database);
        again.setProgress(&late);
        const FeedService::Result result = again.applyFile(m_admin, path);
        QCOMPARE(result.events(), 2513);
        QVERIFY(late.cancelRequested());
    }

    void anEmptyFileIsAProblem()
    {
        const QString message = refusal("\n\n");
        QVERIFY2(message.contains(QStringLiteral(":1: file: holds no events")),
                 qPrintable(message));
    }

    void anAuditorMayNotApplyAFeed()
    {
        const Session auditor =
            test::signedInAs(*m_database, m_admin, Role::Auditor, QStringLiteral("auditor"));
        QVERIFY_THROWS_EXCEPTION(Error, FeedService(*m_database).applyFile(auditor, write(kDay)));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("subjects")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedService)
#include "tst_feedservice.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A withdrawal's day on the command line alone, on either backend (docs/tasks.md, "A day on the
// command line"): officers added, the platform's data come in by the feed, the systems are
// registered, a written request goes through every step, the systems' tasks are confirmed (on
// PostgreSQL by the workers' role through task_reports, on SQLite by the platform's person), one
// fails and is retried, the recipient's notice is confirmed, the request closes only after the
// last confirmation, the backup is settled by its rotation, and the reply letter in Kyrgyz and
// Russian names each system's confirmation.
#include "CliRun.h"
#include "core/Session.h"
#include "domain/DocumentLanguage.h"
#include "RoleScript.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

namespace {
constexpr const char* kPassword = "cli-password-1";

QByteArray dayFeed()
{
    return QByteArrayLiteral(
        R"({"id":"w1","type":"recipient.upsert","at":"2026-11-02T08:00:00+06:00","code":"fco-baitushum","name":"МКК Байтушум","kind":"fco"}
{"id":"w2","type":"subject.upsert","at":"2026-11-02T09:00:00+06:00","platform_ref":"OG-DAY-1","inn":"21203199000011","surname":"Үсөнов","given_name":"Нурбек","birth_date":"1990-03-12","sex":"M","phone":"+996555100001","email":"nurbek@mail.kg","preferred_language":"ky","id_document":"ID1234567","residence_address":"Бишкек ш., Чүй пр. 1"}
{"id":"w3","type":"consent.given","at":"2026-11-02T09:00:05+06:00","platform_ref":"OG-DAY-1","policy_version":"2024-06-01","channel":"mobile_app"}
{"id":"w4","type":"category.collected","at":"2026-11-02T09:05:00+06:00","platform_ref":"OG-DAY-1","category":"face_photo"}
{"id":"w5","type":"transfer","at":"2026-11-02T09:10:00+06:00","platform_ref":"OG-DAY-1","recipient":"fco-baitushum","categories":["face_photo","contacts"],"purpose":"financing_decision"}
)");
}
} // namespace

class TestCliWithdrawalDay : public QObject
{
    Q_OBJECT
    using Run = test::CliRun;
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;

    static Run run(const QStringList& arguments) { return test::runConsole(arguments, kPassword); }
    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The request's tasks as `tasks list --format json` gives them, by "target/category".
    QHash<QString, QJsonObject> tasksOf(const QString& request) const
    {
        const Run r = run({"tasks", "list", "--database", m_fixture.url(), "--officer", "admin",
                           "--request", request, "--format", "json"});
        if (r.code != 0)
            qFatal("tasks list: %s", qPrintable(r.err));
        QHash<QString, QJsonObject> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject t = v.toObject();
            out.insert(t.value(QStringLiteral("target")).toString() + QLatin1Char('/') +
                           t.value(QStringLiteral("category")).toString(),
                       t);
        }
        return out;
    }
    QJsonObject show(const QString& request) const
    {
        const Run r = run(
            {"withdrawals", "show", request, "--database", m_fixture.url(), "--officer", "admin"});
        if (r.code != 0)
            qFatal("withdrawals show: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        QVERIFY(m_dir.isValid());
    }

    void aWithdrawalDayOnTheCommandLine()
    {
        const QString url = m_fixture.url();
        Run r = run({"init", "--database", url, "--admin", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The officers: one who works the request, a supervisor, and the platform's person who
        // confirms tasks by hand on SQLite; a bad role refused by name.
        r = run({"officers", "add", "--database", url, "--officer", "admin", "--username", "aibek",
                 "--name", "Айбек", "--role", "clerk"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("clerk")), qPrintable(r.err));
        for (const QStringList& officer :
             {QStringList{"aibek", "Айбек", "officer"},
              QStringList{"nazira", "Назира", "supervisor"},
              QStringList{"platform", "Платформанын кызматкери", "officer"}}) {
            r = run({"officers", "add", "--database", url, "--officer", "admin", "--username",
                     officer[0], "--name", officer[1], "--role", officer[2]});
            QVERIFY2(r.code == 0, qPrintable(officer[0] + r.err));
        }
        r = run({"officers", "list", "--database", url, "--officer", "admin", "--format", "csv"});
        QVERIFY2(r.out.contains(QStringLiteral("nazira,Назира,supervisor,yes,no")),
                 qPrintable(r.out));
        r = run({"feed", "apply", "--database", url, "--officer", "admin",
                 file(QStringLiteral("day.jsonl"), dayFeed())});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The platform's systems: two with workers, one confirmed by its owner, a backup.
        const QList<QStringList> systems{
            {"--code", "core", "--name", "Негизги база", "--kind", "core_database",
             "--confirmed-by", "worker", "--categories",
             "personal_details,contacts,identity_document,face_photo"},
            {"--code", "photos", "--name", "Сүрөт сактагыч", "--kind", "photo_store",
             "--confirmed-by", "worker", "--categories", "face_photo"},
            {"--code", "crm", "--name", "CRM", "--kind", "crm", "--confirmed-by", "person",
             "--categories", "contacts"},
            {"--code", "nightly", "--name", "Түнкү көчүрмө", "--kind", "backup", "--confirmed-by",
             "person", "--rotation-days", "30", "--categories", "contacts,face_photo"}};
        for (const QStringList& system : systems) {
            r = run(QStringList{"systems", "add", "--database", url, "--officer", "admin",
                                "--owner", "Платформа, ops@example.kg"} +
                    system);
            QVERIFY2(r.code == 0, qPrintable(system.value(1) + r.err));
        }

        // The written request, from its letter to the decisions.
        const QDate today = bishkekToday();
        r = run({"withdrawals", "register", "--database", url, "--officer", "aibek", "--subject",
                 "OG-DAY-1", "--received", today.toString(Qt::ISODate), "--document",
                 file(QStringLiteral("letter.pdf"), "%PDF-1.4\n% the subject's letter\n%%EOF\n")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QVERIFY2(id.toLongLong() > 0, qPrintable(r.out));
        r = run({"withdrawals", "verify", id, "--database", url, "--officer", "aibek", "--method",
                 "id_in_person"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList decide{"withdrawals",
                           "decide",
                           id,
                           "--database",
                           url,
                           "--officer",
                           "aibek",
                           "--justification",
                           "Керээз жазуу жүзүндө кайтарылып алынды (12.1.3)"};
        QStringList scope;
        for (const QJsonValue& c : show(id).value(QStringLiteral("categories_in_scope")).toArray())
            scope << c.toString();
        QVERIFY2(scope.contains(QStringLiteral("face_photo")) &&
                     scope.contains(QStringLiteral("contacts")) &&
                     scope.contains(QStringLiteral("personal_details")),
                 qPrintable(scope.join(QLatin1Char(','))));
        // The identity kept with the name: the AML/CFT law keeps both (a name without its INN is
        // refused).
        const QStringList kept{QStringLiteral("personal_details"),
                               QStringLiteral("identity_document")};
        for (const QString& category : scope) {
            decide << "--decision"
                   << category + (category == QLatin1String("contacts") ? "=depersonalise"
                                  : kept.contains(category)             ? "=keep"
                                                                        : "=destroy");
            if (kept.contains(category))
                decide << "--ground" << category + "=aml_cft_record_keeping"
                       << "--until" << category + "=" + today.addYears(5).toString(Qt::ISODate)
                       << "--justification" << category + "=Мыйзам боюнча 5 жыл сакталат (AML/CFT)";
        }
        r = run(decide);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // A keep waits for a supervisor other than its proposer.
        r = run({"withdrawals", "execute", id, "--database", url, "--officer", "aibek"});
        QCOMPARE(r.code, 2);
        r = run({"withdrawals", "approve", id, "--database", url, "--officer", "aibek"});
        QCOMPARE(r.code, 2);
        r = run({"withdrawals", "approve", id, "--database", url, "--officer", "nazira"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"withdrawals", "execute", id, "--database", url, "--officer", "aibek"});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // One task per system and category it holds that was not kept; the kept category none.
        QHash<QString, QJsonObject> tasks = tasksOf(id);
        QStringList expected;
        for (const QString& category : scope)
            if (!kept.contains(category)) {
                if (QStringList{"personal_details", "contacts", "identity_document", "face_photo"}
                        .contains(category))
                    expected << "core/" + category;
                if (category == QLatin1String("face_photo"))
                    expected << QStringLiteral("photos/face_photo")
                             << QStringLiteral("nightly/face_photo");
                if (category == QLatin1String("contacts"))
                    expected << QStringLiteral("crm/contacts")
                             << QStringLiteral("nightly/contacts");
            }
        expected << QStringLiteral("МКК Байтушум/");
        QStringList actual = tasks.keys();
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(
            tasks.value(QStringLiteral("core/contacts")).value(QStringLiteral("action")).toString(),
            QStringLiteral("depersonalise"));

        // Not closed while the recipient is not told, nor while a task is open (below).
        const QStringList reply{"withdrawals",  "reply", id,
                                "--database",   url,     "--officer",
                                "aibek",        "--on",  today.toString(Qt::ISODate),
                                "--method",     "post",  "--tracking",
                                "RR123456789KG"};
        r = run(reply);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("МКК Байтушум")), qPrintable(r.err));

        // The systems' workers and the recipient's notice: the photo store fails once.
        const QStringList byWorkers{"core/face_photo", "core/contacts", "photos/face_photo",
                                    "МКК Байтушум/"};
        const QString photos =
            tasks.value(QStringLiteral("photos/face_photo")).value(QStringLiteral("id")).toString();
        if (test::TestDatabase::isPostgres()) {
            auto owner = m_fixture.open(false);
            test::runRoleScript(*owner, "tasks_role.sql", "dpo_tasks", "day-worker-1");
            const auto worker = test::connectAs(m_fixture, "dpo_tasks", "day-worker-1");
            QSqlQuery q(worker->connection());
            for (const QString& key : byWorkers) {
                if (!tasks.contains(key))
                    continue;
                const QString task = tasks.value(key).value(QStringLiteral("id")).toString();
                QVERIFY2(q.exec(task == photos
                                    ? QStringLiteral("INSERT INTO task_reports (task_id, outcome, "
                                                     "outcome_at, note) VALUES (%1, 'failed', "
                                                     "now(), 'storage offline')")
                                          .arg(task)
                                    : QStringLiteral("INSERT INTO task_reports (task_id, outcome, "
                                                     "outcome_at, note) VALUES (%1, 'done', now(), "
                                                     "'purged')")
                                          .arg(task)),
                         qPrintable(q.lastError().text()));
            }
            r = run({"tasks", "receive", "--database", url, "--officer", "admin"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = run({"tasks", "retry", photos, "--database", url, "--officer", "aibek", "--note",
                     "storage back"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO task_reports (task_id, outcome, "
                                           "outcome_at, note) VALUES (%1, 'done', now(), 'purged')")
                                .arg(photos)),
                     qPrintable(q.lastError().text()));
            r = run({"tasks", "receive", "--database", url, "--officer", "admin"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        } else {
            for (const QString& key : byWorkers) {
                if (!tasks.contains(key))
                    continue;
                const QString task = tasks.value(key).value(QStringLiteral("id")).toString();
                r = run(task == photos
                            ? QStringList{"tasks", "confirm", task, "--database", url, "--officer",
                                          "platform", "--failed", "--note", "storage offline"}
                            : QStringList{"tasks", "confirm", task, "--database", url, "--officer",
                                          "platform", "--done", "--note", "purged"});
                QVERIFY2(r.code == 0, qPrintable(key + r.err));
            }
            r = run({"tasks", "retry", photos, "--database", url, "--officer", "aibek", "--note",
                     "storage back"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = run({"tasks", "confirm", photos, "--database", url, "--officer", "platform",
                     "--done", "--note", "purged"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        tasks = tasksOf(id);
        QCOMPARE(tasks.value(QStringLiteral("photos/face_photo"))
                     .value(QStringLiteral("attempt"))
                     .toString(),
                 QStringLiteral("2"));
        for (const QString& key : byWorkers)
            if (tasks.contains(key))
                QVERIFY2(tasks.value(key).value(QStringLiteral("state")).toString() ==
                             QLatin1String("done"),
                         qPrintable(key));
        // The notice's confirmation told the recipient.
        const QJsonArray notices = show(id).value(QStringLiteral("notices")).toArray();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().toObject().value(QStringLiteral("told_on")).toString(),
                 today.toString(Qt::ISODate));

        // The CRM's owner confirms by hand, with the act as evidence; only then does it close.
        r = run(reply);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("crm")), qPrintable(r.err));
        r = run({"tasks", "confirm",
                 tasks.value(QStringLiteral("crm/contacts")).value(QStringLiteral("id")).toString(),
                 "--database", url, "--officer", "aibek", "--done", "--note", "CRM акт №7",
                 "--evidence",
                 file(QStringLiteral("act.pdf"), "%PDF-1.4\n% the CRM owner's act\n%%EOF\n")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(reply);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(show(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));

        // The backup's rotation comes round (its day moved to today here): the feed's worker
        // settles its tasks on its first pass of the day.
        {
            auto database = m_fixture.open(false);
            QSqlQuery rotate(database->connection());
            QVERIFY(rotate.exec(QStringLiteral("UPDATE tasks SET due_on = '%1' WHERE system_id = "
                                               "(SELECT id FROM data_systems WHERE code = "
                                               "'nightly')")
                                    .arg(today.toString(Qt::ISODate))));
        }
        r = run({"feed", "run", "--once", "--database", url, "--officer", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("backup tasks settled by their rotation 2")),
                 qPrintable(r.err));
        tasks = tasksOf(id);
        QCOMPARE(tasks.value(QStringLiteral("nightly/contacts"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("done"));

        // The reply letter names each system's confirmation and its date, in both languages.
        const QString on = DocumentLanguage(QStringLiteral("ky")).date(today);
        QStringList texts;
        for (const char* language : {"ky", "ru"}) {
            const QString pdf = m_dir.filePath(QStringLiteral("reply-%1.pdf").arg(language));
            r = run({"withdrawals", "letter", id, "--database", url, "--officer", "aibek", "--lang",
                     language, "--out", pdf});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString text = test::pdfText(pdf, true);
            for (const QString& system :
                 {QStringLiteral("Негизги база"), QStringLiteral("Сүрөт сактагыч"),
                  QStringLiteral("CRM"), QStringLiteral("Түнкү көчүрмө")}) {
                bool named = false;
                for (const QString& line : text.split(QLatin1Char('\n')))
                    named = named || (line.contains(system) && line.contains(on));
                QVERIFY2(named, qPrintable(QStringLiteral("%1: %2 not confirmed on %3 in\n%4")
                                               .arg(QLatin1String(language), system, on, text)));
            }
            QVERIFY2(text.contains(QStringLiteral("Түнкү көчүрмө")), qPrintable(text));
            texts << text;
        }
        QVERIFY(texts.first() != texts.last());
        r = run({"audit", "verify", "--database", url});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    // The officer's cases for minors (policy 9.1): an adult is refused by name, --all opens one
    // case per minor and none twice, the case lists as "opened" and is rejected only as
    // "not_a_minor". Runs on the database the day above left.
    void casesForMinorsOnTheCommandLine()
    {
        const QString url = m_fixture.url();
        Run r = run(
            {"feed", "apply", "--database", url, "--officer", "admin",
             file(
                 QStringLiteral("minor.jsonl"),
                 R"({"id":"m1","type":"subject.upsert","at":"2026-11-02T09:00:00+06:00","platform_ref":"OG-KID-1","inn":"21203201200011","surname":"Үсөнова","given_name":"Айпери","birth_date":"2012-04-02","sex":"F","preferred_language":"ky","residence_address":"Бишкек ш., Чүй пр. 1"}
{"id":"m2","type":"category.collected","at":"2026-11-02T09:05:00+06:00","platform_ref":"OG-KID-1","category":"face_photo"}
)")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"withdrawals", "open-minor", "--database", url, "--officer", "aibek", "--subject",
                 "OG-DAY-1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("OG-DAY-1")), qPrintable(r.err));
        r = run({"withdrawals", "open-minor", "--database", url, "--officer", "aibek", "--all",
                 "--subject", "OG-KID-1"});
        QCOMPARE(r.code, 2);
        r = run({"withdrawals", "open-minor", "--database", url, "--officer", "aibek", "--all"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList opened = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(opened.size(), 1);
        r = run({"withdrawals", "open-minor", "--database", url, "--officer", "aibek", "--all"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QString());
        QVERIFY2(r.err.contains(QStringLiteral("1")), qPrintable(r.err));
        r = run({"withdrawals", "list", "--database", url, "--officer", "admin", "--state",
                 "opened", "--format", "csv"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(opened.first() + QStringLiteral(",OG-KID-1,")), qPrintable(r.out));
        r = run({"withdrawals", "reject", opened.first(), "--database", url, "--officer", "aibek",
                 "--reason", "not_written"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not_a_minor")), qPrintable(r.err));
        r = run({"withdrawals", "reject", opened.first(), "--database", url, "--officer", "aibek",
                 "--reason", "not_a_minor", "--note", "Паспорт боюнча 1992-жылы туулган"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = show(opened.first());
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(shown.value(QStringLiteral("origin")).toString(), QStringLiteral("minor"));
        QCOMPARE(shown.value(QStringLiteral("channel")).toString(), QStringLiteral("officer"));
    }

    // The retention review on the command line (policy 6.2-6.3): the minor above closes their
    // account; their face photo is due, a case reviews it, and the list names the case.
    void retentionReviewOnTheCommandLine()
    {
        const QString url = m_fixture.url();
        Run r = run(
            {"feed", "apply", "--database", url, "--officer", "admin",
             file(
                 QStringLiteral("closed.jsonl"),
                 R"({"id":"c1","type":"account.closed","at":"2026-11-20T10:00:00+06:00","platform_ref":"OG-KID-1"}
)")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"retention", "list", "--database", url, "--officer", "admin", "--format", "csv"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("OG-KID-1,face_photo,photo_after_closure,2026-11-20,,\r\n")),
                 qPrintable(r.out));
        r = run({"retention", "open", "--database", url, "--officer", "aibek", "--subject",
                 "OG-KID-1"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QVERIFY2(id.toLongLong() > 0, qPrintable(r.out));
        r = run({"retention", "open", "--database", url, "--officer", "aibek", "--subject",
                 "OG-KID-1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(id), qPrintable(r.err));
        r = run({"retention", "list", "--database", url, "--officer", "admin", "--format", "csv"});
        QVERIFY2(r.out.contains(
                     QStringLiteral("OG-KID-1,face_photo,photo_after_closure,2026-11-20,,") + id),
                 qPrintable(r.out));
        const QJsonObject shown = show(id);
        QCOMPARE(shown.value(QStringLiteral("origin")).toString(),
                 QStringLiteral("retention_review"));
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("opened"));
    }
};

QTEST_GUILESS_MAIN(TestCliWithdrawalDay)
#include "tst_cliwithdrawalday.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The register of data systems and the tasks an executed withdrawal writes for them, on the
// backend of DPO_TEST_BACKEND: only administrators edit the register, each change audited with
// what it was; an execution writes one task per active system, category and action and one per
// recipient, in its own transaction; a confirmation, a failure and its retry; a request that
// cannot close while a task is open, and a supervisor's audited exception; backups done by their
// rotation.
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "Glossary.h"
#include "services/OfficerService.h"
#include "services/SubjectRecordService.h"
#include "services/SystemsService.h"
#include "services/TaskService.h"
#include "services/WithdrawalLetterService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"
#include "WithdrawalFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace dpo;

using test::decision;

Q_DECLARE_METATYPE(dpo::DataSystem)

namespace {
DataSystem system(const char* code, const char* kind, const QStringList& categories,
                  int rotation = 0, const char* confirmedBy = "worker")
{
    DataSystem s;
    s.code = QString::fromLatin1(code);
    s.name = QStringLiteral("Система ") + s.code;
    s.kind = QString::fromLatin1(kind);
    s.confirmedBy = QString::fromLatin1(confirmedBy);
    s.owner = QStringLiteral("Платформанын командасы, ops@example.kg");
    s.rotationDays = rotation;
    s.categories = categories;
    return s;
}

TaskService::Outcome outcome(bool done, const QDateTime& at, const QString& note = {})
{
    TaskService::Outcome o;
    o.done = done;
    o.at = at;
    o.note = note;
    return o;
}

// A task as "system/category/action" or "notice/recipient", the way the tests compare them.
QString shape(const TaskService::Task& t)
{
    return t.kind == QLatin1String("system")
               ? QStringLiteral("%1/%2/%3").arg(t.systemCode, t.category, t.action)
               : QStringLiteral("notice/%1").arg(t.recipient);
}
} // namespace

class TestTasks : public test::WithdrawalFixture
{
    Q_OBJECT
    Session m_supervisor, m_officer;

    TaskService::Task taskOf(qint64 requestId, const QString& wanted) const
    {
        for (const TaskService::Task& t :
             TaskService(*m_database).list(TaskService::Filter{false, false, requestId, 0, {}}))
            if (shape(t) == wanted)
                return t;
        return {};
    }

    // A request of `ref` executed with the decisions the tests share: the face photo destroyed,
    // the contacts depersonalised, the video kept on AML grounds (approved), the personal details
    // and the identity document blocked.
    qint64 executed(const QString& ref)
    {
        addSubject(ref);
        const qint64 id = registerVerified(ref);
        WithdrawalService service(*m_database);
        service.decide(
            m_admin, id,
            {decision("face_photo", "destroy"), decision("contacts", "depersonalise"),
             decision("face_video", "keep", "aml_cft_record_keeping", bishkekToday().addYears(5)),
             decision("personal_details", "block"), decision("identity_document", "block")});
        service.approve(m_supervisor, id);
        service.execute(m_admin, id);
        return id;
    }

    QStringList auditActions(const char* entity) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(),
                                   QStringLiteral("SELECT action FROM audit_log WHERE entity = ? "
                                                  "ORDER BY seq"));
        q.addBindValue(QString::fromLatin1(entity));
        execQuery(q, "audit");
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        openWithRecipient();
        m_supervisor = signedInSupervisor();
        m_officer = signedInOfficer(QStringLiteral("nurlan"), QStringLiteral("Нурлан Асанов"),
                                    Role::Officer, QStringLiteral("officer-pw-1"));
    }

    void onlyAdministratorsEditTheRegister()
    {
        SystemsService systems(*m_database);
        const qint64 before = test::rowCount(*m_database, QStringLiteral("data_systems"));
        for (const Session* who : {&m_officer, &m_supervisor}) {
            try {
                systems.add(*who, system("core", "core_database", {"personal_details"}));
                QFAIL("a non-administrator added a data system");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Forbidden);
            }
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("data_systems")), before);
        QVERIFY(auditActions("data_system").isEmpty());
    }

    void badSystemsAreRefusedByField_data()
    {
        QTest::addColumn<DataSystem>("input");
        QTest::addColumn<QString>("field");
        DataSystem s = system("Core DB", "core_database", {"personal_details"});
        QTest::newRow("code with capitals and a space") << s << "Code:";
        s = system("core", "mainframe", {"personal_details"});
        QTest::newRow("unknown kind") << s << "Kind:";
        s = system("core", "core_database", {"personal_details"});
        s.confirmedBy = QStringLiteral("robot");
        QTest::newRow("unknown confirmer") << s << "Confirmed by:";
        s = system("core", "core_database", {"personal_details"});
        s.owner = QStringLiteral("  ");
        QTest::newRow("nobody confirms") << s << "Who confirms:";
        QTest::newRow("backup without rotation")
            << system("nightly", "backup", {"personal_details"}) << "Rotation:";
        QTest::newRow("rotation on a database")
            << system("core", "core_database", {"personal_details"}, 30) << "Rotation:";
        QTest::newRow("no categories") << system("core", "core_database", {}) << "Categories:";
        QTest::newRow("unknown category")
            << system("core", "core_database", {"personal_details", "horoscope"}) << "Categories:";
        s = system("core", "core_database", {"personal_details"});
        s.name = QString(201, QLatin1Char('x'));
        QTest::newRow("name too long") << s << "Name:";
    }
    void badSystemsAreRefusedByField()
    {
        QFETCH(DataSystem, input);
        QFETCH(QString, field);
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            SystemsService(*m_database).add(m_admin, input);
            QFAIL("a bad data system was added");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().startsWith(field), qPrintable(e.message()));
        }
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("data_systems")), 0);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    void theRegisterIsAuditedWithWhatChanged()
    {
        SystemsService systems(*m_database);
        systems.add(m_admin, system("core", "core_database",
                                    {"personal_details", "identity_document", "contacts"}));
        systems.add(m_admin, system("photos", "photo_store", {"face_video", "face_photo"}));
        systems.add(m_admin, system("nightly", "backup", {"personal_details", "face_photo"}, 35));
        systems.add(m_admin, system("crm", "crm", {"contacts"}, 0, "person"));
        try {
            systems.add(m_admin, system("core", "other", {"contacts"}));
            QFAIL("a second system took the code core");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("already")), qPrintable(e.message()));
        }
        DataSystem crm = system("crm", "crm", {"contacts"}, 0, "person");
        crm.active = false; // retired: no new tasks
        systems.change(m_admin, crm);
        systems.change(m_admin, crm); // nothing changed, nothing written
        const QList<DataSystem> all = systems.list();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all[1].code, QStringLiteral("crm"));
        QVERIFY(!all[1].active);
        QCOMPARE(all[3].categories, QStringList({"face_photo", "face_video"})); // sorted
        QCOMPARE(all[2].rotationDays, 35);
        QCOMPARE(auditActions("data_system"), QStringList({"system.add", "system.add", "system.add",
                                                           "system.add", "system.change"}));
        const QJsonObject details =
            QJsonDocument::fromJson(scalar(QStringLiteral("SELECT details FROM audit_log WHERE "
                                                          "action = 'system.change'"))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(
            details.value(QStringLiteral("changes")).toObject(),
            QJsonObject({{QStringLiteral("active"), QJsonObject{{QStringLiteral("from"), true},
                                                                {QStringLiteral("to"), false}}}}));
        // Made a backup: the rotation from none (null) to its days.
        DataSystem backup = system("crm", "backup", {"contacts"}, 10, "person");
        backup.active = false;
        systems.change(m_admin, backup);
        const QJsonObject toBackup =
            QJsonDocument::fromJson(scalar(QStringLiteral("SELECT details FROM audit_log WHERE "
                                                          "action = 'system.change' ORDER BY seq "
                                                          "DESC LIMIT 1"))
                                        .toString()
                                        .toUtf8())
                .object()
                .value(QStringLiteral("changes"))
                .toObject();
        QCOMPARE(
            toBackup.value(QStringLiteral("rotation_days")).toObject(),
            QJsonObject({{QStringLiteral("from"), QJsonValue::Null}, {QStringLiteral("to"), 10}}));
        QCOMPARE(toBackup.value(QStringLiteral("kind")).toObject(),
                 QJsonObject({{QStringLiteral("from"), QStringLiteral("crm")},
                              {QStringLiteral("to"), QStringLiteral("backup")}}));
        try {
            systems.change(m_admin, system("archive", "other", {"contacts"}));
            QFAIL("a system that is not there was changed");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
        }
    }

    void anExecutionWritesATaskPerSystemCategoryAndRecipient()
    {
        const qint64 id = executed(QStringLiteral("OG-T1"));
        const QList<TaskService::Task> tasks =
            TaskService(*m_database).list(TaskService::Filter{false, false, id, 0, {}});
        QStringList shapes;
        for (const TaskService::Task& t : tasks)
            shapes << shape(t);
        // The kept video and the retired CRM get none; the backup gets its two categories.
        QCOMPARE(shapes, QStringList({"core/contacts/depersonalise", "core/identity_document/block",
                                      "core/personal_details/block", "nightly/face_photo/destroy",
                                      "nightly/personal_details/block", "photos/face_photo/destroy",
                                      "notice/Бай-Түшүм ФКО"}));
        const QDate today = bishkekToday();
        for (const TaskService::Task& t : tasks) {
            QCOMPARE(t.state, QStringLiteral("open"));
            QCOMPARE(t.subjectRef, QStringLiteral("OG-T1")); // as the platform knows it
            QCOMPARE(t.dueOn, t.isBackup() ? today.addDays(35) : t.dueOn);
            QVERIFY(t.isBackup() || (t.dueOn > today && t.dueOn <= today.addDays(14)));
            const QJsonObject what = QJsonDocument::fromJson(t.instruction.toUtf8()).object();
            QCOMPARE(what.value(QStringLiteral("type")).toString(), t.kind);
            QCOMPARE(what.value(QStringLiteral("request")).toInteger(), id);
            QVERIFY(!t.instruction.contains(QStringLiteral("OG-T1"))); // the reference: a column
        }
        // The subject's record counts them with the request.
        const SubjectRecord record =
            SubjectRecordService(*m_database).record(tasks.first().subjectId);
        QCOMPARE(record.withdrawals.size(), 1);
        QCOMPARE(record.withdrawals.first().tasksPending, 7);
        QCOMPARE(record.withdrawals.first().tasksOverdue, 0);
        const QJsonObject notice =
            QJsonDocument::fromJson(tasks.last().instruction.toUtf8()).object();
        QCOMPARE(notice.value(QStringLiteral("categories")).toArray().size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                       "'withdrawal.execute' ORDER BY seq DESC LIMIT 1"))
                     .toString()
                     .contains(QStringLiteral("\"tasks\":7")),
                 true);
    }

    void aTaskIsConfirmedOrFailsAndIsRetried()
    {
        const qint64 id = executed(QStringLiteral("OG-T2"));
        TaskService tasks(*m_database);
        const TaskService::Task photo = taskOf(id, QStringLiteral("photos/face_photo/destroy"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A failure needs its reason; a time in the future or before the task is refused.
        QVERIFY_THROWS_EXCEPTION(Error, tasks.confirm(m_officer, photo.id, outcome(false, now)));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 tasks.confirm(m_officer, photo.id, outcome(true, now.addDays(1))));
        QVERIFY_THROWS_EXCEPTION(
            Error, tasks.confirm(m_officer, photo.id, outcome(true, photo.createdAt.addDays(-1))));
        tasks.confirm(m_officer, photo.id,
                      outcome(false, now, QStringLiteral("Хранилище недоступно (503)")));
        QCOMPARE(taskOf(id, QStringLiteral("photos/face_photo/destroy")).state,
                 QStringLiteral("failed"));
        // A failed task is not confirmed again until it is retried.
        QVERIFY_THROWS_EXCEPTION(Error, tasks.confirm(m_officer, photo.id, outcome(true, now)));
        tasks.retry(m_officer, photo.id, QStringLiteral("Хранилище снова работает"));
        TaskService::Task again = taskOf(id, QStringLiteral("photos/face_photo/destroy"));
        QCOMPARE(again.state, QStringLiteral("open"));
        QCOMPARE(again.attempt, 2);
        QVERIFY(again.outcomeNote.isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, tasks.retry(m_officer, photo.id, {}));
        tasks.confirm(m_officer, photo.id,
                      outcome(true, QDateTime::currentDateTimeUtc(), QStringLiteral("удалено")));
        again = taskOf(id, QStringLiteral("photos/face_photo/destroy"));
        QCOMPARE(again.state, QStringLiteral("done"));
        QCOMPARE(again.recordedBy, QStringLiteral("nurlan"));
        QVERIFY(again.subjectRef.isEmpty()); // done: the reference goes from the task
        QCOMPARE(taskOf(id, QStringLiteral("core/contacts/depersonalise")).subjectRef,
                 QStringLiteral("OG-T2"));
        // An auditor confirms nothing.
        const Session auditor =
            test::signedInAs(*m_database, m_admin, Role::Auditor, QStringLiteral("auditor"));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            tasks.confirm(auditor, taskOf(id, QStringLiteral("core/contacts/depersonalise")).id,
                          outcome(true, QDateTime::currentDateTimeUtc())));
        // The trail has the failure, the retry (with what failed) and the confirmation.
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT action, details FROM audit_log WHERE "
                                        "entity = 'task' AND entity_id = ? ORDER BY seq"));
        q.addBindValue(QString::number(photo.id));
        execQuery(q, "audit");
        QStringList seen;
        while (q.next())
            seen << q.value(0).toString() + QLatin1Char(' ') +
                        QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                            .object()
                            .value(QStringLiteral("attempt"))
                            .toVariant()
                            .toString();
        QCOMPARE(seen, QStringList({"task.confirm 1", "task.retry 1", "task.confirm 2"}));
    }

    void theRequestClosesOnlyWhenItsTasksAreDone()
    {
        const qint64 id = executed(QStringLiteral("OG-T3"));
        WithdrawalService requests(*m_database);
        TaskService tasks(*m_database);
        const QDate today = bishkekToday();
        // The platform delivers the notice: the recipient is told through it.
        tasks.confirm(m_officer, taskOf(id, QStringLiteral("notice/Бай-Түшүм ФКО")).id,
                      outcome(true, QDateTime::currentDateTimeUtc()));
        const WithdrawalService::Details d = requests.details(id, today);
        QCOMPARE(d.notices.first().method, QStringLiteral("platform"));
        QCOMPARE(d.notices.first().notifiedOn, today);
        try {
            requests.logReply(m_admin, id, today, QStringLiteral("email"), {});
            QFAIL("a request closed with tasks open");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(QStringLiteral("core: depersonalise contacts")),
                     qPrintable(e.message()));
        }
        // Every task but the backup's done: it closes, the backup's task left to its rotation.
        for (const TaskService::Task& t : tasks.list(TaskService::Filter{true, false, id, 0, {}}))
            if (!t.isBackup())
                tasks.confirm(m_officer, t.id, outcome(true, QDateTime::currentDateTimeUtc()));
        requests.logReply(m_admin, id, today, QStringLiteral("email"), {});
        QCOMPARE(requests.details(id, today).row.state, QStringLiteral("closed"));
        QCOMPARE(tasks.list(TaskService::Filter{true, false, id, 0, {}}).size(), 2);
        // The rotation comes round: the backups' tasks (of every request executed today) are
        // done, not a day before.
        const QDate rotated = today.addDays(35);
        int backups = 0;
        for (const TaskService::Task& t : tasks.list(TaskService::Filter{true, false, 0, 0, {}}))
            backups += t.isBackup() ? 1 : 0;
        QVERIFY(backups >= 2);
        QCOMPARE(tasks.settleRotatedBackups(m_officer, rotated.addDays(-1)), 0);
        QCOMPARE(tasks.settleRotatedBackups(m_officer, rotated), backups);
        QVERIFY(tasks.list(TaskService::Filter{true, false, id, 0, {}}).isEmpty());
    }

    // The reply names each system's confirmation and its day, a backup's rotation day, and what
    // is not yet confirmed, in the letter's language.
    void theReplyNamesEachSystemsConfirmation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        // The photo store's destruction confirmed today, the backup's rotation day, the core
        // database not yet confirmed.
        const QString today = displayDate(bishkekToday());
        const QString rotated = displayDate(bishkekToday().addDays(35));
        QTest::newRow("ky") << "ky" << QStringList{"Система photos", "Жүздүн сүрөтү",
                                                   "Жок кылынган",   today,
                                                   rotated,          "Азырынча тастыктала элек"};
        QTest::newRow("ru") << "ru" << QStringList{"Система photos", "Фотография лица",
                                                   "Уничтожены",     today,
                                                   rotated,          "Пока не подтверждено"};
    }
    void theReplyNamesEachSystemsConfirmation()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        static qint64 id = 0;
        if (id == 0) {
            id = executed(QStringLiteral("OG-T6"));
            TaskService(*m_database)
                .confirm(m_officer, taskOf(id, QStringLiteral("photos/face_photo/destroy")).id,
                         outcome(true, QDateTime::currentDateTimeUtc()));
        }
        const QString path = m_dir.filePath(QStringLiteral("reply-tasks-%1.pdf").arg(language));
        WithdrawalLetterService(*m_database).writePdf(m_admin, id, language, path);
        if (!qEnvironmentVariableIsEmpty("DPO_SCREENSHOT_DIR"))
            QFile::copy(path, qEnvironmentVariable("DPO_SCREENSHOT_DIR") +
                                  QStringLiteral("/withdrawal-reply-tasks-%1.pdf").arg(language));
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        for (const QString& e : expected)
            QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("Confirmed on")), "the letter is not translated");
    }

    void aSupervisorMayCloseWithTasksOpenGivingTheReason()
    {
        const qint64 id = executed(QStringLiteral("OG-T4"));
        WithdrawalService requests(*m_database);
        const QDate today = bishkekToday();
        const WithdrawalService::Details d = requests.details(id, today);
        requests.recordNotice(m_officer, d.notices.first().id, today, QStringLiteral("email"), {});
        QVERIFY(taskOf(id, QStringLiteral("notice/Бай-Түшүм ФКО")).state ==
                QStringLiteral("done")); // told by hand: the notice's task with it
        const QString reason = QStringLiteral("CRM подрядчиктин тутуму, акт 2026-12-04 күтүлүүдө");
        // Not an officer; not the administrator who executed it; not without a reason.
        QVERIFY_THROWS_EXCEPTION(Error, requests.allowCloseWithOpenTasks(m_officer, id, reason));
        try {
            requests.allowCloseWithOpenTasks(m_admin, id, reason);
            QFAIL("the officer who executed the request also allowed it to close");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, requests.allowCloseWithOpenTasks(m_supervisor, id, QStringLiteral("x")));
        requests.allowCloseWithOpenTasks(m_supervisor, id, reason);
        requests.logReply(m_admin, id, today, QStringLiteral("email"), {});
        QCOMPARE(requests.details(id, today).row.state, QStringLiteral("closed"));
        QCOMPARE(actions(id).mid(actions(id).size() - 2),
                 QStringList({"withdrawal.close_override", "withdrawal.reply_sent"}));
        QVERIFY(scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                      "'withdrawal.close_override' AND entity_id = ?"),
                       {QString::number(id)})
                    .toString()
                    .contains(reason));
    }

    void anExecutionWhoseTasksFailWritesNothing()
    {
        const qint64 subject = addSubject(QStringLiteral("OG-T5"));
        const qint64 id = registerVerified(QStringLiteral("OG-T5"));
        WithdrawalService service(*m_database);
        service.decide(m_admin, id,
                       {decision("face_photo", "destroy"), decision("contacts", "destroy"),
                        decision("face_video", "destroy"), decision("personal_details", "destroy"),
                        decision("identity_document", "destroy")});
        // The tasks are the last thing written: when they fail, nothing before them stays.
        QSqlQuery q(m_database->connection());
        if (m_database->isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION fail_task() RETURNS trigger AS $$ "
                                          "BEGIN RAISE EXCEPTION 'task refused'; END $$ "
                                          "LANGUAGE plpgsql")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_task BEFORE INSERT ON tasks FOR "
                                          "EACH ROW EXECUTE FUNCTION fail_task()")));
        } else {
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_task BEFORE INSERT ON tasks BEGIN "
                                          "SELECT RAISE(ABORT, 'task refused'); END")));
        }
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        QVERIFY_THROWS_EXCEPTION(Error, service.execute(m_admin, id));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_task") +
                       (m_database->isPostgres() ? QStringLiteral(" ON tasks") : QString())));
        QCOMPARE(scalar(QStringLiteral("SELECT platform_ref FROM subjects WHERE id = ?"), {subject})
                     .toString(),
                 QStringLiteral("OG-T5"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM recipient_notices WHERE request_id = ?"),
                   {id})
                .toInt(),
            0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE request_id = ?"), {id}).toInt(),
            0);
        QCOMPARE(service.details(id, bishkekToday()).row.state, QStringLiteral("decided"));
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
        service.execute(m_admin, id);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE request_id = ?"), {id})
                    .toInt() > 0);
    }
};

QTEST_MAIN(TestTasks) // the reply is laid out with QtGui
#include "tst_tasks.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The data systems and their tasks on the command line, as the platform's people script them:
// exit codes, stdout and stderr.
#include "CliRun.h"
#include "core/Session.h"
#include "db/Sql.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace dpo;

class TestCliTasks : public QObject
{
    Q_OBJECT
    using Run = test::CliRun;
    static Run run(const QStringList& arguments, const QByteArray& password = "cli-password-1")
    {
        return test::runConsole(arguments, password);
    }
    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;

private slots:
    // A database made by init, with a subject holding data and a recipient of some of it.
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        const Run r = run({"init", "--database", m_fixture.url(), "--admin", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto database = m_fixture.open(false);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('ФКО', 'fco') "
                                      "RETURNING id")) &&
                q.next());
        test::insertSubjectWithData(*database, QStringLiteral("OG-CLI-1"), q.value(0).toLongLong(),
                                    1);
    }

    // The register of data systems and the tasks of an executed withdrawal, as the platform's
    // people script them: a system added, listed and retired; a bad field refused by name with
    // exit 2 and nothing written; a task failed, retried and confirmed with a document as
    // evidence; the refusals of confirm with exit 2.
    void systemsAndTasksFromTheCommandLine()
    {
        const QString url = m_fixture.url();
        Run r =
            run({"systems", "add", "--database", url, "--officer", "admin", "--code", "photos",
                 "--name", "Сүрөт сактагыч", "--kind", "photo_store", "--confirmed-by", "worker",
                 "--owner", "Платформа, ops@example.kg", "--categories", "face_photo,contacts"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"systems", "add", "--database", url, "--officer", "admin", "--code", "nightly",
                 "--name", "Nightly", "--kind", "backup", "--confirmed-by", "person", "--owner",
                 "ops", "--categories", "contacts"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Rotation:")), qPrintable(r.err));
        r = run({"systems",         "add",     "--database", url,       "--officer",    "admin",
                 "--code",          "nightly", "--name",     "Nightly", "--kind",       "backup",
                 "--confirmed-by",  "person",  "--owner",    "ops",     "--categories", "contacts",
                 "--rotation-days", "soon"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--rotation-days")), qPrintable(r.err));
        r = run({"systems", "list", "--database", url, "--officer", "admin", "--format", "csv"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("code,name,kind,confirmed_by,owner,rotation_days,"
                                               "active,categories"));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].endsWith(QStringLiteral(",,yes,\"contacts,face_photo\"")),
                 qPrintable(lines[1]));

        // A withdrawal executed by the services, its tasks worked on the command line.
        auto database = m_fixture.open(false);
        Session admin;
        {
            const QVariant officer = test::scalar(
                *database, QStringLiteral("SELECT id FROM officers WHERE username = 'admin'"));
            admin.officerId = officer.toLongLong();
            admin.username = QStringLiteral("admin");
            admin.displayName = QStringLiteral("admin");
            admin.role = Role::Administrator;
        }
        const QString ref =
            test::scalar(*database, QStringLiteral("SELECT platform_ref FROM subjects WHERE "
                                                   "status = 'active' AND id NOT IN (SELECT "
                                                   "subject_id FROM withdrawal_requests) ORDER BY "
                                                   "id LIMIT 1"))
                .toString();
        const qint64 request = test::executeWithdrawalOf(
            *database, admin, ref, QStringLiteral("contacts"), DecisionAction::Destroy);

        r = run({"tasks", "list", "--database", url, "--officer", "admin", "--request",
                 QString::number(request), "--format", "json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray tasks = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QJsonObject photos;
        for (const QJsonValue& t : tasks)
            if (t.toObject().value(QStringLiteral("target")).toString() == QLatin1String("photos"))
                photos = t.toObject();
        QCOMPARE(photos.value(QStringLiteral("action")).toString(), QStringLiteral("destroy"));
        QCOMPARE(photos.value(QStringLiteral("category")).toString(), QStringLiteral("contacts"));
        QCOMPARE(photos.value(QStringLiteral("subject_ref")).toString(), ref);
        QCOMPARE(photos.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QString id = photos.value(QStringLiteral("id")).toString();

        r = run({"tasks", "confirm", id, "--database", url, "--officer", "admin"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--done and --failed")), qPrintable(r.err));
        r = run({"tasks", "confirm", id, "--database", url, "--officer", "admin", "--failed"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("reason")), qPrintable(r.err));
        r = run({"tasks", "confirm", id, "--database", url, "--officer", "admin", "--done", "--at",
                 "yesterday"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--at")), qPrintable(r.err));
        r = run({"tasks", "confirm", id, "--database", url, "--officer", "admin", "--failed",
                 "--note", "S3 bucket read-only"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"tasks", "retry", id, "--database", url, "--officer", "admin"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString evidence = m_dir.filePath(QStringLiteral("act.pdf"));
        {
            QFile act(evidence);
            QVERIFY(act.open(QIODevice::WriteOnly));
            act.write("%PDF-1.4\n% the system owner's act of destruction\n%%EOF\n");
        }
        r = run({"tasks", "confirm", id, "--database", url, "--officer", "admin", "--done",
                 "--note", "Акт №14", "--evidence", evidence});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"tasks", "list", "--database", url, "--officer", "admin", "--request",
                 QString::number(request), "--format", "csv"});
        lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        bool seen = false;
        for (const QString& line : lines)
            if (line.startsWith(id + QLatin1Char(','))) {
                seen = true;
                QVERIFY2(line.contains(QStringLiteral(",done,")) &&
                             line.contains(QStringLiteral(",2,")) && !line.contains(ref),
                         qPrintable(line));
            }
        QVERIFY(seen);
        QCOMPARE(test::scalar(*database,
                              QStringLiteral("SELECT count(*) FROM attachments a JOIN "
                                             "tasks t ON t.evidence_id = a.id WHERE "
                                             "t.id = ?"),
                              {id.toLongLong()})
                     .toInt(),
                 1);
        // The request waits for its tasks; the administrator who executed it cannot allow it
        // to close, and a reason is required.
        r = run({"withdrawals", "allow-close", QString::number(request), "--database", url,
                 "--officer", "admin", "--reason", "x"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("10 to 1000")), qPrintable(r.err));
        r = run({"withdrawals", "allow-close", QString::number(request), "--database", url,
                 "--officer", "admin", "--reason", "The CRM vendor's act is due on Monday"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot also allow")), qPrintable(r.err));
        r = run({"tasks", "retry", "999999", "--database", url, "--officer", "admin"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Task 999999 does not exist")), qPrintable(r.err));
        r = run({"systems", "change", "--database", url, "--officer", "admin", "--code", "photos",
                 "--active", "no"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"systems", "list", "--database", url, "--officer", "admin", "--format", "csv"});
        QVERIFY2(r.out.contains(QStringLiteral(",no,")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliTasks)
#include "tst_clitasks.moc"

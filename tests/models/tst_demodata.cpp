// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Error.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "security/Sha256.h"
#include "services/DashboardService.h"
#include "services/TaskService.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace dpo;

class TestDemoData : public QObject
{
    Q_OBJECT
    static constexpr qint64 kSubjects = 2000;
    const QDate m_asOf{2026, 11, 25};

    // A digest of the rows that the seed decides (ids, names, dates, states), in a stable order.
    static QByteArray fingerprint(const Database& database)
    {
        Sha256 sha;
        const char* queries[] = {
            "SELECT platform_ref, inn, surname, given_name, patronymic, birth_date, sex, phone, "
            "email, region, preferred_language, status FROM subjects ORDER BY id",
            "SELECT subject_id, given_at, channel, withdrawn_at FROM consents ORDER BY id",
            "SELECT subject_id, category_code, state FROM subject_categories ORDER BY subject_id, "
            "category_code",
            "SELECT subject_id, recipient_id, category_code FROM transfers ORDER BY id",
            "SELECT subject_id, received_on, state, due_on FROM withdrawal_requests ORDER BY id",
            "SELECT kind, subject_id, received_on, state, due_on FROM claims ORDER BY id",
            "SELECT disclosure_id, subject_id, channel, state FROM notifications ORDER BY id"};
        for (const char* sql : queries) {
            QSqlQuery q = prepareQuery(database.connection(), QString::fromLatin1(sql));
            execQuery(q, "fingerprint");
            while (q.next())
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    // Dates and times come back as text on SQLite and as types on PostgreSQL.
                    const QString text = v.typeId() == QMetaType::QDateTime
                                             ? v.toDateTime().toUTC().toString(Qt::ISODate)
                                         : v.typeId() == QMetaType::QDate
                                             ? v.toDate().toString(Qt::ISODate)
                                             : v.toString();
                    sha.add(text.toUtf8() + '|');
                }
        }
        return sha.result().toHex();
    }

    QByteArray generate(quint64 seed, DemoDataService::Summary* summary = nullptr,
                        DashboardFigures* figures = nullptr)
    {
        test::TestDatabase fixture;
        if (!fixture.problem().isEmpty())
            return fixture.problem().toUtf8();
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options options;
        options.subjects = kSubjects;
        options.seed = seed;
        options.asOf = m_asOf;
        const auto s = DemoDataService(*database).generate(admin, options);
        if (summary)
            *summary = s;
        if (figures)
            *figures = DashboardService(*database).figures(m_asOf);
        return fingerprint(*database);
    }
private slots:
    void sameSeedSameData()
    {
        DemoDataService::Summary summary;
        const QByteArray first = generate(42, &summary);
        QCOMPARE(first.size(), 64);
        QCOMPARE(generate(42), first);
        QVERIFY(generate(43) != first);
        QCOMPARE(summary.subjects, kSubjects);
    }

    void coversEveryStateAndWhatNeedsAttention()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        DemoDataService::Options options;
        options.subjects = kSubjects;
        options.asOf = m_asOf;
        const auto summary = DemoDataService(*database).generate(admin, options);
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), kSubjects);
        QVERIFY(summary.minors > 0);
        const auto distinct = [&](const char* sql) {
            QSqlQuery q = prepareQuery(database->connection(), QString::fromLatin1(sql));
            execQuery(q, "states");
            QStringList values;
            while (q.next())
                values << q.value(0).toString();
            return values;
        };
        QCOMPARE(distinct("SELECT DISTINCT state FROM withdrawal_requests ORDER BY state"),
                 QStringList({"approved", "closed", "decided", "executed", "identity_verified",
                              "received", "rejected"}));
        QCOMPARE(distinct("SELECT DISTINCT state FROM claims ORDER BY state"),
                 QStringList({"answer_drafted", "answer_sent", "closed", "open"}));
        QCOMPARE(distinct("SELECT DISTINCT kind FROM claims ORDER BY kind"),
                 QStringList({"access_request", "pretrial_claim"}));
        QCOMPARE(distinct("SELECT DISTINCT state FROM notifications ORDER BY state"),
                 QStringList({"delivered", "failed", "queued", "sent", "unknown"}));
        QCOMPARE(distinct("SELECT DISTINCT ground FROM disclosures ORDER BY ground"),
                 QStringList({"law", "state_request", "treaty", "vital_interests"}));
        // Each has a purpose; the treaty's go abroad, the others stay at home.
        QCOMPARE(distinct("SELECT count(*) FROM disclosures WHERE purpose IS NULL"),
                 QStringList({"0"}));
        QCOMPARE(distinct("SELECT DISTINCT d.ground || ' ' || r.country FROM disclosures d JOIN "
                          "recipients r ON r.id = d.recipient_id WHERE d.ground = 'treaty' OR "
                          "r.country <> 'KG'"),
                 QStringList({"treaty KZ"}));
        // Depersonalised subjects keep empty, not NULL, name folds (schema version 2).
        QCOMPARE(distinct("SELECT count(*) FROM subjects WHERE surname_fold IS NULL OR "
                          "given_name_fold IS NULL"),
                 QStringList({"0"}));
        QVERIFY(distinct("SELECT count(*) FROM subjects WHERE status = 'depersonalised'")
                    .first()
                    .toInt() > 0);
        // Every request carries its written document (policy 12.1.3).
        QCOMPARE(distinct("SELECT count(*) FROM withdrawal_requests w WHERE NOT EXISTS (SELECT 1 "
                          "FROM attachments a WHERE a.withdrawal_request_id = w.id)"),
                 QStringList({"0"}));
        // The executed requests' tasks: every state, none for a kept category, none open for a
        // closed request but a backup's, and some overdue.
        QCOMPARE(distinct("SELECT DISTINCT state FROM tasks ORDER BY state"),
                 QStringList({"done", "failed", "open"}));
        QCOMPARE(distinct("SELECT count(*) FROM tasks WHERE category_code = 'identity_document'"),
                 QStringList({"0"}));
        QCOMPARE(distinct("SELECT count(*) FROM tasks t JOIN withdrawal_requests w ON w.id = "
                          "t.request_id JOIN data_systems s ON s.id = t.system_id WHERE w.state = "
                          "'closed' AND t.state <> 'done' AND s.kind <> 'backup'"),
                 QStringList({"0"}));
        QCOMPARE(distinct("SELECT count(*) FROM withdrawal_requests w WHERE w.state IN "
                          "('executed', 'closed') AND NOT EXISTS (SELECT 1 FROM tasks t WHERE "
                          "t.request_id = w.id)"),
                 QStringList({"0"}));
        QVERIFY(TaskService(*database).counts(m_asOf).overdue > 0);
        const DashboardFigures f = DashboardService(*database).figures(m_asOf);
        QVERIFY(f.overdueWithdrawals > 0);
        QVERIFY(f.overdueClaims > 0);
        QVERIFY(f.unnotifiedDisclosureSubjects > 0);
        QCOMPARE(f.minors, summary.minors);
        QCOMPARE(f.subjects, kSubjects);

        // Demo data never goes into a database that holds subjects.
        try {
            DemoDataService(*database).generate(admin, options);
            QFAIL("demo data went into a populated database");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(test::rowCount(*database, QStringLiteral("subjects")), kSubjects);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"

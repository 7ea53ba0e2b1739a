// SPDX-License-Identifier: GPL-3.0-or-later
// The subject's record (masked), the audited reveal of a masked value, and the subject data
// report's PDF, read back with pdftotext.
#include "core/Error.h"
#include "db/Sql.h"
#include "demo/DemoDataService.h"
#include "domain/DocumentLanguage.h"
#include "Glossary.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectReportService.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace dpo;

class TestSubjectRecord : public QObject
{
    Q_OBJECT
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    QTemporaryDir m_dir;

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return test::scalar(*m_database, sql, values);
    }
    qint64 auditCount(qint64 subjectId) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id = ?"),
                      {subjectId})
            .toLongLong();
    }
    // A subject with a disclosure, a notification and transfers: the richest record the demo has.
    qint64 richSubject() const
    {
        return scalar(QStringLiteral(
                          "SELECT s.id FROM subjects s WHERE s.status = 'active' AND s.email IS "
                          "NOT NULL "
                          "AND EXISTS (SELECT 1 FROM notifications n WHERE n.subject_id = s.id) "
                          "AND EXISTS (SELECT 1 FROM transfers t WHERE t.subject_id = s.id) ORDER "
                          "BY s.id"))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        DPO_REQUIRE_DATABASE(m_fixture);
        m_database = m_fixture.openWithAdmin(m_admin);
        DemoDataService::Options options;
        options.subjects = 1500;
        options.asOf = QDate(2026, 11, 25);
        DemoDataService(*m_database).generate(m_admin, options);
        QVERIFY(richSubject() > 0);
    }

    void recordHoldsEverythingMasked()
    {
        const qint64 id = richSubject();
        const SubjectRecord r = SubjectRecordService(*m_database).record(id);
        QCOMPARE(r.profile.id, id);
        QVERIFY(r.profile.masked);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d\\*{9}\\d{4}$")).match(r.profile.inn).hasMatch(),
            qPrintable(r.profile.inn));
        QVERIFY2(r.profile.phone.contains(QLatin1Char('*')), qPrintable(r.profile.phone));
        QVERIFY2(r.profile.email.contains(QLatin1Char('*')), qPrintable(r.profile.email));
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{2}\\*+\\d{3}$"))
                     .match(r.profile.idDocument)
                     .hasMatch(),
                 qPrintable(r.profile.idDocument));
        QVERIFY(r.profile.inn !=
                scalar(QStringLiteral("SELECT inn FROM subjects WHERE id = ?"), {id}).toString());
        QCOMPARE(r.consents.size(),
                 scalar(QStringLiteral("SELECT count(*) FROM consents WHERE subject_id = ?"), {id})
                     .toInt());
        QCOMPARE(
            r.categories.size(),
            scalar(QStringLiteral("SELECT count(*) FROM subject_categories WHERE subject_id = ?"),
                   {id})
                .toInt());
        QCOMPARE(r.transfers.size(),
                 scalar(QStringLiteral("SELECT count(*) FROM transfers WHERE subject_id = ?"), {id})
                     .toInt());
        QCOMPARE(
            r.disclosures.size(),
            scalar(QStringLiteral("SELECT count(*) FROM disclosure_subjects WHERE subject_id = ?"),
                   {id})
                .toInt());
        QCOMPARE(
            r.notifications.size(),
            scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE subject_id = ?"), {id})
                .toInt());
        QVERIFY(!r.consents.isEmpty() && !r.categories.isEmpty() && !r.notifications.isEmpty());
        QVERIFY(!r.categories.first().name.ky.isEmpty() && !r.categories.first().name.ru.isEmpty());
        QVERIFY(!r.disclosures.first().categoryCodes.isEmpty());
        const QString address = scalar(QStringLiteral("SELECT address FROM notifications WHERE "
                                                      "subject_id = ? ORDER BY queued_at, id"),
                                       {id})
                                    .toString();
        QVERIFY(r.notifications.first().address != address);
        QVERIFY2(r.notifications.first().address.contains(QLatin1Char('*')),
                 qPrintable(r.notifications.first().address));

        try {
            SubjectRecordService(*m_database).record(987654321);
            QFAIL("an unknown subject had a record");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
        }
    }

    void recordOfAMinorAndOfAWithdrawal()
    {
        // The executed withdrawals of the demo leave kept and destroyed categories behind.
        const qint64 id = scalar(QStringLiteral("SELECT subject_id FROM withdrawal_requests WHERE "
                                                "state = 'executed' ORDER BY id"))
                              .toLongLong();
        QVERIFY(id > 0);
        const SubjectRecord r = SubjectRecordService(*m_database).record(id);
        QVERIFY(!r.withdrawals.isEmpty());
        QCOMPARE(r.withdrawals.first().state, QStringLiteral("executed"));
        QVERIFY(r.consents.first().withdrawnAt.isValid());
        bool kept = false;
        for (const SubjectRecord::Category& c : r.categories)
            kept = kept || (c.state == QStringLiteral("kept") && c.keptUntil.isValid() &&
                            !c.legalGround.isEmpty());
        QVERIFY(kept);
    }

    void revealIsAnAuditedAction_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("column");
        QTest::newRow("inn") << int(SubjectRecordService::Field::Inn) << "inn";
        QTest::newRow("phone") << int(SubjectRecordService::Field::Phone) << "phone";
        QTest::newRow("email") << int(SubjectRecordService::Field::Email) << "email";
        QTest::newRow("identity document")
            << int(SubjectRecordService::Field::IdDocument) << "id_document";
    }
    void revealIsAnAuditedAction()
    {
        QFETCH(int, field);
        QFETCH(QString, column);
        const qint64 id = richSubject();
        const qint64 before = auditCount(id);
        const QString value = SubjectRecordService(*m_database)
                                  .reveal(m_admin, id, SubjectRecordService::Field(field));
        QCOMPARE(value,
                 scalar(QStringLiteral("SELECT %1 FROM subjects WHERE id = ?").arg(column), {id})
                     .toString());
        QVERIFY(!value.contains(QLatin1Char('*')));
        QCOMPARE(auditCount(id), before + 1);
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT action, officer_username, details FROM audit_log "
                                        "WHERE subject_id = ? ORDER BY seq DESC"));
        q.addBindValue(id);
        execQuery(q, "last entry");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("subject.reveal"));
        QCOMPARE(q.value(1).toString(), m_admin.username);
        QCOMPARE(QJsonDocument::fromJson(q.value(2).toByteArray())
                     .object()
                     .value(QStringLiteral("field"))
                     .toString(),
                 column);
        // The record now shows the entry among the subject's audit entries.
        QCOMPARE(SubjectRecordService(*m_database).record(id).audit.first().action,
                 QStringLiteral("subject.reveal"));
    }

    void revealRefusesWithoutASessionAndAnUnknownSubject()
    {
        const qint64 id = richSubject();
        const qint64 before = auditCount(id);
        try {
            SubjectRecordService(*m_database)
                .reveal(Session{}, id, SubjectRecordService::Field::Inn);
            QFAIL("revealed without signing in");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Unauthenticated);
        }
        const qint64 entries = test::rowCount(*m_database, QStringLiteral("audit_log"));
        try {
            SubjectRecordService(*m_database)
                .reveal(m_admin, 987654321, SubjectRecordService::Field::Inn);
            QFAIL("revealed an unknown subject");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
        }
        QCOMPARE(auditCount(id), before);
        QCOMPARE(test::rowCount(*m_database, QStringLiteral("audit_log")), entries);
    }

    void reportPdfHoldsTheSubjectsData_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ky") << "ky";
        QTest::newRow("ru") << "ru";
    }
    void reportPdfHoldsTheSubjectsData()
    {
        QFETCH(QString, language);
        const qint64 id = richSubject();
        const SubjectRecord clear = [&] {
            TransactionGuard t(m_database->connection());
            return SubjectRecordService(*m_database).unmaskedRecord(id);
        }();
        const qint64 before = auditCount(id);
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        SubjectReportService(*m_database).writePdf(m_admin, id, language, path);
        // A table cell's lines come one after the other: compare words with single spaces.
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        const DocumentLanguage document(language);
        const QString title = document.translate("dpo::SubjectReport", "Subject data report");
        QVERIFY2(title != QStringLiteral("Subject data report"),
                 "the report's title is not translated");
        QVERIFY2(text.contains(title), qPrintable(text.left(400)));
        for (const QString& expected :
             {clear.profile.surname, clear.profile.givenName, clear.profile.platformRef,
              clear.profile.inn, clear.profile.phone, clear.profile.email, clear.profile.idDocument,
              clear.categories.first().name.in(language), clear.transfers.first().recipient,
              clear.disclosures.first().recipient})
            QVERIFY2(
                text.contains(expected.simplified()),
                qPrintable(
                    QStringLiteral("%1 is missing from the %2 report").arg(expected, language)));
        // Masks appear nowhere: the report goes to the subject.
        QVERIFY(!text.contains(QStringLiteral("*********")));
        QCOMPARE(auditCount(id), before + 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT details FROM audit_log WHERE subject_id = ? ORDER BY seq DESC"),
                        {id})
                     .toString(),
                 QStringLiteral("{\"language\":\"%1\",\"output\":\"pdf\"}").arg(language));
    }

    // A transfer abroad (policy 1.1.6): the record carries the recipient's country and the
    // disclosure's purpose and treaty, and the report names the country in the subject's language.
    void aTransferAbroadInTheRecordAndTheReport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("country");
        QTest::newRow("ky") << "ky"
                            << "Казакстан";
        QTest::newRow("ru") << "ru"
                            << "Казахстан";
    }
    void aTransferAbroadInTheRecordAndTheReport()
    {
        QFETCH(QString, language);
        QFETCH(QString, country);
        const qint64 id =
            scalar(QStringLiteral("SELECT min(ds.subject_id) FROM disclosure_subjects ds JOIN "
                                  "disclosures d ON d.id = ds.disclosure_id JOIN recipients r ON "
                                  "r.id = d.recipient_id WHERE r.country = 'KZ'"))
                .toLongLong();
        QVERIFY(id > 0);
        const SubjectRecord record = [&] {
            TransactionGuard t(m_database->connection());
            return SubjectRecordService(*m_database).unmaskedRecord(id);
        }();
        const auto abroad =
            std::find_if(record.disclosures.begin(), record.disclosures.end(),
                         [](const SubjectRecord::Disclosure& d) { return d.abroad(); });
        QVERIFY(abroad != record.disclosures.end());
        QCOMPARE(abroad->recipientCountry, QStringLiteral("KZ"));
        QCOMPARE(abroad->countryName.in(language), country);
        QCOMPARE(abroad->ground, QStringLiteral("treaty"));
        QVERIFY(!abroad->purpose.isEmpty());
        QCOMPARE(abroad->reference(), abroad->treatyReference);
        const QString path = m_dir.filePath(QStringLiteral("abroad-%1.pdf").arg(language));
        SubjectReportService(*m_database).writePdf(m_admin, id, language, path);
        const QString text = test::pdfText(path).simplified();
        DPO_VERIFY_GLOSSARY(text, language);
        for (const QString& expected : {country, abroad->purpose, abroad->recipient})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" is missing from the report")));
    }

    void reportThatCannotBeWrittenLeavesNoEntry()
    {
        const qint64 id = richSubject();
        const qint64 before = auditCount(id);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        try {
            SubjectReportService(*m_database).writePdf(m_admin, id, QStringLiteral("ru"), path);
            QFAIL("a report was written into a missing folder");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QCOMPARE(auditCount(id), before);
        QVERIFY(!QFile::exists(path));
        try {
            SubjectReportService(*m_database)
                .writePdf(m_admin, id, QStringLiteral("en"),
                          m_dir.filePath(QStringLiteral("en.pdf")));
            QFAIL("a report was made in English");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
        }
        QCOMPARE(auditCount(id), before);
    }
};

QTEST_MAIN(TestSubjectRecord)
#include "tst_subjectrecord.moc"

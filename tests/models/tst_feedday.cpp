// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted day of the platform's change feed (issue 18): the file goes in, the subject's
// record, the subject data report and the withdrawal register show it, the chain verifies, and
// the officer works the app's withdrawal form to the reply with the three recipients told.
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "feed/FeedService.h"
#include "Glossary.h"
#include "services/AuditVerifier.h"
#include "services/SubjectRecordService.h"
#include "services/SubjectReportService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"
#include "WithdrawalFixture.h"

#include <QtTest>

using namespace dpo;

namespace {
const QByteArray kDay =
    R"({"id":"d1-1","type":"recipient.upsert","at":"2026-11-02T08:00:00+06:00","code":"fco-baitushum","name":"МКК Байтушум","kind":"fco","contact_email":"dpo@baitushum.kg"}
{"id":"d1-2","type":"recipient.upsert","at":"2026-11-02T08:00:00+06:00","code":"bureau-ishenim","name":"Кредиттик бюро Ишеним","kind":"credit_bureau"}
{"id":"d1-3","type":"recipient.upsert","at":"2026-11-02T08:00:00+06:00","code":"leasing-ak","name":"Ак Лизинг","kind":"leasing"}
{"id":"d1-4","type":"subject.upsert","at":"2026-11-02T09:00:00+06:00","platform_ref":"OG-501","inn":"21203199000011","surname":"Үсөнов","given_name":"Нурбек","patronymic":"Асанович","birth_date":"1990-03-12","sex":"M","phone":"+996555100001","email":"nurbek@mail.kg","preferred_language":"ky","id_document":"ID1234567","residence_address":"Бишкек ш., Чүй пр. 1"}
{"id":"d1-5","type":"subject.upsert","at":"2026-11-02T09:01:00+06:00","platform_ref":"OG-502","inn":"11505198500012","surname":"Иванова","given_name":"Ольга","preferred_language":"ru"}
{"id":"d1-6","type":"consent.given","at":"2026-11-02T09:00:05+06:00","platform_ref":"OG-501","policy_version":"2024-06-01","channel":"mobile_app"}
{"id":"d1-7","type":"consent.given","at":"2026-11-02T09:01:05+06:00","platform_ref":"OG-502","policy_version":"2024-06-01","channel":"web"}
{"id":"d1-8","type":"category.collected","at":"2026-11-02T09:05:00+06:00","platform_ref":"OG-501","category":"face_video"}
{"id":"d1-9","type":"transfer","at":"2026-11-02T09:10:00+06:00","platform_ref":"OG-501","recipient":"fco-baitushum","categories":["face_photo","contacts"],"purpose":"financing_decision"}
{"id":"d1-10","type":"transfer","at":"2026-11-02T09:11:00+06:00","platform_ref":"OG-501","recipient":"bureau-ishenim","categories":["personal_details"],"purpose":"financing_decision"}
{"id":"d1-11","type":"transfer","at":"2026-11-02T09:12:00+06:00","platform_ref":"OG-501","recipient":"leasing-ak","categories":["contacts"],"purpose":"financing_decision"}
{"id":"d1-12","type":"subject.upsert","at":"2026-11-02T12:00:00+06:00","platform_ref":"OG-502","phone":"0700 123 456"}
{"id":"d1-13","type":"withdrawal.requested","at":"2026-11-02T15:00:00+06:00","platform_ref":"OG-501","form_id":"forms/2026/11/0042","form_sha256":"836b39a97c57809b0c047913498e39a71786a56f1c233ac41753d759475db1ca","received_on":"2026-11-02"}
{"id":"d1-14","type":"account.closed","at":"2026-11-02T18:00:00+06:00","platform_ref":"OG-502"}
)";
const QStringList kRecipients{QStringLiteral("МКК Байтушум"),
                              QStringLiteral("Кредиттик бюро Ишеним"), QStringLiteral("Ак Лизинг")};
} // namespace

class TestFeedDay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void aDayOfTheFeedReachesTheOfficer()
    {
        test::TestDatabase fixture;
        DPO_REQUIRE_DATABASE(fixture);
        Session admin;
        auto database = fixture.openWithAdmin(admin);
        const QString file = m_dir.filePath(QStringLiteral("day.jsonl"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kDay);
        }
        const FeedService::Result result = FeedService(*database).applyFile(admin, file);
        QCOMPARE(result.events(), 14);
        QCOMPARE(result.flagged, 0);

        // The subject's record.
        SubjectRecordService records(*database);
        const qint64 id = records.subjectIdByPlatformRef(QStringLiteral("OG-501"));
        QVERIFY(id > 0);
        const SubjectRecord record = [&] {
            TransactionGuard t(database->connection());
            return records.unmaskedRecord(id);
        }();
        QCOMPARE(record.consents.size(), 1);
        QCOMPARE(record.consents.first().channel, QStringLiteral("mobile_app"));
        QCOMPARE(record.transfers.size(), 4);
        QStringList told;
        for (const auto& transfer : record.transfers)
            if (!told.contains(transfer.recipient))
                told << transfer.recipient;
        told.sort();
        QStringList expected = kRecipients;
        expected.sort();
        QCOMPARE(told, expected);
        QStringList categories;
        for (const auto& category : record.categories)
            categories << category.code;
        for (const char* code : {"personal_details", "identity_document", "contacts", "addresses",
                                 "face_photo", "face_video"})
            QVERIFY2(categories.contains(QString::fromLatin1(code)), code);
        QCOMPARE(record.withdrawals.size(), 1);
        QCOMPARE(record.withdrawals.first().channel, QStringLiteral("app_form"));
        QCOMPARE(record.withdrawals.first().state, QStringLiteral("received"));
        const qint64 other = records.subjectIdByPlatformRef(QStringLiteral("OG-502"));
        const SubjectRecord::Profile otherProfile = [&] {
            TransactionGuard t(database->connection());
            return records.unmaskedRecord(other).profile;
        }();
        QCOMPARE(otherProfile.phone, QStringLiteral("+996700123456"));
        QCOMPARE(otherProfile.accountClosedAt,
                 QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC));
        QVERIFY(!record.profile.accountClosedAt.isValid());

        // The subject data report, in each language.
        for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
            SubjectReportService(*database).writePdf(admin, id, language, path);
            const QString text = test::pdfText(path).simplified();
            DPO_VERIFY_GLOSSARY(text, language);
            const DocumentLanguage document(language);
            for (const QString& name : kRecipients)
                QVERIFY2(text.contains(name), qPrintable(language + QLatin1Char(' ') + name));
            const QString video =
                record.categories.at(categories.indexOf(QStringLiteral("face_video")))
                    .name.in(language);
            QVERIFY2(text.contains(video.simplified()),
                     qPrintable(language + QLatin1Char(' ') + video));
            const QString appForm =
                document.translate("dpo::Vocabulary", "Written form in the app", "request channel");
            QVERIFY2(appForm != QStringLiteral("Written form in the app"), qPrintable(language));
            QVERIFY2(text.contains(appForm.simplified()),
                     qPrintable(language + QLatin1Char(' ') + appForm));
        }

        // The withdrawal register.
        WithdrawalService withdrawals(*database);
        const auto rows = withdrawals.list(QDate(2026, 11, 3));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().subjectRef, QStringLiteral("OG-501"));
        QCOMPARE(rows.first().state, QStringLiteral("received"));
        const qint64 request = rows.first().id;
        const auto details = withdrawals.details(request, QDate(2026, 11, 3));
        QCOMPARE(details.formRef, QStringLiteral("forms/2026/11/0042"));
        QCOMPARE(details.channel, QStringLiteral("app_form"));
        QCOMPARE(AuditVerifier(*database).verify().problem, AuditVerification::Problem::None);

        // The officer works it as any other request; the three recipients are to be told.
        withdrawals.verifyIdentity(admin, request, QStringLiteral("account_face_check"),
                                   QStringLiteral("Тиркемедеги жүз текшерүүсү"));
        QList<WithdrawalService::Decision> decisions;
        for (const QString& category : details.heldCategories)
            decisions << test::decision(qPrintable(category), "destroy");
        withdrawals.decide(admin, request, decisions);
        withdrawals.execute(admin, request);
        const auto executed = withdrawals.details(request, QDate(2026, 11, 4));
        QStringList notified;
        for (const auto& notice : executed.notices)
            notified << notice.recipient;
        notified.sort();
        QCOMPARE(notified, expected);
        for (const auto& notice : executed.notices)
            withdrawals.recordNotice(admin, notice.id, QDate(2026, 11, 4), QStringLiteral("email"),
                                     QStringLiteral("dpo@"));
        withdrawals.logReply(admin, request, QDate(2026, 11, 5), QStringLiteral("post"),
                             QStringLiteral("RR123"));
        QCOMPARE(withdrawals.details(request, QDate(2026, 11, 5)).row.state,
                 QStringLiteral("closed"));
        QCOMPARE(AuditVerifier(*database).verify().problem, AuditVerification::Problem::None);
    }
};

QTEST_MAIN(TestFeedDay)
#include "tst_feedday.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "DatabaseFixture.h"
#include "feed/FeedService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"
#include "WithdrawalFixture.h"

#include <memory>
#include <QFile>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

namespace dpo::test {

// A day of the platform: three recipients, two new subjects (one a minor), a consent, transfers
// to the three, a category collected, a changed phone, a withdrawal form, a closed account.
inline const QByteArray kDay = R"(
{"id":"r-1","type":"recipient.upsert","at":"2026-12-01T08:00:00+06:00","code":"fco-baitushum","name":"Байтушум","kind":"fco","contact_email":"dpo@baitushum.kg"}
{"id":"r-2","type":"recipient.upsert","at":"2026-12-01T08:00:00+06:00","code":"bureau-ishenim","name":"Ишеним","kind":"credit_bureau"}
{"id":"r-3","type":"recipient.upsert","at":"2026-12-01T08:00:00+06:00","code":"leasing-1","name":"Лизинг Компани","kind":"leasing"}
{"id":"e-1","type":"subject.upsert","at":"2026-12-01T09:00:00+06:00","platform_ref":"OG-1","inn":"21203199000011","surname":"Үсөнов","given_name":"Нурбек","phone":"+996555100001","preferred_language":"ky","birth_date":"1990-03-12"}
{"id":"e-2","type":"consent.given","at":"2026-12-01T09:00:05+06:00","platform_ref":"OG-1","policy_version":"2024-06-01","channel":"mobile_app"}
{"id":"e-3","type":"transfer","at":"2026-12-01T09:10:00+06:00","platform_ref":"OG-1","recipient":"fco-baitushum","categories":["face_photo","contacts"],"purpose":"financing_decision"}
{"id":"e-4","type":"transfer","at":"2026-12-01T09:11:00+06:00","platform_ref":"OG-1","recipient":"bureau-ishenim","categories":["personal_details"],"purpose":"financing_decision"}
{"id":"e-5","type":"transfer","at":"2026-12-01T09:12:00+06:00","platform_ref":"OG-1","recipient":"leasing-1","categories":["contacts"],"purpose":"financing_decision"}
{"id":"e-6","type":"category.collected","at":"2026-12-01T09:13:00+06:00","platform_ref":"OG-1","category":"face_video"}
{"id":"e-7","type":"subject.upsert","at":"2026-12-01T09:20:00+06:00","platform_ref":"OG-1","phone":"0555 100 002"}
{"id":"e-8","type":"subject.upsert","at":"2026-12-01T09:21:00+06:00","platform_ref":"OG-2","inn":"21203201000012","surname":"Асанова","given_name":"Айгүл","birth_date":"2010-05-01"}
{"id":"e-9","type":"withdrawal.requested","at":"2026-12-02T10:00:00+06:00","platform_ref":"OG-1","form_id":"forms/2026/77","form_sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","received_on":"2026-12-02"}
{"id":"e-10","type":"account.closed","at":"2026-12-02T11:00:00+06:00","platform_ref":"OG-2"}
)";

// Every table the feed writes, and the audit trail: what "nothing written" is checked against.
inline const QStringList kTables{
    QStringLiteral("subjects"),           QStringLiteral("recipients"),
    QStringLiteral("consents"),           QStringLiteral("transfers"),
    QStringLiteral("subject_categories"), QStringLiteral("withdrawal_requests"),
    QStringLiteral("feed_batches"),       QStringLiteral("feed_events"),
    QStringLiteral("feed_flags"),         QStringLiteral("audit_log")};

// What the feed file tests share: a database with an administrator, files written to a
// temporary folder and applied, and the tables' row counts to compare before and after.
class FeedFixture : public DatabaseFixture
{
protected:
    QTemporaryDir m_dir;

    QString write(const QByteArray& content)
    {
        return test::writeNumberedFile(m_dir, QStringLiteral("feed-%1.jsonl"), content);
    }
    FeedService::Result apply(const QByteArray& content)
    {
        return FeedService(*m_database).applyFile(m_admin, write(content));
    }
    // The error's text when applying throws, empty when it does not.
    QString refusal(const QByteArray& content)
    {
        try {
            apply(content);
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    }
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return test::scalar(*m_database, sql, values);
    }
    QMap<QString, qint64> counts() const
    {
        QMap<QString, qint64> out;
        for (const QString& table : kTables)
            out.insert(table, test::rowCount(*m_database, table));
        return out;
    }
    // A withdrawal of everything the subject holds, destroyed and executed.
    void destroyEverything(const QString& ref)
    {
        WithdrawalService service(*m_database);
        WithdrawalService::Registration r;
        r.subjectRef = ref;
        r.receivedOn = QDate(2026, 11, 2);
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"),
                                                   test::kWithdrawalLetter};
        const qint64 id = service.registerRequest(m_admin, r);
        service.verifyIdentity(m_admin, id, QStringLiteral("id_in_person"),
                               QStringLiteral("Паспорт"));
        QList<WithdrawalService::Decision> decisions;
        const auto details = service.details(id, QDate(2026, 11, 3));
        for (const QString& category : details.heldCategories)
            decisions << test::decision(qPrintable(category), "destroy");
        service.decide(m_admin, id, decisions);
        service.execute(m_admin, id);
    }
};

} // namespace dpo::test

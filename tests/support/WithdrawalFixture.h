// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Sql.h"
#include "services/AttachmentService.h"
#include "services/OfficerService.h"
#include "services/WithdrawalService.h"
#include "TestDatabase.h"

#include <memory>
#include <QObject>
#include <QTemporaryDir>

namespace dpo::test {

// A written withdrawal request's letter as the tests attach it.
inline const QByteArray kWithdrawalLetter =
    QByteArrayLiteral("%PDF-1.4\n% a written withdrawal request\n%%EOF\n");
// The categories insertSubjectWithData holds for a subject.
inline const QStringList kHeldCategories{
    QStringLiteral("personal_details"), QStringLiteral("identity_document"),
    QStringLiteral("face_photo"), QStringLiteral("face_video"), QStringLiteral("contacts")};

// A decision on one category as an officer makes it (the justification filled in).
inline WithdrawalService::Decision decision(const char* category, const char* action,
                                            const char* ground = "", const QDate& until = {},
                                            const char* detail = "")
{
    WithdrawalService::Decision d;
    d.category = QString::fromLatin1(category);
    d.action = DecisionActions::fromCode(QString::fromLatin1(action)).value();
    d.ground = QString::fromLatin1(ground);
    d.groundDetail = QString::fromLatin1(detail);
    d.keepUntil = until;
    d.justification = QStringLiteral("Макулдук кайтарылып алынды (12.1.3)");
    return d;
}

// The same `action` ("destroy", "block", ...) for every category a test subject holds.
inline QList<WithdrawalService::Decision> decideAll(const char* action)
{
    QList<WithdrawalService::Decision> all;
    for (const QString& c : kHeldCategories)
        all << decision(c.toLatin1().constData(), action);
    return all;
}

// What the withdrawal tests share: the database with an administrator, subjects with every
// category and a recipient of some, requests registered and verified, the audit trail of one.
class WithdrawalFixture : public QObject
{
protected:
    test::TestDatabase m_fixture;
    std::unique_ptr<Database> m_database;
    Session m_admin;
    qint64 m_recipient = 0;
    int m_subjects = 0;
    QTemporaryDir m_dir;

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return test::scalar(*m_database, sql, values);
    }
    void exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery q = prepareQuery(m_database->connection(), sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        execQuery(q, "write");
    }

    qint64 addSubject(const QString& ref)
    {
        return test::insertSubjectWithData(*m_database, ref, m_recipient, ++m_subjects);
    }

    qint64 registerVerified(const QString& ref, bool full = true, const QStringList& purposes = {},
                            const QStringList& categories = {})
    {
        WithdrawalService::Registration r;
        r.subjectRef = ref;
        r.receivedOn = QDate(2026, 11, 2);
        r.fullScope = full;
        r.purposes = purposes;
        r.categories = categories;
        r.documents << AttachmentService::Document{QStringLiteral("letter.pdf"), kWithdrawalLetter};
        WithdrawalService service(*m_database);
        const qint64 id = service.registerRequest(m_admin, r);
        service.verifyIdentity(m_admin, id, QStringLiteral("id_in_person"),
                               QStringLiteral("Паспорт ID AN1234567"));
        return id;
    }

    // The audit actions of one request, in order.
    QStringList actions(qint64 requestId) const
    {
        QSqlQuery q =
            prepareQuery(m_database->connection(),
                         QStringLiteral("SELECT action FROM audit_log WHERE entity = "
                                        "'withdrawal_request' AND entity_id = ? ORDER BY seq"));
        q.addBindValue(QString::number(requestId));
        execQuery(q, "audit");
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // A new officer of `role`, signed in.
    Session signedInOfficer(const QString& username, const QString& name, Role role,
                            const QString& password) const
    {
        OfficerService officers(*m_database);
        officers.createOfficer(m_admin, username, name, role, password);
        return officers.signIn(username, password);
    }

    // The supervisor the four-eyes tests sign in as: Айгүл Сейитова.
    Session signedInSupervisor() const
    {
        return signedInOfficer(QStringLiteral("aigul"), QStringLiteral("Айгүл Сейитова"),
                               Role::Supervisor, QStringLiteral("supervisor-pw-1"));
    }

    // The database opened with its administrator and a recipient (an FCO) of some categories.
    void openWithRecipient()
    {
        m_database = m_fixture.openWithAdmin(m_admin);
        exec(QStringLiteral("INSERT INTO recipients (name, kind) VALUES ('Бай-Түшүм ФКО', 'fco')"));
        m_recipient =
            scalar(QStringLiteral("SELECT id FROM recipients WHERE name = 'Бай-Түшүм ФКО'"))
                .toLongLong();
    }
};

} // namespace dpo::test

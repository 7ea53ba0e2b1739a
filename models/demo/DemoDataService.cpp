// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDataService.h"
#include "services/AccessControl.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/BulkInserter.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoGenerator.h"
#include "security/PasswordHasher.h"
#include "services/AuditService.h"

#include <openssl/rand.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::DemoDataService", text);
}

void execBound(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
}

// Returns the id of `username`, adding the officer when missing. Nobody knows the password
// given here: an administrator sets a real one before the officer signs in.
qint64 ensureOfficer(const QSqlDatabase& db, const QString& username, const QString& name,
                     Role role)
{
    QSqlQuery find = prepareQuery(db, QStringLiteral("SELECT id FROM officers WHERE username = ?"));
    execBound(find, {username});
    if (find.next())
        return find.value(0).toLongLong();
    QByteArray secret(24, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()), int(secret.size())) != 1)
        throw Error(Error::Kind::Crypto, QStringLiteral("The random generator failed."));
    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO officers (username, display_name, role, password_hash, "
                           "active, created_at) VALUES (?, ?, ?, ?, 1, ?)"));
    execBound(insert, {username, name, roleCode(role),
                       PasswordHasher::hash(QString::fromLatin1(secret.toBase64())),
                       QDateTime::currentDateTimeUtc()});
    execBound(find, {username});
    find.next();
    return find.value(0).toLongLong();
}

qint64 ensureRecipient(const QSqlDatabase& db, const demo::RecipientSeed& seed)
{
    QSqlQuery find = prepareQuery(db, QStringLiteral("SELECT id FROM recipients WHERE name = ?"));
    execBound(find, {QString::fromUtf8(seed.name)});
    if (find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert =
        prepareQuery(db, QStringLiteral("INSERT INTO recipients (name, kind, platform_participant, "
                                        "country) VALUES (?, ?, ?, ?)"));
    execBound(insert, {QString::fromUtf8(seed.name), QString::fromLatin1(seed.kind),
                       seed.participant ? 1 : 0, QString::fromLatin1(seed.country)});
    execBound(find, {QString::fromUtf8(seed.name)});
    find.next();
    return find.value(0).toLongLong();
}
} // namespace

DemoDataService::DemoDataService(Database& database) : m_database(database) {}

DemoDataService::Summary DemoDataService::generate(const Session& session, const Options& options)
{
    requirePermission(m_database, session, Permission::MakeDemoData, tr("generate demo data"));
    if (options.subjects < 1 || options.subjects > 10'000'000)
        throw Error(Error::Kind::BadInput,
                    //: %1: the number asked for.
                    tr("The number of demo subjects must be between 1 and 10000000, not %1.")
                        .arg(options.subjects));
    if (!options.asOf.isValid())
        throw Error(Error::Kind::BadInput, tr("The reference date of the demo data is not valid."));

    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    lockForBulkLoad(db, {QStringLiteral("subjects"), QStringLiteral("consents"),
                         QStringLiteral("officers"), QStringLiteral("recipients")});
    {
        QSqlQuery any = prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects LIMIT 1"));
        execQuery(any, QT_TRANSLATE_NOOP("dpo::Sql", "count subjects"));
        if (any.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the database's address.
                        tr("%1 already holds subjects: demo data goes into an empty database only.")
                            .arg(m_database.url().toDisplayString()));
    }
    QSqlQuery policy = prepareQuery(
        db, QStringLiteral("SELECT id FROM policy_versions WHERE code = '2024-06-01'"));
    execQuery(policy, QT_TRANSLATE_NOOP("dpo::Sql", "read the policy versions"));
    if (!policy.next())
        throw Error(Error::Kind::Database,
                    tr("The policy version 2024-06-01 is missing from the database."));

    QList<qint64> recipients;
    for (const demo::RecipientSeed& seed : demo::kRecipientSeeds)
        recipients << ensureRecipient(db, seed);
    const demo::DemoOfficers officers{
        ensureOfficer(db, QStringLiteral("aigerim.supervisor"), QStringLiteral("Айгерим Садыкова"),
                      Role::Supervisor),
        ensureOfficer(db, QStringLiteral("nurlan.officer"), QStringLiteral("Нурлан Асанов"),
                      Role::Officer),
        ensureOfficer(db, QStringLiteral("elena.officer"), QStringLiteral("Елена Ким"),
                      Role::Officer),
        ensureOfficer(db, QStringLiteral("bakyt.auditor"), QStringLiteral("Бакыт Осмонов"),
                      Role::Auditor)};

    demo::Generator generator(db, options, officers, recipients, policy.value(0).toLongLong());
    policy.finish();
    const Summary summary = generator.run();
    for (const char* table :
         {"subjects", "consents", "transfers", "withdrawal_requests", "withdrawal_decisions",
          "claims", "disclosures", "notifications", "attachments", "officers", "recipients"})
        syncIdentity(db, QString::fromLatin1(table));
    AuditService::append(
        db, session, QStringLiteral("demo.generate"), QStringLiteral("database"), QString(), 0,
        QJsonObject{{QStringLiteral("seed"), QString::number(options.seed)},
                    {QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
                    {QStringLiteral("subjects"), summary.subjects},
                    {QStringLiteral("withdrawal_requests"), summary.withdrawalRequests},
                    {QStringLiteral("claims"), summary.claims},
                    {QStringLiteral("disclosures"), summary.disclosures}});
    transaction.commit();
    return summary;
}

} // namespace dpo

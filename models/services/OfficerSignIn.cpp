// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in: with the console's own password (counted and locked by one statement), or, on
// PostgreSQL, with an officer's own database login (schema version 27).
#include "services/OfficerService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "security/PasswordHasher.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::OfficerService", text);
}

// One message for an unknown name, a wrong password, a deactivated and a locked account, so that
// it does not say which.
[[noreturn]] void refuseSignIn()
{
    throw Error(Error::Kind::Unauthenticated,
                QCoreApplication::translate(
                    "dpo::OfficerService", "Sign-in failed: the user name or password is wrong, "
                                           "or the account is deactivated or locked for a while."));
}
} // namespace

QString OfficerService::unknownNameInTrail(const QSqlDatabase& db, const QString& typed)
{
    // The database's own secret (the erasure salt, schema 14) keys the digest, so that a list of
    // likely passwords cannot be hashed and matched without the database; the unit separators
    // keep this use apart from the erased identifiers' digests.
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT salt FROM erasure_salt WHERE id = 1"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the erasure salt"));
    const QString key = q.next() ? q.value(0).toString() : QString();
    q.finish();
    const QByteArray digest = Sha256::hashHex(
        (key + QChar(0x1f) + QStringLiteral("sign_in_name") + QChar(0x1f) + typed).toUtf8());
    return QStringLiteral("unknown:") + QString::fromLatin1(digest.left(16));
}

namespace {
// The lock-out's length: the setting's minutes doubled for each lock-out before it since the last
// successful sign-in, at most 64 times (schema version 26).
constexpr int kMaxBackoffDoublings = 6;

int lockoutMinutes(int lockMinutes, int lockoutsBefore)
{
    return lockMinutes * (1 << qBound(0, lockoutsBefore, kMaxBackoffDoublings));
}
} // namespace

Session OfficerService::signIn(const QString& username, const QString& password)
{
    QSqlDatabase db = m_database.connection();
    if (m_database.isPostgres())
        return signInAsOwnLogin(db, username, password);
    return signInWithPassword(db, username, password);
}

std::optional<Officer> OfficerService::ownLoginsOfficer(const QSqlDatabase& db) const
{
    if (!m_database.isPostgres())
        return std::nullopt;
    // Before schema version 27 (a database being upgraded) there are no officers' logins.
    QSqlQuery known =
        execBound(db, QStringLiteral("SELECT to_regprocedure('dpo_session_officer()') IS NOT NULL"),
                  {}, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (!known.next() || !known.value(0).toBool())
        return std::nullopt;
    QSqlQuery own = execBound(db,
                              QStringLiteral("SELECT id, username, display_name, role, active, "
                                             "must_change_password FROM dpo_session_officer()"),
                              {}, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (!own.next()) // a shared login (dpo_console) or the owner
        return std::nullopt;
    Officer officer;
    officer.id = own.value(0).toLongLong();
    officer.username = own.value(1).toString();
    officer.displayName = own.value(2).toString();
    officer.role = roleFromCode(own.value(3).toString());
    officer.active = own.value(4).toInt() == 1;
    officer.mustChangePassword = own.value(5).toInt() == 1;
    return officer;
}

bool OfficerService::loginAccepts(const QString& password) const
{
    if (password.isEmpty()) // else libpq would take PGPASSWORD or ~/.pgpass
        return false;
    // A second connection with it is the check: the server's authentication (scram-sha-256 in
    // pg_hba.conf: docs/deployment.md).
    Database check(m_database.url(), password);
    try {
        check.open();
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::PasswordRequired)
            throw;
        return false;
    }
    return true;
}

QString OfficerService::ownLoginsUsername() const
{
    const std::optional<Officer> own = ownLoginsOfficer(m_database.connection());
    return own ? own->username : QString();
}

Session OfficerService::signInAsOwnLogin(const QSqlDatabase& db, const QString& username,
                                         const QString& password)
{
    const std::optional<Officer> own = ownLoginsOfficer(db);
    if (!own) // the console's own passwords
        return signInWithPassword(db, username, password);
    // A login the console created (schema version 29) has the administrator's first password,
    // which its officer changes at the first sign-in; one mapped is the server's affair.
    const Session session{own->id, own->username, own->displayName, own->role,
                          own->mustChangePassword};
    const bool active = own->active;
    if (username != session.username)
        throw Error(Error::Kind::Unauthenticated,
                    //: %1: the database login; %2: the officer's user name.
                    tr("This console is connected to the database as %1, the login of officer "
                       "%2: sign in as %2, or connect with your own login.")
                        .arg(m_database.url().user, session.username));
    QString reason = active ? QString() : QStringLiteral("inactive");
    if (reason.isEmpty() && !loginAccepts(password))
        reason = QStringLiteral("wrong_password");
    TransactionGuard transaction(db);
    if (reason.isEmpty())
        AuditService::append(
            db, session, QStringLiteral("officer.sign_in"), QStringLiteral("officer"),
            QString::number(session.officerId), 0,
            QJsonObject{{QStringLiteral("database"), m_database.url().toDisplayString()},
                        {QStringLiteral("login"), m_database.url().user}});
    else // in the login's officer's name: the server takes no other (schema version 27)
        AuditService::append(db, session, QStringLiteral("officer.sign_in_failed"),
                             QStringLiteral("officer"), QString::number(session.officerId), 0,
                             QJsonObject{{QStringLiteral("reason"), reason}});
    transaction.commit();
    if (!reason.isEmpty())
        refuseSignIn();
    return session;
}

Session OfficerService::signInWithPassword(const QSqlDatabase& db, const QString& username,
                                           const QString& password)
{
    const SettingsService settings(m_database);
    const int maxFailures = settings.integer("sign_in_max_failures");
    const int lockMinutes = settings.integer("sign_in_lockout_minutes");
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT id, display_name, role, password_hash, active, "
                                        "must_change_password FROM officers WHERE username = ?"));
    q.addBindValue(username);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    QString reason;
    Session session;
    qint64 officerId = 0;
    bool passwordRight = false, active = false;
    if (!q.next()) {
        // Spend the same time as for a real officer, so that timing does not reveal the names.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy-password"));
        PasswordHasher::verify(password, decoy);
        reason = QStringLiteral("unknown_user");
    } else {
        officerId = q.value(0).toLongLong();
        passwordRight = PasswordHasher::verify(password, q.value(3).toString()); // the same time
        active = q.value(4).toInt() == 1;
        session.officerId = officerId;
        session.username = username;
        session.displayName = q.value(1).toString();
        session.role = roleFromCode(q.value(2).toString());
        session.mustChangePassword = q.value(5).toInt() == 1;
    }
    q.finish();

    // Whether the account is locked is decided by the statement that counts or clears, with the
    // server's clock on PostgreSQL: attempts at the same moment each count, and none slips past
    // a lock another has just set.
    const bool postgres = m_database.isPostgres();
    const QString now = postgres ? QStringLiteral("clock_timestamp()") : QStringLiteral("?");
    const QString open = QStringLiteral("(locked_until IS NULL OR locked_until <= %1)").arg(now);
    const QVariant clientNow =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); // SQLite's only clock
    TransactionGuard transaction(db);
    int lockedFor = 0; // minutes, when this attempt locked the account
    if (officerId > 0 && passwordRight) {
        QSqlQuery reset = prepareQuery(
            db, QStringLiteral("UPDATE officers SET failed_sign_ins = 0, locked_until = NULL, "
                               "lockouts = 0 WHERE id = ? AND active = 1 AND %1")
                    .arg(open));
        reset.addBindValue(officerId);
        if (!postgres)
            reset.addBindValue(clientNow);
        execQuery(reset, QT_TRANSLATE_NOOP("dpo::Sql", "record a sign-in"));
        if (reset.numRowsAffected() != 1)
            reason = active ? QStringLiteral("locked") : QStringLiteral("inactive");
    } else if (officerId > 0) {
        const QString until =
            postgres ? QStringLiteral("clock_timestamp() + make_interval(mins => ? * (1 << "
                                      "least(lockouts, %1)))")
                           .arg(kMaxBackoffDoublings)
                     : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', ?, '+' || (? * (1 << "
                                      "min(lockouts, %1))) || ' minutes')")
                           .arg(kMaxBackoffDoublings);
        QSqlQuery count = prepareQuery(
            db, QStringLiteral("UPDATE officers SET "
                               "failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 "
                               "ELSE failed_sign_ins + 1 END, "
                               "lockouts = CASE WHEN failed_sign_ins + 1 >= ? THEN lockouts + 1 "
                               "ELSE lockouts END, "
                               "locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN %1 "
                               "ELSE locked_until END "
                               "WHERE id = ? AND %2 RETURNING failed_sign_ins, lockouts")
                    .arg(until, open));
        count.addBindValue(maxFailures);
        count.addBindValue(maxFailures);
        count.addBindValue(maxFailures);
        if (!postgres)
            count.addBindValue(clientNow);
        count.addBindValue(lockMinutes);
        count.addBindValue(officerId);
        if (!postgres)
            count.addBindValue(clientNow);
        execQuery(count, QT_TRANSLATE_NOOP("dpo::Sql", "record a failed sign-in"));
        if (!count.next()) {
            reason = QStringLiteral("locked"); // not counted: the lock runs from the last failure
        } else {
            reason = QStringLiteral("wrong_password");
            if (count.value(0).toInt() == 0)
                lockedFor = lockoutMinutes(lockMinutes, count.value(1).toInt() - 1);
        }
        count.finish();
    }
    if (reason.isEmpty()) {
        AuditService::append(
            db, session, QStringLiteral("officer.sign_in"), QStringLiteral("officer"),
            QString::number(session.officerId), 0,
            QJsonObject{{QStringLiteral("database"), m_database.url().toDisplayString()}});
    } else {
        // The trail keeps who tried, never what was typed: a password typed into the name field
        // would otherwise stay in the permanent, exportable trail. A known officer is named by
        // the stored name and id; any other name by a keyed digest of it.
        const QString actor = officerId > 0 ? username : unknownNameInTrail(db, username);
        const QString actorId = officerId > 0 ? QString::number(officerId) : QString();
        AuditService::appendAnonymous(db, actor, actorId, QStringLiteral("officer.sign_in_failed"),
                                      QJsonObject{{QStringLiteral("reason"), reason}});
        if (lockedFor > 0)
            AuditService::appendAnonymous(db, actor, actorId, QStringLiteral("officer.locked_out"),
                                          QJsonObject{{QStringLiteral("failures"), maxFailures},
                                                      {QStringLiteral("minutes"), lockedFor}});
    }
    transaction.commit();
    if (!reason.isEmpty())
        refuseSignIn();
    return session;
}

} // namespace dpo

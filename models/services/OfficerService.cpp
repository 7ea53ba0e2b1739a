// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OfficerService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/PasswordHasher.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::OfficerService", text);
}
} // namespace

OfficerService::OfficerService(Database& database) : m_database(database) {}

void OfficerService::validateUsername(const QString& username)
{
    // Starting with a letter or digit: the name is a cell of the audit CSV, which must stay
    // byte-exact, and a cell starting with - is a formula to a spreadsheet.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!pattern.match(username).hasMatch())
        throw Error(Error::Kind::BadInput,
                    //: %1: the user name as typed.
                    tr("The user name \"%1\" is not valid: use 2 to 64 lower-case Latin letters, "
                       "digits, dots, hyphens or underscores, starting with a letter or digit.")
                        .arg(username));
}

void OfficerService::validatePassword(const QString& password, const QString& username)
{
    if (password.size() < PasswordHasher::kMinimumLength)
        throw Error(Error::Kind::BadInput,
                    //: %1: a number of characters.
                    tr("The password is too short: use at least %1 characters.")
                        .arg(PasswordHasher::kMinimumLength));
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        throw Error(Error::Kind::BadInput, tr("The password must not contain the user name."));
}

qint64 OfficerService::insertOfficer(const QString& username, const QString& displayName, Role role,
                                     const QString& passwordHash)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery exists =
        prepareQuery(db, QStringLiteral("SELECT 1 FROM officers WHERE username = ?"));
    exists.addBindValue(username);
    execQuery(exists, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (exists.next())
        throw Error(Error::Kind::BadInput,
                    //: %1: the user name.
                    tr("An officer named \"%1\" already exists.").arg(username));

    QSqlQuery insert = prepareQuery(
        db, QStringLiteral("INSERT INTO officers (username, display_name, role, password_hash, "
                           "active, created_at) VALUES (?, ?, ?, ?, 1, ?)"));
    insert.addBindValue(username);
    insert.addBindValue(displayName.trimmed().isEmpty() ? username : displayName.trimmed());
    insert.addBindValue(roleCode(role));
    insert.addBindValue(passwordHash);
    insert.addBindValue(QDateTime::currentDateTimeUtc());
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "add an officer"));

    QSqlQuery id = prepareQuery(db, QStringLiteral("SELECT id FROM officers WHERE username = ?"));
    id.addBindValue(username);
    execQuery(id, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    id.next();
    return id.value(0).toLongLong();
}

bool OfficerService::ensureFirstAdministrator(const QString& username, const QString& displayName,
                                              const QString& password)
{
    validateUsername(username);
    QSqlDatabase db = m_database.connection();
    {
        QSqlQuery existing =
            prepareQuery(db, QStringLiteral("SELECT role FROM officers WHERE username = ?"));
        existing.addBindValue(username);
        execQuery(existing, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
        if (existing.next()) {
            if (existing.value(0).toString() != roleCode(Role::Administrator))
                throw Error(Error::Kind::BadInput,
                            //: %1: the user name.
                            tr("\"%1\" exists but is not an administrator.").arg(username));
            return false;
        }
    }
    if (officerCount() > 0)
        throw Error(Error::Kind::BadInput,
                    //: %1: the user name.
                    tr("The database already has officers; \"%1\" is not one of them. An "
                       "administrator adds further officers after signing in.")
                        .arg(username));
    validatePassword(password, username);
    const QString hash = PasswordHasher::hash(password); // slow on purpose: outside the transaction

    TransactionGuard transaction(db);
    const qint64 id = insertOfficer(username, displayName, Role::Administrator, hash);
    Session self{id, username, displayName, Role::Administrator};
    AuditService::append(db, self, QStringLiteral("officer.create_first_administrator"),
                         QStringLiteral("officer"), QString::number(id), 0,
                         QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("role"), roleCode(Role::Administrator)}});
    transaction.commit();
    return true;
}

qint64 OfficerService::createOfficer(const Session& session, const QString& username,
                                     const QString& displayName, Role role, const QString& password)
{
    // The hash is slow on purpose: made after the permission, before the transaction.
    const auto hashPassword = [&] {
        validateUsername(username);
        validatePassword(password, username);
        return PasswordHasher::hash(password);
    };
    return runPreparedStep(m_database, session, Permission::ManageOfficers, tr("add officers"),
                           hashPassword,
                           [&](const QSqlDatabase& db, const QString& hash) {
        const qint64 id = insertOfficer(username, displayName, role, hash);
        AuditService::append(db, session, QStringLiteral("officer.create"),
                             QStringLiteral("officer"), QString::number(id), 0,
                             QJsonObject{{QStringLiteral("username"), username},
                                         {QStringLiteral("role"), roleCode(role)}});
        return id;
    });
}

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
        throw Error(Error::Kind::Unauthenticated,
                    tr("Sign-in failed: the user name or password is wrong, or the account is "
                       "deactivated or locked for a "
                       "while."));
    return session;
}

Officer OfficerService::officer(qint64 officerId) const
{
    for (const Officer& o : officers())
        if (o.id == officerId)
            return o;
    //: %1: the officer's number.
    throw Error(Error::Kind::NotFound, tr("Officer %1 does not exist.").arg(officerId));
}

Session OfficerService::changeOwnPassword(const Session& session, const QString& current,
                                          const QString& replacement)
{
    if (session.officerId <= 0)
        throw Error(Error::Kind::Unauthenticated, tr("Sign in to change your password."));
    validatePassword(replacement, session.username);
    if (replacement == current)
        throw Error(Error::Kind::BadInput,
                    tr("The new password must differ from the current one."));
    QSqlDatabase db = m_database.connection();
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT password_hash FROM officers WHERE id = ? AND active = 1"));
    q.addBindValue(session.officerId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (!q.next() || !PasswordHasher::verify(current, q.value(0).toString()))
        throw Error(Error::Kind::Unauthenticated, tr("The current password is wrong."));
    q.finish();
    const QString hash = PasswordHasher::hash(replacement);
    TransactionGuard transaction(db);
    QSqlQuery update = prepareQuery(
        db, QStringLiteral("UPDATE officers SET password_hash = ?, must_change_password = 0, "
                           "version = version + 1 WHERE id = ?"));
    update.addBindValue(hash);
    update.addBindValue(session.officerId);
    execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change a password"));
    Session changed = session;
    changed.mustChangePassword = false;
    AuditService::append(db, changed, QStringLiteral("officer.password_change"),
                         QStringLiteral("officer"), QString::number(session.officerId), 0,
                         QJsonObject{});
    transaction.commit();
    return changed;
}

void OfficerService::resetPassword(const Session& session, qint64 officerId,
                                   const QString& temporaryPassword)
{
    Officer target;
    const auto hashPassword = [&] { // slow on purpose: before the transaction
        target = officer(officerId);
        validatePassword(temporaryPassword, target.username);
        return PasswordHasher::hash(temporaryPassword);
    };
    runPreparedStep(m_database, session, Permission::ManageOfficers, tr("reset a password"),
                    hashPassword,
                    [&](const QSqlDatabase& db, const QString& hash) {
        QSqlQuery update = prepareQuery(
            db, QStringLiteral("UPDATE officers SET password_hash = ?, must_change_password = 1, "
                               "failed_sign_ins = 0, locked_until = NULL, lockouts = 0, "
                               "version = version + 1 WHERE id = ?"));
        update.addBindValue(hash);
        update.addBindValue(officerId);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "reset a password"));
        AuditService::append(
            db, session, QStringLiteral("officer.password_reset"), QStringLiteral("officer"),
            QString::number(officerId), 0,
            QJsonObject{{QStringLiteral("username"), target.username}}); // never the password
    });
}

void OfficerService::setActive(const Session& session, qint64 officerId, bool active)
{
    runStep(m_database, session, Permission::ManageOfficers,
            active ? tr("reactivate an officer") : tr("deactivate an officer"),
            [&](const QSqlDatabase& db) {
        const Officer target = officer(officerId);
        if (!active && officerId == session.officerId)
            throw Error(Error::Kind::BadInput, tr("You cannot deactivate your own account."));
        QSqlQuery update = prepareQuery(
            db,
            QStringLiteral("UPDATE officers SET active = ?, version = version + 1 WHERE id = ?"));
        update.addBindValue(active ? 1 : 0);
        update.addBindValue(officerId);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change an officer"));
        AuditService::append(db, session,
                             active ? QStringLiteral("officer.activate")
                                    : QStringLiteral("officer.deactivate"),
                             QStringLiteral("officer"), QString::number(officerId), 0,
                             QJsonObject{{QStringLiteral("username"), target.username}});
    });
}

void OfficerService::changeRole(const Session& session, qint64 officerId, Role role)
{
    runStep(m_database, session, Permission::ManageOfficers, tr("change an officer's role"),
            [&](const QSqlDatabase& db) {
        const Officer target = officer(officerId);
        if (officerId == session.officerId)
            throw Error(Error::Kind::BadInput,
                        tr("You cannot change your own role: another administrator does."));
        if (target.role == role)
            return;
        QSqlQuery update = prepareQuery(
            db, QStringLiteral("UPDATE officers SET role = ?, version = version + 1 WHERE id = ?"));
        update.addBindValue(roleCode(role));
        update.addBindValue(officerId);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change an officer"));
        AuditService::append(db, session, QStringLiteral("officer.role_change"),
                             QStringLiteral("officer"), QString::number(officerId), 0,
                             QJsonObject{{QStringLiteral("username"), target.username},
                                         {QStringLiteral("from"), roleCode(target.role)},
                                         {QStringLiteral("to"), roleCode(role)}});
    });
}

QList<Officer> OfficerService::officers() const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral(
            "SELECT id, username, display_name, role, active, locked_until, must_change_password "
            "FROM officers ORDER BY username"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "list the officers"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Officer> result;
    while (q.next()) {
        Officer o;
        o.id = q.value(0).toLongLong();
        o.username = q.value(1).toString();
        o.displayName = q.value(2).toString();
        o.role = roleFromCode(q.value(3).toString());
        o.active = q.value(4).toInt() == 1;
        o.lockedUntil = q.value(5).toDateTime().toUTC();
        o.locked = o.lockedUntil.isValid() && o.lockedUntil > now;
        o.mustChangePassword = q.value(6).toInt() == 1;
        result.append(o);
    }
    return result;
}

int OfficerService::officerCount() const
{
    QSqlQuery q =
        prepareQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM officers"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the officers"));
    q.next();
    return q.value(0).toInt();
}

} // namespace dpo

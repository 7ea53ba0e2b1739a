// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OfficerService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/Sql.h"
#include "security/PasswordHasher.h"
#include "security/ScramVerifier.h"
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

void OfficerService::refuseTakenUsername(const QSqlDatabase& db, const QString& username)
{
    QSqlQuery exists = execBound(db, QStringLiteral("SELECT 1 FROM officers WHERE username = ?"),
                                 {username}, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (exists.next())
        throw Error(Error::Kind::BadInput,
                    //: %1: the user name.
                    tr("An officer named \"%1\" already exists.").arg(username));
}

qint64 OfficerService::insertOfficer(const QString& username, const QString& displayName, Role role,
                                     const QString& passwordHash)
{
    QSqlDatabase db = m_database.connection();
    refuseTakenUsername(db, username);
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
                                     const QString& displayName, Role role, const QString& password,
                                     Login login)
{
    const bool ownLogin = login == Login::OwnLogin;
    if (ownLogin && !m_database.isPostgres())
        throw Error(Error::Kind::BadInput,
                    tr("A SQLite database has no logins: its officers sign in with the "
                       "console's passwords."));
    // The hash and the verifier are slow on purpose: made after the permission, before the
    // transaction. An officer with a login of their own has no console password: a stored value
    // no password matches (PasswordHasher::verify refuses it), until an administrator resets one.
    const auto hashPassword = [&] {
        validateUsername(username);
        validatePassword(password, username);
        return ownLogin ? ScramVerifier::make(password) : PasswordHasher::hash(password);
    };
    return runPreparedStep(m_database, session, Permission::ManageOfficers, tr("add officers"),
                           hashPassword,
                           [&](const QSqlDatabase& db, const QString& secret) {
        if (m_database.isPostgres()) {
            refuseTakenUsername(db, username);
            QSqlQuery create = execBound(
                db, QStringLiteral("SELECT dpo_create_officer(?, ?, ?, ?, ?)"),
                {session.officerId, username,
                 displayName.trimmed().isEmpty() ? username : displayName.trimmed(), roleCode(role),
                 ownLogin ? QStringLiteral("scrypt$none:own-login") : secret},
                QT_TRANSLATE_NOOP("dpo::Sql", "add an officer"));
            create.next();
            const qint64 id = create.value(0).toLongLong();
            create.finish();
            if (ownLogin)
                execBound(db, QStringLiteral("SELECT dpo_create_officer_login(?, ?, ?, ?)"),
                          {session.officerId, id, username, secret},
                          QT_TRANSLATE_NOOP("dpo::Sql", "create a database login"));
            return id;
        }
        const qint64 id = insertOfficer(username, displayName, role, secret);
        AuditService::append(db, session, QStringLiteral("officer.create"),
                             QStringLiteral("officer"), QString::number(id), 0,
                             QJsonObject{{QStringLiteral("username"), username},
                                         {QStringLiteral("role"), roleCode(role)}});
        return id;
    });
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
    if (ownLoginsOfficer(db))
        return changeOwnLoginPassword(db, session, current, replacement);
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

Session OfficerService::changeOwnLoginPassword(const QSqlDatabase& db, const Session& session,
                                               const QString& current, const QString& replacement)
{
    // The connection proves the login's password was known when it was made; a second one proves
    // that whoever sits at the console now knows it too.
    if (!loginAccepts(current))
        throw Error(Error::Kind::Unauthenticated, tr("The current password is wrong."));
    const QString verifier = ScramVerifier::make(replacement); // slow on purpose: outside
    TransactionGuard transaction(db);
    execBound(db, QStringLiteral("SELECT dpo_change_own_login_password(?)"), {verifier},
              QT_TRANSLATE_NOOP("dpo::Sql", "change a password"));
    transaction.commit();
    m_database.setPassword(replacement); // for the connections opened from now on
    Session changed = session;
    changed.mustChangePassword = false;
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
        if (m_database.isPostgres()) {
            execBound(db, QStringLiteral("SELECT dpo_reset_password(?, ?, ?)"),
                      {session.officerId, officerId, hash},
                      QT_TRANSLATE_NOOP("dpo::Sql", "reset a password"));
            return;
        }
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
        if (m_database.isPostgres()) {
            execBound(db, QStringLiteral("SELECT dpo_set_officer_active(?, ?, ?)"),
                      {session.officerId, officerId, active},
                      QT_TRANSLATE_NOOP("dpo::Sql", "change an officer"));
            return;
        }
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
        if (m_database.isPostgres()) {
            execBound(db, QStringLiteral("SELECT dpo_change_officer_role(?, ?, ?)"),
                      {session.officerId, officerId, roleCode(role)},
                      QT_TRANSLATE_NOOP("dpo::Sql", "change an officer"));
            return;
        }
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

void OfficerService::mapLogin(const Session& session, qint64 officerId, const QString& login)
{
    runStep(m_database, session, Permission::ManageOfficers, tr("map a database login"),
            [&](const QSqlDatabase& db) {
        if (!m_database.isPostgres())
            throw Error(Error::Kind::BadInput,
                        tr("A SQLite database has no logins: its officers sign in with the "
                           "console's passwords."));
        officer(officerId); // NotFound, named
        execBound(db, QStringLiteral("SELECT dpo_map_officer_login(?, ?, ?)"),
                  {session.officerId, officerId,
                   login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(login)},
                  QT_TRANSLATE_NOOP("dpo::Sql", "map a database login"));
    });
}

void OfficerService::createLogin(const Session& session, qint64 officerId,
                                 const QString& firstPassword)
{
    if (!m_database.isPostgres())
        throw Error(Error::Kind::BadInput,
                    tr("A SQLite database has no logins: its officers sign in with the "
                       "console's passwords."));
    Officer target;
    const auto makeVerifier = [&] { // slow on purpose: before the transaction
        target = officer(officerId);
        validatePassword(firstPassword, target.username);
        return ScramVerifier::make(firstPassword);
    };
    runPreparedStep(m_database, session, Permission::ManageOfficers, tr("create a database login"),
                    makeVerifier, [&](const QSqlDatabase& db, const QString& verifier) {
                        execBound(db, QStringLiteral("SELECT dpo_create_officer_login(?, ?, ?, ?)"),
                                  {session.officerId, officerId, target.username, verifier},
                                  QT_TRANSLATE_NOOP("dpo::Sql", "create a database login"));
                    });
}

QList<Officer> OfficerService::officers() const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral(
            "SELECT id, username, display_name, role, active, locked_until, must_change_password, "
            "db_login FROM officers ORDER BY username"));
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
        o.dbLogin = q.value(7).toString();
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

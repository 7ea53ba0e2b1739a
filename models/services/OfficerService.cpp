// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OfficerService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/PasswordHasher.h"
#include "services/AuditService.h"

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
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!pattern.match(username).hasMatch())
        throw Error(Error::Kind::BadInput,
                    tr("The user name \"%1\" is not valid: use 2 to 64 lower-case Latin letters, "
                       "digits, dots, hyphens or underscores.")
                        .arg(username));
}

void OfficerService::validatePassword(const QString& password)
{
    if (password.size() < PasswordHasher::kMinimumLength)
        throw Error(Error::Kind::BadInput, tr("The password is too short: use at least %1 characters.")
                                               .arg(PasswordHasher::kMinimumLength));
}

qint64 OfficerService::insertOfficer(const QString& username, const QString& displayName, Role role,
                                     const QString& passwordHash)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery exists = prepareQuery(db, QStringLiteral("SELECT 1 FROM officers WHERE username = ?"));
    exists.addBindValue(username);
    execQuery(exists, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    if (exists.next())
        throw Error(Error::Kind::BadInput, tr("An officer named \"%1\" already exists.").arg(username));

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
        QSqlQuery existing = prepareQuery(
            db, QStringLiteral("SELECT role FROM officers WHERE username = ?"));
        existing.addBindValue(username);
        execQuery(existing, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
        if (existing.next()) {
            if (existing.value(0).toString() != roleCode(Role::Administrator))
                throw Error(Error::Kind::BadInput,
                            tr("\"%1\" exists but is not an administrator.").arg(username));
            return false;
        }
    }
    if (officerCount() > 0)
        throw Error(Error::Kind::BadInput,
                    tr("The database already has officers; \"%1\" is not one of them. An "
                       "administrator adds further officers after signing in.")
                        .arg(username));
    validatePassword(password);
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
    requireRole(session, {Role::Administrator}, tr("add officers"));
    validateUsername(username);
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password);

    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    const qint64 id = insertOfficer(username, displayName, role, hash);
    AuditService::append(db, session, QStringLiteral("officer.create"), QStringLiteral("officer"),
                         QString::number(id), 0,
                         QJsonObject{{QStringLiteral("username"), username},
                                     {QStringLiteral("role"), roleCode(role)}});
    transaction.commit();
    return id;
}

Session OfficerService::signIn(const QString& username, const QString& password)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT id, display_name, role, password_hash, "
                                                  "active FROM officers WHERE username = ?"));
    q.addBindValue(username);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "look up an officer"));
    QString reason;
    Session session;
    if (!q.next()) {
        // Spend the same time as for a real officer, so that timing does not reveal the names.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy-password"));
        PasswordHasher::verify(password, decoy);
        reason = QStringLiteral("unknown_user");
    } else if (!PasswordHasher::verify(password, q.value(3).toString())) {
        reason = QStringLiteral("wrong_password");
    } else if (q.value(4).toInt() != 1) {
        reason = QStringLiteral("inactive");
    } else {
        session.officerId = q.value(0).toLongLong();
        session.username = username;
        session.displayName = q.value(1).toString();
        session.role = roleFromCode(q.value(2).toString());
    }
    q.finish();

    TransactionGuard transaction(db);
    if (reason.isEmpty()) {
        AuditService::append(db, session, QStringLiteral("officer.sign_in"),
                             QStringLiteral("officer"), QString::number(session.officerId), 0,
                             QJsonObject{{QStringLiteral("database"),
                                          m_database.url().toDisplayString()}});
    } else {
        AuditService::appendAnonymous(db, username.left(64), QStringLiteral("officer.sign_in_failed"),
                                      QJsonObject{{QStringLiteral("reason"), reason}});
    }
    transaction.commit();
    if (!reason.isEmpty())
        throw Error(Error::Kind::Unauthenticated,
                    tr("Sign-in failed: the user name or password is wrong, or the account is "
                       "deactivated."));
    return session;
}

QList<Officer> OfficerService::officers() const
{
    QSqlQuery q = prepareQuery(m_database.connection(),
                               QStringLiteral("SELECT id, username, display_name, role, active "
                                              "FROM officers ORDER BY username"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "list the officers"));
    QList<Officer> result;
    while (q.next())
        result.append(Officer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              roleFromCode(q.value(3).toString()), q.value(4).toInt() == 1});
    return result;
}

int OfficerService::officerCount() const
{
    QSqlQuery q = prepareQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM officers"));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "count the officers"));
    q.next();
    return q.value(0).toInt();
}

} // namespace dpo

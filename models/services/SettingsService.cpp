// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SettingsService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/ServiceStep.h"

#include <QJsonObject>

namespace dpo {

const QList<SettingsService::Setting>& SettingsService::known()
{
    static const QList<Setting> settings{
        {"withdrawal_target_days", Periods::kWithdrawalTargetDays, 1, 90,
         QT_TR_NOOP("Days to answer a withdrawal request (internal target)"),
         QT_TR_NOOP("Calendar days from receipt to the reply: the organisation's own target, not "
                    "a period set by the policy")},
        {"notification_due_working_days", 3, 1, 30,
         QT_TR_NOOP("Working days to notify a subject of a disclosure"),
         QT_TR_NOOP("The organisation's own target (the policy sets no period): a subject not "
                    "told by then is flagged")},
        {"task_due_working_days", 5, 1, 30,
         QT_TR_NOOP("Working days a data system has to confirm a task"),
         QT_TR_NOOP("A task not confirmed within this many working days of being sent is "
                    "shown as overdue")},
        {"sign_in_max_failures", 5, 3, 20,
         QT_TR_NOOP("Failed sign-ins before an account is locked"),
         QT_TR_NOOP("After this many failed sign-ins in a row the account is locked for the "
                    "minutes below")},
        {"sign_in_lockout_minutes", 15, 1, 1440, QT_TR_NOOP("Minutes an account stays locked"),
         QT_TR_NOOP("How long a locked account waits before it may sign in again")},
        {"idle_lock_minutes", 10, 1, 240,
         QT_TR_NOOP("Minutes without input before the window locks"),
         QT_TR_NOOP("The window locks after this long without keyboard or mouse input; the "
                    "officer's password unlocks it")},
    };
    return settings;
}

const SettingsService::Setting& SettingsService::find(const QString& key)
{
    for (const Setting& s : known())
        if (key == QLatin1String(s.key))
            return s;
    //: %1: the setting's code.
    throw Error(Error::Kind::BadInput, tr("There is no setting \"%1\".").arg(key));
}

SettingsService::SettingsService(Database& database) : m_database(database) {}

void SettingsService::store(const QSqlDatabase& db, const QString& key, const QString& value)
{
    QSqlQuery update =
        prepareQuery(db, QStringLiteral("UPDATE console_settings SET value = ? WHERE key = ?"));
    update.addBindValue(value);
    update.addBindValue(key);
    execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "change a setting"));
    if (update.numRowsAffected() > 0)
        return;
    QSqlQuery insert =
        prepareQuery(db, QStringLiteral("INSERT INTO console_settings (key, value) VALUES (?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(value);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "change a setting"));
}

int SettingsService::integer(const char* key) const
{
    return integer(m_database.connection(), key);
}

int SettingsService::integer(const QSqlDatabase& db, const char* key)
{
    const Setting& setting = find(QString::fromLatin1(key));
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT value FROM console_settings WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read a setting"));
    bool ok = false;
    const int value = q.next() ? q.value(0).toString().toInt(&ok) : 0;
    return ok ? std::clamp(value, setting.minimum, setting.maximum) : setting.fallback;
}

void SettingsService::setInteger(const Session& session, const QString& key, int value) const
{
    setIntegers(session, {{key, value}});
}

void SettingsService::setIntegers(const Session& session,
                                  const QList<QPair<QString, int>>& values) const
{
    runStep(m_database, session, Permission::ChangeSettings, tr("change the settings"),
            [&](const QSqlDatabase& db) {
        for (const auto& [key, value] : values) {
            const Setting& setting = find(key);
            //: %1: the setting's description; %2: the value given; %3 and %4: the smallest and
            //: largest allowed.
            if (value < setting.minimum || value > setting.maximum)
                throw Error(Error::Kind::BadInput, tr("%1: %2 is out of bounds; it is %3 to %4.")
                                                       .arg(tr(setting.description))
                                                       .arg(value)
                                                       .arg(setting.minimum)
                                                       .arg(setting.maximum));
        }
        for (const auto& [key, value] : values) {
            const Setting& setting = find(key);
            const int before = integer(setting.key);
            if (before == value)
                continue;
            if (m_database.isPostgres()) {
                // The server checks the officer's role and audits the change (schema 27).
                QSqlQuery change =
                    prepareQuery(db, QStringLiteral("SELECT dpo_change_setting(?, ?, ?)"));
                change.addBindValue(session.officerId);
                change.addBindValue(key);
                change.addBindValue(value);
                execQuery(change, QT_TRANSLATE_NOOP("dpo::Sql", "change a setting"));
                continue;
            }
            store(db, key, QString::number(value));
            AuditService::append(
                db, session, QStringLiteral("settings.change"), QStringLiteral("setting"), key, 0,
                QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), value}});
        }
    });
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

class Database;

// The console's settings kept in the database (console_settings), the same for every officer of
// a team: whole numbers within bounds. Administrators change them; each change is audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::SettingsService)
public:
    struct Setting
    {
        const char* key;
        int fallback; // when the database has none (never, after migration)
        int minimum;
        int maximum;
        const char* description; // translated with tr()
        const char* help;        // what the value does, for the form's tooltip; tr() too
    };
    static const QList<Setting>& known();

    explicit SettingsService(Database& database);
    int integer(const char* key) const;
    // The same inside the caller's transaction (a due date counted while a request is registered).
    static int integer(const QSqlDatabase& db, const char* key);
    // Throws Error::BadInput for an unknown key or a value out of bounds, Forbidden for a
    // non-administrator.
    void setInteger(const Session& session, const QString& key, int value) const;
    // Several at once, all or none (one form saved): every value checked before anything is
    // written.
    void setIntegers(const Session& session, const QList<QPair<QString, int>>& values) const;

    // Writes one value (a whole number or a text setting such as the holder's name) inside the
    // caller's step; the caller checks and audits it.
    static void store(const QSqlDatabase& db, const QString& key, const QString& value);

private:
    static const Setting& find(const QString& key);
    Database& m_database;
};

} // namespace dpo

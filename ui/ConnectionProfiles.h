// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSettings>
#include <QString>

namespace dpo {

// Saved connections: a name and a database URL, in QSettings. Never a password: the URL
// parser refuses one, and nothing else is stored.
struct ConnectionProfile
{
    QString name;
    QString url;
};

class ConnectionProfiles
{
public:
    explicit ConnectionProfiles(QSettings& settings);

    // The embedded default first, then the saved ones by name.
    QList<ConnectionProfile> all() const;
    void save(const ConnectionProfile& profile); // replaces one of the same name
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    static ConnectionProfile embeddedDefault();
    static QString defaultSqlitePath(); // in the user's data folder

private:
    void writeSaved(QList<ConnectionProfile> saved); // sorted by name, replacing what was there
    QSettings& m_settings;
};

} // namespace dpo

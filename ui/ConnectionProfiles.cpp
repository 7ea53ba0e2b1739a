// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfiles.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace dpo {

ConnectionProfiles::ConnectionProfiles(QSettings& settings) : m_settings(settings) {}

QString ConnectionProfiles::defaultSqlitePath()
{
    // ~/.local/share/dpo-console/consent.sqlite, the file ./scripts/run.sh creates.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/dpo-console/consent.sqlite");
}

ConnectionProfile ConnectionProfiles::embeddedDefault()
{
    return {
        QCoreApplication::translate("dpo::ConnectionProfiles", "Embedded database (this computer)"),
        QStringLiteral("sqlite:") + defaultSqlitePath()};
}

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QList<ConnectionProfile> profiles{embeddedDefault()};
    const int n = m_settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        profiles.append({m_settings.value(QStringLiteral("name")).toString(),
                         m_settings.value(QStringLiteral("url")).toString()});
    }
    m_settings.endArray();
    return profiles;
}

void ConnectionProfiles::save(const ConnectionProfile& profile)
{
    QList<ConnectionProfile> saved = all().mid(1);
    bool replaced = false;
    for (ConnectionProfile& p : saved)
        if (p.name == profile.name) {
            p.url = profile.url;
            replaced = true;
        }
    if (!replaced)
        saved.append(profile);
    writeSaved(saved);
}

void ConnectionProfiles::writeSaved(QList<ConnectionProfile> saved)
{
    std::sort(saved.begin(), saved.end(),
              [](const ConnectionProfile& a, const ConnectionProfile& b) {
        return a.name < b.name;
    });
    m_settings.remove(QStringLiteral("connections"));
    m_settings.beginWriteArray(QStringLiteral("connections"), int(saved.size()));
    for (int i = 0; i < saved.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), saved[i].name);
        m_settings.setValue(QStringLiteral("url"), saved[i].url);
    }
    m_settings.endArray();
}

void ConnectionProfiles::remove(const QString& name)
{
    QList<ConnectionProfile> saved = all().mid(1);
    saved.removeIf([&](const ConnectionProfile& p) { return p.name == name; });
    writeSaved(saved);
}

QString ConnectionProfiles::lastUsed() const
{
    return m_settings.value(QStringLiteral("lastConnection")).toString();
}

void ConnectionProfiles::setLastUsed(const QString& name)
{
    m_settings.setValue(QStringLiteral("lastConnection"), name);
}

} // namespace dpo

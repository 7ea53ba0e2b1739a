// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ChangeFeed.h"

#include "db/Database.h"
#include "services/AuditService.h"

#include <QSqlDatabase>

namespace dpo {

ChangeFeed::ChangeFeed(Database& database, QObject* parent) : QObject(parent), m_database(database)
{
    if (m_database.backend() != Backend::PostgreSQL)
        return;
    m_driver = m_database.connection().driver();
    m_listening =
        m_driver->subscribeToNotification(QString::fromLatin1(AuditService::kChangeChannel));
    if (m_listening)
        connect(m_driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(QString::fromLatin1(AuditService::kChangeChannel));
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload)
{
    if (name != QLatin1String(AuditService::kChangeChannel) || source == QSqlDriver::SelfSource)
        return; // this console's own change is shown already
    const QStringList parts = payload.toString().split(QLatin1Char(':'));
    if (parts.size() != 4)
        return;
    emit changed(parts[0], parts[1], parts[2], parts[3].toLongLong());
}

} // namespace dpo

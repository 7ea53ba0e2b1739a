// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

namespace dpo {

class Database;

// Changes other consoles make, as they commit: on PostgreSQL the console LISTENs on
// AuditService::kChangeChannel through its own connection (QSqlDriver::subscribeToNotification);
// the announcements of this console's own connection are left out. SQLite has no such channel:
// the window refreshes when it gets the focus instead.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Subscribes on the calling thread's connection (the GUI thread's).
    explicit ChangeFeed(Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;
    bool isListening() const { return m_listening; }

signals:
    // `entity` as in the audit trail: claim, withdrawal_request, disclosure, subject, officer...
    void changed(const QString& entity, const QString& entityId, const QString& action,
                 qint64 subjectId);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);

    Database& m_database;
    bool m_listening = false;
    QPointer<QSqlDriver> m_driver; // the connection subscribed (a reconnection makes a new one)
};

} // namespace dpo

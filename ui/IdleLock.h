// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;

namespace dpo {

class Database;

// The prompt of a locked console: the same officer's password, checked by OfficerService (a
// sign-in: counted towards the lock-out, audited). It cannot be dismissed, only answered.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    UnlockDialog(Database& database, const Session& session, QWidget* parent = nullptr);
    void reject() override {} // Esc does not unlock

signals:
    void unlocked();

private:
    void tryUnlock();

    Database& m_database;
    const Session& m_session;
    QLineEdit* m_password;
    QLabel* m_error;
};

// Locks the console after a time without input (setting idle_lock_minutes): every window's
// content is covered and the officer signs in again to go on where they were. Watches the
// application's keyboard and mouse input.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(Database& database, const Session& session, QWidget* window);
    void setInterval(int milliseconds);
    bool isLocked() const { return m_dialog != nullptr; }
    int remainingMilliseconds() const { return m_timer.remainingTime(); }
    void lock();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock();

    Database& m_database;
    const Session& m_session;
    QWidget* m_window;
    QTimer m_timer;
    QPointer<UnlockDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers; // over the dialogs that were open
};

} // namespace dpo

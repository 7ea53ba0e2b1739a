// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <memory>
#include <QHash>
#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dpo {

class Database;
class HolderBox;
class SigningBox;
class SubmitDialog;
class UserPrompts;

// The team: every officer with role and state (locked, to change the password), and the team's
// settings and the holder's details. Administrators add officers, reset a password, deactivate or
// reactivate, change a role, and change the settings; the services check and audit each of these.
// Others look.
class OfficersPage : public QWidget
{
    Q_OBJECT
public:
    OfficersPage(Database& database, const Session& session, UserPrompts& prompts,
                 QWidget* parent = nullptr);
    ~OfficersPage() override;
    void reload();
    // Without blocking (tests answer them); each deletes itself when closed.
    SubmitDialog* openAdd();
    SubmitDialog* openResetPassword();
    SubmitDialog* openChangeRole();
    void toggleActive();
    void saveSettings();

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedOfficer() const;
    void updateButtons();

    Database& m_database;
    const Session& m_session;
    UserPrompts& m_prompts;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_reset;
    QPushButton* m_active;
    QPushButton* m_role;
    QPushButton* m_saveSettings;
    QHash<QString, QSpinBox*> m_settings; // by key
    HolderBox* m_holder = nullptr;
    SigningBox* m_signing = nullptr;
    std::unique_ptr<class StepRunner> m_steps;
};

} // namespace dpo

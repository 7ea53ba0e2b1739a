// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/SystemsService.h"
#include "widgets/SubmitDialog.h"

#include <memory>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dpo {

class Database;
class StepRunner;
class UserPrompts;

// One data system's fields: its code (fixed once added), name, kind, who confirms for it, its
// owner, a backup's rotation, whether it gets new tasks, and the categories it holds.
class SystemDialog : public SubmitDialog
{
    Q_OBJECT
public:
    // `system.id` 0: a new one.
    SystemDialog(Database& database, const DataSystem& system, QWidget* parent = nullptr);
    DataSystem system() const;

private:
    void updateRotation();
    qint64 m_id;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_confirmedBy;
    QLineEdit* m_owner;
    QSpinBox* m_rotation;
    QCheckBox* m_active;
    QListWidget* m_categories;
};

// The register of the platform's data systems (docs/systems.md): what each holds and who confirms
// its tasks. Administrators add and change them (audited); others look.
class SystemsPage : public QWidget
{
    Q_OBJECT
public:
    SystemsPage(Database& database, const Session& session, UserPrompts& prompts,
                QWidget* parent = nullptr);
    ~SystemsPage() override;
    void reload();
    int rowCount() const;
    // Without blocking (tests fill them); each deletes itself when closed.
    SystemDialog* openAdd();
    SystemDialog* openChange(); // the selected system; nullptr when none is

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    Database& m_database;
    const Session& m_session;
    UserPrompts& m_prompts;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_change;
    QList<DataSystem> m_systems; // as the table shows them
    std::unique_ptr<StepRunner> m_steps;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace dpo {

class Database;
class StepRunner;
struct Holder;

// The holder of the data as its letters name it: the name and address in Kyrgyz and Russian, the
// INN, and the signatory's position. An administrator edits and saves them together
// (HolderService checks and audits); others see them.
class HolderBox : public QGroupBox
{
    Q_OBJECT
public:
    HolderBox(Database& database, const Session& session, const StepRunner& steps,
              QWidget* parent = nullptr);
    void reload();
    void save();

private:
    Holder entered() const;

    Database& m_database;
    const Session& m_session;
    const StepRunner& m_steps;
    QLineEdit* m_nameKy;
    QLineEdit* m_nameRu;
    QLineEdit* m_addressKy;
    QLineEdit* m_addressRu;
    QLineEdit* m_positionKy;
    QLineEdit* m_positionRu;
    QLineEdit* m_inn;
    QPushButton* m_save;
};

} // namespace dpo

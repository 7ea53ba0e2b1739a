// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpo {

class Database;
class StepRunner;

// What signs the audit trail's exports and vouches for their time (docs/audit.md, "Signed
// exports"): the organisation's key and its certificate, the RFC 3161 time-stamping authority
// (which an administrator sets here), and the chain's last anchor. The key itself is made on the
// command line (`keys init`), where its passphrase never passes through a window.
class SigningBox : public QGroupBox
{
    Q_OBJECT
public:
    SigningBox(Database& database, const Session& session, const StepRunner& steps,
               QWidget* parent = nullptr);
    void reload();
    void save();

private:
    Database& m_database;
    const Session& m_session;
    const StepRunner& m_steps;
    QLabel* m_key;
    QLabel* m_certificate;
    QLabel* m_anchor;
    QLineEdit* m_url;
    QPushButton* m_save;
};

} // namespace dpo

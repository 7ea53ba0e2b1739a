// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace dpo {

class Database;

// Asks for the officer's name and password and signs in through OfficerService; a failure
// is shown in the dialog, which stays open for another try. A password an administrator reset
// is changed here before the session begins.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Database& database, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }

    // PostgreSQL: when the connection is an officer's own login, `password` (the one just typed
    // to connect) signs that officer in without asking again. True when signed in; otherwise the
    // dialog, shown after, asks (with the reason when the sign-in failed).
    bool signInAsConnectionLogin(const QString& password);

private:
    void trySignIn();
    bool changePassword(Session& session, const QString& current);

    Database& m_database;
    QLineEdit* m_userEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    Session m_session;
};

} // namespace dpo

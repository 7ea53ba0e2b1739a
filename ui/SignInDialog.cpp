// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"
#include "core/Shades.h"

#include "security/PasswordHasher.h"
#include "widgets/SubmitDialog.h"

#include "core/Error.h"
#include "db/Database.h"
#include "services/OfficerService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpo {

SignInDialog::SignInDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_userEdit(new QLineEdit(this)),
      m_passwordEdit(new QLineEdit(this)), m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Sign in"));
    setObjectName(QStringLiteral("signInDialog"));
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_userEdit->setToolTip(tr("The user name an administrator gave you"));
    m_passwordEdit->setToolTip(tr("Your password; after too many failures the account is locked "
                                  "for a while"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Shades::textStyle(Shades::alarm()));
    m_errorLabel->hide();

    //: %1: the database's address (no password).
    auto* where = new QLabel(tr("Database: %1").arg(database.url().toDisplayString()), this);
    where->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("User name:"), m_userEdit);
    form->addRow(tr("Password:"), m_passwordEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Sign in", "button"), QDialogButtonBox::AcceptRole)
        ->setToolTip(tr("Sign in to the database above; the sign-in is audited"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close the console"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool SignInDialog::changePassword(Session& session, const QString& current)
{
    // An administrator reset the password: a new one of the officer's own before anything else.
    SubmitDialog dialog(tr("Choose a new password"), tr("Change the password"), this);
    dialog.setObjectName(QStringLiteral("changePasswordDialog"));
    auto* note = new QLabel(
        //: %1: a number of characters.
        tr("An administrator set your password. Choose one of your own, of at least %1 "
           "characters, without your user name.")
            .arg(PasswordHasher::kMinimumLength),
        &dialog);
    note->setWordWrap(true);
    auto* replacement = new QLineEdit(&dialog);
    replacement->setObjectName(QStringLiteral("newPassword"));
    replacement->setEchoMode(QLineEdit::Password);
    replacement->setToolTip(
        //: %1: a number of characters.
        tr("At least %1 characters, without your user name").arg(PasswordHasher::kMinimumLength));
    auto* repeated = new QLineEdit(&dialog);
    repeated->setObjectName(QStringLiteral("repeatedPassword"));
    repeated->setEchoMode(QLineEdit::Password);
    repeated->setToolTip(tr("The new password again, to be sure of it"));
    dialog.form()->addRow(note);
    dialog.form()->addRow(tr("New password:"), replacement);
    dialog.form()->addRow(tr("Repeat it:"), repeated);
    dialog.setSubmit([&]() -> QString {
        if (replacement->text() != repeated->text())
            return tr("The two passwords differ.");
        try {
            session =
                OfficerService(m_database).changeOwnPassword(session, current, replacement->text());
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    });
    return dialog.exec() == QDialog::Accepted;
}

bool SignInDialog::signInAsConnectionLogin(const QString& password)
{
    if (password.isEmpty())
        return false; // the connection took libpq's own (PGPASSWORD, ~/.pgpass): ask for it
    QString username;
    try {
        username = OfficerService(m_database).ownLoginsUsername();
    } catch (const Error& e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return false;
    }
    if (username.isEmpty())
        return false; // a shared login: the console's own passwords
    m_userEdit->setText(username);
    m_passwordEdit->setText(password);
    trySignIn();
    return result() == QDialog::Accepted;
}

void SignInDialog::trySignIn()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        Session session =
            OfficerService(m_database).signIn(m_userEdit->text().trimmed(), m_passwordEdit->text());
        QApplication::restoreOverrideCursor();
        if (session.mustChangePassword && !changePassword(session, m_passwordEdit->text()))
            return; // not changed: not signed in
        m_session = session;
        m_passwordEdit->clear();
        accept();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_passwordEdit->clear();
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        m_passwordEdit->setFocus();
    }
}

} // namespace dpo

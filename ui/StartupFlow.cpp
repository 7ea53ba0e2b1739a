// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupFlow.h"

#include "ConnectionDialog.h"
#include "core/Error.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "UserPrompts.h"
#include "widgets/PlainTextLabels.h"

#include <QLineEdit>
#include <QTimer>

namespace dpo {

StartupFlow::StartupFlow(QSettings& settings, UserPrompts& prompts, QString language,
                         QObject* parent)
    : QObject(parent), m_settings(settings), m_prompts(prompts), m_language(std::move(language))
{
    PlainTextLabels::install(); // the dialogs show the database's names too
}

StartupFlow::~StartupFlow() = default;

bool StartupFlow::openDatabase(const QString& url, QString& error)
{
    try {
        const DatabaseUrl parsed = DatabaseUrl::parse(url);
        QString password;
        for (;;) {
            auto database = std::make_unique<Database>(parsed, password);
            try {
                database->open(Database::OpenMode::MustExist);
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::PasswordRequired)
                    throw;
                bool accepted = false;
                password = m_prompts.askPassword(
                    nullptr, tr("PostgreSQL password"),
                    //: %1: the user name; %2: the server's host.
                    tr("Password of %1 on %2:").arg(parsed.user, parsed.host), &accepted);
                if (!accepted)
                    return false;
                continue;
            }
            Migrator migrator(*database);
            const int version = migrator.currentVersion();
            if (version < Migrator::latestVersion()) {
                if (version == 0)
                    throw Error(Error::Kind::Connection,
                                //: %1: the database's address.
                                tr("%1 is empty. Create the consent database with \"dpo-console "
                                   "init\" first.")
                                    .arg(parsed.toDisplayString()));
                if (!m_prompts.confirm(
                        nullptr, tr("Upgrade the database"),
                        //: %1 and %2: schema version numbers.
                        tr("The database has schema version %1; this program uses %2. "
                           "Upgrade it now? Other officers need this version too.")
                            .arg(version)
                            .arg(Migrator::latestVersion())))
                    return false;
            }
            migrator.migrate(); // refuses a newer schema with a message
            m_database = std::move(database);
            m_connectionPassword = password;
            return true;
        }
    } catch (const Error& e) {
        error = e.message();
        return false;
    }
}

bool StartupFlow::start(const QString& databaseUrl)
{
    ConnectionProfiles profiles(m_settings);
    QString url = databaseUrl;
    QString error;
    while (!m_database) {
        if (url.isEmpty() || !error.isEmpty()) {
            ConnectionDialog dialog(profiles);
            dialog.showError(error);
            if (!url.isEmpty())
                dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->setText(url);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            url = dialog.url();
        }
        error.clear();
        if (!openDatabase(url, error) && error.isEmpty())
            return false; // cancelled
    }
    SignInDialog signIn(*m_database);
    const bool signedIn = signIn.signInAsConnectionLogin(m_connectionPassword);
    m_connectionPassword.clear();
    if (!signedIn && signIn.exec() != QDialog::Accepted)
        return false;
    m_window = std::make_unique<MainWindow>(*m_database, signIn.session(), m_language, m_prompts);
    m_window->show();
    // After the window is on screen, so that the reminder has something to stand in front of.
    QTimer::singleShot(0, m_window.get(), &MainWindow::remindOfDeadlines);
    return true;
}

} // namespace dpo

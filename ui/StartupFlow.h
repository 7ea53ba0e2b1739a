// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QObject>
#include <QSettings>

namespace dpo {

class Database;
class MainWindow;
class UserPrompts;

// The GUI's way in: choose a database (or take --database), ask for a PostgreSQL password when
// the server wants one, migrate an older schema after asking, refuse a newer one, sign in, and
// open the main window. Every failure is a message naming the cause, then another try.
class StartupFlow : public QObject
{
    Q_OBJECT
public:
    StartupFlow(QSettings& settings, UserPrompts& prompts, QString language,
                QObject* parent = nullptr);
    ~StartupFlow() override;

    // False when the user cancelled.
    bool start(const QString& databaseUrl);
    MainWindow* mainWindow() const { return m_window.get(); }

    // Opens and migrates the database at `url`, asking through the prompts for a PostgreSQL
    // password and before upgrading a schema. On failure returns false with `error` naming the
    // cause; false with an empty `error` means the user cancelled.
    bool openDatabase(const QString& url, QString& error);
    Database* database() const { return m_database.get(); }

private:
    QSettings& m_settings;
    UserPrompts& m_prompts;
    QString m_language;
    std::unique_ptr<Database> m_database;
    QString m_connectionPassword; // typed to connect; signs an own login's officer in, then gone
    std::unique_ptr<MainWindow> m_window;
};

} // namespace dpo

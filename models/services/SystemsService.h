// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dpo {

class Database;
struct Session;

// One of the platform's systems that hold subjects' data (docs/systems.md): the categories it
// holds, who confirms for it and how. A withdrawal's decisions reach it as tasks (TaskService).
struct DataSystem
{
    qint64 id = 0;
    QString code; // how the platform's workers and the command line name it
    QString name;
    QString kind;        // core_database, photo_store, video_archive, crm, analytics, backup, other
    QString confirmedBy; // worker (through the task outbox) or person (by hand)
    QString owner;       // who answers for it: a team or a person, with how to reach them
    int rotationDays = 0;   // a backup: after how many days a copy is overwritten; else 0
    bool active = true;     // an inactive system gets no new tasks
    QStringList categories; // data category codes, sorted

    bool operator==(const DataSystem&) const = default;
};

// The register of data systems. Administrators add and change systems; every change is an audit
// entry with what it was and what it became. A system is never deleted (its tasks name it): it is
// made inactive.
class SystemsService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::SystemsService)
public:
    explicit SystemsService(Database& database) : m_database(database) {}

    QList<DataSystem> list() const; // by code
    static QList<DataSystem> list(const QSqlDatabase& db);
    // Checks every field (a known kind and categories, a backup's rotation and no one else's)
    // before anything is written; refuses a code in use.
    qint64 add(const Session& session, const DataSystem& system) const;
    // The system with `system.code` becomes `system` (its code stays); refused when it is not
    // there. Nothing changed: nothing written.
    void change(const Session& session, const DataSystem& system) const;

private:
    static DataSystem checked(const QSqlDatabase& db, DataSystem system);
    static void writeCategories(const QSqlDatabase& db, qint64 systemId,
                                const QStringList& categories);

    Database& m_database;
};

} // namespace dpo

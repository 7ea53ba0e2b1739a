// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QList>
#include <QString>

namespace dpo {

// What an officer may do, by role: the one table (docs/architecture.md) that the services enforce
// (requirePermission in services/AccessControl.h, which audits a refusal) and the pages read to
// enable their buttons. Reading (subjects, cases, the audit trail) is every signed-in role's; the
// reads that show personal data in full or take the trail away go through the same check, so a
// session that must change its password, or has none, does neither.
enum class Permission
{
    WorkOnCases,        // claims, access requests, withdrawal requests, disclosures: register,
                        // every step, documents, letters and notices
    ApproveKeep,        // the second signature under a withdrawal's "keep" decision
    UnblockData,        // make a blocked category's values visible again
    EditCalendar,       // set, move, remove a day; import a year
    ImportSubjects,     // the platform's data: subjects from a CSV export, a change-feed file
    ExportPersonalData, // a subjects export with INN and phone unmasked (audited)
    ChangeSettings,     // the team's settings: lock-out, idle lock, targets, notice period
    ManageOfficers,     // add, reset a password, change a role, deactivate
    ManageSigningKey,   // the organisation's key that signs exports
    MakeDemoData,       // fill an empty database with demo data
    ManageSystems,      // the register of the platform's data systems (docs/systems.md)
    OverrideOpenTasks,  // close a withdrawal request while a task is open, with the reason
    ReadPersonalData,   // reveal a masked value, make a subject data report (audited)
    ExportAuditTrail,   // export or print the audit trail (audited)
};

namespace Permissions {
QList<Permission> all();
bool allows(Role role, Permission permission);
QList<Role> rolesFor(Permission permission); // administrator first
QString code(Permission permission);         // cases.work, calendar.edit, ... (audit entries, docs)
} // namespace Permissions

} // namespace dpo

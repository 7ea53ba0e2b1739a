// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Permissions.h"

#include <array>

namespace dpo {

namespace {
struct Row
{
    Permission permission;
    const char* code;
    // Administrator, supervisor, officer, auditor: the order of Role.
    std::array<bool, 4> allowed;
};

// clang-format off
constexpr Row kTable[] = {
    //                                                   admin  superv officer auditor
    {Permission::WorkOnCases,        "cases.work",       {true,  true,  true,   false}},
    {Permission::ApproveKeep,        "keep.approve",     {true,  true,  false,  false}},
    {Permission::UnblockData,        "data.unblock",     {true,  true,  false,  false}},
    {Permission::EditCalendar,       "calendar.edit",    {true,  true,  false,  false}},
    {Permission::ImportSubjects,     "subjects.import",  {true,  true,  true,   false}},
    {Permission::ExportPersonalData, "subjects.export",  {true,  true,  true,   true}},
    {Permission::ChangeSettings,     "settings.change",  {true,  false, false,  false}},
    {Permission::ManageOfficers,     "officers.manage",  {true,  false, false,  false}},
    {Permission::ManageSigningKey,   "keys.manage",      {true,  false, false,  false}},
    {Permission::MakeDemoData,       "demo.generate",    {true,  false, false,  false}},
    {Permission::ManageSystems,      "systems.manage",   {true,  false, false,  false}},
    {Permission::OverrideOpenTasks,  "tasks.override",   {true,  true,  false,  false}},
    {Permission::ReadPersonalData,   "data.read",        {true,  true,  true,   true}},
    {Permission::ExportAuditTrail,   "audit.export",     {true,  true,  true,   true}},
};
// clang-format on

const Row& rowOf(Permission permission)
{
    for (const Row& row : kTable) {
        if (row.permission == permission)
            return row;
    }
    return kTable[0]; // unreachable: every Permission has its row (tst_permissions)
}

constexpr std::array<Role, 4> kRoles{Role::Administrator, Role::Supervisor, Role::Officer,
                                     Role::Auditor};
} // namespace

namespace Permissions {

QList<Permission> all()
{
    QList<Permission> out;
    for (const Row& row : kTable)
        out << row.permission;
    return out;
}

bool allows(Role role, Permission permission)
{
    return rowOf(permission).allowed[static_cast<std::size_t>(role)];
}

QList<Role> rolesFor(Permission permission)
{
    QList<Role> roles;
    for (const Role role : kRoles) {
        if (allows(role, permission))
            roles << role;
    }
    return roles;
}

QString code(Permission permission)
{
    return QString::fromLatin1(rowOf(permission).code);
}

} // namespace Permissions

} // namespace dpo

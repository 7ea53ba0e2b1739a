// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dpo::demo {

// Name material for demo subjects: Kyrgyz and Russian names in Cyrillic, with ң, ө, ү.
struct MaleName
{
    const char* name;
    const char* patronymicMale;   // Russian-style patronymic of a son
    const char* patronymicFemale; // and of a daughter
};

extern const QList<MaleName> kKyrgyzMaleNames;
extern const QStringList kKyrgyzFemaleNames;
extern const QStringList kKyrgyzSurnames; // male forms; female adds "а" where it ends in -ов/-ев
extern const QList<MaleName> kRussianMaleNames;
extern const QStringList kRussianFemaleNames;
extern const QStringList kRussianSurnames;
extern const QStringList kRegions;
extern const QStringList kStreets;

QString femaleSurname(const QString& male);

} // namespace dpo::demo

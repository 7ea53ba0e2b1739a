// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace dpo {

class Database;

// The organisation that holds the personal data array and sends the letters: its name and address
// in each letter language, its INN, and the position of the officer who signs. Settings an
// administrator edits (console_settings), so that another holder can use the console; seeded
// with the holder the privacy policy names.
struct Holder
{
    QString nameKy;
    QString nameRu;
    QString inn;
    QString addressKy;
    QString addressRu;
    QString positionKy; // the signatory's position
    QString positionRu;

    // In `language` (ky or ru): the name, the address, the position.
    QString name(const QString& language) const { return pick(language, nameKy, nameRu); }
    QString address(const QString& language) const { return pick(language, addressKy, addressRu); }
    QString position(const QString& language) const
    {
        return pick(language, positionKy, positionRu);
    }

    bool operator==(const Holder&) const = default;

private:
    static QString pick(const QString& language, const QString& ky, const QString& ru)
    {
        return language == QLatin1String("ru") ? ru : ky;
    }
};

class HolderService
{
    Q_DECLARE_TR_FUNCTIONS(dpo::HolderService)
public:
    explicit HolderService(Database& database) : m_database(database) {}

    Holder holder() const;
    static Holder holder(const QSqlDatabase& db); // inside the caller's transaction
    // Checks every field (a name in each language, a 14-digit INN, lengths) before anything is
    // written; all or nothing, each changed field audited. Forbidden for a non-administrator.
    void setHolder(const Session& session, const Holder& holder) const;

private:
    Database& m_database;
};

} // namespace dpo

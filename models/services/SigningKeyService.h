// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dpo {

class Database;
class Ed25519Key;
struct Session;

// The organisation's export-signing keys: the public half in the database, the private half in a
// passphrase-protected PKCS#8 PEM file at a path the administrator chooses.
class SigningKeyService
{
public:
    explicit SigningKeyService(Database& database);

    // Administrators only. Refuses to overwrite an existing file; the file is readable by its
    // owner only. Audited as "signing_key.create". Returns the key's fingerprint.
    QString createKey(const Session& session, const QString& privateKeyPath,
                      const QByteArray& passphrase) const;
    bool hasActiveKey() const;
    bool isActiveKey(const QString& fingerprint) const;
    // The active keys' public halves, PEM, oldest first: what the organisation hands to whoever
    // verifies its exports without the database (`keys public`).
    QByteArray activePublicKeysPem() const;
    // Where this computer keeps the private half of one of the database's active keys. `keys init`
    // records the path per key (by its fingerprint; a path, never the passphrase), so that a key
    // made for one database is never asked for by another's export. Empty when the database has
    // no active key or this computer recorded none of its keys (newest key first).
    QString rememberedKeyPath() const;
    static void rememberKeyPath(const QString& fingerprint, const QString& path);
    // Opens the private key and checks that the database knows it.
    Ed25519Key openActiveKey(const QString& privateKeyPath, const QByteArray& passphrase) const;

private:
    Database& m_database;
};

} // namespace dpo

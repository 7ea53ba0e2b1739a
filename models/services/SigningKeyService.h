// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/SigningKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dpo {

class CertificateChain;
class Database;
struct Session;

// The organisation's export-signing keys: the public half in the database, the private half in a
// passphrase-protected PKCS#8 PEM file at a path the administrator chooses.
class SigningKeyService
{
public:
    explicit SigningKeyService(Database& database);

    // Administrators only. Refuses to overwrite an existing file; the file is readable by its
    // owner only. An ECDSA P-256 key gets a self-signed certificate for ten years in the holder's
    // name; Ed25519 (the keys of before, which sign FILE.sig only) is for tests of those. Audited
    // as "signing_key.create". Returns the key's fingerprint.
    QString createKey(const Session& session, const QString& privateKeyPath,
                      const QByteArray& passphrase,
                      SigningKey::Algorithm algorithm = SigningKey::Algorithm::EcdsaP256) const;
    // Administrators only. A certification authority's certificate for an active ECDSA key (PEM,
    // the key's certificate first, then its issuers') replaces the one stored. Refuses a
    // certificate for no active key, an expired one, or a chain out of order. Audited as
    // "signing_key.certificate". Returns the key's fingerprint.
    QString importCertificate(const Session& session, const QByteArray& pem) const;
    // The key's certificate chain, or none (an Ed25519 key).
    std::optional<CertificateChain> certificateChain(const QString& fingerprint) const;
    // The active keys' certificates, PEM, oldest key first: what `openssl cms -verify -CAfile`
    // is given (`keys certificate`).
    QByteArray activeCertificatesPem() const;
    // The RFC 3161 time-stamping authority every CMS signature of an export gets a token from
    // (CAdES-T); empty: none, and exports say that they carry no time-stamp.
    QString timeStampingUrl() const;
    // Administrators only: http or https, or empty for none. Audited as
    // "settings.time_stamping".
    void setTimeStampingUrl(const Session& session, const QString& url) const;
    bool hasActiveKey() const;
    // The active keys' fingerprints, oldest first.
    QStringList activeFingerprints() const;
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
    SigningKey openActiveKey(const QString& privateKeyPath, const QByteArray& passphrase) const;

private:
    Database& m_database;
};

} // namespace dpo

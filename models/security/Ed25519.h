// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/OpenSsl.h"

#include <QByteArray>
#include <QString>

namespace dpo {

// An Ed25519 key through OpenSSL's EVP interface: the organisation's key that signs exports.
// The private key only ever leaves memory as passphrase-protected PKCS#8 PEM.
class Ed25519Key
{
public:
    static Ed25519Key generate();
    // Throws Error(BadInput) when the passphrase is wrong or the PEM is not an Ed25519 key.
    static Ed25519Key fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase);
    // A public key alone (SubjectPublicKeyInfo DER), for verification.
    static Ed25519Key fromPublicDer(const QByteArray& der);

    QByteArray encryptedPrivatePem(const QByteArray& passphrase) const; // PKCS#8, AES-256-CBC
    QByteArray publicDer() const;
    QByteArray publicPem() const;
    QString fingerprint() const;                      // SHA-256 of the public DER, hex
    QByteArray sign(const QByteArray& message) const; // 64 bytes
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    explicit Ed25519Key(ossl::PkeyPtr key) : m_key(std::move(key)) {}
    ossl::PkeyPtr m_key;
};

} // namespace dpo

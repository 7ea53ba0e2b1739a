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
    // Throws Error(BadInput) when the passphrase is wrong, the PEM is not an Ed25519 key or it
    // is not encrypted.
    static Ed25519Key fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase);
    // A public key alone (SubjectPublicKeyInfo DER), for verification.
    static Ed25519Key fromPublicDer(const QByteArray& der);
    // The same as PEM ("-----BEGIN PUBLIC KEY-----"), as `keys public` prints it.
    static Ed25519Key fromPublicPem(const QByteArray& pem);

    // PKCS#8 PEM, PBES2 with scrypt and AES-256-CBC.
    QByteArray encryptedPrivatePem(const QByteArray& passphrase) const;
    static constexpr int kKeyFileSaltBytes = 16;
    static constexpr quint64 kKeyFileScryptN = 1 << 14;
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

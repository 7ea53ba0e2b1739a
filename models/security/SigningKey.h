// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/OpenSsl.h"

#include <QByteArray>
#include <QString>

namespace dpo {

// The organisation's key that signs exports, through OpenSSL's EVP interface. The private key only
// ever leaves memory as passphrase-protected PKCS#8 PEM.
//
// ECDSA on P-256 with SHA-256 is what keys are made as: its CMS signatures verify with `openssl
// cms` of every version and certification authorities issue certificates for it. Ed25519 keys,
// which the first exports were signed with, still open, sign and verify (their FILE.sig), but
// OpenSSL 3.0 cannot make or check a CMS signature with one (docs/audit.md).
class SigningKey
{
public:
    enum class Algorithm
    {
        EcdsaP256,
        Ed25519
    };

    static SigningKey generate(Algorithm algorithm = Algorithm::EcdsaP256);
    // Throws Error(BadInput) when the passphrase is wrong, the PEM is not a key of either kind or
    // it is not encrypted.
    static SigningKey fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase);
    // A public key alone (SubjectPublicKeyInfo DER), for verification.
    static SigningKey fromPublicDer(const QByteArray& der);
    // The same as PEM ("-----BEGIN PUBLIC KEY-----"), as `keys public` prints it.
    static SigningKey fromPublicPem(const QByteArray& pem);

    // PKCS#8 PEM, PBES2 with scrypt and AES-256-CBC.
    QByteArray encryptedPrivatePem(const QByteArray& passphrase) const;
    static constexpr int kKeyFileSaltBytes = 16;
    static constexpr quint64 kKeyFileScryptN = 1 << 14;
    QByteArray publicDer() const;
    QByteArray publicPem() const;
    Algorithm algorithm() const;
    QString fingerprint() const; // SHA-256 of the public DER, hex
    // Ed25519: 64 bytes over the message itself; ECDSA: DER (r, s) over its SHA-256.
    QByteArray sign(const QByteArray& message) const;
    bool verify(const QByteArray& message, const QByteArray& signature) const;
    // For the X.509 and CMS code, which signs with the key through OpenSSL's own structures.
    EVP_PKEY* evp() const { return m_key.get(); }
    static SigningKey fromEvp(ossl::PkeyPtr key); // throws Error(BadInput) for another kind

private:
    explicit SigningKey(ossl::PkeyPtr key) : m_key(std::move(key)) {}
    ossl::PkeyPtr m_key;
};

} // namespace dpo

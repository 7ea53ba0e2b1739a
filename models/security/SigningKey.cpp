// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SigningKey.h"

#include "core/Error.h"
#include "security/Sha256.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <QCoreApplication>

namespace dpo {

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL signing key: %1 failed").arg(QLatin1String(what)));
}

bool isP256(EVP_PKEY* key)
{
    char group[32] = {};
    size_t length = 0;
    return EVP_PKEY_get_base_id(key) == EVP_PKEY_EC &&
           EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1 &&
           QByteArrayView(group, qsizetype(length)) == "prime256v1";
}

bool isSupported(EVP_PKEY* key)
{
    return key && (EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519 || isP256(key));
}

// The digest a signature hashes the message with: none for Ed25519, which hashes internally.
const char* digestName(EVP_PKEY* key)
{
    return EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519 ? nullptr : "SHA256";
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}
} // namespace

SigningKey SigningKey::generate(Algorithm algorithm)
{
    ossl::PkeyPtr key(algorithm == Algorithm::Ed25519
                          ? EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")
                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        fail("EVP_PKEY_Q_keygen");
    return SigningKey(std::move(key));
}

SigningKey SigningKey::fromEvp(ossl::PkeyPtr key)
{
    if (!isSupported(key.get()))
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::SigningKey", "The public key is not an ECDSA P-256 or Ed25519 key."));
    return SigningKey(std::move(key));
}

SigningKey::Algorithm SigningKey::algorithm() const
{
    return EVP_PKEY_get_base_id(m_key.get()) == EVP_PKEY_ED25519 ? Algorithm::Ed25519
                                                                 : Algorithm::EcdsaP256;
}

SigningKey SigningKey::fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase)
{
    // A private key left unencrypted on a disk is refused, even with its passphrase ignored.
    if (!pem.trimmed().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::SigningKey",
                        "The signing key file is not an encrypted private key (PKCS#8, "
                        "\"BEGIN ENCRYPTED PRIVATE KEY\"): a key kept unencrypted is refused."));
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        fail("BIO_new_mem_buf");
    QByteArray pass = passphrase; // OpenSSL takes a non-const pointer
    ossl::PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
    if (!isSupported(key.get()))
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::SigningKey",
                        "The signing key could not be opened: the passphrase is wrong, or the "
                        "file is not an ECDSA P-256 or Ed25519 private key."));
    return SigningKey(std::move(key));
}

SigningKey SigningKey::fromPublicDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return fromEvp(ossl::PkeyPtr(d2i_PUBKEY(nullptr, &p, long(der.size()))));
}

SigningKey SigningKey::fromPublicPem(const QByteArray& pem)
{
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        fail("BIO_new_mem_buf");
    return fromEvp(ossl::PkeyPtr(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)));
}

QByteArray SigningKey::encryptedPrivatePem(const QByteArray& passphrase) const
{
    // PKCS#8 with PBES2: scrypt (N = 2^14, r = 8, p = 1, a random 16-byte salt; what
    // `openssl pkcs8 -topk8 -scrypt` makes, and within what OpenSSL lets scrypt use when it
    // opens the file) and AES-256-CBC. OpenSSL's plain PKCS#8 writer would use PBKDF2 with 2,048
    // iterations and an 8-byte salt, too cheap to guess against.
    ossl::Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key.get()));
    X509_ALGOR* scrypt = PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, kKeyFileSaltBytes,
                                               nullptr, kKeyFileScryptN, 8, 1);
    if (!info || !scrypt) {
        X509_ALGOR_free(scrypt);
        fail("PKCS5_pbe2_set_scrypt");
    }
    // Takes `scrypt` when it succeeds only.
    ossl::X509SigPtr encrypted(
        PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info.get(), scrypt));
    if (!encrypted) {
        X509_ALGOR_free(scrypt);
        fail("PKCS8_set0_pbe");
    }
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        fail("PEM_write_bio_PKCS8");
    return bioContents(bio.get());
}

QByteArray SigningKey::publicDer() const
{
    unsigned char* out = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &out);
    if (size <= 0)
        fail("i2d_PUBKEY");
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

QByteArray SigningKey::publicPem() const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        fail("PEM_write_bio_PUBKEY");
    return bioContents(bio.get());
}

QString SigningKey::fingerprint() const
{
    return QString::fromLatin1(Sha256::hashHex(publicDer()));
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    // Ed25519 hashes internally: no digest is named, and the message goes in one call.
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, digestName(m_key.get()), nullptr, nullptr,
                              m_key.get(), nullptr) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1)
        fail("EVP_DigestSign");
    QByteArray signature(int(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1)
        fail("EVP_DigestSign");
    signature.resize(int(length));
    return signature;
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, digestName(m_key.get()), nullptr,
                                        nullptr, m_key.get(), nullptr) != 1)
        fail("EVP_DigestVerifyInit_ex");
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace dpo

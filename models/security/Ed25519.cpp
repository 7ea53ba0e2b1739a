// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Ed25519.h"

#include "core/Error.h"
#include "security/Sha256.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <QCoreApplication>

namespace dpo {

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL Ed25519 failed: %1").arg(QLatin1String(what)));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}
} // namespace

Ed25519Key Ed25519Key::generate()
{
    ossl::PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        fail("EVP_PKEY_Q_keygen");
    return Ed25519Key(std::move(key));
}

Ed25519Key Ed25519Key::fromEncryptedPem(const QByteArray& pem, const QByteArray& passphrase)
{
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        fail("BIO_new_mem_buf");
    QByteArray pass = passphrase; // OpenSSL takes a non-const pointer
    ossl::PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate(
                        "dpo::Ed25519Key",
                        "The signing key could not be opened: the passphrase is wrong, or the "
                        "file is not an Ed25519 private key."));
    return Ed25519Key(std::move(key));
}

Ed25519Key Ed25519Key::fromPublicDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::PkeyPtr key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("dpo::Ed25519Key",
                                                "The public key is not an Ed25519 key."));
    return Ed25519Key(std::move(key));
}

QByteArray Ed25519Key::encryptedPrivatePem(const QByteArray& passphrase) const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(),
                                              pass.data(), int(pass.size()), nullptr, nullptr) != 1)
        fail("PEM_write_bio_PKCS8PrivateKey");
    return bioContents(bio.get());
}

QByteArray Ed25519Key::publicDer() const
{
    unsigned char* out = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &out);
    if (size <= 0)
        fail("i2d_PUBKEY");
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

QByteArray Ed25519Key::publicPem() const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        fail("PEM_write_bio_PUBKEY");
    return bioContents(bio.get());
}

QString Ed25519Key::fingerprint() const
{
    return QString::fromLatin1(Sha256::hashHex(publicDer()));
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    // Ed25519 hashes internally: no digest is named, and the message goes in one call.
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(),
                              nullptr) != 1 ||
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

bool Ed25519Key::verify(const QByteArray& message, const QByteArray& signature) const
{
    ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(),
                                        nullptr) != 1)
        fail("EVP_DigestVerifyInit_ex");
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ScramVerifier.h"

#include "core/Error.h"
#include "security/OpenSsl.h"
#include "security/Sha256.h"

#include <openssl/core_names.h>
#include <openssl/rand.h>
#include <QCoreApplication>

namespace dpo {

namespace {
constexpr int kSaltLength = 16;
constexpr int kKeyLength = 32;

[[noreturn]] void fail(const char* what)
{
    throw Error(
        Error::Kind::Crypto,
        QStringLiteral("OpenSSL failed making a SCRAM verifier: %1").arg(QLatin1String(what)));
}

QByteArray pbkdf2(QByteArray password, QByteArray salt, int iterations)
{
    ossl::KdfPtr kdf(EVP_KDF_fetch(nullptr, "PBKDF2", nullptr));
    ossl::KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        fail("no PBKDF2");
    auto rounds = static_cast<unsigned int>(iterations);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.data(),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
        OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &rounds),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(kKeyLength, Qt::Uninitialized);
    const int ok = EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(key.data()),
                                  size_t(key.size()), params);
    OPENSSL_cleanse(password.data(), size_t(password.size()));
    if (ok != 1)
        fail("PBKDF2 derivation");
    return key;
}

QByteArray hmacSha256(QByteArray key, QByteArrayView message)
{
    ossl::MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    ossl::MacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx)
        fail("no HMAC");
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    const bool ok =
        EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.constData()),
                     size_t(key.size()), params) == 1 &&
        EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()),
                       size_t(message.size())) == 1 &&
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                      size_t(out.size())) == 1;
    OPENSSL_cleanse(key.data(), size_t(key.size()));
    if (!ok)
        fail("HMAC");
    out.resize(qsizetype(length));
    return out;
}

bool takenCharacter(char32_t c)
{
    if (c >= 0x20 && c <= 0x7E)
        return true;
    // А-я, Ё ё, and Kyrgyz's Ң ң, Ө ө, Ү ү: in Unicode since 1.1, unchanged by NFKC.
    if ((c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451)
        return true;
    return c == 0x04A2 || c == 0x04A3 || c == 0x04E8 || c == 0x04E9 || c == 0x04AE || c == 0x04AF;
}
} // namespace

QString ScramVerifier::firstRefusedCharacter(const QString& password)
{
    const QString normal = password.normalized(QString::NormalizationForm_KC);
    for (const char32_t c : normal.toUcs4())
        if (!takenCharacter(c))
            return QString::fromUcs4(&c, 1);
    return {};
}

QString ScramVerifier::make(const QString& password)
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltLength) != 1)
        fail("the random generator");
    return make(password, salt, kIterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    const QString refused = firstRefusedCharacter(password);
    if (!refused.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the character refused, in quotes.
                    QCoreApplication::translate(
                        "dpo::ScramVerifier",
                        "A database login's password may use Latin and Cyrillic letters, digits, "
                        "spaces and the signs of an English keyboard; \"%1\" is not one of them.")
                        .arg(refused));
    // What SASLprep leaves of the password: its NFKC form (the same characters, for these).
    QByteArray salted =
        pbkdf2(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    QByteArray clientKey = hmacSha256(salted, "Client Key");
    const QByteArray storedKey = Sha256::hash(clientKey);
    const QByteArray serverKey = hmacSha256(salted, "Server Key");
    // Either would let whoever finds it in memory log in as the officer.
    OPENSSL_cleanse(salted.data(), size_t(salted.size()));
    OPENSSL_cleanse(clientKey.data(), size_t(clientKey.size()));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace dpo

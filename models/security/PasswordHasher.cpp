// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include "core/Error.h"
#include "security/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <QStringList>

namespace dpo {

namespace {
constexpr int kSaltLength = 16;
constexpr int kKeyLength = 32;
} // namespace

QByteArray PasswordHasher::derive(const QByteArray& password, const QByteArray& salt,
                                  const Parameters& parameters, int keyLength)
{
    ossl::KdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        throw Error(Error::Kind::Crypto, QStringLiteral("OpenSSL offers no scrypt KDF."));
    ossl::KdfCtxPtr ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        throw Error(Error::Kind::Crypto, QStringLiteral("Cannot create an scrypt context."));

    uint64_t n = parameters.n;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    QByteArray passwordCopy = password; // OSSL_PARAM wants non-const buffers
    QByteArray saltCopy = salt;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passwordCopy.data(),
                                          size_t(passwordCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(),
                                          size_t(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(keyLength, Qt::Uninitialized);
    const int ok = EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(key.data()),
                                  size_t(key.size()), params);
    OPENSSL_cleanse(passwordCopy.data(), size_t(passwordCopy.size()));
    if (ok != 1)
        throw Error(Error::Kind::Crypto, QStringLiteral("scrypt key derivation failed."));
    return key;
}

QString PasswordHasher::hash(const QString& password, const Parameters& parameters)
{
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltLength) != 1)
        throw Error(Error::Kind::Crypto, QStringLiteral("The random generator failed."));
    const QByteArray key = derive(password.toUtf8(), salt, parameters, kKeyLength);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(parameters.n)
        .arg(parameters.r)
        .arg(parameters.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& storedHash)
{
    const QStringList parts = storedHash.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QStringLiteral("scrypt"))
        return false;
    bool okN = false, okR = false, okP = false;
    Parameters parameters;
    parameters.n = parts[1].toULongLong(&okN);
    parameters.r = parts[2].toUInt(&okR);
    parameters.p = parts[3].toUInt(&okP);
    // Refuse absurd parameters rather than let a crafted row exhaust memory.
    if (!okN || !okR || !okP || parameters.n < 2 || parameters.n > (1u << 20) ||
        (parameters.n & (parameters.n - 1)) != 0 || parameters.r == 0 || parameters.r > 32 ||
        parameters.p == 0 || parameters.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (salt.isEmpty() || expected.size() < 16)
        return false;
    const QByteArray actual = derive(password.toUtf8(), salt, parameters, int(expected.size()));
    return CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dpo {

// Officer passwords are stored as scrypt hashes made through OpenSSL's EVP_KDF interface:
// "scrypt$N$r$p$<salt base64>$<key base64>". The parameters travel with the hash so that a
// later, stronger default still verifies the old ones.
struct ScryptParameters
{
    quint64 n = 1u << 15; // 32 MiB with r = 8
    quint32 r = 8;
    quint32 p = 1;
};

class PasswordHasher
{
public:
    using Parameters = ScryptParameters;

    static QString hash(const QString& password, const Parameters& parameters = Parameters());
    // Constant-time comparison; false for a malformed stored hash.
    static bool verify(const QString& password, const QString& storedHash);

    // Passwords shorter than this are refused when an officer is created.
    static constexpr int kMinimumLength = 10;

private:
    static QByteArray derive(const QByteArray& password, const QByteArray& salt,
                             const Parameters& parameters, int keyLength);
};

} // namespace dpo

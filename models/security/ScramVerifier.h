// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dpo {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a login's password (RFC 5802, RFC 7677):
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", base64. Made here, so that the
// console sends the server a verifier, never a password (libpq's PQencryptPasswordConn does the
// same); the server cannot tell it from one it made itself.
class ScramVerifier
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL's scram_iterations default

    // Throws BadInput for a password outside the characters below, Crypto if OpenSSL fails.
    static QString make(const QString& password);
    static QString make(const QString& password, const QByteArray& salt, int iterations);

    // A login's password is prepared by SASLprep (RFC 4013) before it is hashed, by libpq when
    // connecting. Rather than carry SASLprep's tables (of Unicode 3.2), the console takes the
    // characters on which SASLprep changes nothing after NFKC: printable ASCII and the Cyrillic
    // letters of Kyrgyz and Russian. Empty when the password keeps to them, else the first
    // character that does not.
    static QString firstRefusedCharacter(const QString& password);
};

} // namespace dpo

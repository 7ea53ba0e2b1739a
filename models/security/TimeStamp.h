// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dpo {

// A time-stamp token (RFC 3161): a time-stamping authority's signed statement that a SHA-256
// digest existed at its time. What the authority is trusted for is the verifier's to decide
// (`openssl ts -verify -CAfile` the authority's root); the console checks that the token stamps
// the digest it asked for.
struct TimeStampToken
{
    QByteArray der;     // the token: CMS SignedData over TSTInfo
    QDateTime time;     // genTime, UTC
    QString serial;     // the authority's serial number of the token, hex
    QString policy;     // the authority's policy, dotted
    QByteArray imprint; // the SHA-256 stamped

    // A request (TimeStampReq, DER) for `sha256` that asks for the authority's certificate.
    static QByteArray request(const QByteArray& sha256, quint64 nonce);
    // The token of an authority's answer (TimeStampResp, DER) to request(sha256, nonce). Throws
    // Error(BadInput) when the authority refused, or answered for another digest or nonce.
    static TimeStampToken fromResponse(const QByteArray& response, const QByteArray& sha256,
                                       quint64 nonce);
    // A token read back, e.g. from a signature's unsigned attribute. Throws Error(BadInput).
    static TimeStampToken read(const QByteArray& der);
};

} // namespace dpo

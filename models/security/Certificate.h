// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/OpenSsl.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace dpo {

class SigningKey;

// The X.509 certificate of the organisation's signing key, with the certificates that issued it:
// the signer's certificate first, each one issued by the next. `keys init` makes a self-signed one;
// a certification authority's replaces it (`keys import-certificate`).
class CertificateChain
{
public:
    // A certificate for `key`, issued by itself: digital signature and non-repudiation, not a
    // certification authority, valid from `from` for `years`.
    static CertificateChain selfSigned(const SigningKey& key, const QString& organisation,
                                       const QDateTime& from, int years);
    // PEM with one or more certificates, the signer's first. Throws Error(BadInput) naming what
    // is wrong: no certificate, one that is not PEM, or one not issued by the next.
    static CertificateChain fromPem(const QByteArray& pem);

    QByteArray toPem() const;
    X509* leaf() const { return m_certificates.front().get(); }
    const std::vector<ossl::X509Ptr>& certificates() const { return m_certificates; }
    // The SHA-256 of the signer's public key (DER), as SigningKey::fingerprint gives it.
    QString keyFingerprint() const;
    QString subject() const;                     // one line, RFC 2253
    static QString subjectOf(X509* certificate); // the same of any certificate; empty on failure
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool selfIssued() const;

    static QDateTime toDateTime(const ASN1_TIME* time);

private:
    std::vector<ossl::X509Ptr> m_certificates;
};

} // namespace dpo

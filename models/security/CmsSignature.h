// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/TimeStamp.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace dpo {

class CertificateChain;
class SigningKey;

// A detached CMS signature (RFC 5652; CAdES-BES: it names the signer's certificate in a signed
// attribute), FILE.p7s in DER, that `openssl cms -verify -binary -content FILE -in FILE.p7s
// -inform DER` checks. Its signed attributes bind, besides the file's SHA-256 and the time, what
// the export says of the audit chain: the head's sequence number and hash, and the number of
// entries, under object identifiers of DPO Console's own arc (docs/audit.md).
struct CmsSignature
{
    // What the signed attributes carry besides the digest.
    QString fileName;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QString headHash;   // hex
    QDateTime signedAt; // the signer's clock, UTC

    // Read back by read(): the signer's public key as its fingerprint, the file's SHA-256 (hex)
    // the signature covers, and whether the signature over the attributes holds.
    QString keyFingerprint;
    QString signerSubject;
    QString fileSha256;
    bool signatureValid = false;
    // A time-stamping authority's token over the signature value (CAdES-T), when it has one, and
    // whether it stamps this signature's value.
    std::optional<TimeStampToken> timeStamp;
    bool timeStampMatches = false;
    QByteArray signatureValue; // the signer's signature octets (what the token stamps)

    // An ECDSA P-256 key and its certificate chain; the file's SHA-256 as computed while it was
    // written. With `stamper`, the token it returns for the SHA-256 of the signature value goes
    // in as the unsigned attribute id-aa-timeStampToken (CAdES-T, RFC 5126 and RFC 3161
    // appendix A). Returns DER.
    using TimeStamper = std::function<TimeStampToken(const QByteArray& signatureSha256)>;
    QByteArray sign(const SigningKey& key, const CertificateChain& chain,
                    const QByteArray& contentSha256, const TimeStamper& stamper = {}) const;
    // Reads `der` and checks the signature over its signed attributes with the signer's
    // certificate it carries. Whether the file's SHA-256 is the signed one, and who the signer is,
    // are the caller's to judge. Throws Error(BadInput) when `der` is no signature of this kind.
    static CmsSignature read(const QByteArray& der);

    static QString pathFor(const QString& exportPath)
    {
        return exportPath + QStringLiteral(".p7s");
    }
    // The object identifiers of the attributes (dotted).
    static const char* const kHeadSeqOid;
    static const char* const kHeadHashOid;
    static const char* const kEntriesOid;
    static const char* const kFileNameOid;
};

} // namespace dpo

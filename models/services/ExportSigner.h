// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Certificate.h"
#include "security/SigningKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpo {

class Database;
struct AuditExportSummary;

// Signs an export with the organisation's key: a detached CMS signature FILE.p7s with an ECDSA
// key and its certificate (what `openssl cms -verify` checks), or FILE.sig with an Ed25519 key of
// before (docs/audit.md). The signature binds the file's SHA-256, taken as it was written, and
// what the export says of the chain.
class ExportSigner
{
public:
    // None when the database has no active key. Throws Error(BadInput) when it has one and no key
    // file is given, or the file is not one of its keys.
    static std::optional<ExportSigner> open(Database& database, const QString& privateKeyPath,
                                            const QByteArray& passphrase);

    const SigningKey& key() const { return m_key; }
    // Where the signature of `exportPath` goes with this key.
    QString signaturePath(const QString& exportPath) const;
    // The signature's bytes for the export at `exportPath` (its name is signed too), with the
    // authority's time-stamp when one is configured (its time goes to `summary`). Throws
    // Error(Connection) when the authority cannot be reached: nothing is then written.
    QByteArray signature(const QString& exportPath, const QByteArray& fileSha256,
                         AuditExportSummary& summary) const;

private:
    ExportSigner(SigningKey key, std::optional<CertificateChain> chain, QString timeStampingUrl)
        : m_key(std::move(key)), m_chain(std::move(chain)),
          m_timeStampingUrl(std::move(timeStampingUrl))
    {
    }
    SigningKey m_key;
    std::optional<CertificateChain> m_chain; // with an ECDSA key
    QString m_timeStampingUrl;               // empty: no time-stamp
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExportSigner.h"

#include "core/Error.h"
#include "security/CmsSignature.h"
#include "security/ExportSignature.h"
#include "security/TimeStampAuthority.h"
#include "services/AuditExportService.h"
#include "services/SigningKeyService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QUrl>

namespace dpo {

std::optional<ExportSigner> ExportSigner::open(Database& database, const QString& privateKeyPath,
                                               const QByteArray& passphrase)
{
    const SigningKeyService keys(database);
    if (!keys.hasActiveKey())
        return std::nullopt;
    if (privateKeyPath.isEmpty())
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("dpo::AuditExportService",
                                                "This database signs its exports: give the signing "
                                                "key's file and its passphrase."));
    SigningKey key = keys.openActiveKey(privateKeyPath, passphrase);
    std::optional<CertificateChain> chain;
    if (key.algorithm() == SigningKey::Algorithm::EcdsaP256) {
        chain = keys.certificateChain(key.fingerprint());
        if (!chain)
            throw Error(
                Error::Kind::BadInput,
                QCoreApplication::translate("dpo::ExportSigner",
                                            "The signing key has no certificate: import one (keys "
                                            "import-certificate)."));
    }
    // Ed25519's FILE.sig has no place for a time-stamp.
    QString timeStampingUrl = chain ? keys.timeStampingUrl() : QString();
    return ExportSigner(std::move(key), std::move(chain), std::move(timeStampingUrl));
}

QString ExportSigner::signaturePath(const QString& exportPath) const
{
    return m_chain ? CmsSignature::pathFor(exportPath) : ExportSignature::pathFor(exportPath);
}

QByteArray ExportSigner::signature(const QString& exportPath, const QByteArray& fileSha256,
                                   AuditExportSummary& summary) const
{
    const QString fileName = QFileInfo(exportPath).fileName();
    if (m_chain) {
        CmsSignature cms;
        cms.fileName = fileName;
        cms.entries = summary.entries;
        cms.headSeq = summary.headSeq;
        cms.headHash = summary.headHash;
        cms.signedAt = QDateTime::currentDateTimeUtc();
        if (m_timeStampingUrl.isEmpty())
            return cms.sign(m_key, *m_chain, fileSha256);
        return cms.sign(m_key, *m_chain, fileSha256, [&](const QByteArray& signatureSha256) {
            TimeStampToken token =
                TimeStampAuthority(QUrl(m_timeStampingUrl)).stamp(signatureSha256);
            summary.timeStampedAt = token.time;
            return token;
        });
    }
    ExportSignature signature;
    signature.fileName = fileName;
    signature.fileSha256 = QString::fromLatin1(fileSha256.toHex());
    signature.entries = summary.entries;
    signature.headSeq = summary.headSeq;
    signature.headHash = summary.headHash;
    signature.signWith(m_key);
    return signature.toText();
}

} // namespace dpo

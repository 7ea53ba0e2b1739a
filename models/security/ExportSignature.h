// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dpo {

class SigningKey;

// The detached signature written next to an export, FILE.sig (docs/audit.md): a few lines of
// text naming the file, its SHA-256, the chain head and the key, and an Ed25519 signature over
// those lines. Signing the file's hash rather than the file lets a million-entry export be
// hashed as it is written.
struct ExportSignature
{
    QString fileName;
    QString fileSha256;
    qint64 entries = 0;
    qint64 headSeq = 0;
    QString headHash;
    QString keyFingerprint;
    QByteArray publicKeyDer;
    QByteArray signature;

    QByteArray signedText() const; // every line but the signature
    QByteArray toText() const;
    void signWith(const SigningKey& key);
    // Throws Error(BadInput) naming the line that is wrong.
    static ExportSignature parse(const QByteArray& text);
    static QString pathFor(const QString& exportPath)
    {
        return exportPath + QStringLiteral(".sig");
    }
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ExportSignature.h"

#include "core/Error.h"
#include "security/SigningKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dpo {

namespace {
constexpr const char* kFirstLine = "DPO Console export signature 1";
}

QByteArray ExportSignature::signedText() const
{
    return QByteArray(kFirstLine) + '\n' + "file: " + fileName.toUtf8() + '\n' +
           "sha256: " + fileSha256.toLatin1() + '\n' + "entries: " + QByteArray::number(entries) +
           '\n' + "head-seq: " + QByteArray::number(headSeq) + '\n' +
           "head-hash: " + headHash.toLatin1() + '\n' + "key: " + keyFingerprint.toLatin1() + '\n' +
           "public-key: " + publicKeyDer.toBase64() + '\n';
}

QByteArray ExportSignature::toText() const
{
    return signedText() + "signature: " + signature.toBase64() + '\n';
}

void ExportSignature::signWith(const SigningKey& key)
{
    keyFingerprint = key.fingerprint();
    publicKeyDer = key.publicDer();
    signature = key.sign(signedText());
}

ExportSignature ExportSignature::parse(const QByteArray& text)
{
    const auto bad = [](const QString& why) {
        return Error(Error::Kind::BadInput,
                     //: %1: what is wrong with it, a phrase.
                     QCoreApplication::translate("dpo::ExportSignature",
                                                 "The signature file is not valid: %1")
                         .arg(why));
    };
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.first() != kFirstLine)
        throw bad(QStringLiteral("it does not start with \"%1\"").arg(QLatin1String(kFirstLine)));
    QHash<QByteArray, QByteArray> fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const qsizetype colon = lines[i].indexOf(": ");
        if (colon <= 0)
            throw bad(QStringLiteral("line %1 has no \"name: value\"").arg(i + 1));
        fields.insert(lines[i].left(colon), lines[i].mid(colon + 2));
    }
    for (const char* name :
         {"file", "sha256", "entries", "head-seq", "head-hash", "key", "public-key", "signature"})
        if (!fields.contains(name))
            throw bad(QStringLiteral("the line \"%1:\" is missing").arg(QLatin1String(name)));
    // Every value is what it says before it is used or shown: hex where hex is expected, a number
    // where a number is, a file name without control characters, so that nothing from the file
    // reaches a terminal or a message as anything but text.
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const char* name : {"sha256", "head-hash", "key"})
        if (!sha256Hex.match(QString::fromLatin1(fields.value(name))).hasMatch())
            throw bad(QStringLiteral("\"%1:\" is not 64 lower-case hexadecimal digits")
                          .arg(QLatin1String(name)));
    static const QRegularExpression count(QStringLiteral("^[0-9]{1,18}$"));
    for (const char* name : {"entries", "head-seq"})
        if (!count.match(QString::fromLatin1(fields.value(name))).hasMatch())
            throw bad(QStringLiteral("\"%1:\" is not a number").arg(QLatin1String(name)));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    for (const char* name : {"public-key", "signature"})
        if (!base64.match(QString::fromLatin1(fields.value(name))).hasMatch())
            throw bad(QStringLiteral("\"%1:\" is not base64").arg(QLatin1String(name)));
    ExportSignature s;
    s.fileName = QString::fromUtf8(fields.value("file"));
    for (const QChar c : s.fileName)
        if (!c.isPrint())
            throw bad(QStringLiteral("\"file:\" has a control character in it"));
    s.fileSha256 = QString::fromLatin1(fields.value("sha256"));
    s.entries = fields.value("entries").toLongLong();
    s.headSeq = fields.value("head-seq").toLongLong();
    s.headHash = QString::fromLatin1(fields.value("head-hash"));
    s.keyFingerprint = QString::fromLatin1(fields.value("key"));
    s.publicKeyDer = QByteArray::fromBase64(fields.value("public-key"));
    s.signature = QByteArray::fromBase64(fields.value("signature"));
    return s;
}

} // namespace dpo

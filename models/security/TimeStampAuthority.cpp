// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/TimeStampAuthority.h"

#include "core/Error.h"

#include <openssl/rand.h>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace dpo {

TimeStampToken TimeStampAuthority::stamp(const QByteArray& sha256) const
{
    quint64 nonce = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&nonce), sizeof nonce) != 1)
        throw Error(Error::Kind::Crypto, QStringLiteral("OpenSSL time-stamp: RAND_bytes failed"));
    nonce >>= 1; // a positive INTEGER of at most 63 bits, as every authority takes
    QNetworkAccessManager network;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/timestamp-query"));
    request.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, TimeStampToken::request(sha256, nonce)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200)
        throw Error(Error::Kind::Connection,
                    //: %1: the authority's URL; %2: the reason, e.g. "Connection refused".
                    QCoreApplication::translate("dpo::TimeStampToken",
                                                "The time-stamping authority %1 did not answer: %2")
                        .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), reply->errorString()));
    return TimeStampToken::fromResponse(reply->readAll(), sha256, nonce);
}

} // namespace dpo

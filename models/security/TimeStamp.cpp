// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/TimeStamp.h"

#include "core/Error.h"
#include "security/Certificate.h"

#include <openssl/err.h>
#include <openssl/ts.h>
#include <QCoreApplication>

#include <memory>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::TimeStampToken", text);
}

[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL time-stamp: %1 failed").arg(QLatin1String(what)));
}

template <typename T, void (*Free)(T*)> struct Freer
{
    void operator()(T* p) const { Free(p); }
};
using TsReqPtr = std::unique_ptr<TS_REQ, Freer<TS_REQ, TS_REQ_free>>;
using TsMsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, Freer<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Freer<TS_RESP, TS_RESP_free>>;
using TsTstInfoPtr = std::unique_ptr<TS_TST_INFO, Freer<TS_TST_INFO, TS_TST_INFO_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Freer<PKCS7, PKCS7_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, Freer<X509_ALGOR, X509_ALGOR_free>>;

// OpenSSL 3.0's getters take the info as non-const; nothing here changes it.
TimeStampToken fromInfo(TS_TST_INFO* info, QByteArray der)
{
    TimeStampToken token;
    token.der = std::move(der);
    token.time = CertificateChain::toDateTime(TS_TST_INFO_get_time(info));
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info);
    const X509_ALGOR* algorithm = TS_MSG_IMPRINT_get_algo(imprint);
    const ASN1_OBJECT* digest = nullptr;
    X509_ALGOR_get0(&digest, nullptr, nullptr, algorithm);
    if (OBJ_obj2nid(digest) != NID_sha256)
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("dpo::TimeStampToken",
                                                "The time-stamp is not over a SHA-256 digest."));
    token.imprint = ossl::bytes(TS_MSG_IMPRINT_get_msg(imprint));
    token.serial = QString::fromLatin1(ossl::bytes(TS_TST_INFO_get_serial(info)).toHex());
    char policy[128] = {};
    OBJ_obj2txt(policy, sizeof policy, TS_TST_INFO_get_policy_id(info), 1);
    token.policy = QString::fromLatin1(policy);
    return token;
}
} // namespace

QByteArray TimeStampToken::request(const QByteArray& sha256, quint64 nonce)
{
    TsReqPtr request(TS_REQ_new());
    TsMsgImprintPtr imprint(TS_MSG_IMPRINT_new());
    X509AlgorPtr algorithm(X509_ALGOR_new());
    ossl::Asn1IntegerPtr number(ASN1_INTEGER_new());
    if (!request || !imprint || !algorithm || !number ||
        TS_REQ_set_version(request.get(), 1) != 1 ||
        X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(
            imprint.get(), reinterpret_cast<unsigned char*>(const_cast<char*>(sha256.constData())),
            int(sha256.size())) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), imprint.get()) != 1 ||
        ASN1_INTEGER_set_uint64(number.get(), nonce) != 1 ||
        TS_REQ_set_nonce(request.get(), number.get()) != 1 ||
        TS_REQ_set_cert_req(request.get(), 1) != 1)
        fail("TS_REQ");
    unsigned char* out = nullptr;
    const int size = i2d_TS_REQ(request.get(), &out);
    if (size <= 0)
        fail("i2d_TS_REQ");
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

TimeStampToken TimeStampToken::fromResponse(const QByteArray& response, const QByteArray& sha256,
                                            quint64 nonce)
{
    const auto* p = reinterpret_cast<const unsigned char*>(response.constData());
    TsRespPtr reply(d2i_TS_RESP(nullptr, &p, long(response.size())));
    if (!reply) {
        ERR_clear_error();
        throw Error(Error::Kind::BadInput,
                    tr("The time-stamping authority's answer is not a time-stamp response."));
    }
    int64_t status = -1;
    ASN1_INTEGER_get_int64(&status,
                           TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(reply.get())));
    if (status != 0 && status != 1) // granted, or granted with modifications
        throw Error(Error::Kind::BadInput,
                    //: %1: the authority's status code (RFC 3161: 2 rejection, 3 waiting, ...).
                    tr("The time-stamping authority refused the request (status %1).").arg(status));
    TS_TST_INFO* info = TS_RESP_get_tst_info(reply.get());
    PKCS7* token = TS_RESP_get_token(reply.get());
    if (!info || !token)
        throw Error(Error::Kind::BadInput,
                    tr("The time-stamping authority's answer is not a time-stamp response."));
    unsigned char* out = nullptr;
    const int size = i2d_PKCS7(token, &out);
    if (size <= 0)
        fail("i2d_PKCS7");
    TimeStampToken read = fromInfo(info, QByteArray(reinterpret_cast<const char*>(out), size));
    OPENSSL_free(out);
    uint64_t answered = 0;
    const ASN1_INTEGER* answeredNonce = TS_TST_INFO_get_nonce(info);
    if (read.imprint != sha256 || !answeredNonce ||
        ASN1_INTEGER_get_uint64(&answered, answeredNonce) != 1 || answered != nonce)
        throw Error(Error::Kind::BadInput,
                    tr("The time-stamping authority answered another request (its digest or "
                       "nonce is not the one asked for)."));
    return read;
}

TimeStampToken TimeStampToken::read(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Pkcs7Ptr token(d2i_PKCS7(nullptr, &p, long(der.size())));
    TsTstInfoPtr info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!info) {
        ERR_clear_error();
        throw Error(Error::Kind::BadInput, tr("The time-stamp token cannot be read."));
    }
    return fromInfo(info.get(), der);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/CmsSignature.h"

#include "core/Error.h"
#include "security/Certificate.h"
#include "security/Sha256.h"
#include "security/SigningKey.h"

#include <openssl/err.h>
#include <QCoreApplication>

namespace dpo {

// DPO Console's arc, 2.25.<a UUID as an integer> (ITU-T X.667: anyone may make an OID so), .1 for
// the attributes of an export's signature.
const char* const CmsSignature::kHeadSeqOid = "2.25.308651225434039306797816210709104594785.1.1";
const char* const CmsSignature::kHeadHashOid = "2.25.308651225434039306797816210709104594785.1.2";
const char* const CmsSignature::kEntriesOid = "2.25.308651225434039306797816210709104594785.1.3";
const char* const CmsSignature::kFileNameOid = "2.25.308651225434039306797816210709104594785.1.4";

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL CMS: %1 failed").arg(QLatin1String(what)));
}

Error bad(const char* text)
{
    return Error(Error::Kind::BadInput, QCoreApplication::translate("dpo::CmsSignature", text));
}

ossl::Asn1ObjectPtr oid(const char* dotted)
{
    ossl::Asn1ObjectPtr object(OBJ_txt2obj(dotted, 1));
    if (!object)
        fail("OBJ_txt2obj");
    return object;
}

void addInteger(CMS_SignerInfo* signer, const char* dotted, qint64 value)
{
    ossl::Asn1IntegerPtr number(ASN1_INTEGER_new());
    if (!number || ASN1_INTEGER_set_int64(number.get(), value) != 1 ||
        CMS_signed_add1_attr_by_OBJ(signer, oid(dotted).get(), V_ASN1_INTEGER, number.get(), -1) !=
            1)
        fail("CMS_signed_add1_attr_by_OBJ");
}

void addBytes(CMS_SignerInfo* signer, const ASN1_OBJECT* object, int type, const QByteArray& bytes)
{
    if (CMS_signed_add1_attr_by_OBJ(signer, object, type, bytes.constData(), int(bytes.size())) !=
        1)
        fail("CMS_signed_add1_attr_by_OBJ");
}

// The one value of a signed attribute of `type`, or null.
const ASN1_STRING* attribute(CMS_SignerInfo* signer, const ASN1_OBJECT* object, int type)
{
    const int index = CMS_signed_get_attr_by_OBJ(signer, object, -1);
    if (index < 0)
        return nullptr;
    X509_ATTRIBUTE* found = CMS_signed_get_attr(signer, index);
    if (X509_ATTRIBUTE_count(found) != 1)
        return nullptr;
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(found, 0);
    return value && value->type == type ? value->value.asn1_string : nullptr;
}

qint64 integerAttribute(CMS_SignerInfo* signer, const char* dotted)
{
    const ASN1_STRING* value = attribute(signer, oid(dotted).get(), V_ASN1_INTEGER);
    int64_t number = 0;
    if (!value || ASN1_INTEGER_get_int64(&number, value) != 1 || number < 0)
        throw bad("The CMS signature lacks what it must bind: the chain head or the number of "
                  "entries.");
    return number;
}

QByteArray bytesAttribute(CMS_SignerInfo* signer, const ASN1_OBJECT* object, int type)
{
    const ASN1_STRING* value = attribute(signer, object, type);
    if (!value)
        throw bad("The CMS signature lacks what it must bind: the chain head or the number of "
                  "entries.");
    return ossl::bytes(value);
}
} // namespace

QByteArray CmsSignature::sign(const SigningKey& key, const CertificateChain& chain,
                              const QByteArray& contentSha256, const TimeStamper& stamper) const
{
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    ossl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        fail("CMS_sign");
    // CMS_CADES: the signer's certificate named in a signed attribute (ESS signing-certificate-v2),
    // so that another certificate for the same key cannot be passed off as the signer's.
    CMS_SignerInfo* signer =
        CMS_add1_signer(cms.get(), chain.leaf(), key.evp(), EVP_sha256(), flags | CMS_CADES);
    if (!signer)
        fail("CMS_add1_signer");
    for (std::size_t i = 1; i < chain.certificates().size(); ++i)
        if (CMS_add1_cert(cms.get(), chain.certificates()[i].get()) != 1)
            fail("CMS_add1_cert");
    // The digest was taken as the file was written: it goes in as the messageDigest attribute,
    // and only the attributes are signed (what CMS_final would do after reading the file again).
    addBytes(signer, OBJ_nid2obj(NID_pkcs9_messageDigest), V_ASN1_OCTET_STRING, contentSha256);
    if (CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                    OBJ_nid2obj(NID_pkcs7_data), -1) != 1)
        fail("CMS_signed_add1_attr_by_NID");
    ASN1_TIME* time = ASN1_TIME_set(nullptr, signedAt.toSecsSinceEpoch());
    const bool timed = time && CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime,
                                                           time->type, time, -1) == 1;
    ASN1_TIME_free(time);
    if (!timed)
        fail("signingTime");
    addInteger(signer, kHeadSeqOid, headSeq);
    addBytes(signer, oid(kHeadHashOid).get(), V_ASN1_OCTET_STRING,
             QByteArray::fromHex(headHash.toLatin1()));
    addInteger(signer, kEntriesOid, entries);
    addBytes(signer, oid(kFileNameOid).get(), V_ASN1_UTF8STRING, fileName.toUtf8());
    if (CMS_SignerInfo_sign(signer) != 1)
        fail("CMS_SignerInfo_sign");
    if (stamper) {
        const TimeStampToken token =
            stamper(Sha256::hash(ossl::bytes(CMS_SignerInfo_get0_signature(signer))));
        if (CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token.der.constData(), int(token.der.size())) != 1)
            fail("CMS_unsigned_add1_attr_by_NID");
    }
    if (CMS_set_detached(cms.get(), 1) != 1)
        fail("CMS_set_detached");
    unsigned char* out = nullptr;
    const int size = i2d_CMS_ContentInfo(cms.get(), &out);
    if (size <= 0)
        fail("i2d_CMS_ContentInfo");
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

CmsSignature CmsSignature::read(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed ||
        CMS_is_detached(cms.get()) != 1) {
        ERR_clear_error();
        throw bad("The signature file is not a detached CMS signature (DER).");
    }
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signers) != 1)
        throw bad("The CMS signature must have exactly one signer.");
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, 0);
    // The signer's certificate from those the signature carries.
    if (CMS_set1_signers_certs(cms.get(), nullptr, 0) < 1) {
        ERR_clear_error();
        throw bad("The CMS signature does not carry its signer's certificate.");
    }
    X509* certificate = nullptr;
    EVP_PKEY* publicKey = nullptr;
    CMS_SignerInfo_get0_algs(signer, &publicKey, &certificate, nullptr, nullptr);
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signer, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT* digestObject = nullptr;
    X509_ALGOR_get0(&digestObject, nullptr, nullptr, digestAlgorithm);
    if (!publicKey || OBJ_obj2nid(digestObject) != NID_sha256)
        throw bad("The CMS signature is not an ECDSA P-256 signature over SHA-256.");

    CmsSignature read;
    EVP_PKEY_up_ref(publicKey);
    read.keyFingerprint = SigningKey::fromEvp(ossl::PkeyPtr(publicKey)).fingerprint();
    read.signatureValid = CMS_SignerInfo_verify(signer) == 1;
    ERR_clear_error();
    read.fileSha256 = QString::fromLatin1(
        bytesAttribute(signer, OBJ_nid2obj(NID_pkcs9_messageDigest), V_ASN1_OCTET_STRING).toHex());
    read.headSeq = integerAttribute(signer, kHeadSeqOid);
    read.headHash = QString::fromLatin1(
        bytesAttribute(signer, oid(kHeadHashOid).get(), V_ASN1_OCTET_STRING).toHex());
    read.entries = integerAttribute(signer, kEntriesOid);
    read.fileName =
        QString::fromUtf8(bytesAttribute(signer, oid(kFileNameOid).get(), V_ASN1_UTF8STRING));
    const int timeIndex = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        const ASN1_TYPE* value =
            X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, timeIndex), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            read.signedAt = CertificateChain::toDateTime(value->value.utctime);
    }
    read.signatureValue = ossl::bytes(CMS_SignerInfo_get0_signature(signer));
    const int stampIndex = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (stampIndex >= 0) {
        X509_ATTRIBUTE* stamp = CMS_unsigned_get_attr(signer, stampIndex);
        const ASN1_TYPE* value =
            X509_ATTRIBUTE_count(stamp) == 1 ? X509_ATTRIBUTE_get0_type(stamp, 0) : nullptr;
        if (!value || value->type != V_ASN1_SEQUENCE)
            throw bad("The CMS signature's time-stamp cannot be read.");
        read.timeStamp = TimeStampToken::read(ossl::bytes(value->value.sequence));
        read.timeStampMatches = read.timeStamp->imprint == Sha256::hash(read.signatureValue);
    }
    read.signerSubject = CertificateChain::subjectOf(certificate);
    return read;
}

} // namespace dpo

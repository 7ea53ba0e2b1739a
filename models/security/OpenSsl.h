// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/x509.h>
#include <QByteArray>

namespace dpo::ossl {

// RAII owners for the OpenSSL objects we use; every OpenSSL call goes through EVP.
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct MdDeleter
{
    void operator()(EVP_MD* p) const { EVP_MD_free(p); }
};
struct KdfDeleter
{
    void operator()(EVP_KDF* p) const { EVP_KDF_free(p); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX* p) const { EVP_KDF_CTX_free(p); }
};

struct MacDeleter
{
    void operator()(EVP_MAC* p) const { EVP_MAC_free(p); }
};
struct MacCtxDeleter
{
    void operator()(EVP_MAC_CTX* p) const { EVP_MAC_CTX_free(p); }
};

struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct BioDeleter
{
    void operator()(BIO* p) const { BIO_free(p); }
};

struct Pkcs8InfoDeleter
{
    void operator()(PKCS8_PRIV_KEY_INFO* p) const { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct X509SigDeleter
{
    void operator()(X509_SIG* p) const { X509_SIG_free(p); }
};

struct X509Deleter
{
    void operator()(X509* p) const { X509_free(p); }
};
struct CmsDeleter
{
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
};
struct Asn1ObjectDeleter
{
    void operator()(ASN1_OBJECT* p) const { ASN1_OBJECT_free(p); }
};
struct Asn1IntegerDeleter
{
    void operator()(ASN1_INTEGER* p) const { ASN1_INTEGER_free(p); }
};

using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using MdPtr = std::unique_ptr<EVP_MD, MdDeleter>;
using KdfPtr = std::unique_ptr<EVP_KDF, KdfDeleter>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter>;
using MacPtr = std::unique_ptr<EVP_MAC, MacDeleter>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8InfoDeleter>;
using X509SigPtr = std::unique_ptr<X509_SIG, X509SigDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsDeleter>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Asn1ObjectDeleter>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Asn1IntegerDeleter>;

// The octets of an ASN.1 string (OCTET STRING, INTEGER, a SEQUENCE's encoding); empty for none.
inline QByteArray bytes(const ASN1_STRING* value)
{
    return value ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                              ASN1_STRING_length(value))
                 : QByteArray();
}

} // namespace dpo::ossl

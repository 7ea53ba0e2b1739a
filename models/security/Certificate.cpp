// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Certificate.h"

#include "core/Error.h"
#include "security/SigningKey.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <QCoreApplication>

namespace dpo {

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL certificate: %1 failed").arg(QLatin1String(what)));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::CertificateChain", text);
}

void addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool added = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    if (!added)
        fail("X509V3_EXT_conf_nid");
}
} // namespace

CertificateChain CertificateChain::selfSigned(const SigningKey& key, const QString& organisation,
                                              const QDateTime& from, int years)
{
    ossl::X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        fail("X509_new");
    // A random positive 128-bit serial, as RFC 5280 asks of every issuer.
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        fail("RAND_bytes");
    serial[0] &= 0x7f;
    ossl::Asn1IntegerPtr number(ASN1_INTEGER_new());
    BIGNUM* big = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = big && BN_to_ASN1_INTEGER(big, number.get()) &&
                           X509_set_serialNumber(certificate.get(), number.get()) == 1;
    BN_free(big);
    if (!serialSet)
        fail("X509_set_serialNumber");

    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray organisationName = organisation.left(64).toUtf8();
    const QByteArray commonName =
        (organisation.left(40) + QStringLiteral(": audit export signing")).toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(commonName.constData()),
                                   -1, -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(
            name, "O", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char*>(organisationName.constData()), -1, -1, 0) != 1 ||
        X509_set_issuer_name(certificate.get(), name) != 1)
        fail("X509_NAME_add_entry_by_txt");
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), from.toSecsSinceEpoch()) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                       from.addYears(years).toSecsSinceEpoch()))
        fail("ASN1_TIME_set");
    if (X509_set_pubkey(certificate.get(), key.evp()) != 1)
        fail("X509_set_pubkey");
    addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation");
    addExtension(certificate.get(), NID_subject_key_identifier, "hash");
    // Ed25519 names no digest; ECDSA signs the certificate's SHA-256.
    const EVP_MD* digest =
        key.algorithm() == SigningKey::Algorithm::Ed25519 ? nullptr : EVP_sha256();
    if (X509_sign(certificate.get(), key.evp(), digest) <= 0)
        fail("X509_sign");
    CertificateChain chain;
    chain.m_certificates.push_back(std::move(certificate));
    return chain;
}

CertificateChain CertificateChain::fromPem(const QByteArray& pem)
{
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        fail("BIO_new_mem_buf");
    CertificateChain chain;
    while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        chain.m_certificates.emplace_back(certificate);
    ERR_clear_error(); // the end of the input reads as an error
    if (chain.m_certificates.empty())
        throw Error(Error::Kind::BadInput,
                    tr("No certificate was found: a PEM file with \"BEGIN CERTIFICATE\" is "
                       "expected, the signer's certificate first."));
    for (std::size_t i = 0; i + 1 < chain.m_certificates.size(); ++i)
        if (X509_check_issued(chain.m_certificates[i + 1].get(), chain.m_certificates[i].get()) !=
            X509_V_OK)
            throw Error(Error::Kind::BadInput,
                        //: %1 and %2: positions of certificates in the file (1 is the first).
                        tr("Certificate %1 in the file was not issued by certificate %2: the "
                           "signer's certificate comes first, each followed by its issuer's.")
                            .arg(i + 1)
                            .arg(i + 2));
    return chain;
}

QByteArray CertificateChain::toPem() const
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        fail("BIO_new");
    for (const ossl::X509Ptr& certificate : m_certificates)
        if (PEM_write_bio_X509(bio.get(), certificate.get()) != 1)
            fail("PEM_write_bio_X509");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QString CertificateChain::keyFingerprint() const
{
    EVP_PKEY* key = X509_get0_pubkey(leaf());
    if (!key)
        throw Error(Error::Kind::BadInput, tr("The certificate's public key cannot be read."));
    EVP_PKEY_up_ref(key);
    return SigningKey::fromEvp(ossl::PkeyPtr(key)).fingerprint();
}

QString CertificateChain::subject() const
{
    return subjectOf(leaf());
}

QString CertificateChain::subjectOf(X509* certificate)
{
    ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0,
                                   XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(size));
}

QDateTime CertificateChain::toDateTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QDateTime CertificateChain::notBefore() const
{
    return toDateTime(X509_get0_notBefore(leaf()));
}

QDateTime CertificateChain::notAfter() const
{
    return toDateTime(X509_get0_notAfter(leaf()));
}

bool CertificateChain::selfIssued() const
{
    // Not X509_check_issued: a signer's certificate may not sign certificates (key usage), its
    // own included.
    return X509_self_signed(leaf(), 1) == 1;
}

} // namespace dpo

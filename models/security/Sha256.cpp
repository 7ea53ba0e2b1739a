// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Sha256.h"

#include "core/Error.h"
#include "security/OpenSsl.h"

#include <QString>

namespace dpo {

struct Sha256::Impl
{
    ossl::MdPtr md{EVP_MD_fetch(nullptr, "SHA256", nullptr)};
    ossl::MdCtxPtr ctx{EVP_MD_CTX_new()};
};

namespace {
[[noreturn]] void fail(const char* what)
{
    throw Error(Error::Kind::Crypto,
                QStringLiteral("OpenSSL SHA-256 failed: %1").arg(QLatin1String(what)));
}
} // namespace

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    if (!m_impl->md || !m_impl->ctx)
        fail("no SHA256 implementation");
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    if (EVP_DigestInit_ex2(m_impl->ctx.get(), m_impl->md.get(), nullptr) != 1)
        fail("EVP_DigestInit_ex2");
}

void Sha256::add(QByteArrayView data)
{
    if (EVP_DigestUpdate(m_impl->ctx.get(), data.data(), size_t(data.size())) != 1)
        fail("EVP_DigestUpdate");
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_impl->ctx.get(), reinterpret_cast<unsigned char*>(out.data()),
                           &length) != 1)
        fail("EVP_DigestFinal_ex");
    out.resize(int(length));
    reset();
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.add(data);
    return sha.result();
}

QByteArray Sha256::hashHex(QByteArrayView data)
{
    return hash(data).toHex();
}

} // namespace dpo

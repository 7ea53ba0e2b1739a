// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QByteArray>
#include <QByteArrayView>

namespace dpo {

// Incremental SHA-256 through OpenSSL's EVP digest interface.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView data);
    QByteArray result(); // 32 raw bytes; the object can be reused after reset()
    void reset();

    static QByteArray hash(QByteArrayView data);    // raw
    static QByteArray hashHex(QByteArrayView data); // 64 lower-case hex digits

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace dpo

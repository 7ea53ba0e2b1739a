// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace dpo::test {

// A time-stamping authority on loopback for as long as the object lives
// (tests/support/tsa_server.py: `openssl ts -reply` behind HTTP). start() returns false, with the
// reason in error(), when it did not come up.
class LocalAuthority
{
public:
    LocalAuthority() = default;
    ~LocalAuthority();
    LocalAuthority(const LocalAuthority&) = delete;
    LocalAuthority& operator=(const LocalAuthority&) = delete;

    // `dir` holds the authority's keys and serial file.
    bool start(const QString& dir);
    QString url() const { return m_url; }       // http://127.0.0.1:PORT/tsa
    QString rootPath() const { return m_root; } // its root certificate, for -CAfile
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QString m_url, m_root, m_error;
};

} // namespace dpo::test

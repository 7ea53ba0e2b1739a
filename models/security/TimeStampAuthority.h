// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/TimeStamp.h"

#include <QUrl>

namespace dpo {

// The time-stamping authority at a URL (HTTP, RFC 3161 section 3.4). Its own library
// (dpo_network, models/CMakeLists.txt): the only code that needs QtNetwork.
class TimeStampAuthority
{
public:
    explicit TimeStampAuthority(QUrl url, int timeoutMs = 30000)
        : m_url(std::move(url)), m_timeoutMs(timeoutMs)
    {
    }
    // Asks for a token over `sha256` (a fresh nonce each time). Throws Error(Connection) when the
    // authority cannot be reached or answers with an HTTP error, Error(BadInput) as fromResponse.
    TimeStampToken stamp(const QByteArray& sha256) const;

private:
    QUrl m_url;
    int m_timeoutMs;
};

} // namespace dpo

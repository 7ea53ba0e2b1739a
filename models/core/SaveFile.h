// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace dpo {

// Read and write for the owner alone: what every file the console writes is made with (letters,
// reports and exports hold personal data; the key is a secret), whatever the umask.
inline constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes `bytes` to `path` all at once (QSaveFile): an older file is never half-replaced. The
// permissions are set before anything is written. Throws Error(BadInput) naming the path and the
// reason.
void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         QFileDevice::Permissions permissions = kOwnerOnly);

} // namespace dpo

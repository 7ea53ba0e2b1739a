// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace dpo {

// Writes `bytes` to `path` all at once (QSaveFile): an older file is never half-replaced.
// `permissions`, when given, are set before anything is written. Throws Error(BadInput) naming
// the path and the reason.
void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         QFileDevice::Permissions permissions = {});

} // namespace dpo

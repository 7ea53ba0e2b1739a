// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>

namespace dpo {

// The largest file the import and a feed file take (docs/import.md, docs/feed.md): both stream,
// so memory does not grow with a file, but a file this size is a mistake (the wrong file, or a
// runaway export) long before it is a platform's day: 4 GiB is about 16 million subjects.
inline constexpr qint64 kMaxInputFileBytes = qint64(4) << 30;

// Throws Error(BadInput) naming the file when it is larger than kMaxInputFileBytes.
inline void requireInputFileSize(const QFile& file, const QString& path)
{
    if (file.size() > kMaxInputFileBytes)
        throw Error(Error::Kind::BadInput,
                    //: %1: the file's path; %2 and %3: numbers of bytes.
                    QCoreApplication::translate("dpo::InputLimits",
                                                "%1: the file is %2 bytes, more than the %3 "
                                                "bytes a file may have")
                        .arg(path)
                        .arg(file.size())
                        .arg(kMaxInputFileBytes));
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SaveFile.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dpo {

void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::BadInput,
                    //: %1: the file's path; %2: the system's reason, e.g. "Permission denied".
                    QCoreApplication::translate("dpo::SaveFile", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace dpo::test {

// The size of a randomised suite: `fallback`, what every CI run does, unless the environment
// variable `variable` asks for more (scripts/soak.sh runs the suites at full size). The size used
// is printed, as the seeds are, so that a figure can be quoted and a run repeated.
inline int suiteSize(const char* variable, int fallback)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue(variable, &ok);
    const int size = ok && asked > 0 ? asked : fallback;
    qInfo("%s=%d", variable, size);
    return size;
}

} // namespace dpo::test

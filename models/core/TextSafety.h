// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dpo::TextSafety {

// A C0 or C1 control character: a terminal's escape sequences begin with one, and NUL ends a
// string in the database's COPY.
constexpr bool isControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

// An embedding, override or isolate of the bidirectional algorithm: it reorders what follows it,
// so that a name or a file name can read as something else.
constexpr bool isDirectionControl(char16_t u)
{
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

// Whether `text` holds either kind (names and addresses refuse them: SubjectFields).
inline bool hasControlOrDirection(const QString& text)
{
    for (const QChar c : text)
        if (isControl(c.unicode()) || isDirectionControl(c.unicode()))
            return true;
    return false;
}

} // namespace dpo::TextSafety

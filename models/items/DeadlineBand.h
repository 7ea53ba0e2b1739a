// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Shades.h"

#include <QColor>

namespace dpo {

// The deadline bands of every register: 10 days or more, under 10, under 5, overdue;
// grey once the case is no longer open. Each in a shade that reads on the palette in use
// (Shades); the cell's text says the same in words ("overdue by 3 days", "4 days left").
inline QColor deadlineBandColour(bool open, bool overdue, int daysLeft)
{
    if (!open)
        return Shades::muted();
    if (overdue)
        return Shades::pick(0xb01c1c, 0xff8a80);
    if (daysLeft < 5)
        return Shades::pick(0xc2410c, 0xffab70);
    if (daysLeft < 10)
        return Shades::pick(0xa36a00, 0xffd54f);
    return Shades::good();
}

} // namespace dpo

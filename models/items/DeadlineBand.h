// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace dpo {

// The deadline bands of every register: 10 days or more, under 10, under 5, overdue;
// grey once the case is no longer open.
inline QColor deadlineBandColour(bool open, bool overdue, int daysLeft)
{
    if (!open)
        return QColor(0x60, 0x60, 0x60);
    if (overdue)
        return QColor(0xb0, 0x1c, 0x1c);
    if (daysLeft < 5)
        return QColor(0xc2, 0x41, 0x0c);
    if (daysLeft < 10)
        return QColor(0xa3, 0x6a, 0x00);
    return QColor(0x1d, 0x6b, 0x2a);
}

} // namespace dpo

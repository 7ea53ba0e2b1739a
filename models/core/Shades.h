// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace dpo::Shades {

// Colours that carry meaning (an error, an overdue deadline, a minor's row) in the shade that
// reads on the palette in use: the deep one on a light background, a light one on a dark
// (a dark desktop theme). The meaning is never the colour's alone: the text says it too.
inline bool darkBackground()
{
    // Without a QGuiApplication (the command line, a guiless test) there is no palette to ask.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}
inline QColor pick(QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(darkBackground() ? onDark : onLight);
}
// Errors, a refusal, overdue.
inline QColor alarm()
{
    return pick(0xb00020, 0xff8a80);
}
// Intact, done, ten days or more.
inline QColor good()
{
    return pick(0x1d6b2a, 0x81c784);
}
// Closed, blocked, loading.
inline QColor muted()
{
    return pick(0x606060, 0xa8a8a8);
}
// A minor's row: its background.
inline QColor minorRow()
{
    return pick(0xfff0d0, 0x4a3a14);
}
// A style sheet's `color:` for a label, with `extra` declarations after it.
inline QString textStyle(const QColor& colour, const char* extra = "")
{
    return QStringLiteral("color: %1;%2").arg(colour.name(), QLatin1String(extra));
}

} // namespace dpo::Shades

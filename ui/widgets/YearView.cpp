// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearView.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace dpo {

namespace {
constexpr int kColumns = 4; // months per row
constexpr int kRows = 3;
constexpr int kGap = 14; // pixels between months
constexpr int kWeekRows = 6;
constexpr int kHeaderRows = 2; // the month's name and the weekdays
} // namespace

YearView::YearView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("yearView"));
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus);
}

void YearView::setYear(int year, const QHash<QDate, QString>& kinds)
{
    m_year = year;
    m_kinds = kinds;
    if (m_selected.isValid() && m_selected.year() != year)
        m_selected = {};
    update();
}

void YearView::setSelectedDay(const QDate& day)
{
    m_selected = day;
    update();
}

void YearView::setToday(const QDate& today)
{
    m_today = today;
    update();
}

QColor YearView::background(const QString& kind)
{
    if (kind == QStringLiteral("holiday"))
        return QColor(0xf4, 0xc2, 0xc2);
    if (kind == QStringLiteral("day_off"))
        return QColor(0xfc, 0xdc, 0xb0);
    if (kind == QStringLiteral("working_day"))
        return QColor(0xc8, 0xe6, 0xc9);
    if (kind == QStringLiteral("working_holiday"))
        return QColor(0xd4, 0xe2, 0xf7);
    if (kind == QStringLiteral("weekend"))
        return QColor(0xe2, 0xe2, 0xe2);
    return QColor(Qt::white);
}

QString YearView::kindOf(const QDate& day) const
{
    const auto it = m_kinds.constFind(day);
    if (it != m_kinds.cend())
        return *it;
    return day.dayOfWeek() >= 6 ? QStringLiteral("weekend") : QString();
}

QRect YearView::monthRect(int month) const
{
    const int w = (width() - (kColumns - 1) * kGap) / kColumns;
    const int h = (height() - (kRows - 1) * kGap) / kRows;
    const int index = month - 1;
    return {(index % kColumns) * (w + kGap), (index / kColumns) * (h + kGap), w, h};
}

QRect YearView::dayRect(const QDate& day) const
{
    if (!day.isValid() || day.year() != m_year)
        return {};
    const QRect month = monthRect(day.month());
    const int cellW = month.width() / 7;
    const int cellH = month.height() / (kWeekRows + kHeaderRows);
    const int firstColumn = QDate(m_year, day.month(), 1).dayOfWeek() - 1; // Monday first
    const int cell = firstColumn + day.day() - 1;
    return {month.left() + (cell % 7) * cellW, month.top() + (kHeaderRows + cell / 7) * cellH,
            cellW, cellH};
}

QDate YearView::dayAt(const QPoint& point) const
{
    for (int month = 1; month <= 12 && m_year > 0; ++month) {
        if (!monthRect(month).contains(point))
            continue;
        for (QDate d(m_year, month, 1); d.month() == month; d = d.addDays(1)) {
            if (dayRect(d).contains(point))
                return d;
        }
    }
    return {};
}

void YearView::paintEvent(QPaintEvent*)
{
    if (m_year <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QLocale locale;
    QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    for (int month = 1; month <= 12; ++month) {
        const QRect area = monthRect(month);
        const int cellW = area.width() / 7;
        const int cellH = area.height() / (kWeekRows + kHeaderRows);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(area.left(), area.top(), cellW * 7, cellH), Qt::AlignCenter,
                   locale.standaloneMonthName(month, QLocale::LongFormat));
        p.setFont(normal);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            p.setPen(weekday >= 6 ? QColor(0xa0, 0x30, 0x30)
                                  : palette().color(QPalette::WindowText));
            p.drawText(QRect(area.left() + (weekday - 1) * cellW, area.top() + cellH, cellW, cellH),
                       Qt::AlignCenter, locale.standaloneDayName(weekday, QLocale::NarrowFormat));
        }
        for (QDate d(m_year, month, 1); d.month() == month; d = d.addDays(1)) {
            const QRect cell = dayRect(d).adjusted(1, 1, -1, -1);
            const QString kind = kindOf(d);
            // A public holiday that is a working day is still a day off when it falls on a weekend.
            const bool weekendHoliday =
                kind == QStringLiteral("working_holiday") && d.dayOfWeek() >= 6;
            p.fillRect(cell, background(weekendHoliday ? QStringLiteral("weekend") : kind));
            p.setPen(kind == QStringLiteral("holiday") ? QColor(0x8a, 0x10, 0x10)
                                                       : QColor(0x20, 0x20, 0x20));
            p.drawText(cell, Qt::AlignCenter, QString::number(d.day()));
            if (d == m_today) {
                p.setPen(QPen(QColor(0x1d, 0x5f, 0xb0), 1));
                p.drawRect(cell.adjusted(0, 0, -1, -1));
            }
            if (d == m_selected) {
                p.setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
        }
    }
}

void YearView::mousePressEvent(QMouseEvent* event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (!day.isValid())
        return;
    setSelectedDay(day);
    emit dayClicked(day);
}

} // namespace dpo

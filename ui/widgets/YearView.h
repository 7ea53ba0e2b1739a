// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QWidget>

namespace dpo {

// A year of twelve month grids, each day coloured by what the working-day calendar makes of it:
// a weekend, a holiday, a day off by decree, a weekend day worked by decree, or a public holiday
// that is a working day. Click to select a day.
class YearView : public QWidget
{
    Q_OBJECT
public:
    explicit YearView(QWidget* parent = nullptr);
    // `kinds`: the marked days of the year by kind code (holiday, day_off, working_day).
    void setYear(int year, const QHash<QDate, QString>& kinds);
    int year() const { return m_year; }
    QDate selectedDay() const { return m_selected; }
    void setSelectedDay(const QDate& day);
    void setToday(const QDate& today);
    // The day under a point, invalid between the grids.
    QDate dayAt(const QPoint& point) const;
    QRect dayRect(const QDate& day) const;

    static QColor background(const QString& kind); // "weekend" for an unmarked Saturday or Sunday

    QSize sizeHint() const override { return {760, 560}; }
    QSize minimumSizeHint() const override { return {560, 420}; }

signals:
    void dayClicked(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect monthRect(int month) const;
    QString kindOf(const QDate& day) const;

    int m_year = 0;
    QHash<QDate, QString> m_kinds;
    QDate m_selected;
    QDate m_today;
};

} // namespace dpo

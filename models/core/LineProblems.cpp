// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LineProblems.h"

namespace dpo {

void LineProblems::add(qint64 line, const QString& field, const QString& reason)
{
    ++m_count;
    if (m_lines.size() < kMaxListed)
        m_lines << QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(field, reason);
}

QString LineProblems::text(const QString& more, const QString& total) const
{
    QStringList lines = m_lines;
    lines << (m_count > m_lines.size() ? more.arg(m_count - m_lines.size()) : total.arg(m_count));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dpo

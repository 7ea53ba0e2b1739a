// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LineProblems.h"

namespace dpo {

void LineProblems::add(qint64 line, const QString& field, const QString& reason)
{
    ++m_count;
    if (m_lines.size() < kMaxListed)
        m_lines << QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(field, reason);
}

QString LineProblems::text(const QString& closingLine) const
{
    return (QStringList(m_lines) << closingLine).join(QLatin1Char('\n'));
}

QString LineProblems::Line::text() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, reason);
}

std::optional<LineProblems::Line> LineProblems::parse(const QString& text, const QString& file)
{
    // The file's name is known, so a colon in it does not mislead; the field is the text up to
    // the next ": " (field names are column names and event fields, which have none).
    const QString prefix = file + QLatin1Char(':');
    if (!text.startsWith(prefix))
        return std::nullopt;
    const qsizetype lineEnd = text.indexOf(QStringLiteral(": "), prefix.size());
    if (lineEnd < 0)
        return std::nullopt;
    bool numeric = false;
    const qint64 line = text.mid(prefix.size(), lineEnd - prefix.size()).toLongLong(&numeric);
    const qsizetype fieldEnd = text.indexOf(QStringLiteral(": "), lineEnd + 2);
    if (!numeric || fieldEnd < 0)
        return std::nullopt;
    return Line{file, line, text.mid(lineEnd + 2, fieldEnd - lineEnd - 2), text.mid(fieldEnd + 2)};
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace dpo {

// What is wrong in a file a line at a time, as FILE:LINE: field: reason: the first kMaxListed
// lines kept, the rest only counted, so that a file of a million bad rows costs no more memory
// than one of a hundred. Shared by the import and the change feed.
class LineProblems
{
public:
    static constexpr int kMaxListed = 100;

    explicit LineProblems(QString file) : m_file(std::move(file)) {}
    void add(qint64 line, const QString& field, const QString& reason);
    bool isEmpty() const { return m_count == 0; }
    qint64 count() const { return m_count; }
    const QStringList& listed() const { return m_lines; }
    qint64 unlisted() const { return m_count - m_lines.size(); }
    // The listed lines, then `closingLine` (the caller says how many there were, or how many
    // were not listed, in a plural form of its language).
    QString text(const QString& closingLine) const;

    // One listed line taken apart again, for a window that lists them in columns.
    struct Line
    {
        QString file;
        qint64 line = 0;
        QString field;
        QString reason;
        QString text() const; // FILE:LINE: field: reason, as it was
    };
    // `text` read as a line of `file`'s problems; nothing when it is not one (a closing line).
    static std::optional<Line> parse(const QString& text, const QString& file);

private:
    QString m_file;
    QStringList m_lines;
    qint64 m_count = 0;
};

} // namespace dpo

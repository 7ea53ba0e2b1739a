// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What FeedApplier's event handlers share (FeedApplier.cpp, FeedRecords.cpp, FeedActivity.cpp);
// not a header for anyone else.
#include "feed/FeedApplier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

namespace dpo::feed_detail {

inline QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString().trimmed();
}

// A list of codes, each once.
inline QStringList list(const QJsonObject& fields, const char* name)
{
    QStringList out;
    for (const QJsonValue& v : fields.value(QLatin1String(name)).toArray()) {
        const QString code = v.toString().trimmed();
        if (!out.contains(code))
            out << code;
    }
    return out;
}

inline bool has(const QJsonObject& fields, const char* name)
{
    return fields.contains(QLatin1String(name));
}

inline QVariant orNull(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace dpo::feed_detail

namespace dpo {

// One event being applied: what it is, and what applying it found.
struct FeedApplier::Context
{
    const FeedLine& event;
    Report report;
    void problem(const char* field, const QString& reason)
    {
        report.problems << FeedLine::Problem{QString::fromLatin1(field), reason};
    }
    void flag(const char* kind, qint64 subjectId, const QString& detail)
    {
        report.flags << Flag{QString::fromLatin1(kind), subjectId, detail};
    }
    bool failed() const { return !report.problems.isEmpty() || report.outcome == Outcome::Refused; }
};

} // namespace dpo

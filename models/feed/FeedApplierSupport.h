// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What FeedApplier's event handlers share (FeedApplier.cpp, FeedRecords.cpp, FeedActivity.cpp);
// not a header for anyone else.
#include "feed/FeedApplier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

namespace dpo::feed_detail {

// The subject's columns a subject.upsert may set, in the order they are written.
inline constexpr const char* kSubjectColumns[] = {"inn",
                                                  "surname",
                                                  "given_name",
                                                  "patronymic",
                                                  "birth_date",
                                                  "sex",
                                                  "phone",
                                                  "email",
                                                  "preferred_language",
                                                  "id_document",
                                                  "residence_address",
                                                  "registration_address"};

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

// A UTC time as both drivers write one (2026-11-02T03:00:00.000Z), without QDateTime::toString,
// which costs more than the statement it is bound to.
inline QString utcText(const QDateTime& utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    put(11, t.hour(), 2);
    put(14, t.minute(), 2);
    put(17, t.second(), 2);
    put(20, t.msec(), 3);
    return QString::fromLatin1(text, sizeof(text) - 1);
}

// A subject's status or a category's state that an officer's withdrawal left erased.
inline bool isErased(const QString& state)
{
    return state == QLatin1String("destroyed") || state == QLatin1String("depersonalised");
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
    QString at = feed_detail::utcText(event.at); // the event's time as it is stored
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

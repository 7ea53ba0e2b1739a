// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QString>
#include <QStringList>
#include <span>

namespace dpo {

// The platform's change feed, format version 1 (docs/feed.md): one JSON object per line, each
// an event with a unique `id`, a `type`, the time `at` (ISO-8601 with its zone) and the fields of
// its type. This is the one table of the types and their fields; the reader checks a line's shape
// against it, the feed's service the values against the database.
enum class FeedEventType
{
    RecipientUpsert,
    SubjectUpsert,
    ConsentGiven,
    Transfer,
    CategoryCollected,
    WithdrawalRequested,
    AccountClosed,
};

// What a field's JSON value must be.
enum class FeedValue
{
    Text,     // a string
    Date,     // a string YYYY-MM-DD
    Instant,  // a string, ISO-8601 with its zone
    TextList, // an array of strings, at least one
    Flag,     // true or false
};

struct FeedField
{
    const char* name;
    FeedValue value;
    bool required;
};

struct FeedEventShape
{
    FeedEventType type;
    const char* code; // "subject.upsert"
    std::span<const FeedField> fields;
};

namespace FeedFormat {
constexpr int kVersion = 1;
constexpr int kMaxIdLength = 200;
constexpr int kMaxTextLength = 4000; // longer text is refused, not cut
std::span<const FeedEventShape> shapes();
const FeedEventShape* shapeOf(const QString& code); // nullptr: not a type of this version
const FeedEventShape& shape(FeedEventType type);
QStringList typeCodes();
} // namespace FeedFormat

} // namespace dpo

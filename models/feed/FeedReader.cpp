// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedReader.h"

#include "security/Sha256.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

namespace dpo {

namespace {

// Control characters other than tab and line breaks have no place in a name, an address or a
// code, and would forge lines in a terminal or a log.
bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return true;
    }
    return false;
}

QString checkText(const QJsonValue& value)
{
    if (!value.isString())
        return FeedReader::tr("must be a string");
    const QString text = value.toString();
    if (text.size() > FeedFormat::kMaxTextLength)
        //: Follows a field's name in a feed error; the subject is the field's value. %1: a number
        //: of characters.
        return FeedReader::tr("is longer than %1 characters").arg(FeedFormat::kMaxTextLength);
    if (hasControlCharacters(text))
        return FeedReader::tr("holds control characters");
    return {};
}

// A time with its zone, in UTC; invalid when it is not one.
QDateTime instant(const QJsonValue& value)
{
    static const QRegularExpression zoned(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"
                       "(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = value.toString();
    if (!value.isString() || !zoned.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString instantProblem()
{
    return FeedReader::tr("must be a time in ISO-8601 with its zone, such as "
                          "2026-12-01T09:00:00+06:00");
}

// Most events are ASCII (a transfer's codes): those need no decoding to be known valid UTF-8.
bool isValidUtf8(const QByteArray& bytes)
{
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) == 0; }))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8(bytes));
    return !utf8.hasError();
}

QString checkValue(FeedValue kind, const QJsonValue& value)
{
    switch (kind) {
    case FeedValue::Text:
        return checkText(value);
    case FeedValue::Date: {
        static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = value.toString();
        if (!value.isString() || !form.match(text).hasMatch() ||
            !QDate::fromString(text, Qt::ISODate).isValid())
            return FeedReader::tr("must be a date YYYY-MM-DD");
        return {};
    }
    case FeedValue::Instant:
        return instant(value).isValid() ? QString() : instantProblem();
    case FeedValue::TextList: {
        if (!value.isArray() || value.toArray().isEmpty())
            return FeedReader::tr("must be a list of strings, at least one");
        for (const QJsonValue& item : value.toArray()) {
            if (const QString wrong = checkText(item); !wrong.isEmpty())
                //: Follows a list field's name in a feed error and precedes what is wrong with one
                //: item. %1: what is wrong, e.g. "must be a string".
                return FeedReader::tr("each item %1").arg(wrong);
            if (item.toString().trimmed().isEmpty())
                return FeedReader::tr("holds an empty item");
        }
        return {};
    }
    case FeedValue::Flag:
        return value.isBool() ? QString() : FeedReader::tr("must be true or false");
    }
    return {};
}

} // namespace

bool FeedReader::next(FeedLine& line)
{
    // One buffer for every line: a fresh megabyte per line would be allocated and freed a million
    // times over (the operating system's page mapping, not the parsing, was the cost).
    if (m_buffer.size() != kMaxLineBytes + 2)
        m_buffer.resize(kMaxLineBytes + 2);
    const auto readLine = [this] {
        // readLine(data, n) reads at most n - 1 bytes: room for the longest line and its '\n'.
        const qint64 n = m_device->readLine(m_buffer.data(), m_buffer.size());
        const QByteArrayView bytes(m_buffer.constData(), n > 0 ? n : 0);
        if (m_digest)
            m_digest->add(bytes);
        return bytes;
    };
    while (!m_device->atEnd()) {
        QByteArrayView bytes = readLine();
        ++m_line;
        const bool tooLong = !bytes.endsWith('\n') && !m_device->atEnd();
        while (!bytes.endsWith('\n') && !m_device->atEnd())
            bytes = readLine(); // the rest of the line, dropped
        line = FeedLine{};
        line.line = m_line;
        if (tooLong) {
            line.problems.append(
                //: Follows "FILE:LINE:" in a feed error; the subject is the line. %1: a number of
                //: bytes.
                {QStringLiteral("line"), tr("is longer than %1 bytes").arg(kMaxLineBytes)});
            return true;
        }
        if (bytes.trimmed().isEmpty())
            continue;
        check(bytes.toByteArray(), line);
        return true;
    }
    return false;
}

FeedLine FeedReader::parse(const QByteArray& bytes, int line)
{
    FeedLine event;
    event.line = line;
    if (bytes.size() > kMaxLineBytes)
        event.problems.append(
            {QStringLiteral("line"), tr("is longer than %1 bytes").arg(kMaxLineBytes)});
    else
        check(bytes, event);
    return event;
}

void FeedReader::check(const QByteArray& bytes, FeedLine& line)
{
    if (!isValidUtf8(bytes)) {
        line.problems.append(
            {QStringLiteral("line"), tr("is not valid UTF-8; the feed is written in UTF-8")});
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        line.problems.append(
            {QStringLiteral("line"),
             //: Follows "FILE:LINE:" in a feed error; the subject is the line. %1: the JSON
             //: parser's message (English from Qt); %2: the character's position.
             tr("is not JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1)});
        return;
    }
    if (!document.isObject()) {
        line.problems.append({QStringLiteral("line"), tr("an event is a JSON object")});
        return;
    }
    const QJsonObject object = document.object();

    const QJsonValue id = object.value(QStringLiteral("id"));
    if (const QString wrong = checkText(id); !wrong.isEmpty())
        line.problems.append({QStringLiteral("id"), id.isUndefined() ? tr("is missing") : wrong});
    else if (id.toString().trimmed().isEmpty() || id.toString().size() > FeedFormat::kMaxIdLength)
        line.problems.append(
            //: Follows the field's name ("id: …"). %1: the largest number of characters.
            {QStringLiteral("id"), tr("must be 1 to %1 characters").arg(FeedFormat::kMaxIdLength)});
    else
        line.id = id.toString();

    const QJsonValue at = object.value(QStringLiteral("at"));
    if (at.isUndefined())
        line.problems.append({QStringLiteral("at"), tr("is missing")});
    else if (line.at = instant(at); !line.at.isValid())
        line.problems.append({QStringLiteral("at"), instantProblem()});

    const QJsonValue type = object.value(QStringLiteral("type"));
    line.shape = type.isString() ? FeedFormat::shapeOf(type.toString()) : nullptr;
    if (!line.shape) {
        line.problems.append(
            {QStringLiteral("type"),
             type.isUndefined()
                 ? tr("is missing")
                 :
                 //: Follows the field's name ("type: …"). %1: the type as given; %2: the feed
                 //: format's version number; %3: the known types, separated by commas.
                 tr("\"%1\" is not an event type of feed version %2: use %3")
                     .arg(type.isString() ? type.toString() : tr("(not a string)"))
                     .arg(FeedFormat::kVersion)
                     .arg(FeedFormat::typeCodes().join(QStringLiteral(", ")))});
        return;
    }
    checkFields(object, line);
}

void FeedReader::checkFields(const QJsonObject& object, FeedLine& line)
{
    const auto fieldOf = [&](const QString& name) -> const FeedField* {
        for (const FeedField& field : line.shape->fields) {
            if (name == QLatin1String(field.name))
                return &field;
        }
        return nullptr;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& name = it.key();
        if (name == QLatin1String("id") || name == QLatin1String("type") ||
            name == QLatin1String("at"))
            continue;
        const FeedField* field = fieldOf(name);
        if (!field) {
            // A field this version does not know is refused, not dropped: a misspelt field
            // would otherwise lose the change it carries without a word.
            line.problems.append(
                //: Follows the field's name in a feed error. %1: the event's type, e.g.
                //: "subject.upsert".
                {name.left(64), tr("is not a field of %1").arg(QLatin1String(line.shape->code))});
            continue;
        }
        if (const QString wrong = checkValue(field->value, it.value()); !wrong.isEmpty())
            line.problems.append({name, wrong});
    }
    line.fields = object; // shared, not copied a field at a time
    for (const FeedField& field : line.shape->fields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (field.required &&
            (value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty())))
            line.problems.append({QString::fromLatin1(field.name),
                                  //: Follows the field's name in a feed error. %1: the event's
                                  //: type, e.g. "subject.upsert".
                                  tr("is required in %1").arg(QLatin1String(line.shape->code))});
    }
}

} // namespace dpo

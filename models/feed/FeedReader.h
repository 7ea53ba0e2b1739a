// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/FeedFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dpo {

class Sha256;

// One line of a feed file as read: the event, or what is wrong with it.
struct FeedLine
{
    struct Problem
    {
        QString field; // "line" for the line as a whole
        QString reason;
    };
    int line = 0; // 1-based
    QString id;
    const FeedEventShape* shape = nullptr; // null when the type is missing or unknown
    QDateTime at;                          // UTC
    QJsonObject fields; // the event as given: its type's fields checked for shape, and the envelope
    QList<Problem> problems; // empty: a well-formed event
};

// Reads a feed file (docs/feed.md) line by line, so that a file of millions of events never sits
// in memory whole, and checks each line's shape against FeedFormat: JSON, strict UTF-8, the
// envelope (id, type, at), every field of the type and nothing else, each value of its kind.
// Whether the values make sense (a known subject, a valid INN) is the applying service's to say.
// Blank lines are skipped.
class FeedReader
{
    Q_DECLARE_TR_FUNCTIONS(dpo::FeedReader)
public:
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;

    // With `digest`, every byte read (blank and over-long lines too) is added to it: at the end
    // it is the file's SHA-256, of exactly what was applied.
    explicit FeedReader(QIODevice* device, Sha256* digest = nullptr)
        : m_device(device), m_digest(digest)
    {
    }
    bool next(FeedLine& line); // false at the end of input
    // One event on its own (a row of the inbox): the same checks, with the line number given.
    static FeedLine parse(const QByteArray& bytes, int line = 1);

private:
    static void check(const QByteArray& bytes, FeedLine& line);
    static void checkFields(const QJsonObject& object, FeedLine& line);

    QIODevice* m_device;
    Sha256* m_digest;
    int m_line = 0;
    QByteArray m_buffer; // the line being read, allocated once
};

} // namespace dpo

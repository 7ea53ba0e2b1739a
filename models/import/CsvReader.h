// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpo {

class Sha256;

// Reads RFC 4180 CSV (comma, double quotes, CRLF or LF) from a device record by record, so
// that a platform export of a million rows never sits in memory whole. It parses bytes and
// decodes each field as strict UTF-8; a record with invalid UTF-8 is reported, not guessed.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // physical line where the record starts (1-based)
        QStringList fields;
        QString error; // empty when well-formed
    };

    // `digest`, when given, is fed every byte read, so that a file is hashed as it is parsed.
    explicit CsvReader(QIODevice* device, Sha256* digest = nullptr);

    // False at the end of input.
    bool next(Record& record);

    // A longer record is an error of that record ("the record is longer than …").
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

private:
    int readByte(); // -1 at end
    void unread(int byte);

    void fill();

    QIODevice* m_device;
    Sha256* m_digest;
    QByteArray m_buffer;
    // One record's field bytes end to end, and where each field ends: kept from record to
    // record, so that a million records cost no allocation per field but their QStrings.
    QByteArray m_bytes;
    QList<qsizetype> m_ends;
    qsizetype m_pos = 0;
    int m_pushback = -2;
    int m_line = 1;
    bool m_started = false;
};

} // namespace dpo

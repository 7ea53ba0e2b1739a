// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include "security/Sha256.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <utility>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::CsvReader", text);
}
} // namespace

CsvReader::CsvReader(QIODevice* device, Sha256* digest) : m_device(device), m_digest(digest) {}

void CsvReader::fill()
{
    m_buffer = m_device->read(1 << 16);
    m_pos = 0;
    if (m_digest)
        m_digest->add(m_buffer);
}

int CsvReader::readByte()
{
    if (m_pushback != -2) {
        const int b = m_pushback;
        m_pushback = -2;
        return b;
    }
    if (m_pos >= m_buffer.size()) {
        fill();
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

void CsvReader::unread(int byte)
{
    m_pushback = byte;
}

bool CsvReader::next(Record& record)
{
    record.line = 0;
    record.fields.clear(); // keeps its capacity for the next record
    record.error.clear();
    if (!m_started) {
        m_started = true;
        fill();
        m_pos = m_buffer.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark is dropped
    }

    int b = readByte();
    if (b == -1)
        return false;
    record.line = m_line;

    m_bytes.resize(0); // keeps the capacity
    m_ends.resize(0);
    const auto endField = [this] { m_ends.append(m_bytes.size()); };
    // A record is kept up to kMaxRecordBytes: a file with one endless field (a missing closing
    // quote in a huge export, or a hostile file) is reported, not held in memory.
    const auto keep = [&](char c) {
        if (m_bytes.size() < kMaxRecordBytes)
            m_bytes += c;
        else if (record.error.isEmpty())
            //: Follows "FILE:LINE:" in an import error; the subject is the record. %1: a number of
            //: bytes.
            record.error = tr("the record is longer than %1 bytes").arg(kMaxRecordBytes);
    };
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field began with a quote
    bool afterQuote = false; // a quoted field has closed; only , or end of line may follow
    qsizetype fieldStart = 0;
    for (;; b = readByte()) {
        if (quoted) {
            if (b == -1) {
                record.error = tr("a quoted field is not closed before the end of the file");
                endField();
                break;
            }
            if (b == '"') {
                const int n = readByte();
                if (n == '"') {
                    keep('"');
                    continue;
                }
                unread(n);
                quoted = false;
                afterQuote = true;
                continue;
            }
            if (b == '\n')
                ++m_line;
            keep(char(b));
            continue;
        }
        if (b == -1 || b == '\n' || b == '\r') {
            if (b == '\r') {
                const int n = readByte();
                if (n != '\n')
                    unread(n);
            }
            if (b != -1)
                ++m_line;
            endField();
            break;
        }
        if (b == ',') {
            endField();
            fieldStart = m_bytes.size();
            wasQuoted = false;
            afterQuote = false;
            continue;
        }
        if (afterQuote) {
            if (record.error.isEmpty())
                record.error = tr("text follows the closing quote of a field");
            continue;
        }
        if (b == '"') {
            if (m_bytes.size() == fieldStart && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                continue;
            }
            if (record.error.isEmpty())
                record.error =
                    tr("a quote inside an unquoted field (quote the field and double the quote)");
        }
        keep(char(b));
    }

    const QByteArrayView all(m_bytes);
    qsizetype from = 0;
    for (const qsizetype to : std::as_const(m_ends)) {
        const QByteArrayView field = all.sliced(from, to - from);
        if (!field.isValidUtf8() && record.error.isEmpty())
            record.error = tr("the text is not valid UTF-8; save the file as UTF-8");
        record.fields.append(QString::fromUtf8(field));
        from = to;
    }
    return true;
}

} // namespace dpo

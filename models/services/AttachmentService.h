// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace dpo {

class Database;
struct Session;

// The documents of requests, claims and disclosures, kept in the database with their SHA-256:
// a PDF, JPEG, PNG or TIFF of up to 20 MB, its type told by its first bytes (never by the file
// name). The hash is checked each time a document is opened, and each opening is audited.
class AttachmentService
{
public:
    enum class Owner
    {
        WithdrawalRequest,
        Claim,
        Disclosure
    };

    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    struct Document
    {
        QString fileName;
        QByteArray content;
    };

    struct Info
    {
        qint64 id = 0;
        QString fileName, mediaType, sha256, uploadedBy;
        qint64 sizeBytes = 0;
        QDateTime uploadedAt;
    };

    struct Opened
    {
        Info info;
        QByteArray content; // matches info.sha256
    };

    explicit AttachmentService(Database& database);

    // "application/pdf", "image/jpeg", "image/png", "image/tiff", or empty for anything else.
    static QString mediaTypeOf(const QByteArray& content);
    // Reads a file from disk into a Document; BadInput naming the file when it cannot.
    static Document readFile(const QString& path);
    // Throws BadInput naming the document when it is empty, too large, or not of an accepted type.
    static QString validate(const Document& document); // the media type

    // Within the caller's transaction (a registration stores its documents with itself): stores
    // the document and audits "attachment.add". Returns its id.
    static qint64 store(const QSqlDatabase& db, const Session& session, Owner owner, qint64 ownerId,
                        const Document& document);

    qint64 add(const Session& session, Owner owner, qint64 ownerId, const Document& document) const;
    QList<Info> list(Owner owner, qint64 ownerId) const;
    // The document, its hash checked against the one its "attachment.add" entry recorded (and the
    // row's; a mismatch is a Database error naming the document and is audited as
    // "attachment.integrity_failure"); audited as "attachment.open".
    Opened open(const Session& session, qint64 attachmentId) const;

private:
    // The SHA-256 the `attachment.add` entry recorded for the document; empty when it has none.
    static QString recordedHash(const QSqlDatabase& db, Owner owner, qint64 ownerId,
                                qint64 attachmentId);
    Database& m_database;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AttachmentService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/Sha256.h"
#include "services/AuditService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::AttachmentService", text);
}

struct OwnerTable
{
    const char* column; // in attachments
    const char* table;  // the owner's table
    const char* entity; // in the audit trail
};

OwnerTable ownerTable(AttachmentService::Owner owner)
{
    switch (owner) {
    case AttachmentService::Owner::WithdrawalRequest:
        return {"withdrawal_request_id", "withdrawal_requests", "withdrawal_request"};
    case AttachmentService::Owner::Claim:
        return {"claim_id", "claims", "claim"};
    case AttachmentService::Owner::Disclosure:
        break;
    }
    return {"disclosure_id", "disclosures", "disclosure"};
}

// The owner's subject for the audit entry (a disclosure may concern many: none is named).
qint64 ownerSubject(const QSqlDatabase& db, AttachmentService::Owner owner, qint64 ownerId)
{
    const OwnerTable t = ownerTable(owner);
    const QString subject = owner == AttachmentService::Owner::Disclosure
                                ? QStringLiteral("0")
                                : QStringLiteral("coalesce(subject_id, 0)");
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(subject, QLatin1String(t.table)));
    q.addBindValue(ownerId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the document's owner"));
    if (q.next())
        return q.value(0).toLongLong();
    switch (owner) {
    case AttachmentService::Owner::WithdrawalRequest:
        //: %1: the request's number.
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("dpo::AttachmentService",
                                                "There is no withdrawal request %1.")
                        .arg(ownerId));
    case AttachmentService::Owner::Claim:
        //: %1: the claim's number.
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("dpo::AttachmentService", "There is no claim %1.")
                        .arg(ownerId));
    case AttachmentService::Owner::Disclosure:
        break;
    }
    //: %1: the disclosure's number.
    throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("dpo::AttachmentService", "There is no disclosure %1.")
                    .arg(ownerId));
}

AttachmentService::Info infoFrom(const QSqlQuery& q)
{
    AttachmentService::Info info;
    info.id = q.value(0).toLongLong();
    info.fileName = q.value(1).toString();
    info.mediaType = q.value(2).toString();
    info.sizeBytes = q.value(3).toLongLong();
    info.sha256 = q.value(4).toString();
    info.uploadedAt = q.value(5).toDateTime();
    info.uploadedBy = q.value(6).toString();
    return info;
}

const char* const kInfoColumns =
    "a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.uploaded_at, o.display_name";
} // namespace

AttachmentService::AttachmentService(Database& database) : m_database(database) {}

QString AttachmentService::mediaTypeOf(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (content.startsWith(QByteArrayView("II*\0", 4)) ||
        content.startsWith(QByteArrayView("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    return {};
}

AttachmentService::Document AttachmentService::readFile(const QString& path)
{
    QFile file(path);
    if (file.size() > kMaxBytes)
        throw Error(Error::Kind::BadInput,
                    //: %1: the document's file name; %2: its size in megabytes, one decimal.
                    tr("%1 is %2 MB; a document may be at most 20 MB.")
                        .arg(QFileInfo(path).fileName())
                        .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1));
    if (!file.open(QIODevice::ReadOnly))
        //: %1: the file's path; %2: the system's reason.
        throw Error(Error::Kind::BadInput, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return {QFileInfo(path).fileName(), file.readAll()};
}

QString AttachmentService::validate(const Document& document)
{
    const QString name = document.fileName.trimmed();
    if (name.isEmpty())
        throw Error(Error::Kind::BadInput, tr("The document has no file name."));
    if (document.content.isEmpty())
        //: %1: the file's name.
        throw Error(Error::Kind::BadInput, tr("%1 is empty.").arg(name));
    if (document.content.size() > kMaxBytes)
        throw Error(Error::Kind::BadInput,
                    tr("%1 is %2 MB; a document may be at most 20 MB.")
                        .arg(name)
                        .arg(double(document.content.size()) / (1024 * 1024), 0, 'f', 1));
    const QString type = mediaTypeOf(document.content);
    if (type.isEmpty())
        throw Error(
            Error::Kind::BadInput,
            //: %1: the file's name.
            tr("%1 is not a PDF, JPEG, PNG or TIFF file (judged by its content, not its name).")
                .arg(name));
    return type;
}

qint64 AttachmentService::store(const QSqlDatabase& db, const Session& session, Owner owner,
                                qint64 ownerId, const Document& document)
{
    // Called inside the owner's service call, whose audited check came first; this one guards the
    // API.
    requirePermission(session, Permission::WorkOnCases, tr("attach a document"));
    const QString type = validate(document);
    const qint64 subjectId = ownerSubject(db, owner, ownerId);
    const OwnerTable t = ownerTable(owner);
    const QString sha256 = QString::fromLatin1(Sha256::hashHex(document.content));
    QSqlQuery q = prepareQuery(
        db, QStringLiteral(
                "INSERT INTO attachments (%1, file_name, media_type, size_bytes, sha256, content, "
                "uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(QLatin1String(t.column)));
    q.addBindValue(ownerId);
    q.addBindValue(document.fileName.trimmed());
    q.addBindValue(type);
    q.addBindValue(qint64(document.content.size()));
    q.addBindValue(sha256);
    q.addBindValue(document.content);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(session.officerId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "store the document"));
    if (!q.next())
        throw Error(Error::Kind::Database,
                    tr("The database did not return the new document's number."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditService::append(
        db, session, QStringLiteral("attachment.add"), QLatin1String(t.entity),
        QString::number(ownerId), subjectId,
        QJsonObject{{QStringLiteral("attachment"), id},
                    {QStringLiteral("file_name"), document.fileName.trimmed()},
                    {QStringLiteral("media_type"), type},
                    {QStringLiteral("size_bytes"), qint64(document.content.size())},
                    {QStringLiteral("sha256"), sha256}});
    return id;
}

qint64 AttachmentService::add(const Session& session, Owner owner, qint64 ownerId,
                              const Document& document) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("attach a document"),
                   [&](const QSqlDatabase& db) {
        const qint64 id = store(db, session, owner, ownerId, document);
        return id;
    });
}

QList<AttachmentService::Info> AttachmentService::list(Owner owner, qint64 ownerId) const
{
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM attachments a JOIN officers o ON o.id = a.uploaded_by WHERE "
                       "a.%2 = ? ORDER BY a.id")
            .arg(QLatin1String(kInfoColumns), QLatin1String(ownerTable(owner).column)));
    q.addBindValue(ownerId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "list the documents"));
    QList<Info> infos;
    while (q.next())
        infos << infoFrom(q);
    return infos;
}

QString AttachmentService::recordedHash(const QSqlDatabase& db, Owner owner, qint64 ownerId,
                                        qint64 attachmentId)
{
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'attachment.add' AND "
                           "entity = ? AND entity_id = ? ORDER BY seq"));
    q.addBindValue(QLatin1String(ownerTable(owner).entity));
    q.addBindValue(QString::number(ownerId));
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the document's audit entry"));
    while (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (details.value(QStringLiteral("attachment")).toInteger() == attachmentId)
            return details.value(QStringLiteral("sha256")).toString();
    }
    return {};
}

AttachmentService::Opened AttachmentService::open(const Session& session, qint64 attachmentId) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery q =
        prepareQuery(db, QStringLiteral("SELECT %1, a.content, a.withdrawal_request_id, "
                                        "a.claim_id, a.disclosure_id FROM attachments a "
                                        "JOIN officers o ON o.id = a.uploaded_by WHERE a.id = ?")
                             .arg(QLatin1String(kInfoColumns)));
    q.addBindValue(attachmentId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the document"));
    if (!q.next())
        //: %1: the document's number.
        throw Error(Error::Kind::NotFound, tr("Document %1 does not exist.").arg(attachmentId));
    Opened opened{infoFrom(q), q.value(7).toByteArray()};
    Owner owner = Owner::Disclosure;
    qint64 ownerId = q.value(10).toLongLong();
    if (!q.value(8).isNull()) {
        owner = Owner::WithdrawalRequest;
        ownerId = q.value(8).toLongLong();
    } else if (!q.value(9).isNull()) {
        owner = Owner::Claim;
        ownerId = q.value(9).toLongLong();
    }
    q.finish();

    // The row's own hash can be changed with its content; the hash the audit trail recorded when
    // the document was attached cannot, without breaking the chain. Documents written in bulk
    // with no entry of their own (the demo's) have only the row's.
    const QString recorded = recordedHash(db, owner, ownerId, attachmentId);
    const QString expected = recorded.isEmpty() ? opened.info.sha256 : recorded;
    const QString actual = QString::fromLatin1(Sha256::hashHex(opened.content));
    const bool intact = actual == expected && actual == opened.info.sha256 &&
                        opened.content.size() == opened.info.sizeBytes;
    TransactionGuard transaction(db);
    AuditService::append(db, session,
                         intact ? QStringLiteral("attachment.open")
                                : QStringLiteral("attachment.integrity_failure"),
                         QLatin1String(ownerTable(owner).entity), QString::number(ownerId),
                         ownerSubject(db, owner, ownerId),
                         QJsonObject{{QStringLiteral("attachment"), attachmentId},
                                     {QStringLiteral("file_name"), opened.info.fileName},
                                     {QStringLiteral("sha256"), actual},
                                     {QStringLiteral("checked_against"),
                                      recorded.isEmpty() ? QStringLiteral("stored_row")
                                                         : QStringLiteral("audit_trail")}});
    transaction.commit();
    if (!intact)
        throw Error(Error::Kind::Database,
                    //: %1: the document's number; %2: its file name; %3: the hash it has now; %4:
                    //: the hash it was stored with.
                    tr("Document %1 (%2) has changed since it was stored: its SHA-256 is %3, not "
                       "%4. It is not shown; "
                       "the failed check is in the audit trail.")
                        .arg(attachmentId)
                        .arg(opened.info.fileName, actual, expected));
    return opened;
}

} // namespace dpo

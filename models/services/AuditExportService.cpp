// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditExportService.h"

#include "core/JobProgress.h"

#include "core/Error.h"
#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "reports/AuditPdf.h"
#include "reports/PdfArchive.h"
#include "security/Sha256.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"
#include "services/ExportSigner.h"
#include "services/HolderService.h"

#include <functional>
#include <optional>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSaveFile>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::AuditExportService", text);
}

QByteArray csvField(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

QString numberOrEmpty(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}

QJsonValue numberOrNull(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

// The filters other than the period, in words, for the PDF's header.
QString filtersInWords(const AuditFilter& f, const DocumentLanguage& language)
{
    QStringList parts;
    const auto add = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            parts << language.translate("dpo::AuditExport", label).arg(value);
    };
    //: One filter of an audit export, listed after "Filters:". %1: the officer's user name.
    add(QT_TRANSLATE_NOOP("dpo::AuditExport", "officer %1"), f.officer);
    //: One filter of an audit export, listed after "Filters:". %1: the action's code.
    add(QT_TRANSLATE_NOOP("dpo::AuditExport", "action %1"), f.action);
    //: One filter of an audit export, listed after "Filters:". %1: the subject's platform
    //: reference.
    add(QT_TRANSLATE_NOOP("dpo::AuditExport", "subject %1"), f.subjectRef);
    //: One filter of an audit export, listed after "Filters:". %1: the entity's code, e.g. "claim".
    add(QT_TRANSLATE_NOOP("dpo::AuditExport", "entity %1"), f.entity);
    return parts.join(QStringLiteral("; "));
}

// The helpers' messages, in the service's translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(dpo::AuditExportService)
};

// The export's bytes on their way to the file, hashed as they go: the signature covers the file's
// SHA-256.
class HashedOutput
{
public:
    HashedOutput(QIODevice* file, QString target) : m_file(file), m_target(std::move(target)) {}
    void write(const QByteArray& bytes)
    {
        if (m_file->write(bytes) != bytes.size())
            throw Error(Error::Kind::BadInput,
                        //: %1: the file's path; %2: the system's reason.
                        Words::tr("Cannot write %1: %2").arg(m_target, m_file->errorString()));
        m_hash.add(bytes);
    }
    QByteArray sha256() { return m_hash.result(); }

private:
    QIODevice* m_file;
    QString m_target;
    Sha256 m_hash;
};

// A document for an inspection about one subject: a reference that is no subject's would give
// an empty export that reads like a clean record.
void requireKnownSubject(const QSqlDatabase& db, const QString& subjectRef)
{
    if (subjectRef.isEmpty())
        return;
    QSqlQuery known =
        prepareQuery(db, QStringLiteral("SELECT 1 FROM subjects WHERE platform_ref = ?"));
    known.addBindValue(subjectRef);
    execQuery(known, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!known.next())
        throw Error(Error::Kind::BadInput,
                    //: %1: the platform reference as typed.
                    Words::tr("No subject has the platform reference \"%1\"; nothing was exported.")
                        .arg(subjectRef.left(100)));
}

// The summary with the chain's head as the export begins (the genesis hash for an empty trail).
AuditExportSummary summaryAtHead(const QSqlDatabase& db)
{
    AuditExportSummary summary;
    QSqlQuery head = prepareQuery(
        db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    execQuery(head, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
    if (head.next()) {
        summary.headSeq = head.value(0).toLongLong();
        summary.headHash = head.value(1).toString();
    } else {
        summary.headHash = QString::fromLatin1(AuditService::kGenesisHash);
    }
    return summary;
}

// Each entry the filter selects, oldest first, up to the head the export began at (not its own
// entry), counted into `summary`; how far it is told to `progress` by the entry's seq.
void forEachExported(const AuditListService& list, const AuditFilter& filter,
                     AuditExportSummary& summary, JobProgress* progress,
                     const std::function<void(const AuditListRow&)>& use)
{
    list.forEachOldestFirst(filter, [&](const AuditListRow& row) {
        if (row.seq > summary.headSeq)
            return false;
        if (summary.entries == 0) {
            summary.firstSeq = row.seq;
            summary.firstHash = row.hash;
        }
        ++summary.entries;
        if (progress && summary.entries % JobProgress::kLinesPerReport == 0)
            progress->advance(row.seq);
        summary.lastSeq = row.seq;
        summary.lastHash = row.hash;
        use(row);
        return true;
    });
}

QByteArray csvLine(const QStringList& values)
{
    QByteArray line;
    for (const QString& v : values)
        line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(v);
    return line + "\r\n";
}

QByteArray csvRow(const AuditListRow& r)
{
    return csvLine({QString::number(r.seq), r.atUtc, numberOrEmpty(r.officerId), r.officer,
                    r.action, r.entity, r.entityId, numberOrEmpty(r.subjectId), r.subjectRef,
                    r.details, r.prevHash, r.hash});
}

QByteArray jsonRow(const AuditListRow& r)
{
    const QJsonObject o{
        {QStringLiteral("seq"), r.seq},
        {QStringLiteral("at_utc"), r.atUtc},
        {QStringLiteral("officer_id"), numberOrNull(r.officerId)},
        {QStringLiteral("officer"), r.officer},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("entity"), r.entity},
        {QStringLiteral("entity_id"), r.entityId.isEmpty() ? QJsonValue() : QJsonValue(r.entityId)},
        {QStringLiteral("subject_id"), numberOrNull(r.subjectId)},
        {QStringLiteral("subject_ref"),
         r.subjectRef.isEmpty() ? QJsonValue() : QJsonValue(r.subjectRef)},
        {QStringLiteral("details"), QJsonDocument::fromJson(r.details.toUtf8()).object()},
        {QStringLiteral("prev_hash"), r.prevHash},
        {QStringLiteral("hash"), r.hash}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// The export's own audit entry: what was exported, how, and the head it stopped at.
QJsonObject exportDetails(const AuditExportService::Options& options,
                          const AuditExportSummary& summary, const DocumentLanguage& language,
                          const std::optional<ExportSigner>& signer, bool printed)
{
    const AuditFilter& f = options.filter;
    QJsonObject details{
        {QStringLiteral("format"),
         printed ? QStringLiteral("print") : AuditExportService::formatCode(options.format)},
        {QStringLiteral("entries"), summary.entries},
        {QStringLiteral("first_seq"), summary.firstSeq},
        {QStringLiteral("last_seq"), summary.lastSeq},
        {QStringLiteral("head_seq"), summary.headSeq},
        {QStringLiteral("head_hash"), summary.headHash}};
    if (options.format == AuditExportService::Format::Pdf)
        details.insert(QStringLiteral("language"), language.code());
    if (f.from.isValid())
        details.insert(QStringLiteral("from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        details.insert(QStringLiteral("to"), f.to.toString(Qt::ISODate));
    for (const auto& [name, value] :
         {std::pair{"officer", f.officer}, std::pair{"action", f.action},
          std::pair{"subject", f.subjectRef}, std::pair{"entity", f.entity}})
        if (!value.isEmpty())
            details.insert(QLatin1String(name), value);
    if (signer)
        details.insert(QStringLiteral("signed_by_key"), signer->key().fingerprint());
    return details;
}

QString periodInWords(const AuditFilter& f, const DocumentLanguage& language)
{
    if (!f.from.isValid() && !f.to.isValid())
        return language.translate("dpo::AuditExport", "the whole trail");
    return QStringLiteral("%1 – %2").arg(f.from.isValid() ? displayDate(f.from)
                                                          : QStringLiteral("…"),
                                         f.to.isValid() ? displayDate(f.to) : QStringLiteral("…"));
}

// PDF/A-1b, its XMP naming the export's own entry, the chain head, the count and the signing key,
// so that an archive's tools find them without reading the pages.
QByteArray pdfBytes(const AuditPdfContent& pdf, const DocumentLanguage& language,
                    const QString& keyFingerprint, JobProgress* progress)
{
    const AuditExportSummary& s = pdf.summary;
    PdfDescription description{
        language.translate("dpo::AuditExport", "Audit trail"),
        {{QStringLiteral("exportEntry"),
          QStringLiteral("The audit entry that records this export."),
          QString::number(s.exportSeq)},
         {QStringLiteral("headSeq"),
          QStringLiteral("The audit chain's head when exported: its number."),
          QString::number(s.headSeq)},
         {QStringLiteral("headHash"),
          QStringLiteral("The audit chain's head when exported: its SHA-256."), s.headHash},
         {QStringLiteral("entries"), QStringLiteral("The number of audit entries in this export."),
          QString::number(s.entries)}}};
    if (!keyFingerprint.isEmpty())
        description.properties.append(
            {QStringLiteral("signingKey"),
             QStringLiteral("The SHA-256 of the public key that signs this export (FILE.p7s)."),
             keyFingerprint});
    return archivalPdf(
        description, [&](QPdfWriter& writer) { renderAuditPdf(writer, pdf, language, progress); });
}

// The signature first, then the export: an export never appears without the signature the
// database requires, and a signature whose export failed is removed.
void commitFiles(QIODevice* file, const QString& target, const std::optional<ExportSigner>& signer,
                 const QByteArray& fileSha256, AuditExportSummary& summary)
{
    std::optional<QSaveFile> signatureFile;
    const auto cannotWrite = [](const QString& path, const QString& why) {
        return Error(Error::Kind::BadInput, Words::tr("Cannot write %1: %2").arg(path, why));
    };
    if (signer) {
        const QByteArray signature = signer->signature(target, fileSha256, summary);
        summary.signaturePath = signer->signaturePath(target);
        summary.keyFingerprint = signer->key().fingerprint();
        signatureFile.emplace(summary.signaturePath);
        if (!signatureFile->open(QIODevice::WriteOnly) ||
            !signatureFile->setPermissions(kOwnerOnly) || signatureFile->write(signature) < 0 ||
            !signatureFile->commit())
            throw cannotWrite(summary.signaturePath, signatureFile->errorString());
    }
    auto* save = qobject_cast<QSaveFile*>(file);
    if (save && !save->commit()) {
        if (signatureFile)
            QFile::remove(summary.signaturePath);
        throw cannotWrite(target, save->errorString());
    }
}
} // namespace

const QStringList AuditExportService::kCsvColumns{
    QStringLiteral("seq"),       QStringLiteral("at_utc"),     QStringLiteral("officer_id"),
    QStringLiteral("officer"),   QStringLiteral("action"),     QStringLiteral("entity"),
    QStringLiteral("entity_id"), QStringLiteral("subject_id"), QStringLiteral("subject_ref"),
    QStringLiteral("details"),   QStringLiteral("prev_hash"),  QStringLiteral("hash")};

AuditExportService::AuditExportService(Database& database) : m_database(database) {}

QString AuditExportService::formatCode(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Jsonl:
        return QStringLiteral("jsonl");
    }
    return {};
}

AuditExportService::Format AuditExportService::formatFromCode(const QString& code)
{
    for (Format f : {Format::Pdf, Format::Csv, Format::Jsonl})
        if (formatCode(f) == code)
            return f;
    throw Error(Error::Kind::BadInput,
                //: %1: the format as given.
                tr("Unknown export format \"%1\": use pdf, csv or jsonl.").arg(code));
}

AuditExportSummary AuditExportService::exportTo(const Session& session, const Options& options,
                                                const QString& path) const
{
    QSaveFile file(path);
    // The trail names subjects and officers: the owner's only, whatever the umask.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
        throw Error(Error::Kind::BadInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return write(session, options, &file, nullptr, path);
}

AuditExportSummary AuditExportService::print(const Session& session, const Options& options,
                                             QPagedPaintDevice& device) const
{
    Options printed = options;
    printed.format = Format::Pdf;
    return write(session, printed, nullptr, &device, QString());
}

AuditExportSummary AuditExportService::write(const Session& session, const Options& options,
                                             QIODevice* file, QPagedPaintDevice* device,
                                             const QString& target) const
{
    requirePermission(m_database, session, Permission::ExportAuditTrail,
                      tr("export the audit trail"));
    // Checked before anything is read: a PDF is made in ky or ru.
    const DocumentLanguage language(options.format == Format::Pdf ? options.language
                                                                  : QStringLiteral("ru"));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    requireKnownSubject(db, options.filter.subjectRef.trimmed());
    AuditExportSummary summary = summaryAtHead(db);
    const std::optional<ExportSigner> signer =
        file ? ExportSigner::open(m_database, options.signingKeyPath, options.passphrase)
             : std::nullopt;

    HashedOutput out(file, target);
    const AuditListService list(m_database);
    AuditPdfContent pdf;
    JobProgress* progress = file ? m_progress : nullptr; // a printout is drawn on the GUI thread
    if (progress)
        progress->begin(JobProgress::Stage::Checking, summary.headSeq);
    switch (options.format) {
    case Format::Csv:
        out.write(csvLine(kCsvColumns));
        forEachExported(list, options.filter, summary, progress,
                        [&](const AuditListRow& row) { out.write(csvRow(row)); });
        break;
    case Format::Jsonl:
        forEachExported(list, options.filter, summary, progress,
                        [&](const AuditListRow& row) { out.write(jsonRow(row)); });
        break;
    case Format::Pdf:
        forEachExported(list, options.filter, summary, progress,
                        [&](const AuditListRow& row) { pdf.rows.append(row); });
        break;
    }
    if (options.auditEntry || file)
        summary.exportSeq =
            AuditService::append(
                db, session, QStringLiteral("audit.export"), QStringLiteral("audit_log"), QString(),
                0, exportDetails(options, summary, language, signer, device != nullptr))
                .seq;

    if (options.format == Format::Pdf) {
        pdf.summary = summary;
        pdf.madeBy = session.displayName;
        pdf.madeAt = QDateTime::currentDateTimeUtc();
        pdf.filters = filtersInWords(options.filter, language);
        pdf.holder = HolderService::holder(db);
        pdf.period = periodInWords(options.filter, language);
        if (device) {
            renderAuditPdf(*device, pdf, language);
        } else {
            if (progress)
                progress->begin(JobProgress::Stage::Writing, pdf.rows.size());
            out.write(pdfBytes(pdf, language, signer ? signer->key().fingerprint() : QString(),
                               progress));
        }
    }
    if (progress)
        progress->begin(JobProgress::Stage::Finishing);
    if (file)
        commitFiles(file, target, signer, out.sha256(), summary);
    transaction.commit();
    return summary;
}

} // namespace dpo

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
#include <memory>
#include <optional>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

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
// SHA-256. Rows are gathered into blocks of about 256 KB, so that the file and the digest are fed
// a few thousand times for a million entries rather than a million.
class HashedOutput
{
public:
    HashedOutput(QIODevice* file, QString target) : m_file(file), m_target(std::move(target))
    {
        m_block.reserve(kBlock + 64 * 1024);
    }
    HashedOutput(const HashedOutput&) = delete;
    HashedOutput& operator=(const HashedOutput&) = delete;
    void write(const QByteArray& bytes)
    {
        m_block += bytes;
        if (m_block.size() >= kBlock)
            flush();
    }
    // The block itself, for a row appended in place; written() then flushes it when full.
    QByteArray& block() { return m_block; }
    void written()
    {
        if (m_block.size() >= kBlock)
            flush();
    }
    QByteArray sha256()
    {
        flush();
        return m_hash.result();
    }

private:
    static constexpr qsizetype kBlock = 256 * 1024;
    void flush()
    {
        if (m_block.isEmpty())
            return;
        if (m_file->write(m_block) != m_block.size())
            throw Error(Error::Kind::BadInput,
                        //: %1: the file's path; %2: the system's reason.
                        Words::tr("Cannot write %1: %2").arg(m_target, m_file->errorString()));
        m_hash.add(m_block);
        m_block.resize(0); // keeps the capacity
    }
    QIODevice* m_file;
    QString m_target;
    Sha256 m_hash;
    QByteArray m_block;
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

// One field appended to `out` as csvField writes it, without a copy of its own when it needs no
// quotes (the row is the export's hot loop: a million rows of twelve fields).
void appendCsvField(QByteArray& out, const QString& value)
{
    const qsizetype start = out.size();
    out += value.toUtf8();
    const QByteArrayView added = QByteArrayView(out).sliced(start);
    if (!added.contains(',') && !added.contains('"') && !added.contains('\n') &&
        !added.contains('\r'))
        return;
    QByteArray quoted = added.toByteArray();
    out.truncate(start);
    out += '"' + quoted.replace("\"", "\"\"") + '"';
}

void appendCsvNumber(QByteArray& out, qint64 value)
{
    if (value > 0)
        out += QByteArray::number(value);
}

// The row appended to `out`: the same bytes as csvLine over the columns of kCsvColumns.
void appendCsvRow(QByteArray& out, const AuditListRow& r)
{
    out += QByteArray::number(r.seq);
    out += ',';
    appendCsvField(out, r.atUtc);
    out += ',';
    appendCsvNumber(out, r.officerId);
    out += ',';
    for (const QString* text : {&r.officer, &r.action, &r.entity, &r.entityId}) {
        appendCsvField(out, *text);
        out += ',';
    }
    appendCsvNumber(out, r.subjectId);
    out += ',';
    for (const QString* text : {&r.subjectRef, &r.details, &r.prevHash}) {
        appendCsvField(out, *text);
        out += ',';
    }
    appendCsvField(out, r.hash);
    out += "\r\n";
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
                          const QList<AuditExportService::Format>& formats,
                          const AuditExportSummary& summary, const DocumentLanguage& language,
                          const std::optional<ExportSigner>& signer, bool printed)
{
    const AuditFilter& f = options.filter;
    QJsonObject details{{QStringLiteral("format"),
                         printed              ? QStringLiteral("print")
                         : formats.size() > 1 ? QStringLiteral("set")
                                              : AuditExportService::formatCode(formats.first())},
                        {QStringLiteral("entries"), summary.entries},
                        {QStringLiteral("first_seq"), summary.firstSeq},
                        {QStringLiteral("last_seq"), summary.lastSeq},
                        {QStringLiteral("head_seq"), summary.headSeq},
                        {QStringLiteral("head_hash"), summary.headHash}};
    if (formats.size() > 1) {
        QJsonArray codes;
        for (AuditExportService::Format format : formats)
            codes.append(AuditExportService::formatCode(format));
        details.insert(QStringLiteral("formats"), codes);
    }
    if (formats.contains(AuditExportService::Format::Pdf))
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

// The signature first, then the signed file (the export, or a set's manifest), then a set's files:
// an export never appears without the signature the database requires, and whatever was written
// of an export that failed is removed.
void commitFiles(QIODevice* file, const QString& target, const std::optional<ExportSigner>& signer,
                 const QByteArray& fileSha256, AuditExportSummary& summary,
                 const QList<QSaveFile*>& setFiles = {})
{
    QStringList written;
    const auto cannotWrite = [&](const QString& path, const QString& why) {
        for (const QString& done : std::as_const(written))
            QFile::remove(done);
        return Error(Error::Kind::BadInput, Words::tr("Cannot write %1: %2").arg(path, why));
    };
    if (signer) {
        const QByteArray signature = signer->signature(target, fileSha256, summary);
        summary.signaturePath = signer->signaturePath(target);
        summary.keyFingerprint = signer->key().fingerprint();
        QSaveFile signatureFile(summary.signaturePath);
        if (!signatureFile.open(QIODevice::WriteOnly) ||
            !signatureFile.setPermissions(kOwnerOnly) || signatureFile.write(signature) < 0 ||
            !signatureFile.commit())
            throw cannotWrite(summary.signaturePath, signatureFile.errorString());
        written << summary.signaturePath;
    }
    auto* save = qobject_cast<QSaveFile*>(file);
    if (save && !save->commit())
        throw cannotWrite(target, save->errorString());
    written << target;
    for (QSaveFile* part : setFiles) {
        if (!part->commit())
            throw cannotWrite(part->fileName(), part->errorString());
        written << part->fileName();
    }
}

// One file of an export: its format, where it goes, its bytes hashed on the way.
struct ExportPart
{
    AuditExportService::Format format;
    QIODevice* file;
    QString target;
    std::unique_ptr<HashedOutput> out;
};
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
    return write(session, options, {{options.format, &file, path}}, nullptr, QString());
}

QString AuditExportService::setFileName(Format format)
{
    return QStringLiteral("audit.") + formatCode(format);
}

AuditExportSummary AuditExportService::exportSet(const Session& session, const Options& options,
                                                 const QList<Format>& formats,
                                                 const QString& dir) const
{
    if (formats.isEmpty() || QSet<Format>(formats.begin(), formats.end()).size() != formats.size())
        throw Error(Error::Kind::BadInput,
                    tr("An export set has each of its formats once: pdf, csv, jsonl."));
    // A folder of personal data made here is its owner's only, like the files in it.
    if (!QFileInfo(dir).isDir() &&
        (!QDir().mkpath(dir) || !QFile::setPermissions(dir, kOwnerOnly | QFileDevice::ExeOwner)))
        //: %1: the folder's path.
        throw Error(Error::Kind::BadInput, tr("Cannot make the folder %1.").arg(dir));
    std::vector<std::unique_ptr<QSaveFile>> files;
    QList<Output> outputs;
    for (Format format : formats) {
        const QString path = QDir(dir).filePath(setFileName(format));
        files.push_back(std::make_unique<QSaveFile>(path));
        if (!files.back()->open(QIODevice::WriteOnly) || !files.back()->setPermissions(kOwnerOnly))
            throw Error(Error::Kind::BadInput,
                        tr("Cannot write %1: %2").arg(path, files.back()->errorString()));
        outputs.append({format, files.back().get(), path});
    }
    return write(session, options, outputs, nullptr,
                 QDir(dir).filePath(QString::fromLatin1(kManifestName)));
}

AuditExportSummary AuditExportService::print(const Session& session, const Options& options,
                                             QPagedPaintDevice& device) const
{
    return write(session, options, {}, &device, QString());
}

AuditExportSummary AuditExportService::write(const Session& session, const Options& options,
                                             const QList<Output>& outputs,
                                             QPagedPaintDevice* device,
                                             const QString& manifestPath) const
{
    requirePermission(m_database, session, Permission::ExportAuditTrail,
                      tr("export the audit trail"));
    QList<Format> formats;
    for (const Output& output : outputs)
        formats.append(output.format);
    const bool withPdf = device || formats.contains(Format::Pdf);
    if (device)
        formats = {Format::Pdf};
    // Checked before anything is read: a PDF is made in ky or ru.
    const DocumentLanguage language(withPdf ? options.language : QStringLiteral("ru"));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    requireKnownSubject(db, options.filter.subjectRef.trimmed());
    AuditExportSummary summary = summaryAtHead(db);
    const bool toFiles = !outputs.isEmpty();
    const std::optional<ExportSigner> signer =
        toFiles ? ExportSigner::open(m_database, options.signingKeyPath, options.passphrase)
                : std::nullopt;

    std::vector<ExportPart> parts;
    for (const Output& output : outputs)
        parts.push_back({output.format, output.file, output.target,
                         std::make_unique<HashedOutput>(output.file, output.target)});
    const AuditListService list(m_database);
    AuditPdfContent pdf;
    JobProgress* progress = toFiles ? m_progress : nullptr; // a printout is drawn on the GUI thread
    if (progress)
        progress->begin(JobProgress::Stage::Checking, summary.headSeq);
    // One reading of the entries feeds every file of the export.
    for (ExportPart& part : parts)
        if (part.format == Format::Csv)
            part.out->write(csvLine(kCsvColumns));
    forEachExported(list, options.filter, summary, progress, [&](const AuditListRow& row) {
        for (ExportPart& part : parts) {
            if (part.format == Format::Csv) {
                appendCsvRow(part.out->block(), row);
                part.out->written();
            } else if (part.format == Format::Jsonl)
                part.out->write(jsonRow(row));
        }
        if (withPdf)
            pdf.rows.append(row);
    });
    if (options.auditEntry || toFiles)
        summary.exportSeq =
            AuditService::appendNumbered(
                db, session, QStringLiteral("audit.export"), QStringLiteral("audit_log"), QString(),
                0, exportDetails(options, formats, summary, language, signer, device != nullptr))
                .seq;

    if (withPdf) {
        pdf.summary = summary;
        pdf.madeBy = session.displayName;
        pdf.madeAt = QDateTime::currentDateTimeUtc();
        pdf.filters = filtersInWords(options.filter, language);
        pdf.holder = HolderService::holder(db);
        pdf.period = periodInWords(options.filter, language);
        if (device)
            renderAuditPdf(*device, pdf, language);
        for (ExportPart& part : parts) {
            if (part.format != Format::Pdf)
                continue;
            if (progress)
                progress->begin(JobProgress::Stage::Writing, pdf.rows.size());
            part.out->write(pdfBytes(pdf, language,
                                     signer ? signer->key().fingerprint() : QString(), progress));
        }
    }
    if (progress)
        progress->begin(JobProgress::Stage::Finishing);
    if (toFiles && manifestPath.isEmpty()) {
        commitFiles(parts.front().file, parts.front().target, signer, parts.front().out->sha256(),
                    summary);
    } else if (toFiles) {
        // A set: the manifest lists each file's SHA-256 as `sha256sum -c` reads it, and is what
        // gets signed (docs/audit.md, "A set of files").
        QByteArray manifest;
        QList<QSaveFile*> setFiles;
        for (ExportPart& part : parts) {
            manifest += part.out->sha256().toHex() + "  " +
                        QFileInfo(part.target).fileName().toUtf8() + '\n';
            setFiles.append(qobject_cast<QSaveFile*>(part.file));
        }
        QSaveFile manifestFile(manifestPath);
        if (!manifestFile.open(QIODevice::WriteOnly) || !manifestFile.setPermissions(kOwnerOnly) ||
            manifestFile.write(manifest) != manifest.size())
            throw Error(Error::Kind::BadInput,
                        tr("Cannot write %1: %2").arg(manifestPath, manifestFile.errorString()));
        summary.manifestPath = manifestPath;
        commitFiles(&manifestFile, manifestPath, signer, Sha256::hash(manifest), summary, setFiles);
    }
    transaction.commit();
    return summary;
}

} // namespace dpo

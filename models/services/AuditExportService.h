// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AuditListService.h"

#include <QDateTime>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace dpo {

class Database;
class JobProgress;
struct Session;

// What an export of the audit trail holds, besides its entries.
struct AuditExportSummary
{
    qint64 entries = 0;
    qint64 firstSeq = 0, lastSeq = 0;
    QString firstHash, lastHash;
    qint64 headSeq = 0; // the chain head when the export was made
    QString headHash;
    QString signaturePath; // FILE.p7s (FILE.sig with an Ed25519 key), or empty: no signing key
    QString manifestPath;  // a set's manifest, or empty: one file
    QString keyFingerprint;
    qint64 exportSeq = 0;    // the export's own audit entry, 0 for a printout not audited
    QDateTime timeStampedAt; // the authority's time in the signature (UTC); invalid: none
};

// Exports of the audit trail for inspections: PDF for printing (in Kyrgyz or Russian), CSV and
// JSON Lines for other tools. Each export is an audit entry ("audit.export") written in the same
// transaction as the file; a file that cannot be written leaves no entry.
class AuditExportService
{
public:
    enum class Format
    {
        Pdf,
        Csv,
        Jsonl
    };

    struct Options
    {
        AuditFilter filter;
        Format format = Format::Pdf;
        QString language = QStringLiteral("ru"); // PDF only: ky or ru
        // The organisation's private key and its passphrase. Required once the database has a
        // signing key: every export then gets FILE.sig beside it.
        QString signingKeyPath;
        QByteArray passphrase;
        // print() only: a print preview draws the pages again for each change of page setup;
        // only the first drawing is an audit entry.
        bool auditEntry = true;
    };

    explicit AuditExportService(Database& database);

    // Reports how far an export is (reading the entries, laying out the PDF's pages, signing and
    // saving) and stops it when asked, before it is saved: nothing is written, no entry made.
    void setProgress(JobProgress* progress) { m_progress = progress; }

    AuditExportSummary exportTo(const Session& session, const Options& options,
                                const QString& path) const;
    // The same entries in several formats, as one set in `dir` (made when missing): a file per
    // format (setFileName), and `manifest`, each file's SHA-256 as `sha256sum -c` reads it, which
    // is what gets signed (manifest.p7s) and time-stamped: a set is verified in one step
    // (docs/audit.md, "A set of files"). `options.format` is not used. One audit entry.
    AuditExportSummary exportSet(const Session& session, const Options& options,
                                 const QList<Format>& formats, const QString& dir) const;
    static QString setFileName(Format format); // audit.pdf, audit.csv, audit.jsonl
    static constexpr const char* kManifestName = "manifest";
    // The PDF drawn on a printer or preview (audited as an export with format "print").
    AuditExportSummary print(const Session& session, const Options& options,
                             QPagedPaintDevice& device) const;

    static QString formatCode(Format format);          // pdf, csv, jsonl
    static Format formatFromCode(const QString& code); // throws Error(BadInput)
    // The CSV columns, in order.
    static const QStringList kCsvColumns;

private:
    struct Output
    {
        Format format;
        QIODevice* file;
        QString target;
    };
    // Each output from one reading of the entries (none: a printout on `device`); with a
    // manifest path, the outputs are a set.
    AuditExportSummary write(const Session& session, const Options& options,
                             const QList<Output>& outputs, QPagedPaintDevice* device,
                             const QString& manifestPath) const;
    Database& m_database;
    JobProgress* m_progress = nullptr;
};

} // namespace dpo

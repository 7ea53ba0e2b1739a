// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/HolderService.h"

#include "services/SubjectRecordService.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace dpo {

class Database;
class DocumentLanguage;
struct Session;

// The subject data report: everything the consent database holds about one subject, for the
// subject's request for their own data (Law No. 58 Art. 17, answered within one week), in
// Kyrgyz or Russian whatever the UI's language. Nothing in it is masked: it goes to the subject.
// Every report made (previewed, printed or saved as PDF) is an audit entry "subject.report".
class SubjectReportService
{
public:
    enum class Output
    {
        Preview,
        Print,
        Pdf
    };

    explicit SubjectReportService(Database& database);

    // The report as HTML for the UI's print preview or printer; audited in its own transaction.
    QString prepare(const Session& session, qint64 subjectId, const QString& language,
                    Output output) const;

    // Writes the report to `path` as PDF; the audit entry and the file go together: a file that
    // cannot be written leaves no entry, and a half-written file never replaces an older one.
    void writePdf(const Session& session, qint64 subjectId, const QString& language,
                  const QString& path) const;

    // The HTML of a record, made at `madeAt` by `officer` for `holder` (no database access, no
    // audit).
    static QString html(const SubjectRecord& record, const DocumentLanguage& language,
                        const Holder& holder, const QString& officer, const QDateTime& madeAt);
    // Lays HTML out on A4 pages with page numbers; the PDF or printer is `device`.
    static void render(const QString& html, QPagedPaintDevice& device);
    static QByteArray pdf(const QString& html, const QString& title);

private:
    QString prepareInTransaction(const Session& session, qint64 subjectId, const QString& language,
                                 Output output) const;
    Database& m_database;
};

} // namespace dpo

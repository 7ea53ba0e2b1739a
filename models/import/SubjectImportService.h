// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LineProblems.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace dpo {

class Database;
class JobProgress;
struct Session;

// Imports a platform export of subjects (docs/import.md): UTF-8 CSV with a header row. All or
// nothing: every row is checked first and every problem reported as FILE:LINE: column: reason
// (up to kMaxProblems); only a clean file is written, in one transaction. The file is read twice,
// a record at a time, and never held: once to check it before the transaction opens, once to
// write it; a file that changed in between is refused.
class SubjectImportService
{
public:
    static const QStringList kColumns;
    static const QStringList kOptionalColumns; // may be left out of the header
    static constexpr int kMaxProblems = LineProblems::kMaxListed;

    struct Result
    {
        qint64 imported = 0;
        QStringList warnings;    // FILE:LINE: column: warning: ..., the first kMaxProblems
        qint64 warningCount = 0; // all of them (the rows are imported)
    };

    // One checked row of the file, as it is written.
    struct ImportedSubject
    {
        int line = 0;
        QString platformRef, inn, surname, givenName, patronymic, sex, phone, email, language,
            idDocument;
        QDate birthDate;
        QDateTime consentGivenAt;
        qint64 policyVersionId = 0;
    };
    // What checking a file found: how many rows it holds, its warnings, and what the audit entry
    // names it by. The rows themselves are read again when written.
    struct Plan
    {
        qint64 rows = 0;
        QStringList warnings; // the first kMaxProblems
        qint64 warningCount = 0;
        QString fileName; // without its folder
        QString sha256;
        QString filePath;
        QDateTime checkedAt; // "now" for both readings
    };

    explicit SubjectImportService(Database& database);

    // Throws dpo::Error (BadInput) whose message lists the problems, one per line.
    Result importSubjects(const Session& session, const QString& filePath);
    // Every row checked against the others and the database; nothing written. Throws the
    // problems. importSubjects then writes the plan in one step.
    Plan checkFile(const QString& filePath) const;
    // Writes a file checkFile passed, read again (refused when it changed since).
    Result importChecked(const Session& session, const Plan& plan);
    // Where checking and writing report how far they are, and learn of a cancel (which throws
    // Error::Cancelled and writes nothing). Optional; not owned.
    void setProgress(JobProgress* progress) { m_progress = progress; }

private:
    // The plan's subjects, consents and held categories, read again from the file, and the audit
    // entry, in the step's transaction.
    static void write(const QSqlDatabase& db, const Session& session, const Plan& plan,
                      JobProgress* progress);

    Database& m_database;
    JobProgress* m_progress = nullptr;
};

} // namespace dpo

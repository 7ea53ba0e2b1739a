// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dpo {

class Database;
struct Session;

// Imports a platform export of subjects (docs/import.md): UTF-8 CSV with a header row. All or
// nothing: every row is checked first and every problem reported as FILE:LINE: column: reason
// (up to kMaxProblems); only a clean file is written, in one transaction.
class SubjectImportService
{
public:
    static const QStringList kColumns;
    static const QStringList kOptionalColumns; // may be left out of the header
    static constexpr int kMaxProblems = 100;

    struct Result
    {
        qint64 imported = 0;
        QStringList warnings; // FILE:LINE: column: warning: ... (the rows are imported)
    };

    explicit SubjectImportService(Database& database);

    // Throws dpo::Error (BadInput) whose message lists the problems, one per line.
    Result importSubjects(const Session& session, const QString& filePath);

private:
    Database& m_database;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/WithdrawalService.h"

#include <QByteArray>
#include <QFile>
#include <QSqlQuery>
#include <QString>

namespace dpo {
class Database;
}

namespace dpo::bench {

// A session of the database's first administrator, for a benchmark's reads and steps (its
// password is not needed: the figures are of the queries, not of the sign-in).
Session firstAdministrator(Database& database);

// A decision for each of `categories` (a request's held ones): destroy, with `justification`; what
// the benchmarks, the screenshots and the load driver decide to work a request to execution.
QList<WithdrawalService::Decision> destroyEverything(const QStringList& categories,
                                                     const QString& justification);

// The process's peak resident memory (VmHWM) in kB; -1 when /proc cannot say.
inline long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Writes every statement the console runs while it lives (dpo::setStatementObserver) to `path`,
// its values written in as literals, one statement per line, so that scripts/bench.sh can run the
// same statements raw through sqlite3 or psql: the reference of a figure. An empty path records
// nothing. The values are those of the demo database, never real personal data.
class StatementRecorder
{
public:
    explicit StatementRecorder(const QString& path);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    // `sql` with each `?` outside a quoted literal replaced by the next value as a literal.
    static QString inlineValues(const QString& sql, const QVariantList& values, bool postgres);

private:
    QFile m_file;
};

} // namespace dpo::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dpo {

class Database;
struct Session;

// The letter to a subject about their written withdrawal request, in Kyrgyz or Russian whatever
// the console's language (the subject's preferred one by default): once executed, what was
// destroyed, depersonalised, blocked, and what is kept, on which ground and until when, and the
// recipients told; once rejected, the reason. Each letter made is an audit entry
// ("withdrawal.letter"); a PDF that cannot be written leaves none.
class WithdrawalLetterService
{
public:
    explicit WithdrawalLetterService(Database& database);

    QString prepare(const Session& session, qint64 requestId, const QString& language) const; // HTML, audited
    void writePdf(const Session& session, qint64 requestId, const QString& language, const QString& path) const;

private:
    QString prepareInTransaction(const Session& session, qint64 requestId, const QString& language) const;
    QString html(qint64 requestId, const QString& language, const QString& officer) const;
    Database& m_database;
};

} // namespace dpo

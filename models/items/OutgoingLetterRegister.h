// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/CaseRegisterModel.h"

namespace dpo {

class Database;

// The register of outgoing letters (OutgoingLetterService) as a case register: number, date,
// what the letter is, the case it answers, the addressee, its language and who made it; newest
// first; `search` narrows it to a number or an addressee's name. A letter has no deadline.
class OutgoingLetterRegister : public CaseRegisterSource
{
public:
    OutgoingLetterRegister(Database& database, QString search);
    QStringList headers() const override;
    int deadlineColumn() const override { return -1; }
    qint64 count() const override;
    qint64 overdueCount() const override { return 0; }
    QList<CaseRegisterRow> page(qint64 offset, int limit,
                                const CaseRegisterRow* after) const override;

private:
    Database& m_database;
    QString m_search;
};

} // namespace dpo

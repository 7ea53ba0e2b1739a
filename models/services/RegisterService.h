// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace dpo {

class Database;

// The registers of the console's sections that have no page of their own yet, as read-only
// tables: for now the disclosures (issue 6 adds the work on them), newest first; INN and phone
// never appear. Also the one phrase every register uses for days left.
class RegisterService
{
public:
    enum class Register { Disclosures };

    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> subjectIds; // per row; 0 when the row has no single subject
        QList<bool> overdue;      // per row: an open case past its due date
    };

    explicit RegisterService(Database& database);

    // "5 days left", "due today", "overdue by 2 days": what every register says of an open case.
    static QString deadlineText(int daysLeft);

    // In the UI's language.
    Table table(Register which) const;

private:
    Table disclosures() const;
    Database& m_database;
};

} // namespace dpo

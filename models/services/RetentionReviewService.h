// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// The retention review (policy 6.2-6.3: face photos are kept while the user uses the app and until
// the consent is withdrawn; nothing is kept longer than its purpose needs): what is due for review
// today, and the cases that review it. A case is a withdrawal request with the origin
// "retention_review" for the subject's due categories, opened by the officer, decided per category
// (destroy, or keep on a ground until a new date, which a second supervisor approves), executed by
// the same steps, and closed without a letter. docs/retention.md.
class RetentionReviewService
{
public:
    struct Item
    {
        qint64 subjectId = 0;
        QString subjectRef, subjectName, category;
        // keep_ended: a keep whose end date has passed; photo_after_withdrawal,
        // photo_after_closure: a face photo or video held (or blocked) although the consent is
        // withdrawn or the platform account closed.
        QString reason;
        QDate since;         // the keep's end, the withdrawal, the closure
        QString ground;      // a keep's legal ground
        qint64 openCase = 0; // the retention review case open for the subject, if any
    };

    explicit RetentionReviewService(Database& database);

    // Everything due for review on `on`, by subject reference and category.
    QList<Item> due(const QDate& on) const;
    // How many items due() would list (the dashboard's card).
    qint64 dueCount(const QDate& on) const;
    // A case for the subject's due categories; refused when nothing is due or a review case is
    // open. Audited as "withdrawal.open_review".
    qint64 openCase(const Session& session, const QString& subjectRef) const;
    struct Opened
    {
        QList<qint64> opened;
        int alreadyOpen = 0; // subjects with items due whose review case is open
    };
    // A case for every subject with something due and no review case open, in one transaction.
    Opened openAll(const Session& session) const;

private:
    Database& m_database;
};

} // namespace dpo

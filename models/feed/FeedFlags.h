// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpo {

class Database;
struct Session;

// The feed's events an officer must look at (docs/feed.md, "Privacy rules"): data of an erased
// subject coming back, a minor, a transfer of withdrawn data, a change to blocked or erased data,
// a consent renewed after a withdrawal. An officer reviews each with a note of what was done;
// the review is audited and the flag leaves the list.
class FeedFlags
{
    Q_DECLARE_TR_FUNCTIONS(dpo::FeedFlags)
public:
    struct Flag
    {
        qint64 id = 0;
        QString eventId, kind, detail;
        qint64 subjectId = 0;
        QString subjectRef; // the subject's reference now (an erased one's is anonymous)
        QDateTime flaggedAt;
    };
    static QStringList kinds(); // reidentification, minor, transfer_after_withdrawal, ...

    explicit FeedFlags(Database& database);
    // The flags not yet reviewed, oldest first.
    QList<Flag> open(int limit = 1000) const;
    qint64 openCount() const;
    void review(const Session& session, qint64 flagId, const QString& note);

private:
    Database& m_database;
};

} // namespace dpo

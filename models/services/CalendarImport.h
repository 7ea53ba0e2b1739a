// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CalendarService.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace dpo {

class Database;
struct Session;

// A year's published working-day calendar brought in from a file (docs/calendar.md), so that
// next year's calendar is data, not a release. The file is CSV with a header naming at least
// the columns date (or day), kind, name and decree; `calendar list --format csv` writes such a
// file (its weekday column is ignored, and so are its rows of kind "weekend"). The file replaces
// every marked day of the year. plan() reads and checks it and says what applying it would
// change, and which fixed due dates of open claims and access requests a recalculation would
// then move (they stay fixed until recalculated); apply() writes it in one transaction with one
// audit entry, refusing if the year's calendar changed since the plan was made.
class CalendarImport
{
public:
    explicit CalendarImport(Database& database);

    struct Change
    {
        QDate day;
        CalendarService::Day before,
            after; // an empty kind: the day was not, or will not be, marked
    };
    struct MovedDue
    {
        qint64 claimId = 0;
        QString kind; // pretrial_claim, access_request
        QString claimant;
        QDate receivedOn, fixedDue, recalculatedDue;
    };
    struct Plan
    {
        int year = 0;
        QString source;                   // the file's name, as given
        QString sha256;                   // of the file's bytes
        QList<CalendarService::Day> days; // the file's days, in date order
        QList<Change> changes;            // in date order; empty when the file changes nothing
        QList<MovedDue> moved;            // by claim number
    };

    // Throws Error::BadInput naming every wrong line (at most 20), or the file that cannot be read.
    Plan plan(int year, const QString& path) const;
    Plan plan(int year, QIODevice* csv, const QString& source) const;

    // Supervisors and administrators. Audited as calendar.import (year, file, hash, the changes).
    void apply(const Session& session, const Plan& plan) const;

private:
    Database& m_database;
};

} // namespace dpo

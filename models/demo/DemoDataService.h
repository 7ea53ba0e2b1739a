// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace dpo {

class Database;
struct Session;

// Fills an empty consent database with realistic, reproducible demo data: the same seed and
// reference date give the same rows. Subjects with Kyrgyz and Russian names, INNs shaped as in
// docs/import.md (sex, then the birth date), +996 numbers, consents to the 2024-06-01 policy,
// transfers to FCO-like recipients, and withdrawal requests, claims and disclosures in every state,
// some overdue.
class DemoDataService
{
public:
    struct Options
    {
        qint64 subjects = 1000;
        quint64 seed = 1;
        QDate asOf = QDate::currentDate(); // open cases are placed around this day
    };

    struct Summary
    {
        qint64 subjects = 0;
        qint64 consents = 0;
        qint64 transfers = 0;
        qint64 withdrawalRequests = 0;
        qint64 claims = 0;
        qint64 disclosures = 0;
        qint64 notifications = 0;
        qint64 minors = 0;
    };

    explicit DemoDataService(Database& database);

    // One transaction. Refuses a database that already holds subjects: demo data never mixes
    // with real data.
    Summary generate(const Session& session, const Options& options);

private:
    Database& m_database;
};

} // namespace dpo

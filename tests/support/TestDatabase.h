// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "db/Database.h"
#include "domain/WithdrawalDecision.h"

#include <memory>
#include <QTemporaryDir>
#include <QVariant>

namespace dpo::test {

// A fresh, empty consent database for one test on the backend named by DPO_TEST_BACKEND
// (sqlite by default): a file in a temporary folder, or a new database on the PostgreSQL
// server of DPO_TEST_PG_URL, dropped again afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static bool isPostgres();
    // Empty when the backend is usable; otherwise why not (then the test must fail).
    QString problem() const { return m_problem; }
    QString url() const { return m_url; }

    // Opens (creating the SQLite file), and with migrate also migrates to the latest schema.
    std::unique_ptr<Database> open(bool migrate = true) const;
    // A migrated database with an administrator "admin" / kPassword, and that session.
    std::unique_ptr<Database> openWithAdmin(Session& session) const;

    static constexpr const char* kPassword = "correct-horse-battery";

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgAdminUrl;
    QString m_pgName;
    QString m_problem;
};

// The first column of the first row `sql` gives (its values bound in order); invalid when none.
QVariant scalar(const Database& database, const QString& sql, const QVariantList& values = {});

// A photo store ("photos", confirmed by its worker) holding `categories`, registered by `admin`.
void addPhotoStore(Database& database, const Session& admin, const QStringList& categories,
                   const QString& name = QStringLiteral("Photos"));

// A child process of a reliability test: the database named by DPO_CRASH_URL, opened, and its
// administrator signed in.
std::unique_ptr<Database> openChildDatabase(Session& admin);

// A partial withdrawal of one category of the subject `ref`, registered by `officer` on
// 2026-11-02 with a letter attached and the identity verified in person; returns its id.
qint64 registerVerifiedWithdrawal(Database& database, const Session& officer, const QString& ref,
                                  const QString& category);

// A partial withdrawal of one category of the subject `ref`, registered (its letter attached),
// verified, decided (`action` on `category`) and executed by `officer`; returns the request's id.
qint64 executeWithdrawalOf(Database& database, const Session& officer, const QString& ref,
                           const QString& category, DecisionAction action);

// A new officer `username` of `role`, added by `admin` and signed in: services read the role
// from the database, so a test that wants a refusal needs a real officer of that role.
Session signedInAs(Database& database, const Session& admin, Role role, const QString& username);

// Counts rows of a table through the database's connection.
qint64 rowCount(const Database& database, const QString& table);
// Writes `content` to a new file in `dir` named by `pattern` with %1 for a running number (one
// file a call), and returns its path.
QString writeNumberedFile(const QTemporaryDir& dir, const QString& pattern,
                          const QByteArray& content);
// The backend's plan of a query, its lines joined (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on
// PostgreSQL), for tests that an index serves it.
QString queryPlan(const Database& database, const QString& sql);

// The text of a PDF through pdftotext (poppler-utils, installed by test.sh): `-raw` keeps a table
// cell's lines together, `-layout` keeps the page's columns. "<pdftotext failed ...>" otherwise.
QString pdfText(const QString& path, bool layout = false);

// Adds an active subject with the given platform reference and INN; returns its id.
qint64 insertSubject(const Database& database, const QString& platformRef,
                     const QString& inn = QStringLiteral("11503199012345"));

// A subject with everything a withdrawal works on: name, INN, birth date, phone, email, identity
// document, address; a consent to every policy version; the categories personal_details,
// identity_document, face_photo, face_video and contacts held; face photo and contacts given to
// `recipientId`. `serial` makes the INN and phone unique.
qint64 insertSubjectWithData(const Database& database, const QString& platformRef,
                             qint64 recipientId, int serial);

// A claim received three days ago from `claimant` (at a postal address), its answer drafted:
// ready for its letter. Returns its id.
qint64 answeredClaim(Database& database, const Session& session, const QString& claimant);

// Applies `jsonl` as a feed file (FeedService::applyFile) written to a temporary file; returns the
// number of events applied. Throws as applyFile does.
qint64 applyFeed(Database& database, const Session& session, const QByteArray& jsonl);

} // namespace dpo::test

// In a test: the fixture or fail loudly.
#define DPO_REQUIRE_DATABASE(fixture)                                                              \
    QVERIFY2((fixture).problem().isEmpty(), qPrintable((fixture).problem()))

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "feed/ErasedIdentifiers.h"
#include "feed/FeedReader.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace dpo {

class BulkInserter;

// Applies well-formed feed events (FeedReader) to the database, one at a time, inside the
// caller's transaction: each event's values are checked against the database first and only a
// clean event writes anything. It keeps the privacy rules (docs/feed.md): data of an erased
// subject does not come back, blocked or erased categories are not changed, a minor, a transfer
// of withdrawn data and a renewed consent are flagged for the officer. Every event applied or
// refused is remembered by its id in the batch the applier opens on its first write.
class FeedApplier
{
    Q_DECLARE_TR_FUNCTIONS(dpo::FeedApplier)
public:
    enum class Outcome
    {
        Applied,
        Skipped, // its id was applied (or refused) before
        Refused, // a privacy rule refused it; flagged, nothing else written
        Invalid, // its values do not hold: see the problems; nothing written
    };
    struct Flag
    {
        QString kind; // reidentification, minor, transfer_after_withdrawal, blocked_data, ...
        qint64 subjectId = 0;
        QString detail; // codes and field names, never the values
    };
    struct Report
    {
        Outcome outcome = Outcome::Applied;
        QList<FeedLine::Problem> problems;
        QList<Flag> flags;
    };
    struct Source
    {
        QString kind; // file, inbox
        QString name; // the file's name
    };

    FeedApplier(const QSqlDatabase& db, const Session& session, Source source);
    ~FeedApplier();
    FeedApplier(const FeedApplier&) = delete;
    FeedApplier& operator=(const FeedApplier&) = delete;
    Report apply(const FeedLine& event);
    // Writes the rows held back (transfers go in many to a statement); call it before the
    // transaction commits. A failure here is the batch's.
    void finish();
    qint64 batchId() const { return m_batchId; } // 0 until something was written

private:
    struct Subject
    {
        qint64 id = 0;
        QString status;
    };
    struct Context; // one event being applied
    // A subject's columns as a subject.upsert writes them, and the categories they hold.
    struct SubjectRow
    {
        QStringList columns;
        QVariantList values;
        QStringList categories;
    };

    void applyRecipient(Context& c);
    void applySubject(Context& c);
    void applyConsent(Context& c);
    void applyTransfer(Context& c);
    void applyCollected(Context& c);
    void applyWithdrawal(Context& c);
    void applyAccountClosed(Context& c);

    static SubjectRow subjectRow(const QHash<QString, QVariant>& values);
    // Adds the subject unless its reference or INN is taken (false).
    bool addSubject(Context& c, const QString& ref, const QHash<QString, QVariant>& values);

    // The subject the event names: id 0 when there is none, or nullopt when the event is refused
    // (an erased subject's reference).
    std::optional<Subject> knownSubject(Context& c);
    // The same without the erased identifiers: the subject of that reference, if any.
    std::optional<Subject> subjectOfRef(Context& c, const QString& ref);
    // The same, and a problem when the subject is not known.
    std::optional<Subject> existingSubject(Context& c);
    bool refusedAsErased(Context& c, ErasedIdentifiers::Kind kind, const QString& value);
    // code: state; empty for a subject all of whose categories are held (read only for others)
    QHash<QString, QString> categoryStates(qint64 subjectId);
    qint64 recipientId(const QString& code); // 0: none has it; cached
    // The categories are held from now on; one already recorded keeps its state.
    void holdCategories(qint64 subjectId, const QStringList& categories);
    void checkCodes(Context& c, const char* field, const QStringList& codes,
                    const QHash<QString, QString>& known);
    // Records the event's id before it is applied: false when it was seen before (the report
    // says skipped, or invalid for a file that repeats an id).
    bool claim(Context& c);
    void settle(const Context& c); // the claim undone for an invalid event, marked for a refused
    void writeFlags(const FeedLine& event, const QList<Flag>& flags);
    qint64 batch();
    QSqlQuery& cached(const QString& sql);
    // A statement of `rows` rows: `sql` with %1 standing for the `row`s, comma-separated.
    QSqlQuery& cachedRows(const QString& sql, const QString& row, qsizetype rows);

    QSqlDatabase m_db;
    bool m_postgres; // the few statements that differ by backend
    Session m_session;
    Source m_source;
    qint64 m_batchId = 0;
    QDate m_today;
    QDateTime m_now;
    QString m_nowText; // as both drivers write it, made once rather than per row
    ErasedIdentifiers m_erased;
    QHash<QString, QString> m_categories, m_purposes; // code: the policy clause
    QHash<QString, QSqlQuery> m_queries;              // prepared once per statement
    qint64 m_applied = 0, m_nextReplan = 1000;        // statements prepared again at 1000, 2000…
    QHash<QString, qint64> m_recipients;              // code: id, as found
    std::unique_ptr<BulkInserter> m_transfers;        // nothing in a batch reads them back
    QSet<qint64> m_purposeWithdrawers; // subjects who withdrew some purpose of a consent
    QSet<qint64> m_restricted;         // subjects with a category not simply held
};

} // namespace dpo

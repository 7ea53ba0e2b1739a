// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "db/BulkInserter.h"
#include "feed/ErasedIdentifiers.h"
#include "feed/FeedReader.h"

#include <functional>
#include <initializer_list>
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

// Applies well-formed feed events (FeedReader) to the database, in order, inside the caller's
// transaction: each event's values are checked against the database first and only a clean event
// writes anything. It keeps the privacy rules (docs/feed.md): data of an erased
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
    // Told each event's outcome, in the order of the events.
    using Reporter = std::function<void(const FeedLine& event, const Report& report)>;
    enum class Pace
    {
        EventByEvent, // each event reported before apply() returns
        InGroups,     // events held back and written a group at a time (docs/feed.md)
    };

    FeedApplier(const QSqlDatabase& db, const Session& session, Source source, Reporter reporter,
                Pace pace = Pace::EventByEvent);
    ~FeedApplier();
    FeedApplier(const FeedApplier&) = delete;
    FeedApplier& operator=(const FeedApplier&) = delete;
    void apply(const FeedLine& event);
    // Writes and reports what is held back; call it before the transaction commits. A failure
    // here is the batch's.
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

    // A transfer event's values, read once.
    struct Transfer
    {
        FeedLine event;
        QString at, ref, recipientCode, purpose;
        qint64 recipient = 0; // 0: no recipient has the code
        QStringList categories;
    };
    // An event held back; a transfer whose values hold without the database comes read.
    // A subject.upsert of what looks like a new subject, its values checked (PostgreSQL only).
    struct NewSubject
    {
        QString ref;
        QHash<QString, QVariant> values;
    };
    struct Held
    {
        FeedLine event;
        std::optional<Transfer> transfer;
        std::optional<NewSubject> newSubject;
    };
    static constexpr qsizetype kGroupSize = 500;

    Report applyNow(const FeedLine& event);
    void handle(Context& c); // the event's own checks and writes, its id already settled
    // The report of an event whose id was seen in `batchId`: skipped, or a problem for a file.
    Report replayed(const FeedLine& event, qint64 batchId) const;
    void writeHeld();
    // The transfers at `run` (places in `held`, in order), each report put in its place.
    void writeTransfers(const QList<Held>& held, const QList<qsizetype>& run,
                        QList<Report>& reports);
    QHash<QString, Subject> subjectsOfRun(const QList<const Transfer*>& run); // by reference
    void claimInGroup(const Context& c); // the id of an applied or refused event, and its flags
    void applyInGroup(const FeedLine& event, Report& report); // on its own, its id settled
    std::optional<NewSubject> groupableSubject(const FeedLine& event);
    void writeNewSubjects(const QList<Held>& held, const QList<qsizetype>& run,
                          QList<Report>& reports);
    void addSubjects(const QList<Held>& held, const QList<qsizetype>& batch,
                     QList<Report>& reports);
    // The transfer's values when they hold without asking the database (nullopt: it is handled
    // like any other event, which words its problems).
    std::optional<Transfer> groupableTransfer(const FeedLine& event);
    Transfer readTransfer(const FeedLine& event);
    // The transfer's own rows and flags, for a subject known to be neither missing nor erased;
    // `states` as categoryStates gives them (a category not in it is recorded as held).
    void recordTransfer(Context& c, const Transfer& t, qint64 subjectId,
                        const QHash<QString, QString>& states,
                        QList<std::pair<qint64, QString>>& newlyHeld);
    // Runs `sql` for `rows` (each a row's values) in statements of up to 256 rows, each padded
    // with its last row to a power of two so that few statements are prepared; `read` sees each
    // statement's result. `sql` has %1 standing for the `row`s, comma-separated.
    void forRows(const QString& sql, const QString& row, const QList<QVariantList>& rows,
                 const char* purpose, const std::function<void(QSqlQuery&)>& read = {});

    void applyRecipient(Context& c);
    void applySubject(Context& c);
    void applyConsent(Context& c);
    void applyTransfer(Context& c);
    void applyCollected(Context& c);
    void applyWithdrawal(Context& c);
    void applyAccountClosed(Context& c);

    static SubjectRow subjectRow(const QHash<QString, QVariant>& values);
    bool readSubjectValues(Context& c, QHash<QString, QVariant>& values);
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
    // No subject has the event's reference: refused if it was erased since the batch opened,
    // otherwise the event is invalid (a subject.upsert must come first).
    void noSubjectOfRef(Context& c, const QString& ref);
    // The subject's record is destroyed or depersonalised: the event is refused and flagged.
    bool refusedAsErasedSubject(Context& c, const Subject& subject);
    // code: state; empty for a subject all of whose categories are held (read only for others)
    QHash<QString, QString> categoryStates(qint64 subjectId);
    qint64 recipientId(const QString& code); // 0: none has it; cached
    // The categories are held from now on; one already recorded keeps its state.
    void holdCategories(qint64 subjectId, const QStringList& categories);
    void holdCategories(const QList<std::pair<qint64, QString>>& held); // subject, category
    void checkCodes(Context& c, const char* field, const QStringList& codes,
                    const QHash<QString, QString>& known);
    // Records the event's id before it is applied: false when it was seen before (the report
    // says skipped, or invalid for a file that repeats an id).
    bool claim(Context& c);
    void settle(const Context& c); // the claim undone for an invalid event, marked for a refused
    void writeFlags(const FeedLine& event, const QList<Flag>& flags);
    qint64 batch();
    QSqlQuery& cached(const QString& sql);
    using Conflict = BulkInserter::Conflict;
    // The slot's inserter, made on first use: most batches need only some of them.
    BulkInserter& inserter(std::unique_ptr<BulkInserter>& slot, const char* table,
                           std::initializer_list<const char*> columns,
                           Conflict conflict = Conflict::Refuse);
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
    std::unique_ptr<BulkInserter> m_claims;           // the held events' feed_events rows
    std::unique_ptr<BulkInserter> m_heldCategories;   // categories held from now on
    Reporter m_reporter;
    Pace m_pace;
    QList<Held> m_held; // events held back, to be written as a group
    QSet<QString> m_heldIds;
    QSet<qint64> m_purposeWithdrawers; // subjects who withdrew some purpose of a consent
    QSet<qint64> m_restricted;         // subjects with a category not simply held
};

} // namespace dpo

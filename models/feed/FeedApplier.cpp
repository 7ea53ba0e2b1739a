// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/FeedApplier.h"

#include "db/BulkInserter.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "feed/FeedApplierSupport.h"

#include <array>
#include <utility>

namespace dpo {

using namespace feed_detail;
using Kind = ErasedIdentifiers::Kind;

namespace {
QHash<QString, QString> readCodes(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q = prepareQuery(db, sql);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
    QHash<QString, QString> codes;
    while (q.next())
        codes.insert(q.value(0).toString(), q.value(1).toString());
    return codes;
}
} // namespace

FeedApplier::FeedApplier(const QSqlDatabase& db, const Session& session, Source source,
                         Reporter reporter, Pace pace)
    : m_db(db), m_postgres(db.driverName() == QStringLiteral("QPSQL")), m_session(session),
      m_source(std::move(source)), m_today(bishkekToday()), m_now(QDateTime::currentDateTimeUtc()),
      m_nowText(m_now.toString(Qt::ISODateWithMs)),
      // The inbox applies a batch of a few hundred events: reading every digest for each batch
      // would cost more than the few statements its events ask. A file's events are many.
      m_erased(db, pace == Pace::InGroups ? ErasedIdentifiers::kMaxInMemory
                                          : ErasedIdentifiers::kMaxInMemoryForFewEvents),
      m_categories(
          readCodes(db, QStringLiteral("SELECT code, policy_clause FROM data_categories"))),
      m_purposes(
          readCodes(db, QStringLiteral("SELECT code, policy_clause FROM processing_purposes"))),
      m_reporter(std::move(reporter)), m_pace(pace)
{
    // What a batch cannot change (the feed erases, blocks and withdraws nothing), read once: most
    // events then need not ask about each subject.
    m_erased.checkForAny(db);
    const auto readIds = [&db](const QString& sql, const char* purpose, QSet<qint64>& ids) {
        QSqlQuery q = prepareQuery(db, sql);
        execQuery(q, purpose);
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    };
    readIds(QStringLiteral("SELECT DISTINCT subject_id FROM consents WHERE id IN (SELECT "
                           "consent_id FROM consent_purpose_withdrawals)"),
            QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's consents"), m_purposeWithdrawers);
    readIds(
        QStringLiteral("SELECT DISTINCT subject_id FROM subject_categories WHERE state <> 'held'"),
        QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"), m_restricted);
}

FeedApplier::~FeedApplier() = default;

void FeedApplier::finish()
{
    writeHeld();
    if (m_transfers)
        m_transfers->flush();
}

QSqlQuery& FeedApplier::cached(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.insert(sql, prepareQuery(m_db, sql));
    return *it;
}

QSqlQuery& FeedApplier::cachedRows(const QString& sql, const QString& row, qsizetype rows)
{
    return cached(sql.arg(QStringList(rows, row).join(QStringLiteral(", "))));
}

void FeedApplier::apply(const FeedLine& event)
{
    // PostgreSQL plans a prepared statement once for all values after a few runs, by the size its
    // tables had then: a table the batch itself fills (feed_events, a new database's subjects)
    // would be scanned whole for every event by a plan made when it was empty. Prepared again
    // as the batch doubles, each statement is planned for the tables as they have grown.
    if (++m_applied == m_nextReplan) {
        m_queries.clear();
        m_nextReplan *= 2;
    }
    if (m_pace == Pace::EventByEvent) {
        m_reporter(event, applyNow(event));
        return;
    }
    if (m_heldIds.contains(event.id))
        writeHeld(); // the first is written: the second then meets it as a replay
    Held held{event, std::nullopt, std::nullopt};
    if (event.shape->type == FeedEventType::Transfer)
        held.transfer = groupableTransfer(event);
    else if (event.shape->type == FeedEventType::SubjectUpsert)
        held.newSubject = groupableSubject(event);
    m_heldIds.insert(event.id);
    m_held.append(std::move(held));
    if (m_held.size() >= kGroupSize)
        writeHeld();
}

FeedApplier::Report FeedApplier::applyNow(const FeedLine& event)
{
    Context c{event, {}};
    if (!claim(c))
        return c.report;
    handle(c);
    settle(c);
    writeFlags(event, c.report.flags);
    return c.report;
}

void FeedApplier::handle(Context& c)
{
    const FeedLine& event = c.event;
    if (event.at > m_now.addSecs(300))
        c.problem("at", tr("is in the future"));
    else {
        using Handler = void (FeedApplier::*)(Context&);
        static constexpr std::array<std::pair<FeedEventType, Handler>, 7> kHandlers{{
            {FeedEventType::RecipientUpsert, &FeedApplier::applyRecipient},
            {FeedEventType::SubjectUpsert, &FeedApplier::applySubject},
            {FeedEventType::ConsentGiven, &FeedApplier::applyConsent},
            {FeedEventType::Transfer, &FeedApplier::applyTransfer},
            {FeedEventType::CategoryCollected, &FeedApplier::applyCollected},
            {FeedEventType::WithdrawalRequested, &FeedApplier::applyWithdrawal},
            {FeedEventType::AccountClosed, &FeedApplier::applyAccountClosed},
        }};
        // Only a transfer's own rows wait: any other event might read them (a withdrawal form
        // lists the subject's recipients).
        if (event.shape->type != FeedEventType::Transfer && m_transfers)
            m_transfers->flush();
        for (const auto& [type, handler] : kHandlers) {
            if (type == event.shape->type)
                (this->*handler)(c);
        }
    }
    if (!c.report.problems.isEmpty()) {
        c.report.outcome = Outcome::Invalid;
        c.report.flags.clear();
    }
}

FeedApplier::Report FeedApplier::replayed(const FeedLine& event, qint64 batchId) const
{
    Report report;
    // A file that repeats an id is wrong; the inbox may be handed the same event twice.
    if (batchId == m_batchId && m_source.kind == QStringLiteral("file")) {
        report.problems << FeedLine::Problem{
            QStringLiteral("id"),
            //: Follows the field's name ("id: …"). %1: the event's id as given.
            tr("\"%1\" is the id of an earlier event of this batch").arg(event.id)};
        report.outcome = Outcome::Invalid;
    } else {
        report.outcome = Outcome::Skipped;
    }
    return report;
}

bool FeedApplier::claim(Context& c)
{
    // Before the batch has written anything the id is only looked for: a file applied again
    // opens no batch. After, one statement both claims the id and finds a replay.
    const auto seenBefore = [&] {
        QSqlQuery& seen =
            cached(QStringLiteral("SELECT batch_id FROM feed_events WHERE event_id = ?"));
        seen.bindValue(0, c.event.id);
        execQuery(seen, QT_TRANSLATE_NOOP("dpo::Sql", "look for the event"));
        const qint64 batchId = seen.next() ? seen.value(0).toLongLong() : -1;
        seen.finish();
        return batchId;
    };
    qint64 seenIn = -1;
    if (m_batchId == 0)
        seenIn = seenBefore();
    if (seenIn < 0) {
        const qint64 batchId = batch();
        QSqlQuery& q = cached(QStringLiteral(
            "INSERT INTO feed_events (event_id, type, at, outcome, batch_id) VALUES (?, ?, ?, "
            "'applied', ?) ON CONFLICT DO NOTHING"));
        q.bindValue(0, c.event.id);
        q.bindValue(1, QString::fromLatin1(c.event.shape->code));
        q.bindValue(2, c.at);
        q.bindValue(3, batchId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "remember the event"));
        if (q.numRowsAffected() > 0)
            return true;
        seenIn = seenBefore();
    }
    c.report = replayed(c.event, seenIn);
    return false;
}

void FeedApplier::settle(const Context& c)
{
    if (c.report.outcome != Outcome::Invalid && c.report.outcome != Outcome::Refused)
        return;
    QSqlQuery& q = cached(c.report.outcome == Outcome::Invalid
                              ? QStringLiteral("DELETE FROM feed_events WHERE event_id = ?")
                              : QStringLiteral("UPDATE feed_events SET outcome = 'refused' "
                                               "WHERE event_id = ?"));
    q.bindValue(0, c.event.id);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "remember the event"));
}

qint64 FeedApplier::batch()
{
    if (m_batchId != 0)
        return m_batchId;
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("INSERT INTO feed_batches (source, name, "
                                                    "officer_id, applied_at) VALUES (?, ?, ?, ?) "
                                                    "RETURNING id"));
    q.addBindValue(m_source.kind);
    q.addBindValue(m_source.name);
    q.addBindValue(m_session.officerId);
    q.addBindValue(m_now);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "open a feed batch"));
    q.next();
    m_batchId = q.value(0).toLongLong();
    return m_batchId;
}

void FeedApplier::writeFlags(const FeedLine& event, const QList<Flag>& flags)
{
    for (const Flag& flag : flags) {
        QSqlQuery& q = cached(
            QStringLiteral("INSERT INTO feed_flags (event_id, batch_id, kind, subject_id, detail, "
                           "flagged_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindValue(0, event.id);
        q.bindValue(1, batch());
        q.bindValue(2, flag.kind);
        q.bindValue(3, flag.subjectId > 0 ? QVariant(flag.subjectId)
                                          : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(4, flag.detail);
        q.bindValue(5, m_now);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "flag the event"));
    }
}

bool FeedApplier::refusedAsErased(Context& c, ErasedIdentifiers::Kind kind, const QString& value)
{
    const qint64 erased = m_erased.erasedSubject(kind, value);
    if (erased == 0)
        return false;
    c.report.outcome = Outcome::Refused;
    c.flag("reidentification", erased, ErasedIdentifiers::code(kind));
    return true;
}

void FeedApplier::noSubjectOfRef(Context& c, const QString& ref)
{
    // Read when the batch opened, the digests miss a reference an officer's withdrawal erased
    // since (its subject gone from the list too): rejected, the event would hold back the
    // subject's later events, which would all be refused; seen under load.
    const qint64 erased = m_erased.erasedSubjectNow(Kind::PlatformRef, ref);
    if (erased != 0) {
        c.report.outcome = Outcome::Refused;
        c.flag("reidentification", erased, ErasedIdentifiers::code(Kind::PlatformRef));
        return;
    }
    c.problem("platform_ref",
              tr("no subject has this platform reference: a subject.upsert must come first"));
}

std::optional<FeedApplier::Subject> FeedApplier::knownSubject(Context& c)
{
    const QString ref = text(c.event.fields, "platform_ref");
    if (refusedAsErased(c, Kind::PlatformRef, ref))
        return std::nullopt;
    return subjectOfRef(c, ref);
}

std::optional<FeedApplier::Subject> FeedApplier::subjectOfRef(Context& c, const QString& ref)
{
    QSqlQuery& q = cached(QStringLiteral("SELECT id, status FROM subjects WHERE platform_ref = ?"));
    q.bindValue(0, ref);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!q.next()) {
        q.finish();
        return Subject{};
    }
    Subject s{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    if (refusedAsErasedSubject(c, s))
        return std::nullopt;
    return s;
}

bool FeedApplier::refusedAsErasedSubject(Context& c, const Subject& subject)
{
    if (!isErased(subject.status))
        return false;
    c.report.outcome = Outcome::Refused;
    c.flag("reidentification", subject.id, QStringLiteral("platform_ref"));
    return true;
}

std::optional<FeedApplier::Subject> FeedApplier::existingSubject(Context& c)
{
    auto subject = knownSubject(c);
    if (subject && subject->id == 0) {
        noSubjectOfRef(c, text(c.event.fields, "platform_ref"));
        if (c.report.outcome == Outcome::Refused)
            return std::nullopt;
    }
    return subject;
}

QHash<QString, QString> FeedApplier::categoryStates(qint64 subjectId)
{
    if (!m_restricted.contains(subjectId))
        return {};
    QSqlQuery& q = cached(
        QStringLiteral("SELECT category_code, state FROM subject_categories WHERE subject_id = ?"));
    q.bindValue(0, subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"));
    QHash<QString, QString> states;
    while (q.next())
        states.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return states;
}

qint64 FeedApplier::recipientId(const QString& code)
{
    if (const auto it = m_recipients.constFind(code); it != m_recipients.cend())
        return *it;
    QSqlQuery& q = cached(QStringLiteral("SELECT id FROM recipients WHERE code = ?"));
    q.bindValue(0, code);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "find the recipient"));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id > 0)
        m_recipients.insert(code, id);
    return id;
}

void FeedApplier::holdCategories(qint64 subjectId, const QStringList& categories)
{
    QList<std::pair<qint64, QString>> held;
    for (const QString& category : categories)
        held.append({subjectId, category});
    holdCategories(held);
}

void FeedApplier::holdCategories(const QList<std::pair<qint64, QString>>& held)
{
    if (held.isEmpty())
        return;
    BulkInserter& rows =
        inserter(m_heldCategories, "subject_categories",
                 {"subject_id", "category_code", "state", "changed_at"}, Conflict::Ignore);
    for (const auto& [subjectId, category] : held)
        rows.addRow({subjectId, category, QStringLiteral("held"), m_nowText});
    rows.flush(); // the next event may read them
}

BulkInserter& FeedApplier::inserter(std::unique_ptr<BulkInserter>& slot, const char* table,
                                    std::initializer_list<const char*> columns, Conflict conflict)
{
    if (!slot) {
        QStringList names;
        for (const char* column : columns)
            names << QString::fromLatin1(column);
        slot =
            std::make_unique<BulkInserter>(m_db, QString::fromLatin1(table), names, 200, conflict);
    }
    return *slot;
}

void FeedApplier::forRows(const QString& sql, const QString& row, const QList<QVariantList>& rows,
                          const char* purpose, const std::function<void(QSqlQuery&)>& read)
{
    constexpr qsizetype kMaxRows = 256;
    for (qsizetype from = 0; from < rows.size(); from += kMaxRows) {
        const qsizetype n = std::min(kMaxRows, rows.size() - from);
        qsizetype padded = 1;
        while (padded < n)
            padded *= 2;
        QSqlQuery& q = cachedRows(sql, row, padded);
        int i = 0;
        for (qsizetype r = 0; r < padded; ++r) {
            for (const QVariant& value : rows.at(from + std::min(r, n - 1)))
                q.bindValue(i++, value);
        }
        execQuery(q, purpose);
        if (read)
            read(q);
        q.finish();
    }
}

void FeedApplier::checkCodes(Context& c, const char* field, const QStringList& codes,
                             const QHash<QString, QString>& known)
{
    for (const QString& code : codes) {
        if (!known.contains(code))
            c.problem(field, tr("\"%1\" is not a known code").arg(code));
    }
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditVerifier.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "security/Sha256.h"
#include "services/AuditService.h"

#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <sqlite3.h>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::AuditVerifier", text);
}

constexpr int kPostgresPage = 10000;

// A JSON string as Qt's writer makes it. Plain text (no quote, backslash or control character:
// nearly every entry) is copied as it is; anything else goes through QJsonDocument so that the
// escapes are exactly the ones AuditEntry::canonicalJson() writes.
void appendString(QByteArray& out, QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || (static_cast<unsigned char>(c) < 0x20)) {
            const QByteArray array =
                QJsonDocument(QJsonArray{QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
            out.append(QByteArrayView(array).sliced(1, array.size() - 2)); // drop [ ]
            return;
        }
    }
    out.append('"').append(utf8).append('"');
}

void appendNumberOrNull(QByteArray& out, qint64 value)
{
    if (value > 0)
        out.append(QByteArray::number(value));
    else
        out.append("null");
}

struct Row
{
    qint64 seq = 0;
    QByteArrayView at, officer, action, entity, entityId, details, prevHash, hash;
    bool entityIdNull = true;
    qint64 officerId = 0, subjectId = 0;
};

// Checks each row against the previous one; stops at the first break.
class ChainChecker
{
public:
    explicit ChainChecker(AuditVerification& result)
        : m_result(result), m_prev(AuditService::kGenesisHash)
    {
    }

    bool check(const Row& row)
    {
        const qint64 expected = m_result.entries + 1;
        if (row.seq != expected)
            return fail(
                AuditVerification::Problem::SequenceGap, expected,
                row.seq > expected
                    ?
                    //: Follows "The audit chain is broken at entry N:". %1: the missing entry's
                    //: number; %2: the entry before it; %3: the entry found instead.
                    QCoreApplication::translate("dpo::AuditVerifier",
                                                "entry %1 is missing: the entry after %2 is %3")
                        .arg(expected)
                        .arg(expected - 1)
                        .arg(row.seq)
                    :
                    //: Follows "The audit chain is broken at entry N:". %1: the repeated entry's
                    //: number; %2: the entry before it.
                    QCoreApplication::translate("dpo::AuditVerifier",
                                                "entry %1 comes again after %2")
                        .arg(row.seq)
                        .arg(expected - 1));
        if (row.prevHash != QByteArrayView(m_prev))
            return fail(AuditVerification::Problem::BrokenLink, row.seq,
                        //: Follows "The audit chain is broken at entry N:"; "its" is that entry's.
                        //: %1 and %2: SHA-256 hashes in hex.
                        QCoreApplication::translate(
                            "dpo::AuditVerifier",
                            "its prev_hash is %1, but the entry before it has the hash %2")
                            .arg(QString::fromUtf8(row.prevHash), QString::fromLatin1(m_prev)));
        const QByteArray canonical = AuditVerifier::canonical(
            row.seq, row.at, row.officer, row.officerId, row.action, row.entity, row.entityId,
            row.entityIdNull, row.subjectId, row.details, row.prevHash);
        m_sha.add(canonical);
        const QByteArray computed = m_sha.result().toHex();
        if (row.hash != QByteArrayView(computed))
            return fail(
                AuditVerification::Problem::HashMismatch, row.seq,
                //: Follows "The audit chain is broken at entry N:"; "its" is that entry's. %1 and
                //: %2: SHA-256 hashes in hex.
                QCoreApplication::translate("dpo::AuditVerifier",
                                            "its fields hash to %1, but its stored hash is %2")
                    .arg(QString::fromLatin1(computed), QString::fromUtf8(row.hash)));
        if (before(row.at, m_prevAt))
            return fail(
                AuditVerification::Problem::TimeBackwards, row.seq,
                //: Follows "The audit chain is broken at entry N:"; "it" is that entry.
                //: %1 and %2: times in UTC, ISO 8601.
                QCoreApplication::translate("dpo::AuditVerifier",
                                            "it is dated %1, before the entry it follows (%2)")
                    .arg(QString::fromUtf8(row.at), QString::fromUtf8(m_prevAt)));
        m_prev = row.hash.toByteArray();
        m_prevAt = row.at.toByteArray();
        ++m_result.entries;
        m_result.headSeq = row.seq;
        return true;
    }
    void finish() { m_result.headHash = QString::fromLatin1(m_prev); }

private:
    bool fail(AuditVerification::Problem problem, qint64 seq, const QString& detail)
    {
        m_result.problem = problem;
        m_result.brokenSeq = seq;
        m_result.detail = detail;
        finish();
        return false;
    }
    // Whether time `at` comes before `previous`. The console's times are all of one shape
    // (2026-11-25T10:32:03.123Z), which sorts as text; anything else is parsed.
    static bool before(QByteArrayView at, QByteArrayView previous)
    {
        if (previous.isEmpty())
            return false;
        if (at.size() == kTimeLength && previous.size() == kTimeLength && at.endsWith('Z') &&
            previous.endsWith('Z'))
            return at < previous;
        const QDateTime a = QDateTime::fromString(QString::fromUtf8(at), Qt::ISODateWithMs);
        const QDateTime b = QDateTime::fromString(QString::fromUtf8(previous), Qt::ISODateWithMs);
        return a.isValid() && b.isValid() && a < b;
    }
    static constexpr qsizetype kTimeLength = 24;

    AuditVerification& m_result;
    QByteArray m_prev;
    QByteArray m_prevAt;
    Sha256 m_sha;
};

QByteArrayView columnText(sqlite3_stmt* st, int column)
{
    return {reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
            sqlite3_column_bytes(st, column)};
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};

const char* const kSelect =
    "SELECT seq, at_utc, officer_id, officer_username, action, entity, entity_id, "
    "subject_id, details, prev_hash, hash FROM audit_log";
} // namespace

QString AuditVerification::problemCode(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::HashMismatch:
        return QStringLiteral("hash_mismatch");
    case Problem::SequenceGap:
        return QStringLiteral("sequence_gap");
    case Problem::BrokenLink:
        return QStringLiteral("broken_link");
    case Problem::TimeBackwards:
        return QStringLiteral("time_backwards");
    }
    return {};
}

AuditVerifier::AuditVerifier(Database& database) : m_database(database) {}

QByteArray AuditVerifier::canonical(qint64 seq, QByteArrayView at, QByteArrayView officer,
                                    qint64 officerId, QByteArrayView action, QByteArrayView entity,
                                    QByteArrayView entityId, bool entityIdNull, qint64 subjectId,
                                    QByteArrayView details, QByteArrayView prevHash)
{
    // Keys in sorted order, no whitespace (docs/audit.md).
    QByteArray out;
    out.reserve(256 + details.size());
    out.append("{\"action\":");
    appendString(out, action);
    out.append(",\"at\":");
    appendString(out, at);
    out.append(",\"details\":").append(details.isEmpty() ? QByteArrayView("{}") : details);
    out.append(",\"entity\":");
    appendString(out, entity);
    out.append(",\"entity_id\":");
    if (entityIdNull || entityId.isEmpty())
        out.append("null");
    else
        appendString(out, entityId);
    out.append(",\"officer\":");
    appendString(out, officer);
    out.append(",\"officer_id\":");
    appendNumberOrNull(out, officerId);
    out.append(",\"prev_hash\":");
    appendString(out, prevHash);
    out.append(",\"seq\":").append(QByteArray::number(seq));
    out.append(",\"subject_id\":");
    appendNumberOrNull(out, subjectId);
    out.append('}');
    return out;
}

void AuditVerifier::recordVerification(const Session& session,
                                       const AuditVerification& result) const
{
    QJsonObject details{{QStringLiteral("intact"), result.intact()},
                        {QStringLiteral("entries_checked"), result.entries},
                        {QStringLiteral("head_seq"), result.headSeq},
                        {QStringLiteral("head_hash"), result.headHash}};
    if (!result.intact()) {
        details.insert(QStringLiteral("broken_seq"), result.brokenSeq);
        details.insert(QStringLiteral("problem"), AuditVerification::problemCode(result.problem));
    }
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    AuditService::append(db, session, QStringLiteral("audit.verify"), QStringLiteral("audit_log"),
                         QString(), 0, details);
    transaction.commit();
}

AuditVerification AuditVerifier::verify(const Progress& progress) const
{
    const QSqlDatabase db = m_database.connection();
    AuditVerification result;
    qint64 total = 0;
    {
        QSqlQuery count = prepareQuery(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        execQuery(count, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        total = count.next() ? count.value(0).toLongLong() : 0;
    }
    ChainChecker checker(result);
    const auto report = [&] {
        if (progress && result.entries % m_progressInterval == 0 &&
            !progress(result.entries, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };

    sqlite3* handle = nullptr;
    const QVariant driverHandle = db.driver()->handle();
    if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3* const*>(driverHandle.constData());
    if (handle) {
        // One statement is one consistent read on SQLite, even while another process appends.
        sqlite3_stmt* raw = nullptr;
        const QByteArray sql = QByteArray(kSelect) + " ORDER BY seq";
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &raw, nullptr) != SQLITE_OK)
            //: %1: SQLite's own message.
            throw Error(Error::Kind::Database, tr("The database could not read the audit trail: %1")
                                                   .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        std::unique_ptr<sqlite3_stmt, StatementDeleter> st(raw);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
            Row row;
            row.seq = sqlite3_column_int64(st.get(), 0);
            row.at = columnText(st.get(), 1);
            row.officerId = sqlite3_column_int64(st.get(), 2);
            row.officer = columnText(st.get(), 3);
            row.action = columnText(st.get(), 4);
            row.entity = columnText(st.get(), 5);
            row.entityIdNull = sqlite3_column_type(st.get(), 6) == SQLITE_NULL;
            row.entityId = columnText(st.get(), 6);
            row.subjectId = sqlite3_column_int64(st.get(), 7);
            row.details = columnText(st.get(), 8);
            row.prevHash = columnText(st.get(), 9);
            row.hash = columnText(st.get(), 10);
            if (!checker.check(row) || !report())
                return result;
        }
        if (rc != SQLITE_DONE)
            throw Error(Error::Kind::Database, tr("The database could not read the audit trail: %1")
                                                   .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        checker.finish();
        if (progress)
            progress(result.entries, total);
        return result;
    }

    // PostgreSQL: pages in sequence order, so that a million entries never sit in memory at once.
    qint64 after = 0;
    for (;;) {
        QSqlQuery q = prepareQuery(db, QString::fromLatin1(kSelect) +
                                           QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?"));
        readForwardOnly(q);
        q.addBindValue(after);
        q.addBindValue(kPostgresPage);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the audit trail"));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QByteArray at = q.value(1).toString().toUtf8(),
                             officer = q.value(3).toString().toUtf8(),
                             action = q.value(4).toString().toUtf8(),
                             entity = q.value(5).toString().toUtf8(),
                             entityId = q.value(6).toString().toUtf8(),
                             details = q.value(8).toString().toUtf8(),
                             prevHash = q.value(9).toString().toUtf8(),
                             hash = q.value(10).toString().toUtf8();
            Row row;
            row.seq = q.value(0).toLongLong();
            row.at = at;
            row.officerId = q.value(2).toLongLong();
            row.officer = officer;
            row.action = action;
            row.entity = entity;
            row.entityIdNull = q.value(6).isNull();
            row.entityId = entityId;
            row.subjectId = q.value(7).toLongLong();
            row.details = details;
            row.prevHash = prevHash;
            row.hash = hash;
            after = row.seq;
            if (!checker.check(row) || !report())
                return result;
        }
        if (rows < kPostgresPage)
            break;
    }
    checker.finish();
    if (progress)
        progress(result.entries, total);
    return result;
}

} // namespace dpo

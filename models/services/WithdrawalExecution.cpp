// SPDX-License-Identifier: GPL-3.0-or-later
// Executing a withdrawal request's decisions: one transaction changes the consent, each data
// category, the subject's stored values, leaves the tombstones of destroyed data, and lists the
// recipients to tell. docs/withdrawals.md says what each decision does to which values.
#include "services/WithdrawalService.h"
#include "domain/WithdrawalWorkflow.h"
#include "services/RecordVersion.h"
#include "services/AccessControl.h"

#include "core/Session.h"
#include "db/Database.h"
#include "services/AuditService.h"
#include "services/ConsentSummary.h"
#include "services/WithdrawalSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

namespace dpo {

using namespace withdrawal;

namespace {
// The subject's own columns that hold a category's values; the other categories live on the
// platform and only their state is recorded here.
struct CategoryColumns
{
    const char* category;
    QStringList destroy;       // set to NULL (names: their folds become empty, as for every unnamed record)
    QStringList depersonalise; // set to NULL; what is not listed is generalised below
};

const QList<CategoryColumns>& categoryColumns()
{
    static const QList<CategoryColumns> columns{
        {"personal_details",
         {QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("patronymic"), QStringLiteral("birth_date"),
          QStringLiteral("sex")},
         {QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("patronymic")}},
        {"identity_document", {QStringLiteral("inn"), QStringLiteral("id_document")}, {QStringLiteral("inn"), QStringLiteral("id_document")}},
        {"contacts", {QStringLiteral("phone"), QStringLiteral("email")}, {QStringLiteral("phone"), QStringLiteral("email")}},
        {"addresses", {QStringLiteral("registration_address"), QStringLiteral("residence_address"), QStringLiteral("region")},
         {QStringLiteral("registration_address"), QStringLiteral("residence_address")}},
    };
    return columns;
}

void exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q = prepareQuery(db, sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "execute the withdrawal"));
}

// A reference that cannot be traced back to the platform account.
QString anonymousReference()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("ANON-") + QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0')).toUpper();
}
} // namespace

void WithdrawalService::execute(const Session& session, qint64 requestId, int expectedVersion) const
{
    requirePermission(m_database, session, Permission::WorkOnCases, tr("execute a withdrawal"));
    const QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    RecordVersion::raise(db, "withdrawal_requests", "withdrawal_request", requestId, expectedVersion, tr("Withdrawal request %1").arg(requestId));
    const Current c = currentRequest(db, requestId);
    requireState(c, requestId, WithdrawalWorkflow::workflow().statesFor(WithdrawalWorkflow::Step::Execute),
                 QT_TRANSLATE_NOOP("dpo::WithdrawalService", "Request %1 is %2: only decided requests are executed."));

    struct Planned
    {
        QString category, action, ground;
        QDate keepUntil;
        bool approved = false;
    };
    QList<Planned> plan;
    {
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT category_code, action, legal_ground, keep_until, approved_by FROM "
                                                      "withdrawal_decisions WHERE request_id = ? ORDER BY id"));
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the decisions"));
        while (q.next())
            plan << Planned{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).isNull() ? QDate() : q.value(3).toDate(), !q.value(4).isNull()};
    }
    QStringList purposes;
    {
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT purpose_code FROM withdrawal_request_purposes WHERE request_id = ?"));
        q.addBindValue(requestId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the request's purposes"));
        while (q.next())
            purposes << q.value(0).toString();
    }
    if (plan.isEmpty() && purposes.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Request %1 has nothing to execute: decide its categories first.").arg(requestId));
    for (const Planned& p : plan)
        if (p.action == QStringLiteral("keep") && !p.approved)
            throw Error(Error::Kind::BadInput, tr("Keeping \"%1\" needs a supervisor's approval before request %2 is executed.")
                                                   .arg(p.category)
                                                   .arg(requestId));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 1. The consent: the whole of it, or the named purposes of every consent still given.
    if (c.scope == QStringLiteral("full")) {
        exec(db, QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE subject_id = ? AND withdrawn_at IS NULL"), {now, c.subjectId});
    } else {
        for (const QString& purpose : purposes)
            exec(db, QStringLiteral("INSERT INTO consent_purpose_withdrawals (consent_id, purpose_code, withdrawn_at, request_id) "
                                    "SELECT id, ?, ?, ? FROM consents WHERE subject_id = ? AND withdrawn_at IS NULL "
                                    "ON CONFLICT DO NOTHING"),
                 {purpose, now, requestId, c.subjectId});
    }
    refreshConsentSummary(db, c.subjectId);

    // 2. Each category's state, and the values this database holds for it.
    QHash<QString, QString> actionOf;
    QJsonObject outcome;
    for (const Planned& p : plan) {
        actionOf.insert(p.category, p.action);
        static const QHash<QString, QString> stateOf{{QStringLiteral("destroy"), QStringLiteral("destroyed")},
                                                     {QStringLiteral("depersonalise"), QStringLiteral("depersonalised")},
                                                     {QStringLiteral("block"), QStringLiteral("blocked")},
                                                     {QStringLiteral("keep"), QStringLiteral("kept")}};
        const bool keep = p.action == QStringLiteral("keep");
        exec(db, QStringLiteral("UPDATE subject_categories SET state = ?, kept_until = ?, legal_ground = ?, changed_at = ? "
                                "WHERE subject_id = ? AND category_code = ?"),
             {stateOf.value(p.action), keep ? QVariant(p.keepUntil) : QVariant(QMetaType::fromType<QDate>()),
              keep ? QVariant(p.ground) : QVariant(QMetaType::fromType<QString>()), now, c.subjectId, p.category});
        if (p.action == QStringLiteral("destroy"))
            exec(db, QStringLiteral("INSERT INTO destruction_records (subject_id, category_code, request_id, destroyed_at, destroyed_by) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                 {c.subjectId, p.category, requestId, now, session.officerId});
        outcome.insert(p.category, stateOf.value(p.action));
    }
    // The record's status follows its identifying categories; a depersonalised record also loses
    // the platform reference that would tie it back to the account. One UPDATE, so that the
    // schema's rule (an active record has its name and INN) holds before and after it.
    const QString personal = actionOf.value(QStringLiteral("personal_details"));
    const QString identity = actionOf.value(QStringLiteral("identity_document"));
    QString status;
    if (personal == QStringLiteral("destroy"))
        status = QStringLiteral("destroyed");
    else if (personal == QStringLiteral("depersonalise") || identity == QStringLiteral("destroy") || identity == QStringLiteral("depersonalise"))
        status = QStringLiteral("depersonalised");
    else if (personal == QStringLiteral("block"))
        status = QStringLiteral("blocked");
    QStringList sets;
    QVariantList values;
    for (const CategoryColumns& columns : categoryColumns()) {
        const QString action = actionOf.value(QString::fromLatin1(columns.category));
        if (action != QStringLiteral("destroy") && action != QStringLiteral("depersonalise"))
            continue;
        for (const QString& column : action == QStringLiteral("destroy") ? columns.destroy : columns.depersonalise)
            sets << column + QStringLiteral(" = NULL");
        if (qstrcmp(columns.category, "personal_details") == 0) {
            sets << QStringLiteral("surname_fold = ''") << QStringLiteral("given_name_fold = ''") << QStringLiteral("patronymic_fold = NULL");
            if (action == QStringLiteral("depersonalise")) // the year of birth stays, for statistics
                sets << (m_database.isPostgres() ? QStringLiteral("birth_date = date_trunc('year', birth_date)::date")
                                                 : QStringLiteral("birth_date = date(birth_date, 'start of year')"));
        }
    }
    if (!status.isEmpty()) {
        sets << QStringLiteral("status = ?");
        values << status;
    }
    if (status == QStringLiteral("depersonalised") || status == QStringLiteral("destroyed")) {
        sets << QStringLiteral("platform_ref = ?");
        values << anonymousReference();
    }
    if (!sets.isEmpty())
        exec(db, QStringLiteral("UPDATE subjects SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values << c.subjectId);
    // The same values where other records repeat them: the addresses notices of disclosures went
    // to, and the subject's name and contact on their claims. (The reply's addressee stays with
    // the request: it is the record of whom the reply went to.)
    const auto removed = [&actionOf](const char* category) {
        const QString action = actionOf.value(QString::fromLatin1(category));
        return action == QStringLiteral("destroy") || action == QStringLiteral("depersonalise");
    };
    if (removed("contacts")) {
        exec(db, QStringLiteral("UPDATE notifications SET address = '—' WHERE subject_id = ?"), {c.subjectId});
        exec(db, QStringLiteral("UPDATE claims SET claimant_contact = NULL WHERE subject_id = ?"), {c.subjectId});
    }
    if (removed("personal_details"))
        exec(db, QStringLiteral("UPDATE claims SET claimant_name = '—' WHERE subject_id = ?"), {c.subjectId});
    exec(db, QStringLiteral("UPDATE withdrawal_decisions SET executed_at = ? WHERE request_id = ?"), {now, requestId});

    // 3. Every recipient that received a withdrawn category, or data for a withdrawn purpose.
    QMap<qint64, QStringList> recipients;
    {
        QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT DISTINCT recipient_id, category_code, purpose_code FROM transfers WHERE subject_id = ?"));
        q.addBindValue(c.subjectId);
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's transfers"));
        while (q.next()) {
            const QString category = q.value(1).toString();
            if (!actionOf.contains(category) && !purposes.contains(q.value(2).toString()))
                continue;
            QStringList& received = recipients[q.value(0).toLongLong()];
            if (!received.contains(category))
                received << category;
        }
    }
    for (auto it = recipients.cbegin(); it != recipients.cend(); ++it) {
        QStringList categories = it.value();
        categories.sort();
        exec(db, QStringLiteral("INSERT INTO recipient_notices (request_id, recipient_id, categories) VALUES (?, ?, ?)"),
             {requestId, it.key(), categories.join(QLatin1Char(','))});
    }
    exec(db, QStringLiteral("UPDATE withdrawal_requests SET state = 'executed', executed_at = ?, executed_by = ? WHERE id = ?"),
         {now, session.officerId, requestId});
    AuditService::append(db, session, QStringLiteral("withdrawal.execute"), QStringLiteral("withdrawal_request"), QString::number(requestId),
                         c.subjectId,
                         QJsonObject{{QStringLiteral("categories"), outcome},
                                     {QStringLiteral("purposes"), QJsonArray::fromStringList(purposes)},
                                     {QStringLiteral("subject_status"), status.isEmpty() ? QStringLiteral("unchanged") : status},
                                     {QStringLiteral("recipients_to_tell"), qint64(recipients.size())}});
    transaction.commit();
}

} // namespace dpo

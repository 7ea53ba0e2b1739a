// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RectificationService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/ClaimWorkflow.h"
#include "domain/DocumentLanguage.h"
#include "domain/Inn.h"
#include "domain/WithdrawalDecision.h"
#include "import/SubjectFields.h"
#include "security/Sha256.h"
#include "services/AuditService.h"
#include "services/ClaimService.h"
#include "services/RecipientNotice.h"
#include "services/ServiceStep.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::RectificationService", text);
}

const QStringList kFields{QStringLiteral("surname"),
                          QStringLiteral("given_name"),
                          QStringLiteral("patronymic"),
                          QStringLiteral("birth_date"),
                          QStringLiteral("sex"),
                          QStringLiteral("inn"),
                          QStringLiteral("id_document"),
                          QStringLiteral("phone"),
                          QStringLiteral("email"),
                          QStringLiteral("residence_address"),
                          QStringLiteral("registration_address")};

// The fields a record must keep (the subjects table's CHECK for an identified subject).
bool required(const QString& field)
{
    return field == QStringLiteral("surname") || field == QStringLiteral("given_name") ||
           field == QStringLiteral("inn");
}

bool isName(const QString& field)
{
    return field == QStringLiteral("surname") || field == QStringLiteral("given_name") ||
           field == QStringLiteral("patronymic");
}

// The value as stored, or the reason it is refused (the import's rules, SubjectFields).
SubjectFields::Checked checked(const QString& field, const QString& text)
{
    const QString value = text.trimmed();
    if (isName(field))
        return SubjectFields::name(value);
    if (field == QStringLiteral("birth_date"))
        return SubjectFields::birthDate(value, bishkekToday());
    if (field == QStringLiteral("sex"))
        return SubjectFields::sex(value);
    if (field == QStringLiteral("inn"))
        return SubjectFields::inn(value);
    if (field == QStringLiteral("id_document"))
        return SubjectFields::idDocument(value);
    if (field == QStringLiteral("phone"))
        return SubjectFields::phone(value);
    if (field == QStringLiteral("email"))
        return SubjectFields::email(value);
    return SubjectFields::address(value);
}

// The old and new values are kept as digests salted with the database's own salt (the one the
// erased identifiers use), so that a value shown later can be checked against the case without
// the case keeping it. A digest of a phone number can be found by trying every number: the table
// is as confidential as the rest of the database (docs/claims.md).
class ValueDigest
{
public:
    explicit ValueDigest(const QSqlDatabase& db)
    {
        QSqlQuery q =
            prepareQuery(db, QStringLiteral("SELECT salt FROM erasure_salt WHERE id = 1"));
        execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the salt"));
        if (!q.next())
            throw Error(Error::Kind::Database,
                        QCoreApplication::translate("dpo::RectificationService",
                                                    "The database has no salt for digests."));
        m_salt = q.value(0).toString();
    }
    QString operator()(const QString& field, const QString& value) const
    {
        return QString::fromLatin1(Sha256::hashHex(
            (m_salt + QChar(0x1f) + QStringLiteral("correction.") + field + QChar(0x1f) + value)
                .toUtf8()));
    }

private:
    QString m_salt;
};

QString categoryState(const QSqlDatabase& db, qint64 subjectId, const QString& category)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT state FROM subject_categories WHERE "
                                                  "subject_id = ? AND category_code = ?"));
    q.addBindValue(subjectId);
    q.addBindValue(category);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"));
    return q.next() ? q.value(0).toString() : QString();
}

// The value of a field as the record holds it, as text (a date as YYYY-MM-DD).
QString storedValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

// Each recipient that received one of `categories` of the subject is to be told: a new notice, or
// the categories added to the case's notice, which is then told again if it was told already.
int listRecipientsToTell(const QSqlDatabase& db, qint64 claimId, qint64 subjectId,
                         const QStringList& categories)
{
    QMap<qint64, QStringList> received;
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT DISTINCT recipient_id, category_code "
                                                  "FROM transfers WHERE subject_id = ?"));
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's transfers"));
    while (q.next()) {
        const QString category = q.value(1).toString();
        if (categories.contains(category))
            received[q.value(0).toLongLong()] << category;
    }
    q.finish();
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        QSqlQuery existing =
            prepareQuery(db, QStringLiteral("SELECT id, categories FROM claim_recipient_notices "
                                            "WHERE claim_id = ? AND recipient_id = ?"));
        existing.addBindValue(claimId);
        existing.addBindValue(it.key());
        execQuery(existing, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
        QStringList all = it.value();
        if (existing.next()) {
            const qint64 id = existing.value(0).toLongLong();
            all << existing.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            all.removeDuplicates();
            all.sort();
            existing.finish();
            QSqlQuery update = prepareQuery(
                db, QStringLiteral("UPDATE claim_recipient_notices SET categories = ?, "
                                   "notified_on = NULL, method = NULL, note = NULL, recorded_by = "
                                   "NULL, recorded_at = NULL WHERE id = ?"));
            update.addBindValue(all.join(QLatin1Char(',')));
            update.addBindValue(id);
            execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "record the notice"));
            continue;
        }
        existing.finish();
        all.removeDuplicates();
        all.sort();
        QSqlQuery insert = prepareQuery(
            db, QStringLiteral("INSERT INTO claim_recipient_notices (claim_id, recipient_id, "
                               "categories) VALUES (?, ?, ?)"));
        insert.addBindValue(claimId);
        insert.addBindValue(it.key());
        insert.addBindValue(all.join(QLatin1Char(',')));
        execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "record the notice"));
    }
    return int(received.size());
}
} // namespace

RectificationService::RectificationService(Database& database) : m_database(database) {}

QStringList RectificationService::fields()
{
    return kFields;
}

QString RectificationService::categoryOf(const QString& field)
{
    return categoryOfColumn(field);
}

void RectificationService::correct(const Session& session, qint64 claimId,
                                   const QList<Correction>& corrections, int expectedVersion) const
{
    const VersionedRecord record{
        "claims", "claim", claimId, expectedVersion,
        QCoreApplication::translate("dpo::ClaimService", "Claim %1").arg(claimId)};
    runStep(m_database, session, Permission::WorkOnCases, tr("correct a subject's data"), record,
            [&](const QSqlDatabase& db) {
        const ClaimService::Current c = ClaimService::current(db, claimId);
        if (c.kind != ClaimService::kindCode(ClaimService::Kind::RectificationRequest))
            throw Error(Error::Kind::BadInput,
                        //: %1: the claim's number.
                        tr("Claim %1 is not a request to correct data.").arg(claimId));
        if (!ClaimWorkflow::workflow()
                 .statesFor(ClaimWorkflow::Step::DraftAnswer)
                 .contains(c.state))
            throw Error(
                Error::Kind::BadInput,
                //: %1: the claim's number.
                tr("Claim %1 is answered already: its corrections are final.").arg(claimId));
        if (corrections.isEmpty())
            throw Error(Error::Kind::BadInput, tr("Name at least one field to correct."));

        QSqlQuery subject =
            prepareQuery(db, QStringLiteral("SELECT status, %1 FROM subjects WHERE id = ?")
                                 .arg(kFields.join(QStringLiteral(", "))));
        subject.addBindValue(c.subjectId);
        execQuery(subject, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject"));
        if (!subject.next())
            throw Error(Error::Kind::NotFound, tr("The claim's subject no longer exists."));
        if (subject.value(0).toString() != QStringLiteral("active") &&
            subject.value(0).toString() != QStringLiteral("blocked"))
            throw Error(Error::Kind::BadInput,
                        //: %1: the record's state, e.g. "Destroyed" or "Depersonalised".
                        tr("The subject's record is %1: there is nothing left to correct.")
                            .arg(subject.value(0).toString()));
        QHash<QString, QString> old;
        for (int i = 0; i < kFields.size(); ++i)
            old.insert(kFields[i], storedValue(subject.value(i + 1)));
        subject.finish();

        const ValueDigest digest(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList seen, columns, categories;
        QVariantList values;
        QJsonArray entries;
        for (const Correction& correction : corrections) {
            const QString& field = correction.field;
            if (!kFields.contains(field))
                throw Error(Error::Kind::BadInput,
                            //: %1: the field as given; %2: the fields allowed, separated by commas.
                            tr("\"%1\" is not a field a correction changes: use %2.")
                                .arg(field, kFields.join(QStringLiteral(", "))));
            //: %1: the field's name.
            if (seen.contains(field))
                throw Error(Error::Kind::BadInput, tr("%1 is named twice.").arg(field));
            seen << field;
            const SubjectFields::Checked value = checked(field, correction.value);
            if (!value.ok())
                throw Error(Error::Kind::BadInput,
                            QStringLiteral("%1: %2").arg(field, value.problem));
            if (value.value.isEmpty() && required(field))
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name.
                            tr("%1: the record cannot be without it.").arg(field));
            if (value.value == old.value(field))
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name.
                            tr("%1: the record already holds this value.").arg(field));
            const QString category = categoryOf(field);
            const QString state = categoryState(db, c.subjectId, category);
            if (state == QStringLiteral("blocked"))
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name; %2: the data category's name.
                            tr("%1: the category %2 is blocked; unblock it before correcting it.")
                                .arg(field, category));
            if (state == QStringLiteral("destroyed") || state == QStringLiteral("depersonalised"))
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name; %2: the data category's name; %3: its state,
                            //: e.g. "destroyed".
                            tr("%1: the category %2 is %3; there is nothing to correct.")
                                .arg(field, category, state));
            QSqlQuery already = prepareQuery(
                db,
                QStringLiteral("SELECT 1 FROM claim_corrections WHERE claim_id = ? AND field = ?"));
            already.addBindValue(claimId);
            already.addBindValue(field);
            execQuery(already, QT_TRANSLATE_NOOP("dpo::Sql", "read the corrections"));
            if (already.next())
                throw Error(Error::Kind::BadInput,
                            //: %1: the field's name.
                            tr("%1 was corrected in this case already.").arg(field));
            if (field == QStringLiteral("inn")) {
                QSqlQuery owner = prepareQuery(
                    db, QStringLiteral("SELECT 1 FROM subjects WHERE inn = ? AND id <> ?"));
                owner.addBindValue(value.value);
                owner.addBindValue(c.subjectId);
                execQuery(owner, QT_TRANSLATE_NOOP("dpo::Sql", "check for duplicates"));
                if (owner.next())
                    throw Error(
                        Error::Kind::BadInput,
                        //: %1: the tax number, masked.
                        tr("inn: %1 is another subject's INN.").arg(Mask::inn(value.value)));
            }
            const QVariant stored =
                value.value.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : (field == QStringLiteral("birth_date")
                                             ? QVariant(QDate::fromString(value.value, Qt::ISODate))
                                             : QVariant(value.value));
            columns << field;
            values << stored;
            if (isName(field)) {
                columns << field + QStringLiteral("_fold");
                values << (value.value.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(NameFold::fold(value.value)));
            }
            if (!categories.contains(category))
                categories << category;
            const QString oldValue = old.value(field);
            const QString oldDigest = oldValue.isEmpty() ? QString() : digest(field, oldValue);
            const QString newDigest = digest(field, value.value);
            QSqlQuery insert = prepareQuery(
                db, QStringLiteral("INSERT INTO claim_corrections (claim_id, field, category_code, "
                                   "new_value, old_digest, new_digest, corrected_at, "
                                   "corrected_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(claimId);
            insert.addBindValue(field);
            insert.addBindValue(category);
            insert.addBindValue(value.value.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(value.value));
            insert.addBindValue(oldDigest.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(oldDigest));
            insert.addBindValue(newDigest);
            insert.addBindValue(now);
            insert.addBindValue(session.officerId);
            execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "record the correction"));
            QJsonObject entry{{QStringLiteral("field"), field},
                              {QStringLiteral("category"), category},
                              {QStringLiteral("new_digest"), newDigest}};
            if (!oldDigest.isEmpty())
                entry.insert(QStringLiteral("old_digest"), oldDigest);
            entries.append(entry);
        }
        QSqlQuery update =
            prepareQuery(db, QStringLiteral("UPDATE subjects SET %1 = ? WHERE id = ?")
                                 .arg(columns.join(QStringLiteral(" = ?, "))));
        for (const QVariant& v : std::as_const(values))
            update.addBindValue(v);
        update.addBindValue(c.subjectId);
        execQuery(update, QT_TRANSLATE_NOOP("dpo::Sql", "correct the subject's data"));
        const int recipients = listRecipientsToTell(db, claimId, c.subjectId, categories);
        AuditService::append(db, session, QStringLiteral("claim.correct"), QStringLiteral("claim"),
                             QString::number(claimId), c.subjectId,
                             QJsonObject{{QStringLiteral("corrections"), entries},
                                         {QStringLiteral("recipients_to_tell"), recipients}});
    });
}

void RectificationService::recordNotice(const Session& session, qint64 noticeId,
                                        const QDate& notifiedOn, const QString& method,
                                        const QString& note) const
{
    runStep(m_database, session, Permission::WorkOnCases, tr("record a recipient's notice"),
            [&](const QSqlDatabase& db) {
        RecipientNotice::requireMethod(method);
        const qint64 claimId =
            RecipientNotice::caseOf(db, "claim_recipient_notices", "claim_id", noticeId);
        const ClaimService::Current c = ClaimService::current(db, claimId);
        //: %1: the claim's number.
        if (c.state == QStringLiteral("closed"))
            throw Error(Error::Kind::BadInput, tr("Claim %1 is closed.").arg(claimId));
        RecipientNotice::requireDay(notifiedOn, c.receivedOn);
        RecipientNotice::record(db, "claim_recipient_notices", noticeId, notifiedOn, method, note,
                                session.officerId);
        AuditService::append(db, session, QStringLiteral("claim.recipient_notified"),
                             QStringLiteral("claim"), QString::number(claimId), c.subjectId,
                             QJsonObject{{QStringLiteral("notice"), noticeId},
                                         {QStringLiteral("on"), notifiedOn.toString(Qt::ISODate)},
                                         {QStringLiteral("method"), method}});
    });
}

RectificationService::Details RectificationService::details(qint64 claimId) const
{
    const QSqlDatabase db = m_database.connection();
    Details d;
    QSqlQuery q = prepareQuery(
        db, QStringLiteral("SELECT c.field, c.category_code, c.new_value, c.old_digest, "
                           "c.new_digest, c.corrected_at, o.display_name FROM claim_corrections c "
                           "JOIN officers o ON o.id = c.corrected_by WHERE c.claim_id = ?"));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the corrections"));
    while (q.next())
        d.corrections << Corrected{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toDateTime(),
                                   q.value(6).toString()};
    std::sort(d.corrections.begin(), d.corrections.end(), [](const auto& a, const auto& b) {
        return kFields.indexOf(a.field) < kFields.indexOf(b.field);
    });
    QSqlQuery n = prepareQuery(
        db, QStringLiteral("SELECT n.id, r.name, r.country, n.categories, n.notified_on, "
                           "n.method, n.note FROM claim_recipient_notices n JOIN recipients r ON "
                           "r.id = n.recipient_id WHERE n.claim_id = ? ORDER BY r.name"));
    n.addBindValue(claimId);
    execQuery(n, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
    while (n.next()) {
        Notice notice{n.value(0).toLongLong(),
                      n.value(1).toString(),
                      n.value(2).toString(),
                      n.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                      n.value(4).isNull() ? QDate() : n.value(4).toDate(),
                      n.value(5).toString(),
                      n.value(6).toString()};
        if (!notice.notifiedOn.isValid())
            ++d.untold;
        d.notices << notice;
    }
    return d;
}

int RectificationService::untoldCount(const QSqlDatabase& db, qint64 claimId)
{
    QSqlQuery q = prepareQuery(db, QStringLiteral("SELECT count(*) FROM claim_recipient_notices "
                                                  "WHERE claim_id = ? AND notified_on IS NULL"));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the notices"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace dpo

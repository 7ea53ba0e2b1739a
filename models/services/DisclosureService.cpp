// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DisclosureService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"
#include "services/SettingsService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/AuditService.h"
#include "services/HolderService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::DisclosureService", text);
}

// The notice's template (docs/outbox.md), translated into the subject's language.
const char* const kNoticeContext = "dpo::DisclosureNotice";
//: The notice a subject receives by SMS or e-mail. %1: the organisation's name; %2: the date; %3:
//: the data categories, separated by commas; %4: the recipient's name (and, abroad, its country);
//: %5: the purpose; %6: the legal ground, a phrase.
const char* const kNotice = QT_TRANSLATE_NOOP(
    "dpo::DisclosureNotice",
    "%1 informs you that on %2 your personal data (%3) was disclosed to %4 for this purpose: "
    "%5; on this ground: %6. Privacy policy, clause 4.6.4.");
// A disclosure recorded before schema version 18 has no purpose recorded: its notice says
// nothing of one rather than invent it.
//: The notice a subject receives by SMS or e-mail. %1: the organisation's name; %2: the date; %3:
//: the data categories, separated by commas; %4: the recipient's name (and, abroad, its country);
//: %5: the legal ground, a phrase.
const char* const kNoticeWithoutPurpose = QT_TRANSLATE_NOOP(
    "dpo::DisclosureNotice",
    "%1 informs you that on %2 your personal data (%3) was disclosed to %4 on this "
    "ground: %5. Privacy policy, clause 4.6.4.");
// The recipient abroad: its name, then its country.
const char* const kRecipientAbroad =
    //: The recipient in a disclosure notice. %1: its name; %2: its country's name.
    QT_TRANSLATE_NOOP("dpo::DisclosureNotice", "%1 (%2, outside the Kyrgyz Republic)");

const QStringList kGrounds{QStringLiteral("vital_interests"), QStringLiteral("state_request"),
                           QStringLiteral("law"), QStringLiteral("consent"),
                           QStringLiteral("treaty")};
const QStringList kChannels{QStringLiteral("email"),    QStringLiteral("telegram"),
                            QStringLiteral("whatsapp"), QStringLiteral("sms"),
                            QStringLiteral("platform"), QStringLiteral("post")};
const QStringList kRecipientKinds{QStringLiteral("fco"),
                                  QStringLiteral("leasing"),
                                  QStringLiteral("trading"),
                                  QStringLiteral("state_body"),
                                  QStringLiteral("local_body"),
                                  QStringLiteral("credit_bureau"),
                                  QStringLiteral("mobile_operator"),
                                  QStringLiteral("non_state_body"),
                                  QStringLiteral("other")};

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                    : QVariant(text.trimmed());
}

struct SubjectContact
{
    qint64 id = 0;
    QString ref, email, phone, address;
    QString language; // the notice's: the subject's preferred one, Kyrgyz when none is recorded

    // Where a notice by `channel` goes: telegram, whatsapp and sms to the phone number.
    QString addressFor(const QString& channel) const
    {
        if (channel == QStringLiteral("email"))
            return email;
        if (channel == QStringLiteral("post"))
            return address;
        if (channel == QStringLiteral("platform"))
            return ref;
        return phone;
    }
};

SubjectContact subjectContact(const QSqlDatabase& db, qint64 subjectId)
{
    QSqlQuery q = execBound(db,
                            QStringLiteral("SELECT id, platform_ref, email, phone, "
                                           "coalesce(residence_address, registration_address), "
                                           "preferred_language FROM subjects WHERE id = ?"),
                            {subjectId}, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
    if (!q.next())
        //: %1: the subject's number.
        throw Error(Error::Kind::NotFound, QCoreApplication::translate("dpo::DisclosureService",
                                                                       "Subject %1 does not exist.")
                                               .arg(subjectId));
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString().isEmpty() ? QStringLiteral("ky") : q.value(5).toString()};
}

// Inserts a notification (`sql` returns its id) and audits it as `action`.
qint64 addNotification(const QSqlDatabase& db, const Session& session, const QString& action,
                       const QString& sql, const QVariantList& values, const char* what,
                       qint64 disclosureId, qint64 subjectId, const QString& channel)
{
    QSqlQuery q = execBound(db, sql, values, what);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditService::append(
        db, session, action, QStringLiteral("disclosure"), QString::number(disclosureId), subjectId,
        QJsonObject{{QStringLiteral("notification"), id}, {QStringLiteral("channel"), channel}});
    return id;
}

// A notice for `s` into the outbox, in the subject's language, audited.
qint64 queueWithin(const QSqlDatabase& db, const Session& session, const DisclosureService& service,
                   qint64 disclosureId, const SubjectContact& s, const QString& channel,
                   const QString& address)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return addNotification(
        db, session, QStringLiteral("disclosure.notification_queued"),
        QStringLiteral("INSERT INTO notifications (disclosure_id, subject_id, channel, "
                       "address, language, body, state, queued_at, state_at, via, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, 'outbox', ?) RETURNING id"),
        {disclosureId, s.id, channel, address, s.language,
         service.noticeText(disclosureId, s.language), now, now, session.officerId},
        QT_TRANSLATE_NOOP("dpo::Sql", "queue the notification"), disclosureId, s.id, channel);
}

void requireChannel(const QString& channel)
{
    if (!kChannels.contains(channel))
        throw Error(Error::Kind::BadInput,
                    //: %1: the channel as given; %2: the channels allowed, separated by commas.
                    QCoreApplication::translate("dpo::DisclosureService",
                                                "\"%1\" is not a channel: use %2.")
                        .arg(channel, kChannels.join(QStringLiteral(", "))));
}

// The subject must be one of the disclosure's, and the disclosure outside platform cooperation.
void requireNotifiable(const QSqlDatabase& db, qint64 disclosureId, qint64 subjectId)
{
    QSqlQuery q = execBound(
        db,
        QStringLiteral("SELECT d.outside_platform FROM disclosures d JOIN disclosure_subjects "
                       "ds ON ds.disclosure_id = d.id "
                       "WHERE d.id = ? AND ds.subject_id = ?"),
        {disclosureId, subjectId}, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            //: %1: the subject's number; %2: the disclosure's number.
            QCoreApplication::translate("dpo::DisclosureService",
                                        "Subject %1 is not among the subjects of disclosure %2.")
                .arg(subjectId)
                .arg(disclosureId));
}
} // namespace

DisclosureService::DisclosureService(Database& database) : m_database(database) {}

int DisclosureService::noticeWorkingDays(const QSqlDatabase& db)
{
    return SettingsService::integer(db, "notification_due_working_days");
}

void DisclosureService::setNoticeWorkingDays(const Session& session, int days) const
{
    SettingsService(m_database)
        .setInteger(session, QStringLiteral("notification_due_working_days"), days);
}

QDate DisclosureService::noticeDue(const QSqlDatabase& db, const QDate& disclosedOn)
{
    return DeadlineCalendar::load(db).addWorkingDays(disclosedOn, noticeWorkingDays(db));
}

qint64 DisclosureService::record(const Session& session, const Registration& r) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("record a disclosure"),
                   [&](const QSqlDatabase& db) {
        checkRegistration(r);
        const qint64 recipientId = recipientFor(db, r);
        checkCategories(db, r.categories);
        const QList<qint64> subjects = disclosableSubjects(db, r);
        const qint64 id = insertDisclosure(db, session, r, recipientId, subjects);
        for (const AttachmentService::Document& document : r.documents)
            AttachmentService::store(db, session, AttachmentService::Owner::Disclosure, id,
                                     document);
        return id;
    });
}

// What the form must hold whatever the database says: the ground and what it needs, the day,
// subjects and categories, readable documents.
void DisclosureService::checkRegistration(const Registration& r)
{
    if (!kGrounds.contains(r.ground))
        throw Error(Error::Kind::BadInput,
                    tr("Name the legal ground: vital interests (4.6.1), a state or local body's "
                       "request (4.6.2), a law (4.6.3), the subject's consent or an international "
                       "treaty (1.1.6)."));
    if (r.ground == QStringLiteral("state_request")) {
        if (r.requestNumber.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("A disclosure on a body's request (4.6.2) gives the request's number."));
        if (!r.requestDate.isValid())
            throw Error(Error::Kind::BadInput,
                        tr("A disclosure on a body's request (4.6.2) gives the request's date."));
        if (r.requestBody.trimmed().isEmpty())
            throw Error(
                Error::Kind::BadInput,
                tr("A disclosure on a body's request (4.6.2) names the body that issued it."));
    }
    if (r.ground == QStringLiteral("law") && r.lawReference.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("A disclosure under a law (4.6.3) names the law."));
    if (r.ground == QStringLiteral("consent") && r.consentReference.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("A disclosure on the subject's consent says where the consent is "
                       "recorded (its document, number or date)."));
    if (r.ground == QStringLiteral("treaty") && r.treatyReference.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("A disclosure under an international treaty (1.1.6) names the treaty."));
    if (r.purpose.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Name the purpose the recipient receives the data for: the subject's "
                       "notice states it."));
    if (!r.disclosedOn.isValid() || r.disclosedOn > bishkekToday())
        throw Error(Error::Kind::BadInput,
                    tr("The day of the disclosure is missing or in the future."));
    if (r.subjectRefs.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("Name the subject or subjects whose data was disclosed."));
    if (r.categories.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Name the data categories disclosed."));
    for (const AttachmentService::Document& document : r.documents)
        AttachmentService::validate(document);
}

// The recipient chosen, or the new one named (added once: a name already listed is that one).
qint64 DisclosureService::recipientFor(const QSqlDatabase& db, const Registration& r)
{
    qint64 recipientId = r.recipientId;
    if (recipientId <= 0) {
        if (r.newRecipientName.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Choose the recipient, or name a new one."));
        if (!kRecipientKinds.contains(r.newRecipientKind))
            throw Error(Error::Kind::BadInput,
                        //: %1: the kind as given.
                        tr("\"%1\" is not a kind of recipient.").arg(r.newRecipientKind));
        if (!execBound(db, QStringLiteral("SELECT 1 FROM countries WHERE code = ?"),
                       {r.newRecipientCountry},
                       QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"))
                 .next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the country code as given.
                        tr("\"%1\" is not a country of the list (ISO 3166-1 codes such as KG, "
                           "KZ, RU).")
                            .arg(r.newRecipientCountry));
        QSqlQuery existing = execBound(
            db, QStringLiteral("SELECT id FROM recipients WHERE name = ?"),
            {r.newRecipientName.trimmed()}, QT_TRANSLATE_NOOP("dpo::Sql", "find the recipient"));
        if (existing.next()) {
            recipientId = existing.value(0).toLongLong();
        } else {
            existing.finish();
            QSqlQuery insert = execBound(
                db,
                QStringLiteral("INSERT INTO recipients (name, kind, country) VALUES (?, ?, ?) "
                               "RETURNING id"),
                {r.newRecipientName.trimmed(), r.newRecipientKind, r.newRecipientCountry},
                QT_TRANSLATE_NOOP("dpo::Sql", "add the recipient"));
            insert.next();
            recipientId = insert.value(0).toLongLong();
        }
    } else {
        QSqlQuery known =
            execBound(db, QStringLiteral("SELECT 1 FROM recipients WHERE id = ?"), {recipientId},
                      QT_TRANSLATE_NOOP("dpo::Sql", "find the recipient"));
        if (!known.next())
            //: %1: the recipient's number.
            throw Error(Error::Kind::NotFound, tr("Recipient %1 does not exist.").arg(recipientId));
    }

    return recipientId;
}

void DisclosureService::checkCategories(const QSqlDatabase& db, const QStringList& categories)
{
    for (const QString& category : categories) {
        QSqlQuery known =
            execBound(db, QStringLiteral("SELECT 1 FROM data_categories WHERE code = ?"),
                      {category}, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
        if (!known.next())
            //: %1: the category's code as given.
            throw Error(Error::Kind::BadInput, tr("\"%1\" is not a data category.").arg(category));
    }
}

// The subjects named, each once; a category blocked under a withdrawal of consent is not
// disclosed until it is unblocked.
QList<qint64> DisclosureService::disclosableSubjects(const QSqlDatabase& db, const Registration& r)
{
    QList<qint64> subjects;
    for (const QString& ref : r.subjectRefs) {
        QSqlQuery q =
            execBound(db, QStringLiteral("SELECT id FROM subjects WHERE platform_ref = ?"),
                      {ref.trimmed()}, QT_TRANSLATE_NOOP("dpo::Sql", "find the subject"));
        if (!q.next())
            throw Error(Error::Kind::BadInput,
                        //: %1: the platform reference as typed.
                        tr("No subject has the platform reference \"%1\".").arg(ref.trimmed()));
        const qint64 id = q.value(0).toLongLong();
        if (!subjects.contains(id))
            subjects << id;
        q.finish();
        // Blocked data (a withdrawal's) is not disclosed until unblocked.
        for (const QString& category : r.categories) {
            QSqlQuery state = execBound(
                db,
                QStringLiteral("SELECT state FROM subject_categories WHERE subject_id = ? AND "
                               "category_code = ?"),
                {id, category}, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's categories"));
            if (state.next() && state.value(0).toString() == QStringLiteral("blocked"))
                //: %1: the category's code; %2: the subject's platform reference.
                throw Error(Error::Kind::Forbidden, tr("The data category \"%1\" of subject %2 is "
                                                       "blocked under a withdrawal of consent: it "
                                                       "cannot be disclosed until it is unblocked.")
                                                        .arg(category, ref.trimmed()));
        }
    }
    return subjects;
}

qint64 DisclosureService::insertDisclosure(const QSqlDatabase& db, const Session& session,
                                           const Registration& r, qint64 recipientId,
                                           const QList<qint64>& subjects)
{
    QSqlQuery insert = execBound(
        db,
        QStringLiteral("INSERT INTO disclosures (recipient_id, ground, request_number, "
                       "request_date, request_body, law_reference, consent_reference, "
                       "treaty_reference, purpose, disclosed_on, outside_platform, note, "
                       "officer_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?) RETURNING id"),
        {recipientId, r.ground,
         r.ground == QStringLiteral("state_request") ? textOrNull(r.requestNumber)
                                                     : QVariant(QMetaType::fromType<QString>()),
         r.ground == QStringLiteral("state_request") ? QVariant(r.requestDate)
                                                     : QVariant(QMetaType::fromType<QDate>()),
         r.ground == QStringLiteral("state_request") ? textOrNull(r.requestBody)
                                                     : QVariant(QMetaType::fromType<QString>()),
         r.ground == QStringLiteral("law") ? textOrNull(r.lawReference)
                                           : QVariant(QMetaType::fromType<QString>()),
         r.ground == QStringLiteral("consent") ? textOrNull(r.consentReference)
                                               : QVariant(QMetaType::fromType<QString>()),
         r.ground == QStringLiteral("treaty") ? textOrNull(r.treatyReference)
                                              : QVariant(QMetaType::fromType<QString>()),
         textOrNull(r.purpose), r.disclosedOn, r.outsidePlatform ? 1 : 0, textOrNull(r.note),
         session.officerId, QDateTime::currentDateTimeUtc()},
        QT_TRANSLATE_NOOP("dpo::Sql", "record the disclosure"));
    if (!insert.next())
        throw Error(Error::Kind::Database,
                    tr("The database did not return the new disclosure's number."));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    for (const qint64 subject : subjects)
        execBound(db,
                  QStringLiteral(
                      "INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (?, ?)"),
                  {id, subject}, QT_TRANSLATE_NOOP("dpo::Sql", "record the disclosure"));
    for (const QString& category : r.categories)
        execBound(db,
                  QStringLiteral("INSERT INTO disclosure_categories (disclosure_id, category_code) "
                                 "VALUES (?, ?)"),
                  {id, category}, QT_TRANSLATE_NOOP("dpo::Sql", "record the disclosure"));
    QJsonArray subjectIds;
    for (const qint64 subject : subjects)
        subjectIds.append(subject);
    AuditService::append(
        db, session, QStringLiteral("disclosure.record"), QStringLiteral("disclosure"),
        QString::number(id), subjects.size() == 1 ? subjects.first() : 0,
        QJsonObject{{QStringLiteral("ground"), r.ground},
                    {QStringLiteral("recipient"), recipientId},
                    {QStringLiteral("purpose"), r.purpose.trimmed()},
                    {QStringLiteral("subjects"), subjectIds},
                    {QStringLiteral("categories"), QJsonArray::fromStringList(r.categories)},
                    {QStringLiteral("disclosed_on"), r.disclosedOn.toString(Qt::ISODate)}});
    return id;
}

QString DisclosureService::noticeText(qint64 disclosureId, const QString& language) const
{
    const DocumentLanguage document(language);
    const Vocabulary words(document);
    const QSqlDatabase db = m_database.connection();
    const QString nameColumn =
        language == QStringLiteral("ru") ? QStringLiteral("name_ru") : QStringLiteral("name_ky");
    QSqlQuery d = execBound(
        db,
        QStringLiteral("SELECT d.disclosed_on, r.name, d.ground, d.request_number, d.request_date, "
                       "d.request_body, d.law_reference, d.consent_reference, d.treaty_reference, "
                       "d.purpose, r.country, c.%1 FROM disclosures d JOIN recipients r ON r.id "
                       "= d.recipient_id JOIN countries c ON c.code = r.country WHERE d.id = ?")
            .arg(nameColumn),
        {disclosureId}, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    if (!d.next())
        throw Error(Error::Kind::NotFound, tr("Disclosure %1 does not exist.").arg(disclosureId));
    const QString groundCode = d.value(2).toString();
    QString ground = words.name(Vocabulary::Kind::DisclosureGround, groundCode);
    const auto detail = [&](const QString& text) {
        ground += QStringLiteral(" (") + text + QLatin1Char(')');
    };
    if (groundCode == QStringLiteral("state_request"))
        detail(joinNonEmpty({d.value(5).toString(), QStringLiteral("№ ") + d.value(3).toString(),
                             document.date(d.value(4).toDate())}));
    else if (const QString reference = groundReference(
                 groundCode, d.value(6).toString(), d.value(7).toString(), d.value(8).toString());
             !reference.isEmpty())
        detail(reference);
    const QString purpose = d.value(9).toString();
    QString recipient = d.value(1).toString();
    if (d.value(10).toString() != QStringLiteral("KG"))
        recipient = document.translate(kNoticeContext, kRecipientAbroad)
                        .arg(recipient, d.value(11).toString());
    QSqlQuery c =
        execBound(db,
                  QStringLiteral("SELECT c.%1 FROM disclosure_categories x JOIN data_categories "
                                 "c ON c.code = x.category_code "
                                 "WHERE x.disclosure_id = ? ORDER BY c.sort_order")
                      .arg(nameColumn),
                  {disclosureId}, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    QStringList categories;
    while (c.next())
        categories << c.value(0).toString();
    const QString holder = HolderService::holder(db).name(document.code());
    const QString date = document.date(d.value(0).toDate());
    if (purpose.isEmpty())
        return document.translate(kNoticeContext, kNoticeWithoutPurpose)
            .arg(holder, date, categories.join(QStringLiteral("; ")), recipient, ground);
    return document.translate(kNoticeContext, kNotice)
        .arg(holder, date, categories.join(QStringLiteral("; ")), recipient, purpose, ground);
}

QString DisclosureService::groundReference(const QString& ground, const QString& law,
                                           const QString& consent, const QString& treaty)
{
    return ground == QLatin1String("law")       ? law
           : ground == QLatin1String("consent") ? consent
           : ground == QLatin1String("treaty")  ? treaty
                                                : QString();
}

qint64 DisclosureService::queueNotification(const Session& session, qint64 disclosureId,
                                            qint64 subjectId, const QString& channel,
                                            const QString& address) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("notify a subject"),
                   [&](const QSqlDatabase& db) {
        requireChannel(channel);
        requireNotifiable(db, disclosureId, subjectId);
        const SubjectContact s = subjectContact(db, subjectId);
        QString to = address.trimmed();
        if (to.isEmpty())
            to = s.addressFor(channel);
        if (to.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the channel, e.g. "SMS" or "e-mail".
                        tr("The subject's record has no address for %1: give one.").arg(channel));
        return queueWithin(db, session, *this, disclosureId, s, channel, to.trimmed());
    });
}

int DisclosureService::queueNotices(const Session& session, qint64 disclosureId,
                                    const QString& channel) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("notify a subject"),
                   [&](const QSqlDatabase& db) {
        requireChannel(channel);
        QSqlQuery d =
            execBound(db, QStringLiteral("SELECT outside_platform FROM disclosures WHERE id = ?"),
                      {disclosureId}, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
        if (!d.next())
            throw Error(Error::Kind::NotFound,
                        tr("Disclosure %1 does not exist.").arg(disclosureId));
        if (!d.value(0).toBool())
            throw Error(Error::Kind::BadInput,
                        //: %1: the disclosure's number.
                        tr("Disclosure %1 was made within the platform's cooperation: its "
                           "subjects are not notified one by one.")
                            .arg(disclosureId));
        // Those with no notice but a failed one: a queued, sent or delivered notice is not sent
        // twice.
        QSqlQuery q =
            execBound(db,
                      QStringLiteral("SELECT ds.subject_id FROM disclosure_subjects ds "
                                     "JOIN subjects s ON s.id = ds.subject_id "
                                     "WHERE ds.disclosure_id = ? AND NOT EXISTS (SELECT 1 "
                                     "FROM notifications n WHERE n.disclosure_id = "
                                     "ds.disclosure_id AND n.subject_id = ds.subject_id AND "
                                     "n.state <> 'failed') ORDER BY s.platform_ref"),
                      {disclosureId}, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
        QList<SubjectContact> contacts;
        QStringList noAddress;
        while (q.next()) {
            const SubjectContact s = subjectContact(db, q.value(0).toLongLong());
            if (s.addressFor(channel).trimmed().isEmpty())
                noAddress << s.ref;
            contacts << s;
        }
        if (contacts.isEmpty())
            throw Error(Error::Kind::BadInput,
                        //: %1: the disclosure's number.
                        tr("Disclosure %1: every subject is notified or has a notice queued.")
                            .arg(disclosureId));
        // All of the disclosure's notices or none: a subject left out would be forgotten.
        if (!noAddress.isEmpty())
            throw Error(
                Error::Kind::BadInput,
                //: %1: the disclosure's number; %2: the channel, e.g. "SMS"; %3: up to five
                //: subjects' platform references, separated by commas.
                tr("Disclosure %1: no address for %2 in the record of %3; notify them "
                   "one by one.")
                    .arg(disclosureId)
                    .arg(channel, noAddress.mid(0, 5).join(QStringLiteral(", ")) +
                                      (noAddress.size() > 5 ? QStringLiteral(", …") : QString())));
        for (const SubjectContact& s : contacts)
            queueWithin(db, session, *this, disclosureId, s, channel,
                        s.addressFor(channel).trimmed());
        return int(contacts.size());
    });
}

qint64 DisclosureService::recordSentByHand(const Session& session, qint64 disclosureId,
                                           qint64 subjectId, const QString& channel,
                                           const QString& address, const QDateTime& sentAt,
                                           const QString& tracking) const
{
    return runStep(m_database, session, Permission::WorkOnCases, tr("notify a subject"),
                   [&](const QSqlDatabase& db) {
        requireChannel(channel);
        if (address.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput, tr("Give the address the notice went to."));
        if (channel == QStringLiteral("post") && tracking.trimmed().isEmpty())
            throw Error(Error::Kind::BadInput,
                        tr("A notice sent by post needs its tracking number."));
        if (!sentAt.isValid() || sentAt > QDateTime::currentDateTimeUtc())
            throw Error(Error::Kind::BadInput,
                        tr("The time the notice was sent is missing or in the future."));
        requireNotifiable(db, disclosureId, subjectId);
        const SubjectContact s = subjectContact(db, subjectId);
        const QString& language = s.language;
        return addNotification(
            db, session, QStringLiteral("disclosure.notification_sent_by_hand"),
            QStringLiteral("INSERT INTO notifications (disclosure_id, subject_id, channel, "
                           "address, language, body, state, queued_at, sent_at, state_at, "
                           "tracking_number, via, created_by) VALUES (?, ?, ?, ?, ?, ?, 'sent', ?, "
                           "?, ?, ?, 'by_hand', ?) RETURNING id"),
            {disclosureId, subjectId, channel, address.trimmed(), language,
             noticeText(disclosureId, language), sentAt, sentAt, sentAt, textOrNull(tracking),
             session.officerId},
            QT_TRANSLATE_NOOP("dpo::Sql", "record the notification"), disclosureId, subjectId,
            channel);
    });
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
// Demo withdrawal requests, claims and disclosures: every state, some overdue.
#include "demo/DemoGenerator.h"

#include "db/Sql.h"
#include "demo/DemoNames.h"
#include "domain/WithdrawalDecision.h"
#include "security/Sha256.h"
#include "services/ConsentSummary.h"

namespace dpo::demo {

namespace {
const QVariant kNullText(QMetaType::fromType<QString>());
const QVariant kNullId(QMetaType::fromType<qint64>());
const QVariant kNullDate(QMetaType::fromType<QDate>());
const QVariant kNullTime(QMetaType::fromType<QDateTime>());

const char* const kWithdrawalStates[] = {
    "received", "identity_verified", "decided", "approved", "executed", "closed", "rejected"};
const char* const kWithdrawalChannels[] = {"post", "in_person", "email_scan", "e_signature",
                                           "app_form"};
const char* const kIdentityMethods[] = {"id_in_person", "notarised_letter", "account_face_check",
                                        "other"};
const char* const kRejections[] = {"identity_not_established", "not_written", "not_this_holder"};
const char* const kClaimStates[] = {"open", "answer_drafted", "answer_sent", "closed"};
const char* const kClaimChannels[] = {"post", "in_person", "email", "app_form"};
const char* const kOutcomes[] = {"satisfied", "partly_satisfied", "refused"};
const char* const kNotificationStates[] = {"queued", "sent", "delivered", "failed", "unknown"};
const char* const kNotificationChannels[] = {"email", "telegram", "whatsapp",
                                             "sms",   "platform", "post"};

const char* const kClaimMatters[] = {
    "Макулдукту кайтарып алгандан кийин SMS билдирүүлөр келе берүүдө",
    "Требую сообщить, каким третьим лицам переданы мои персональные данные",
    "Насыя бюросундагы маалыматтарды оңдоо талабы",
    "Несогласие с передачей фотографии лица в финансово-кредитную организацию",
};

QByteArray demoPdf(const QString& title)
{
    const QByteArray stream = "BT /F1 14 Tf 72 770 Td (" + title.toLatin1() + ") Tj ET";
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
           "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length " +
           QByteArray::number(stream.size()) + ">>stream\n" + stream +
           "\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n";
}

qint64 insertReturningId(const QSqlDatabase& db, const QString& table, const QString& sql,
                         const QVariantList& values)
{
    QSqlQuery q = prepareQuery(db, sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
    QSqlQuery id = prepareQuery(db, QStringLiteral("SELECT max(id) FROM %1").arg(table));
    execQuery(id, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
    id.next();
    return id.value(0).toLongLong();
}
} // namespace

QDate Generator::daysAgo(qint64 low, qint64 high, const QDateTime& notBefore)
{
    const QDate day = m_options.asOf.addDays(-m_random.between(low, high));
    const QDate earliest = notBefore.date().addDays(1);
    return day < earliest ? qMin(earliest, m_options.asOf) : day;
}

void Generator::addAttachment(const char* ownerColumn, qint64 ownerId, const QString& title)
{
    const QByteArray pdf = demoPdf(title);
    exec(QStringLiteral("INSERT INTO attachments (%1, file_name, media_type, size_bytes, sha256, "
                        "content, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
             .arg(QLatin1String(ownerColumn)),
         {ownerId, title + QStringLiteral(".pdf"), QStringLiteral("application/pdf"),
          qint64(pdf.size()), QString::fromLatin1(Sha256::hashHex(pdf)), pdf,
          at(m_options.asOf.addDays(-1)), m_officers.officerA});
}

void Generator::addWithdrawal(const SubjectInfo& subject, int ordinal)
{
    const QString state = QString::fromLatin1(kWithdrawalStates[ordinal % 7]);
    const bool open =
        state == QStringLiteral("received") || state == QStringLiteral("identity_verified");
    const bool done = state == QStringLiteral("executed") || state == QStringLiteral("closed");
    const bool decided =
        done || state == QStringLiteral("decided") || state == QStringLiteral("approved");
    QDate received;
    if (open)
        received = ordinal % 3 == 0 ? daysAgo(40, 80, subject.consentAt) // overdue
                                    : daysAgo(1, 25, subject.consentAt);
    else if (state == QStringLiteral("closed"))
        received = daysAgo(40, 400, subject.consentAt);
    else if (state == QStringLiteral("executed") && ordinal % 2 == 0)
        received = daysAgo(25, 28, subject.consentAt); // its systems' tasks overdue
    else
        received = daysAgo(5, 28, subject.consentAt);
    const QDate due = m_calendar.dueDate(received, Periods::kWithdrawalTargetDays);
    const qint64 officer = ordinal % 2 ? m_officers.officerA : m_officers.officerB;
    const bool verified =
        state != QStringLiteral("received") && state != QStringLiteral("rejected");
    const QDateTime registered = at(received);
    // Executed twelve days after receipt, or today for a request received since.
    const QDateTime executed =
        qMin(registered.addDays(12), QDateTime(m_options.asOf, QTime(0, 0), Qt::UTC));
    const qint64 id = insertReturningId(
        m_db, QStringLiteral("withdrawal_requests"),
        QStringLiteral(
            "INSERT INTO withdrawal_requests (subject_id, received_on, channel, scope, "
            "scope_note, state, due_on, identity_method, identity_note, rejection_reason, "
            "officer_id, registered_at, closed_at, reply_to_name, reply_to_address, executed_at, "
            "executed_by, reply_sent_on, reply_method) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {subject.id, received, QString::fromLatin1(kWithdrawalChannels[ordinal % 5]),
         ordinal % 5 == 4 ? QStringLiteral("partial") : QStringLiteral("full"),
         ordinal % 5 == 4
             ? QVariant(QStringLiteral("Жүздүн сүрөтү жана байланыш маалыматтары гана"))
             : kNullText,
         state, due,
         verified ? QVariant(QString::fromLatin1(kIdentityMethods[ordinal % 4])) : kNullText,
         verified ? QVariant(QStringLiteral("Паспорт ID AN1234567 текшерилди")) : kNullText,
         state == QStringLiteral("rejected")
             ? QVariant(QString::fromLatin1(kRejections[ordinal % 3]))
             : kNullText,
         officer, registered,
         state == QStringLiteral("closed") || state == QStringLiteral("rejected")
             ? QVariant(registered.addDays(20))
             : kNullTime,
         subject.surname + QLatin1Char(' ') + subject.givenName, subject.address,
         done ? QVariant(executed) : kNullTime, done ? QVariant(officer) : kNullId,
         state == QStringLiteral("closed") ? QVariant(received.addDays(20)) : kNullDate,
         state == QStringLiteral("closed") ? QVariant(QStringLiteral("post")) : kNullText});
    addAttachment("withdrawal_request_id", id, QStringLiteral("withdrawal-letter-%1").arg(id));
    ++m_summary.withdrawalRequests;

    struct Decision
    {
        const char* category;
        DecisionAction action;
    };
    const Decision decisions[] = {{"identity_document", DecisionAction::Keep},
                                  {"face_photo", DecisionAction::Destroy},
                                  {"contacts", DecisionAction::Block}};
    const QDate keepUntil = received.addYears(5);
    const QString aml = QStringLiteral("aml_cft_record_keeping");
    QList<QPair<QString, QString>> actions;
    for (const Decision& d : decisions) {
        const bool keep = d.action == DecisionAction::Keep;
        if (decided)
            exec(QStringLiteral(
                     "INSERT INTO withdrawal_decisions (request_id, category_code, action, "
                     "legal_ground, justification, keep_until, proposed_by, approved_by, "
                     "executed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, QString::fromLatin1(d.category), DecisionActions::code(d.action),
                  keep ? QVariant(aml) : kNullText,
                  keep ? QStringLiteral("Саясаттын 12.1.2-пункту: кылмыштуу кирешелерди "
                                        "легалдаштырууга жана терроризмди каржылоого "
                                        "каршы аракеттенүү боюнча сактоо, 5 жыл")
                       : QStringLiteral("Макулдук кайтарылып алынды (12.1.3)"),
                  keep ? QVariant(keepUntil) : kNullDate, officer,
                  keep && state != QStringLiteral("decided") ? QVariant(m_officers.supervisor)
                                                             : kNullId,
                  done ? QVariant(executed) : kNullTime});
        // The requester's rows of these categories, in the state the decision left them.
        exec(QStringLiteral("INSERT INTO subject_categories (subject_id, category_code, state, "
                            "kept_until, legal_ground, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {subject.id, QString::fromLatin1(d.category),
              done ? DecisionActions::categoryState(d.action) : QStringLiteral("held"),
              done && keep ? QVariant(keepUntil) : kNullDate,
              done && keep ? QVariant(aml) : kNullText, done ? QVariant(executed) : kNullTime});
        if (done && !keep)
            actions << qMakePair(QString::fromLatin1(d.category), DecisionActions::code(d.action));
    }
    if (done) {
        addTasks(id, subject.id, state == QStringLiteral("closed"), executed, ordinal, actions);
        exec(QStringLiteral("UPDATE consents SET withdrawn_at = ? WHERE subject_id = ?"),
             {executed, subject.id});
        refreshConsentSummary(m_db, subject.id);
        exec(QStringLiteral("UPDATE subjects SET status = 'blocked' WHERE id = ?"), {subject.id});
    }
}

void Generator::addClaim(const SubjectInfo& subject, int ordinal)
{
    const bool access = ordinal % 3 == 2;
    const int period = access ? Periods::kAccessRequestDays : Periods::kPretrialClaimDays;
    const QString state = QString::fromLatin1(kClaimStates[ordinal % 4]);
    QDate received;
    if (state == QStringLiteral("open"))
        received = ordinal % 8 == 0 ? daysAgo(period + 5, period + 40, subject.consentAt) // overdue
                                    : daysAgo(0, period - 2, subject.consentAt);
    else if (state == QStringLiteral("answer_drafted"))
        received = daysAgo(1, period - 1, subject.consentAt);
    else
        received = daysAgo(period, 300, subject.consentAt);
    const bool answered =
        state == QStringLiteral("answer_sent") || state == QStringLiteral("closed");
    const bool outsider = ordinal % 5 == 4; // a claimant who is not in the database
    const QString method = QString::fromLatin1(ordinal % 2 ? "post" : "email");
    const QString claimant = outsider ? QStringLiteral("Мамбетова Гүлнара Асановна")
                                      : subject.surname + QLatin1Char(' ') + subject.givenName;
    const qint64 id = insertReturningId(
        m_db, QStringLiteral("claims"),
        QStringLiteral(
            "INSERT INTO claims (kind, subject_id, claimant_name, claimant_contact, "
            "received_on, channel, subject_matter, due_on, state, outcome, outcome_reason, "
            "answer_sent_on, answer_method, answer_tracking, answer_text, officer_id, "
            "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {access ? QStringLiteral("access_request") : QStringLiteral("pretrial_claim"),
         outsider ? kNullId : QVariant(subject.id), claimant,
         outsider ? QVariant(QStringLiteral("+996555010203")) : QVariant(subject.phone), received,
         QString::fromLatin1(kClaimChannels[ordinal % 4]),
         access ? QStringLiteral("Мен жөнүндө сакталган жеке маалыматтарды берүүнү суранам")
                : QString::fromUtf8(kClaimMatters[ordinal % 4]),
         m_calendar.dueDate(received, period), state,
         state == QStringLiteral("closed") ? QVariant(QString::fromLatin1(kOutcomes[ordinal % 3]))
                                           : kNullText,
         state == QStringLiteral("closed")
             ? QVariant(QStringLiteral("Доомат каралды, жооп жазуу жүзүндө берилди"))
             : kNullText,
         answered ? QVariant(received.addDays(m_random.between(3, period - 1))) : kNullDate,
         answered ? QVariant(method) : kNullText,
         answered && method == QStringLiteral("post")
             ? QVariant(QStringLiteral("RR%1KG").arg(m_random.below(1000000000), 9, 10,
                                                     QLatin1Char('0')))
             : kNullText,
         state != QStringLiteral("open") ? QVariant(QStringLiteral("Урматтуу арыз ээси! ..."))
                                         : kNullText,
         ordinal % 2 ? m_officers.officerA : m_officers.officerB, at(received)});
    addAttachment("claim_id", id, QStringLiteral("claim-%1").arg(id));
    ++m_summary.claims;
}

void Generator::addDisclosure(const QList<SubjectInfo>& subjects, int ordinal)
{
    static const char* const grounds[] = {"state_request", "state_request", "law",
                                          "vital_interests"};
    static const char* const purposes[] = {
        "Органдын суроо-талабы боюнча иш жүргүзүү", "Органдын суроо-талабы боюнча иш жүргүзүү",
        "Финансылык мониторинг", "Субъекттин өмүрүн жана ден соолугун коргоо"};
    // Every tenth goes abroad, under a treaty (policy 1.1.6).
    const bool abroad = ordinal % 10 == 1;
    const QString ground =
        abroad ? QStringLiteral("treaty") : QString::fromLatin1(grounds[ordinal % 4]);
    const qint64 recipient = abroad ? m_recipients[kAbroadRecipient]
                                    : m_recipients[kStateBodyFirst + ordinal % kStateBodyCount];
    QDateTime latestConsent = subjects.first().consentAt;
    for (const SubjectInfo& s : subjects)
        latestConsent = qMax(latestConsent, s.consentAt);
    const QDate disclosed = daysAgo(0, 120, latestConsent);
    const bool request = ground == QStringLiteral("state_request");
    const qint64 id = insertReturningId(
        m_db, QStringLiteral("disclosures"),
        QStringLiteral(
            "INSERT INTO disclosures (recipient_id, ground, request_number, request_date, "
            "request_body, law_reference, treaty_reference, purpose, disclosed_on, "
            "outside_platform, note, officer_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "1, ?, ?, ?)"),
        {recipient, ground,
         request ? QVariant(QStringLiteral("№ %1/%2").arg(100 + ordinal).arg(disclosed.year()))
                 : kNullText,
         request ? QVariant(disclosed.addDays(-2)) : kNullDate,
         request ? QVariant(QString::fromUtf8(
                       kRecipientSeeds[kStateBodyFirst + ordinal % kStateBodyCount].name))
                 : kNullText,
         ground == QStringLiteral("law")
             ? QVariant(
                   QStringLiteral("Закон КР «О противодействии финансированию террористической "
                                  "деятельности и легализации (отмыванию) преступных доходов»"))
             : kNullText,
         abroad ? QVariant(QStringLiteral("Кредиттик маалымат алмашуу жөнүндө эл аралык макулдашуу "
                                          "(демо)"))
                : kNullText,
         abroad ? QStringLiteral("Кредиттик тарыхты текшерүү")
                : QString::fromUtf8(purposes[ordinal % 4]),
         disclosed, kNullText, m_officers.officerA, at(disclosed)});
    for (const char* category : {"personal_details", "identity_document", "contacts"})
        exec(QStringLiteral(
                 "INSERT INTO disclosure_categories (disclosure_id, category_code) VALUES (?, ?)"),
             {id, QString::fromLatin1(category)});
    if (request)
        addAttachment("disclosure_id", id, QStringLiteral("state-request-%1").arg(id));
    ++m_summary.disclosures;

    for (int k = 0; k < subjects.size(); ++k) {
        const SubjectInfo& s = subjects[k];
        exec(QStringLiteral(
                 "INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (?, ?)"),
             {id, s.id});
        if ((ordinal + k) % 4 == 3)
            continue; // nobody notified this subject yet: the console flags it
        QString channel = QString::fromLatin1(kNotificationChannels[(ordinal + k) % 6]);
        QString address = channel == QStringLiteral("email")  ? s.email
                          : channel == QStringLiteral("post") ? s.address
                          : channel == QStringLiteral("platform")
                              ? QStringLiteral("OG-%1").arg(s.id, 8, 10, QLatin1Char('0'))
                              : s.phone;
        if (address.isEmpty()) {
            channel = QStringLiteral("post");
            address = s.address;
        }
        const QString state = QString::fromLatin1(kNotificationStates[m_summary.notifications % 5]);
        const QDateTime queued = at(disclosed.addDays(1));
        const bool sent = state != QStringLiteral("queued") && state != QStringLiteral("failed");
        const QString body = s.language == QStringLiteral("ru")
                                 ? QStringLiteral("Уважаемый(ая) %1! Сообщаем, что ваши "
                                                  "персональные данные раскрыты (п. 4.6 Политики).")
                                       .arg(s.givenName)
                                 : QStringLiteral("Урматтуу %1! Сиздин жеке маалыматтарыңыз ачыкка "
                                                  "чыгарылганын билдиребиз (Саясаттын 4.6-пункту).")
                                       .arg(s.givenName);
        exec(QStringLiteral(
                 "INSERT INTO notifications (disclosure_id, subject_id, channel, address, "
                 "language, body, state, queued_at, sent_at, state_at, state_note, "
                 "tracking_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, s.id, channel, address, s.language, body, state, queued,
              sent ? QVariant(queued.addSecs(600)) : kNullTime, queued.addSecs(sent ? 900 : 0),
              state == QStringLiteral("failed") ? QVariant(QStringLiteral("recipient unreachable"))
                                                : kNullText,
              channel == QStringLiteral("post")
                  ? QVariant(QStringLiteral("RR%1KG").arg(id * 7919 % 1000000000, 9, 10,
                                                          QLatin1Char('0')))
                  : kNullText});
        ++m_summary.notifications;
    }
}

} // namespace dpo::demo

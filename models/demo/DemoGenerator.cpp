// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "db/Sql.h"
#include "demo/DemoNames.h"
#include "domain/Inn.h"

#include <QTimeZone>

namespace dpo::demo {

namespace {
const QDate kPolicyEffective(2024, 6, 1);
const QVariant kNullText(QMetaType::fromType<QString>());
const QVariant kNullDate(QMetaType::fromType<QDate>());

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << QString::fromLatin1(n);
    return list;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? kNullText : QVariant(s);
}
} // namespace

const QList<RecipientSeed> kRecipientSeeds{
    {"«Ала-Тоо Финанс» ААК", "fco", true},
    {"«Көк-Жар Кредит» МКК", "fco", true},
    {"«Ысык-Көл Банк» ААК", "fco", true},
    {"«Тоо-Ислам Каржы» ЖЧК", "fco", true},
    {"«Нарын Лизинг» ЖЧК", "leasing", true},
    {"«Ош Базар Трейд» ЖЧК", "trading", true},
    {"«Кредит-Инфо КР» кредиттик бюросу", "credit_bureau", true},
    {"«Тоо-Байланыш» ЖЧК", "mobile_operator", false},
    {"Кыргыз Республикасынын Ички иштер министрлиги", "state_body", false},
    {"Бишкек шаарынын Биринчи май райондук соту", "state_body", false},
    {"Кыргыз Республикасынын Социалдык фонду", "state_body", false},
    {"Ош шаарынын мэриясы", "local_body", false},
    {"«Алматы Кредит Бюро» ЖЧС (демо)", "credit_bureau", false, "KZ"},
};

Generator::Generator(const QSqlDatabase& db, const DemoDataService::Options& options,
                     DemoOfficers officers, QList<qint64> recipients, qint64 policyId)
    : m_db(db), m_options(options), m_random(options.seed), m_calendar(DeadlineCalendar::load(db)),
      m_officers(officers), m_recipients(std::move(recipients)), m_policyId(policyId),
      m_subjects(db, QStringLiteral("subjects"),
                 columns({"id",
                          "platform_ref",
                          "inn",
                          "surname",
                          "given_name",
                          "patronymic",
                          "surname_fold",
                          "given_name_fold",
                          "patronymic_fold",
                          "birth_date",
                          "sex",
                          "phone",
                          "email",
                          "registration_address",
                          "residence_address",
                          "region",
                          "preferred_language",
                          "status",
                          "created_at",
                          "consent_state",
                          "consent_given_at",
                          "id_document",
                          "account_closed_at"}),
                 100),
      m_consents(db, QStringLiteral("consents"),
                 columns({"id", "subject_id", "policy_version_id", "given_at", "channel"})),
      m_categories(db, QStringLiteral("subject_categories"),
                   columns({"subject_id", "category_code", "state"})),
      m_transfers(db, QStringLiteral("transfers"),
                  columns({"subject_id", "recipient_id", "category_code", "purpose_code",
                           "transferred_at"}))
{
    m_consents.flushParentFirst(&m_subjects);
    m_categories.flushParentFirst(&m_subjects);
    m_transfers.flushParentFirst(&m_subjects);
}

QDateTime Generator::at(const QDate& day)
{
    return QDateTime(day, QTime(int(m_random.between(9, 17)), int(m_random.below(60))), Qt::UTC);
}

void Generator::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q = prepareQuery(m_db, sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "write demo data"));
}

QString Generator::uniqueInn(QChar sexDigit, const QDate& birth)
{
    const QString stem = QString(sexDigit) + birth.toString(QStringLiteral("ddMMyyyy"));
    for (;;) {
        QString inn =
            stem + QStringLiteral("%1").arg(m_random.below(100000), 5, 10, QLatin1Char('0'));
        if (!m_inns.contains(inn)) {
            m_inns.insert(inn);
            return inn;
        }
    }
}

Generator::SubjectInfo Generator::addSubject(qint64 index, qint64 id, bool requester)
{
    const bool russian = m_random.chance(22);
    const bool male = m_random.chance(50);
    const MaleName& father =
        russian ? m_random.pick(kRussianMaleNames) : m_random.pick(kKyrgyzMaleNames);
    QString surname = russian ? m_random.pick(kRussianSurnames) : m_random.pick(kKyrgyzSurnames);
    QString given;
    if (male)
        given = QString::fromUtf8(russian ? m_random.pick(kRussianMaleNames).name
                                          : m_random.pick(kKyrgyzMaleNames).name);
    else
        given = russian ? m_random.pick(kRussianFemaleNames) : m_random.pick(kKyrgyzFemaleNames);
    if (!male)
        surname = femaleSurname(surname);
    QString patronymic;
    if (!russian && m_random.chance(50)) // Kyrgyz style: "Асан уулу", "Асан кызы"
        patronymic = QString::fromUtf8(father.name) +
                     (male ? QStringLiteral(" уулу") : QStringLiteral(" кызы"));
    else if (!m_random.chance(8))
        patronymic = QString::fromUtf8(male ? father.patronymicMale : father.patronymicFemale);

    // A few subjects under 18: policy 9.1 says there should be none, so the console flags them.
    const bool minor = index % 2000 == 7;
    const QDate birth = minor ? m_options.asOf.addYears(-16).addDays(-m_random.below(600))
                              : QDate(1950, 1, 1).addDays(m_random.below(qint64(365) * 56));
    if (minor)
        ++m_summary.minors;
    const QString inn = uniqueInn(male ? QLatin1Char('2') : QLatin1Char('1'), birth);

    static const char* const operators[] = {"500", "550", "555", "700", "707",
                                            "770", "777", "220", "222", "990"};
    static const QStringList mailDomains{QStringLiteral("mail.kg"), QStringLiteral("gmail.com"),
                                         QStringLiteral("mail.ru")};
    SubjectInfo info;
    info.id = id;
    info.surname = surname;
    info.givenName = given;
    info.language = russian || m_random.chance(20) ? QStringLiteral("ru") : QStringLiteral("ky");
    if (requester || m_random.chance(92))
        info.phone = QStringLiteral("+996") + QString::fromLatin1(operators[m_random.below(10)]) +
                     QStringLiteral("%1").arg(m_random.below(1000000), 6, 10, QLatin1Char('0'));
    if (m_random.chance(40))
        info.email = QStringLiteral("user%1@%2").arg(id).arg(m_random.pick(mailDomains));
    const QString region = m_random.pick(kRegions);
    info.address = QStringLiteral("%1, %2 %3-%4")
                       .arg(region, m_random.pick(kStreets))
                       .arg(m_random.between(1, 250))
                       .arg(m_random.between(1, 120));
    const qint64 span = qMax<qint64>(kPolicyEffective.daysTo(m_options.asOf.addDays(-5)), 1);
    info.consentAt = at(kPolicyEffective.addDays(m_random.below(span)));

    const QString platformRef = QStringLiteral("OG-%1").arg(id, 8, 10, QLatin1Char('0'));
    const QString consentGiven =
        QStringLiteral("given"); // the consent added below; DemoCases may withdraw it
    const bool anonymised = !requester && !minor && m_random.chancePerMille(5);
    // A few closed their platform account and their face photos are still held: the retention
    // review's work (policy 6.2-6.3). By the index, so that the random draws stay as they were.
    const QVariant closedAt =
        !requester && !minor && !anonymised && index % 500 == 11
            ? QVariant(QDateTime(m_options.asOf.addDays(-10 - index % 60), QTime(11, 30), Qt::UTC))
            : QVariant(QMetaType::fromType<QDateTime>());
    if (anonymised) {
        // Empty folds, not NULL: they sort and page alike on both backends (schema version 2).
        m_subjects.addRow({id,
                           platformRef,
                           kNullText,
                           kNullText,
                           kNullText,
                           kNullText,
                           QStringLiteral(""),
                           QStringLiteral(""),
                           kNullText,
                           kNullDate,
                           kNullText,
                           kNullText,
                           kNullText,
                           kNullText,
                           kNullText,
                           region,
                           info.language,
                           QStringLiteral("depersonalised"),
                           info.consentAt,
                           consentGiven,
                           info.consentAt,
                           kNullText,
                           QVariant(QMetaType::fromType<QDateTime>())});
    } else {
        const QString status = !requester && m_random.chancePerMille(10) ? QStringLiteral("blocked")
                                                                         : QStringLiteral("active");
        m_subjects.addRow(
            {id, platformRef, inn, surname, given, textOrNull(patronymic), NameFold::fold(surname),
             NameFold::fold(given), textOrNull(NameFold::fold(patronymic)), birth,
             male ? QStringLiteral("M") : QStringLiteral("F"), textOrNull(info.phone),
             textOrNull(info.email), info.address,
             m_random.chance(70) ? QVariant(info.address) : kNullText, region, info.language,
             status, info.consentAt, consentGiven, info.consentAt,
             // ID cards since 2017, older passports otherwise
             QStringLiteral("%1%2")
                 .arg(m_random.chance(70) ? QStringLiteral("ID") : QStringLiteral("AN"))
                 .arg(m_random.below(10000000), 7, 10, QLatin1Char('0')),
             closedAt});
    }
    static const QStringList channels{QStringLiteral("mobile_app"), QStringLiteral("mobile_app"),
                                      QStringLiteral("web"), QStringLiteral("branch")};
    m_consents.addRow({m_nextConsent++, id, m_policyId, info.consentAt, m_random.pick(channels)});
    ++m_summary.consents;
    holdCategories(info, requester, anonymised);
    return info;
}

void Generator::holdCategories(const SubjectInfo& subject, bool requester, bool anonymised)
{
    // Requesters' identity document, face photo and contacts are written by addWithdrawal, in
    // the state the decision left them.
    const QString state = anonymised ? QStringLiteral("depersonalised") : QStringLiteral("held");
    const auto hold = [&](const char* code) {
        m_categories.addRow({subject.id, QString::fromLatin1(code), state});
    };
    hold("personal_details");
    hold("addresses");
    if (!requester) {
        hold("identity_document");
        if (m_random.chance(90))
            hold("face_photo");
        if (!subject.phone.isEmpty() || !subject.email.isEmpty())
            hold("contacts");
    }
    if (m_random.chance(95))
        hold("device_identifiers");
    if (m_random.chance(60))
        hold("geolocation");
    if (m_random.chance(30))
        hold("face_video");
    if (m_random.chance(30))
        hold("social_fund");
    if (m_random.chance(20))
        hold("tax");
    if (anonymised || !m_random.chance(45))
        return;
    // Applied for financing: the FCO received the photo, the document and the application
    // (policy 3.4.3, 4.1; 4.2 limits the photo to identification and authentication).
    hold("financing_application");
    hold("credit_bureau");
    hold("tunduk");
    const int fcos = m_random.chance(12) ? 2 : 1;
    const qint64 first = m_random.below(kFcoCount);
    for (int k = 0; k < fcos; ++k) {
        const qint64 recipient = m_recipients[int((first + k) % kFcoCount)];
        const QDateTime when = subject.consentAt.addDays(m_random.between(0, 3));
        for (const char* category : {"identity_document", "face_photo", "financing_application"})
            m_transfers.addRow({subject.id, recipient, QString::fromLatin1(category),
                                QStringLiteral("financing_decision"), when});
        m_summary.transfers += 3;
    }
}

DemoDataService::Summary Generator::run()
{
    m_inns.reserve(int(m_options.subjects));
    // The database holds no subjects (DemoDataService checked): build the indexes once, at the end.
    DeferredIndexes indexes(m_db, {QStringLiteral("subjects"), QStringLiteral("consents"),
                                   QStringLiteral("transfers")});
    const qint64 firstId = nextFreeId(m_db, QStringLiteral("subjects"));
    m_nextConsent = nextFreeId(m_db, QStringLiteral("consents"));
    QList<SubjectInfo> requesters, claimants, disclosed;
    for (qint64 i = 0; i < m_options.subjects; ++i) {
        const bool requester = i % 250 == 3;
        const SubjectInfo subject = addSubject(i, firstId + i, requester);
        if (requester)
            requesters << subject;
        if (i % 400 == 5)
            claimants << subject;
        if (i % 500 >= 11 && i % 500 <= 13) // one request can cover up to three subjects
            disclosed << subject;
    }
    m_subjects.flush();
    m_consents.flush();
    m_categories.flush();
    m_transfers.flush();
    indexes.restore();
    refreshStatistics(m_db, {QStringLiteral("subjects"), QStringLiteral("consents"),
                             QStringLiteral("subject_categories"), QStringLiteral("transfers")});

    addDataSystems();
    for (int k = 0; k < requesters.size(); ++k)
        addWithdrawal(requesters[k], k);
    for (int k = 0; k < claimants.size(); ++k)
        addClaim(claimants[k], k);
    for (int k = 0, ordinal = 0; k < disclosed.size(); ++ordinal) {
        const int size = int(qMin<qsizetype>(1 + ordinal % 3, disclosed.size() - k));
        addDisclosure(disclosed.mid(k, size), ordinal);
        k += size;
    }
    m_categories.flush();
    m_summary.subjects = m_options.subjects;
    return m_summary;
}

} // namespace dpo::demo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/NoticeLetterService.h"

#include "core/Error.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "services/DisclosureService.h"

#include <QCoreApplication>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::NoticeLetter";

} // namespace

NoticeLetterService::NoticeLetterService(Database& database, qint64 subjectId)
    : LetterService(database, CaseType::Disclosure), m_subjectId(subjectId)
{
}

LetterContent NoticeLetterService::content(qint64 disclosureId, const QString& language) const
{
    const DocumentLanguage document(language);
    const auto t = [&](const char* source) { return document.translate(kContext, source); };
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral(
            "SELECT s.surname, s.given_name, s.patronymic, coalesce(s.residence_address, "
            "s.registration_address) FROM disclosure_subjects ds "
            "JOIN subjects s ON s.id = ds.subject_id WHERE ds.disclosure_id = ? AND ds.subject_id "
            "= ?"));
    q.addBindValue(disclosureId);
    q.addBindValue(m_subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the disclosure"));
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("dpo::DisclosureService",
                                        "Subject %1 is not among the subjects of disclosure %2.")
                .arg(m_subjectId)
                .arg(disclosureId));
    const QString name =
        QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
            .join(QLatin1Char(' '))
            .simplified();
    LetterContent letter;
    letter.addresseeName = name;
    letter.addresseeAddress = q.value(3).toString();
    letter.heading =
        t(QT_TRANSLATE_NOOP("dpo::NoticeLetter", "Notice of a disclosure of your personal data"));
    letter.body.paragraph(DisclosureService(m_database).noticeText(disclosureId, language));
    return letter;
}

} // namespace dpo

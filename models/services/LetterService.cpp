// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LetterService.h"
#include "services/AccessControl.h"
#include "services/ServiceStep.h"

#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "services/AuditService.h"
#include "services/HolderService.h"
#include "services/OutgoingLetterService.h"
#include "services/SubjectReportService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dpo {

namespace {
// Said in each language of a bilingual letter, after its text (policy 2.5).
const char* const kPrevails =
    QT_TRANSLATE_NOOP("dpo::LetterService", "This letter is made in Kyrgyz and in Russian. Where "
                                            "the two texts differ, the Russian text prevails "
                                            "(privacy policy, clause 2.5).");
} // namespace

QString LetterService::documentHtml(const QSqlDatabase& db, qint64 caseId, const QString& language,
                                    const QString& officer,
                                    const OutgoingLetterService::Letter& outgoing) const
{
    const Holder holder = HolderService::holder(db);
    const auto letterIn = [&](const DocumentLanguage& words) {
        return layOutLetter(content(caseId, words.code()), holder, outgoing, words, officer);
    };
    if (language != QLatin1String(kBilingual))
        return letterIn(DocumentLanguage(language));
    QString text;
    for (const char* code : {"ky", "ru"}) {
        const DocumentLanguage words{QString::fromLatin1(code)};
        if (!text.isEmpty())
            text += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        text += letterIn(words);
        text += QStringLiteral("<p class=\"small\"><b>%1</b></p>")
                    .arg(words.translate("dpo::LetterService", kPrevails).toHtmlEscaped());
    }
    return text;
}

QString LetterService::documentTitle(qint64 caseId, const QString& language) const
{
    if (language != QLatin1String(kBilingual))
        return LetterKinds::title(m_kind, caseId, language);
    return LetterKinds::title(m_kind, caseId, QStringLiteral("ky")) + QStringLiteral(" / ") +
           LetterKinds::title(m_kind, caseId, QStringLiteral("ru"));
}

QString LetterService::prepare(const Session& session, qint64 caseId, const QString& language) const
{
    return runStep(m_database, session, Permission::WorkOnCases, refusedAction(),
                   [&](const QSqlDatabase& db) {
        return auditedLetter(db, session, caseId, language, Made::Numbered);
    });
}

QString LetterService::preview(const Session& session, qint64 caseId, const QString& language) const
{
    return runStep(m_database, session, Permission::WorkOnCases, refusedAction(),
                   [&](const QSqlDatabase& db) {
        return auditedLetter(db, session, caseId, language, Made::Preview);
    });
}

QString LetterService::refusedAction() const
{
    return LetterKinds::refusedAction(m_kind);
}

void LetterService::requireLetterLanguage(const QString& language)
{
    if (language != QLatin1String(kBilingual))
        (void)DocumentLanguage(language); // throws BadInput for a language letters are not made in
}

QString LetterService::auditedLetter(const QSqlDatabase& db, const Session& session, qint64 caseId,
                                     const QString& language, Made made) const
{
    requireLetterLanguage(language);
    const QString kind = QString::fromLatin1(m_kind.code);
    const OutgoingLetterService::Letter outgoing =
        made == Made::Numbered
            ? OutgoingLetterService::registerLetter(db, session, kind, caseId, addresseeSubject(),
                                                    language)
            : OutgoingLetterService::findLetter(db, kind, caseId, addresseeSubject())
                  .value_or(OutgoingLetterService::Letter{}); // a preview takes no number
    const QString text = documentHtml(db, caseId, language, session.displayName, outgoing);
    QJsonObject details{{QStringLiteral("language"), language}};
    if (made == Made::Preview)
        details.insert(QStringLiteral("preview"), true);
    if (!outgoing.number.isEmpty())
        details.insert(QStringLiteral("number"), outgoing.number);
    AuditService::append(db, session, kind, QString::fromLatin1(m_kind.entity),
                         QString::number(caseId), 0, details);
    return text;
}

void LetterService::writePdf(const Session& session, qint64 caseId, const QString& language,
                             const QString& path) const
{
    // The file is written before the commit: a letter that could not be saved is not audited.
    runStep(m_database, session, Permission::WorkOnCases, refusedAction(),
            [&](const QSqlDatabase& db) {
        const QString text = auditedLetter(db, session, caseId, language, Made::Numbered);
        writeFileAtomically(path, SubjectReportService::pdf(text, documentTitle(caseId, language)));
    });
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LetterService.h"
#include "services/AccessControl.h"

#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "services/AuditService.h"
#include "services/SubjectReportService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dpo {

namespace {
// Said in each language of a bilingual letter, after its text (policy 2.5).
const char* const kPrevails = QT_TRANSLATE_NOOP(
    "dpo::LetterService",
    "This letter is made in Kyrgyz and in Russian. Where the two texts differ, the Russian text prevails "
    "(privacy policy, clause 2.5).");
} // namespace

QString LetterService::documentHtml(qint64 caseId, const QString& language, const QString& officer) const
{
    if (language != QLatin1String(kBilingual))
        return html(caseId, language, officer);
    QString text;
    for (const char* code : {"ky", "ru"}) {
        const DocumentLanguage words{QString::fromLatin1(code)};
        if (!text.isEmpty())
            text += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        text += html(caseId, words.code(), officer);
        text += QStringLiteral("<p class=\"small\"><b>%1</b></p>").arg(words.translate("dpo::LetterService", kPrevails).toHtmlEscaped());
    }
    return text;
}

QString LetterService::documentTitle(qint64 caseId, const QString& language) const
{
    if (language != QLatin1String(kBilingual))
        return title(caseId, language);
    return title(caseId, QStringLiteral("ky")) + QStringLiteral(" / ") + title(caseId, QStringLiteral("ru"));
}

QString LetterService::prepare(const Session& session, qint64 caseId, const QString& language) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, caseId, language);
    transaction.commit();
    return text;
}

QString LetterService::prepareInTransaction(const Session& session, qint64 caseId, const QString& language) const
{
    requirePermission(m_database, session, Permission::WorkOnCases,
                QCoreApplication::translate(m_kind.roleContext, m_kind.roleAction));
    const QString text = documentHtml(caseId, language, session.displayName);
    AuditService::append(m_database.connection(), session, QString::fromLatin1(m_kind.action), QString::fromLatin1(m_kind.entity),
                         QString::number(caseId), 0, QJsonObject{{QStringLiteral("language"), language}});
    return text;
}

void LetterService::writePdf(const Session& session, qint64 caseId, const QString& language, const QString& path) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, caseId, language);
    writeFileAtomically(path, SubjectReportService::pdf(text, documentTitle(caseId, language)));
    transaction.commit();
}

QString LetterService::esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace dpo

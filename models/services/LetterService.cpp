// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LetterService.h"

#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/AuditService.h"
#include "services/SubjectReportService.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dpo {

QString LetterService::prepare(const Session& session, qint64 caseId, const QString& language) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, caseId, language);
    transaction.commit();
    return text;
}

QString LetterService::prepareInTransaction(const Session& session, qint64 caseId, const QString& language) const
{
    requireRole(session, {Role::Officer, Role::Supervisor, Role::Administrator},
                QCoreApplication::translate(m_kind.roleContext, m_kind.roleAction));
    const QString text = html(caseId, language, session.displayName);
    AuditService::append(m_database.connection(), session, QString::fromLatin1(m_kind.action), QString::fromLatin1(m_kind.entity),
                         QString::number(caseId), 0, QJsonObject{{QStringLiteral("language"), language}});
    return text;
}

void LetterService::writePdf(const Session& session, qint64 caseId, const QString& language, const QString& path) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, caseId, language);
    writeFileAtomically(path, SubjectReportService::pdf(text, title(caseId, language)));
    transaction.commit();
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ConsentSummary.h"

#include "db/Sql.h"

namespace dpo {

void refreshConsentSummary(const QSqlDatabase& db, qint64 subjectId)
{
    QSqlQuery q = prepareQuery(
        db,
        QStringLiteral(
            "UPDATE subjects SET "
            "consent_given_at = (SELECT max(c.given_at) FROM consents c WHERE c.subject_id = ?), "
            "consent_state = coalesce((SELECT CASE WHEN c.withdrawn_at IS NULL THEN 'given' ELSE "
            "'withdrawn' END "
            "FROM consents c WHERE c.subject_id = ? ORDER BY c.given_at DESC, c.id DESC LIMIT 1), "
            "'none') "
            "WHERE id = ?"));
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "update the subject's consent state"));
}

} // namespace dpo

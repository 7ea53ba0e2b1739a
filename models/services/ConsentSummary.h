// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace dpo {

// subjects.consent_state and consent_given_at repeat the subject's latest consent (schema
// version 3) so that the list sorts and filters by them from an index. Whoever changes a
// subject's consents calls this in the same transaction; bulk loads write the two columns with
// the rows they insert.
void refreshConsentSummary(const QSqlDatabase& db, qint64 subjectId);

} // namespace dpo

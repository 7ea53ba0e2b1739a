// SPDX-License-Identifier: GPL-3.0-or-later
// What the platform did with a subject's data: consents, categories collected, and withdrawal
// forms signed in the app (transfers: FeedTransfers.cpp).
#include "core/Error.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "feed/FeedApplierSupport.h"
#include "services/ConsentSummary.h"
#include "services/WithdrawalService.h"

#include <QRegularExpression>

namespace dpo {

using namespace feed_detail;

// consent.given: a new consent to a policy version; one the subject withdrew is not renewed by
// the feed but flagged, so that the officer sees the withdrawal and the new consent side by side.
void FeedApplier::applyConsent(Context& c)
{
    const auto subject = existingSubject(c);
    if (!subject)
        return;
    const QString version = text(c.event.fields, "policy_version");
    QSqlQuery& policy =
        cached(QStringLiteral("SELECT id, effective_from FROM policy_versions WHERE code = ?"));
    policy.bindValue(0, version);
    execQuery(policy, QT_TRANSLATE_NOOP("dpo::Sql", "read the policy versions"));
    qint64 policyId = 0;
    if (!policy.next())
        //: Follows a field's name in a feed error ("policy_version: …"). %1: the version as given.
        c.problem("policy_version", tr("\"%1\" is not a known policy version").arg(version));
    else if (bishkekDate(c.event.at) < policy.value(1).toDate())
        //: Follows a field's name in a feed error ("at: …"); the subject of the sentence is the
        //: field's time. %1: the policy version, e.g. "2024-06-01".
        c.problem("at", tr("is before policy version %1 took effect").arg(version));
    else
        policyId = policy.value(0).toLongLong();
    policy.finish();
    const QString channel = text(c.event.fields, "channel");
    const QStringList channels = Vocabulary::codes(Vocabulary::Kind::ConsentChannel);
    if (!channels.contains(channel))
        //: Follows a field's name in a feed error. %1: the channel as given; %2: the allowed
        //: channels, separated by commas.
        c.problem("channel", tr("\"%1\" is not a consent channel: use %2")
                                 .arg(channel, channels.join(QStringLiteral(", "))));
    if (c.failed())
        return;

    QSqlQuery& existing = cached(QStringLiteral(
        "SELECT withdrawn_at FROM consents WHERE subject_id = ? AND policy_version_id = ?"));
    existing.bindValue(0, subject->id);
    existing.bindValue(1, policyId);
    execQuery(existing, QT_TRANSLATE_NOOP("dpo::Sql", "read the subject's consents"));
    const bool known = existing.next();
    const bool withdrawn = known && !existing.value(0).isNull();
    existing.finish();
    if (withdrawn) {
        c.report.outcome = Outcome::Refused;
        c.flag("consent_after_withdrawal", subject->id, version);
        return;
    }
    if (known)
        return; // given before: nothing changes
    QSqlQuery& insert =
        cached(QStringLiteral("INSERT INTO consents (subject_id, policy_version_id, "
                              "given_at, channel) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, subject->id);
    insert.bindValue(1, policyId);
    insert.bindValue(2, c.at);
    insert.bindValue(3, channel);
    execQuery(insert, QT_TRANSLATE_NOOP("dpo::Sql", "record the consent"));
    refreshConsentSummary(m_db, subject->id);
}

// category.collected: the platform holds the category now. A blocked or erased category keeps
// its state and the event is flagged: the officer decided, the feed does not undo it.
void FeedApplier::applyCollected(Context& c)
{
    const auto subject = existingSubject(c);
    if (!subject)
        return;
    const QString category = text(c.event.fields, "category");
    if (!m_categories.contains(category))
        //: Follows a field's name in a feed error. %1: the code as given.
        c.problem("category", tr("\"%1\" is not a known code").arg(category));
    if (c.failed())
        return;
    const QString state = categoryStates(subject->id).value(category);
    if (state == QStringLiteral("blocked"))
        c.flag("blocked_data", subject->id, category);
    else if (isErased(state))
        c.flag("erased_data", subject->id, QStringLiteral("%1 %2").arg(category, state));
    else if (state.isEmpty())
        holdCategories(subject->id, {category});
}

// withdrawal.requested: a request in state received, the signed form standing for its document;
// the officer verifies, decides and executes it as any other (policy 12.1.4).
void FeedApplier::applyWithdrawal(Context& c)
{
    const auto subject = existingSubject(c);
    if (!subject)
        return;
    const QJsonObject& f = c.event.fields;
    WithdrawalService::Registration r;
    r.subjectRef = text(f, "platform_ref");
    r.channel = QStringLiteral("app_form");
    r.formRef = text(f, "form_id");
    r.formSha256 = text(f, "form_sha256").toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (r.formRef.size() > 200)
        //: Follows a field's name in a feed error ("purpose: …"); the subject is the field's value.
        //: %1: a number of characters.
        c.problem("form_id", tr("is longer than %1 characters").arg(200));
    if (!hex.match(r.formSha256).hasMatch())
        c.problem("form_sha256", tr("must be 64 hexadecimal digits"));
    r.receivedOn = QDate::fromString(text(f, "received_on"), Qt::ISODate);
    if (r.receivedOn > m_today)
        c.problem("received_on", tr("is in the future"));
    const QString scope = has(f, "scope") ? text(f, "scope") : QStringLiteral("full");
    if (scope != QStringLiteral("full") && scope != QStringLiteral("partial"))
        //: Follows a field's name in a feed error. %1: the scope as given.
        c.problem("scope", tr("\"%1\" is not full or partial").arg(scope));
    r.fullScope = scope == QStringLiteral("full");
    r.purposes = list(f, "purposes");
    r.categories = list(f, "categories");
    checkCodes(c, "purposes", r.purposes, m_purposes);
    checkCodes(c, "categories", r.categories, m_categories);
    if (r.fullScope && (!r.purposes.isEmpty() || !r.categories.isEmpty()))
        c.problem("scope", tr("a full withdrawal names no purposes or categories"));
    QSqlQuery& form =
        cached(QStringLiteral("SELECT id FROM withdrawal_requests WHERE form_ref = ?"));
    form.bindValue(0, r.formRef);
    execQuery(form, QT_TRANSLATE_NOOP("dpo::Sql", "read the withdrawal requests"));
    if (form.next())
        c.problem("form_id",
                  //: Follows a field's name in a feed error ("form: …"). %1: the number of the
                  //: request the form already made.
                  tr("the form is already withdrawal request %1").arg(form.value(0).toLongLong()));
    form.finish();
    if (c.failed())
        return;
    try {
        WithdrawalService::registerWithin(m_db, m_session, r);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::BadInput)
            throw;
        c.problem("line", e.message());
    }
}

} // namespace dpo

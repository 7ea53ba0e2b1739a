// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WithdrawalDecision.h"

namespace dpo {

namespace {
struct ActionRow
{
    DecisionAction action;
    const char* code;
    const char* categoryState;
    bool removesValues;
};
constexpr ActionRow kActions[] = {
    {DecisionAction::Destroy, "destroy", "destroyed", true},
    {DecisionAction::Depersonalise, "depersonalise", "depersonalised", true},
    {DecisionAction::Block, "block", "blocked", false},
    {DecisionAction::Keep, "keep", "kept", false},
};

const ActionRow& rowOf(DecisionAction action)
{
    for (const ActionRow& row : kActions) {
        if (row.action == action)
            return row;
    }
    Q_UNREACHABLE();
}

// The subject's own columns that hold a category's values; the other categories live on the
// platform and only their state is recorded here.
struct CategoryColumns
{
    const char* category;
    QStringList destroy;       // names: their folds become empty, as for every unnamed record
    QStringList depersonalise; // what is not listed is generalised (the year of birth)
};

const QList<CategoryColumns>& categoryColumns()
{
    static const QList<CategoryColumns> columns{
        {"personal_details",
         {QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("patronymic"),
          QStringLiteral("birth_date"), QStringLiteral("sex")},
         {QStringLiteral("surname"), QStringLiteral("given_name"), QStringLiteral("patronymic")}},
        {"identity_document",
         {QStringLiteral("inn"), QStringLiteral("id_document")},
         {QStringLiteral("inn"), QStringLiteral("id_document")}},
        {"contacts",
         {QStringLiteral("phone"), QStringLiteral("email")},
         {QStringLiteral("phone"), QStringLiteral("email")}},
        {"addresses",
         {QStringLiteral("registration_address"), QStringLiteral("residence_address"),
          QStringLiteral("region")},
         {QStringLiteral("registration_address"), QStringLiteral("residence_address")}},
    };
    return columns;
}

std::optional<DecisionAction> actionFor(const QHash<QString, DecisionAction>& actionOf,
                                        const char* category)
{
    const auto it = actionOf.constFind(QString::fromLatin1(category));
    if (it == actionOf.cend())
        return std::nullopt;
    return *it;
}

bool removes(const QHash<QString, DecisionAction>& actionOf, const char* category)
{
    const auto action = actionFor(actionOf, category);
    return action && DecisionActions::removesValues(*action);
}
} // namespace

namespace DecisionActions {

const QList<DecisionAction>& all()
{
    static const QList<DecisionAction> actions{DecisionAction::Destroy,
                                               DecisionAction::Depersonalise, DecisionAction::Block,
                                               DecisionAction::Keep};
    return actions;
}

QString code(DecisionAction action)
{
    return QString::fromLatin1(rowOf(action).code);
}

std::optional<DecisionAction> fromCode(const QString& code)
{
    for (const ActionRow& row : kActions) {
        if (code == QLatin1String(row.code))
            return row.action;
    }
    return std::nullopt;
}

QString categoryState(DecisionAction action)
{
    return QString::fromLatin1(rowOf(action).categoryState);
}

bool removesValues(DecisionAction action)
{
    return rowOf(action).removesValues;
}

} // namespace DecisionActions

bool identityRemovedButNameKept(const QHash<QString, DecisionAction>& actionOf)
{
    return removes(actionOf, "identity_document") && !removes(actionOf, "personal_details");
}

ExecutionPlan planExecution(const QList<PlannedDecision>& decisions)
{
    ExecutionPlan plan;
    QHash<QString, DecisionAction> actionOf;
    for (const PlannedDecision& d : decisions) {
        actionOf.insert(d.category, d.action);
        plan.categoryStates.insert(d.category, DecisionActions::categoryState(d.action));
        if (d.action == DecisionAction::Destroy)
            plan.destroyedCategories << d.category;
        if (d.action == DecisionAction::Keep && !d.approved)
            plan.keepsAwaitingApproval << d.category;
    }
    // The record's status follows its identifying categories.
    const auto personal = actionFor(actionOf, "personal_details");
    if (personal == DecisionAction::Destroy)
        plan.subjectStatus = QStringLiteral("destroyed");
    else if (personal == DecisionAction::Depersonalise || removes(actionOf, "identity_document"))
        plan.subjectStatus = QStringLiteral("depersonalised");
    else if (personal == DecisionAction::Block)
        plan.subjectStatus = QStringLiteral("blocked");
    plan.newAnonymousReference = plan.subjectStatus == QStringLiteral("destroyed") ||
                                 plan.subjectStatus == QStringLiteral("depersonalised");

    for (const CategoryColumns& columns : categoryColumns()) {
        const auto action = actionFor(actionOf, columns.category);
        if (!action || !DecisionActions::removesValues(*action))
            continue;
        plan.clearedColumns << (*action == DecisionAction::Destroy ? columns.destroy
                                                                   : columns.depersonalise);
        if (qstrcmp(columns.category, "personal_details") == 0) {
            plan.clearNameFolds = true;
            plan.birthDateToYear = *action == DecisionAction::Depersonalise;
        }
    }
    plan.clearNoticeAddresses = removes(actionOf, "contacts");
    plan.clearClaimantContact = plan.clearNoticeAddresses;
    plan.clearClaimantName = removes(actionOf, "personal_details");
    return plan;
}

QString categoryOfColumn(const QString& column)
{
    for (const CategoryColumns& columns : categoryColumns()) {
        if (columns.destroy.contains(column))
            return QString::fromLatin1(columns.category);
    }
    return {};
}

} // namespace dpo

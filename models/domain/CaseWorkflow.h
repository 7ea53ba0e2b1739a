// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <span>

namespace dpo {

// The shape of every case type's workflow (docs/architecture.md): one table of transitions, each
// a step, the state it starts from, what must also hold of the case (or nothing), and the state
// after (or none: the state stays). The case's service checks a step's starting state against it
// in the step's transaction; the case's pane enables the step's button by it. A case type
// (WithdrawalWorkflow, ClaimWorkflow) declares its Step enum, its Facts and its table.
template <typename Step, typename Facts> struct CaseTransition
{
    Step step;
    const char* from;
    bool (*holds)(const Facts&); // nullptr: the state is enough
    const char* to;              // nullptr: the state stays
};

template <typename Step, typename Facts> class CaseWorkflow
{
public:
    using Transition = CaseTransition<Step, Facts>;

    explicit constexpr CaseWorkflow(std::span<const Transition> table) : m_table(table) {}

    // The states `step` may start from, whatever the facts.
    QStringList statesFor(Step step) const
    {
        QStringList states;
        for (const Transition& t : m_table) {
            if (t.step == step && !states.contains(QLatin1String(t.from)))
                states << QString::fromLatin1(t.from);
        }
        return states;
    }

    // Whether `step` may be taken from `state` with these facts.
    bool allows(Step step, const QString& state, const Facts& facts = {}) const
    {
        for (const Transition& t : m_table) {
            if (t.step == step && state == QLatin1String(t.from) && (!t.holds || t.holds(facts)))
                return true;
        }
        return false;
    }

    // The state after `step` from `state`; `state` itself when the step keeps it or is not allowed.
    QString stateAfter(Step step, const QString& state) const
    {
        for (const Transition& t : m_table) {
            if (t.step == step && state == QLatin1String(t.from))
                return t.to ? QString::fromLatin1(t.to) : state;
        }
        return state;
    }

private:
    std::span<const Transition> m_table;
};

// "`column` IN ('a', 'b')" for a case type's states: the SQL registers and counts read their open
// cases by, from the same list the workflow keeps (the codes are the workflow's own constants).
inline QString stateCondition(const QString& column, const QStringList& states)
{
    return column + QStringLiteral(" IN ('") + states.join(QStringLiteral("', '")) +
           QStringLiteral("')");
}

} // namespace dpo

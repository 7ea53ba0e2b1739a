// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dpo {

class JobProgress;

// One action applied to many cases the officer selected (close the answered claims, queue the
// notices of many disclosures). Each case is a user action of its own: its own transaction, its
// own audit entry, its own refusal. A case refused says why and the others go on; a cancel stops
// before the next case, and the cases already done stay done (none is ever half-done).
class BulkRun
{
    Q_DECLARE_TR_FUNCTIONS(dpo::BulkRun)
public:
    struct CaseResult
    {
        qint64 id = 0;
        bool done = false;
        QString reason; // why it was refused
        QString note;   // what the step says it did ("3 notices queued"), when done
    };
    struct Result
    {
        QList<CaseResult> cases; // in the order given; the cases not reached are not listed
        bool cancelled = false;
        qint64 notReached = 0; // left when cancelled
        qint64 done() const;
        qint64 refused() const;
        // "118 done, 2 refused." (and how many a cancel left), in the interface's language.
        QString summary() const;
    };

    // The largest selection one bulk action takes: what an officer can review case by case.
    static constexpr int kMaxCases = 1000;

    // Runs `step` for each id on this thread; `step` throws dpo::Error to refuse its case (any
    // other exception refuses it too, with its text), and
    // returns what it did, for the officer (may be empty).
    // `progress` (optional) counts the cases and is where a cancel comes from.
    static Result run(const QList<qint64>& ids, const std::function<QString(qint64)>& step,
                      JobProgress* progress = nullptr);
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BulkRun.h"

#include "core/Error.h"
#include "core/JobProgress.h"

#include <algorithm>

namespace dpo {

qint64 BulkRun::Result::done() const
{
    return std::count_if(cases.cbegin(), cases.cend(), [](const CaseResult& c) { return c.done; });
}

qint64 BulkRun::Result::refused() const
{
    return cases.size() - done();
}

QString BulkRun::Result::summary() const
{
    //: The result of an action on several selected cases. %1: the number of cases done; %2: the
    //: number refused.
    QString text = tr("%L1 done, %L2 refused.").arg(done()).arg(refused());
    if (cancelled)
        //: %1: the number of selected cases not reached before the officer cancelled.
        text += QLatin1Char(' ') + tr("Cancelled: %L1 not reached.").arg(notReached);
    return text;
}

BulkRun::Result BulkRun::run(const QList<qint64>& ids, const std::function<QString(qint64)>& step,
                             JobProgress* progress)
{
    if (ids.size() > kMaxCases)
        throw Error(Error::Kind::BadInput,
                    //: %1: the number of selected cases; %2: the most one action takes.
                    tr("%L1 cases are selected; one action takes at most %L2.")
                        .arg(ids.size())
                        .arg(kMaxCases));
    Result result;
    if (progress)
        progress->begin(JobProgress::Stage::Writing, ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress) {
            try {
                progress->advance(i);
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::Cancelled)
                    throw;
                result.cancelled = true;
                result.notReached = ids.size() - i;
                return result;
            }
        }
        CaseResult c{ids[i], false, {}, {}};
        try {
            c.note = step(ids[i]);
            c.done = true;
        } catch (const Error& e) {
            c.reason = e.message();
        } catch (const std::exception& e) { // its step's transaction rolled back all the same
            c.reason = QString::fromLocal8Bit(e.what());
        }
        result.cases << c;
    }
    return result;
}

} // namespace dpo

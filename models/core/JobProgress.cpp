// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JobProgress.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace dpo {

void JobProgress::begin(Stage stage, qint64 total)
{
    m_total.store(total);
    m_done.store(0);
    m_stage.store(int(stage));
    advance(0);
}

void JobProgress::advance(qint64 done)
{
    m_done.store(done);
    if (m_observer)
        m_observer(stage(), done, total());
    if (m_cancel.load() && stage() != Stage::Finishing)
        throw Error(
            Error::Kind::Cancelled,
            QCoreApplication::translate("dpo::JobProgress", "Cancelled; nothing was written."));
}

} // namespace dpo

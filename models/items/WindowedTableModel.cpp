// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/WindowedTableModel.h"

namespace dpo {

void WindowedModelBase::queueFetch() const
{
    if (m_fetchQueued)
        return;
    m_fetchQueued = true;
    auto* self = const_cast<WindowedModelBase*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->fetchWantedPages(); }, Qt::QueuedConnection);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PlainTextLabels.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

namespace dpo {

void PlainTextLabels::install()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || app->findChild<PlainTextLabels*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new PlainTextLabels(app));
}

bool PlainTextLabels::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish)
        if (auto* label = qobject_cast<QLabel*>(watched);
            label && label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    return QObject::eventFilter(watched, event);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QTableView;

namespace dpo {

// A table view over a windowed model of millions of rows: whole rows selected, one at a time,
// fixed row heights, and each column as wide as its header or a typical value (`samples`, one per
// column; empty: the header alone), whichever is wider. Measuring the contents instead would read
// a thousand rows per column.
void setUpWindowedView(QTableView* view, QAbstractItemModel* model, const QString& objectName,
                       const QStringList& samples);

} // namespace dpo

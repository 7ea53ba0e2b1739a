// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QAbstractItemModel;
class QLabel;
class QLayout;
class QSplitter;
class QTableView;
class QWidget;

namespace dpo {

// A table view over a windowed model of millions of rows: whole rows selected, one at a time,
// fixed row heights, and each column as wide as its header or a typical value (`samples`, one per
// column; empty: the header alone), whichever is wider. Measuring the contents instead would read
// a thousand rows per column.
void setUpWindowedView(QTableView* view, QAbstractItemModel* model, const QString& objectName,
                       const QStringList& samples);

// The list page's shape: the filters over the list over its count, and below them, in a splitter,
// the selected row in full. Where the officer drags the split, and how they size, move and sort
// the columns, is remembered per list (the view's object name) in the settings.
QSplitter* listAboveDetail(QWidget* parent, QLayout* filters, QTableView* view, QLabel* count,
                           QWidget* detail, int listStretch, int detailStretch);

} // namespace dpo

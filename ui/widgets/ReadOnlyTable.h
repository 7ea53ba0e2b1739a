// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace dpo {

// A small read-only table (a record's consents, a register): rows selected whole, no editing.
QTableWidget* makeReadOnlyTable(QWidget* parent, const QString& objectName);
// Replaces the contents; an empty cell shows a dash, and every cell's tooltip is its whole text.
void fillReadOnlyTable(QTableWidget* table, const QStringList& header,
                       const QList<QStringList>& rows);

// A page's title: bold, a size up.
QLabel* makeHeading(QWidget* parent, const QString& text);

} // namespace dpo

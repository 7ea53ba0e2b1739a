// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace dpo {

QTableWidget* makeReadOnlyTable(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // arrows within, Tab on to the next control
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void fillReadOnlyTable(QTableWidget* table, const QStringList& header,
                       const QList<QStringList>& rows)
{
    table->clear();
    table->setColumnCount(int(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item =
                new QTableWidgetItem(rows[r][c].isEmpty() ? QStringLiteral("—") : rows[r][c]);
            item->setToolTip(rows[r][c]);
            table->setItem(r, c, item);
        }
    table->resizeColumnsToContents();
    // A long value (a claim's subject matter, audit details) must not push the rest out of sight.
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 360));
}

QLabel* makeHeading(QWidget* parent, const QString& text)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace dpo

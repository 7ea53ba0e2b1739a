// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WindowedView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dpo {

void setUpWindowedView(QTableView* view, QAbstractItemModel* model, const QString& objectName,
                       const QStringList& samples)
{
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    const QFontMetrics metrics = view->fontMetrics();
    for (int column = 0; column < samples.size() && column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        // Room for the sort arrow beside the header.
        view->setColumnWidth(column, qMax(metrics.horizontalAdvance(samples[column]) + 16,
                                          metrics.horizontalAdvance(header) + 30));
    }
    view->horizontalHeader()->setStretchLastSection(true);
}

QSplitter* listAboveDetail(QWidget* parent, QLayout* filters, QTableView* view, QLabel* count,
                           QWidget* detail, int listStretch, int detailStretch)
{
    auto* list = new QWidget(parent);
    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(view, 1);
    layout->addWidget(count);
    auto* splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WindowedView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dpo {

namespace {
// Where the officer left a list: the split between it and the detail, its columns' widths and
// order, and its sort. Kept per list (the view's object name) in the settings, restored when the
// list is first shown (its columns as soon as they exist: a register's come with its first page)
// and saved as the officer changes them. A saved column layout is used only while the list has
// the same columns: a new column resets it.
class LayoutMemory : public QObject
{
public:
    LayoutMemory(QSplitter* splitter, QTableView* view)
        : QObject(splitter), m_splitter(splitter), m_view(view)
    {
        splitter->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_splitter && event->type() == QEvent::Show && !m_restored) {
            m_restored = true;
            restore();
        }
        return false;
    }

private:
    QString key(const char* what) const
    {
        return QStringLiteral("layout/%1/%2").arg(m_view->objectName(), QLatin1String(what));
    }

    void restore()
    {
        const QByteArray split = QSettings().value(key("split")).toByteArray();
        if (!split.isEmpty())
            m_splitter->restoreState(split);
        connect(m_splitter, &QSplitter::splitterMoved, this,
                [this] { QSettings().setValue(key("split"), m_splitter->saveState()); });
        // A register's columns come with its first page: until then there is nothing to size.
        QHeaderView* header = m_view->horizontalHeader();
        if (header->count() > 0)
            restoreColumns();
        else
            connect(header, &QHeaderView::sectionCountChanged, this, &LayoutMemory::restoreColumns,
                    Qt::SingleShotConnection);
    }

    void restoreColumns()
    {
        QHeaderView* header = m_view->horizontalHeader();
        const QSettings settings;
        const QByteArray columns = settings.value(key("columns")).toByteArray();
        if (!columns.isEmpty() && settings.value(key("columnCount")).toInt() == header->count() &&
            header->restoreState(columns) && m_view->isSortingEnabled())
            m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        const auto saveColumns = [this] {
            QSettings saved;
            saved.setValue(key("columns"), m_view->horizontalHeader()->saveState());
            saved.setValue(key("columnCount"), m_view->horizontalHeader()->count());
        };
        connect(header, &QHeaderView::sectionResized, this, saveColumns);
        connect(header, &QHeaderView::sectionMoved, this, saveColumns);
        connect(header, &QHeaderView::sortIndicatorChanged, this, saveColumns);
    }

    QSplitter* m_splitter;
    QTableView* m_view;
    bool m_restored = false;
};
} // namespace

void setUpWindowedView(QTableView* view, QAbstractItemModel* model, const QString& objectName,
                       const QStringList& samples)
{
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The arrow keys move within the rows; Tab goes on to the next control (a register of a
    // million rows would otherwise hold a keyboard user's Tab for ever).
    view->setTabKeyNavigation(false);
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
    // The detail scrolls rather than taking the list's rows: a case with its tables is taller
    // than the room a list of 15 rows leaves it.
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(detail->objectName() + QStringLiteral("Scroll"));
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    new LayoutMemory(splitter, view);
    return splitter;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/CaseRegisterModel.h"

#include "db/DatabaseWorker.h"
#include "items/DeadlineBand.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>

namespace dpo {

CaseRegisterModel::CaseRegisterModel(QObject* parent, int pageSize)
    : WindowedTableModel<CaseRegisterRow>(pageSize, kCachedPages, parent)
{
}

void CaseRegisterModel::setSource(std::shared_ptr<const CaseRegisterSource> source)
{
    m_source = std::move(source);
    if (m_source && m_headers != m_source->headers()) {
        // The columns change only with the case type or the language.
        beginResetModel();
        m_headers = m_source->headers();
        endResetModel();
    }
    reload();
}

void CaseRegisterModel::setWorker(DatabaseWorker* worker)
{
    m_worker = worker;
}

void CaseRegisterModel::reload()
{
    ++m_generation;
    m_requested.clear();
    if (m_worker)
        return reloadOnWorker();
    m_overdue = 0;
    resetRows([this]() -> qint64 {
        if (!m_source)
            return 0;
        const qint64 total = m_source->count();
        m_overdue = m_source->overdueCount();
        return total;
    });
    emit reloaded();
}

void CaseRegisterModel::reloadOnWorker()
{
    m_reloading = true;
    const quint64 generation = m_generation;
    const std::shared_ptr<const CaseRegisterSource> source = m_source;
    const int size = pageSize();
    m_worker->run<FirstPage>(
        this,
        [source, size] {
        FirstPage first;
        if (!source)
            return first;
        first.total = source->count();
        first.overdue = source->overdueCount();
        if (first.total > 0)
            first.rows = source->page(0, size, nullptr);
        return first;
        },
        [this, generation](const FirstPage& first) {
        if (generation != m_generation)
            return;
        m_reloading = false;
        m_overdue = first.overdue;
        resetRowsTo(first.total);
        insertPage(0, first.rows);
        emit reloaded();
    },
        [this, generation](const QString& message) {
        if (generation != m_generation)
            return;
        m_reloading = false;
        m_overdue = 0;
        resetRowsTo(0);
        emit loadFailed(message);
        emit reloaded();
    });
}

void CaseRegisterModel::fetchWantedPages()
{
    if (!m_worker)
        return WindowedTableModel::fetchWantedPages();
    for (int page : takeWantedPages())
        fetchOnWorker(page);
}

void CaseRegisterModel::fetchOnWorker(int page)
{
    if (m_reloading || m_requested.contains(page))
        return; // asked already, or the rows in view are about to be replaced
    m_requested.insert(page);
    const quint64 generation = m_generation;
    const std::shared_ptr<const CaseRegisterSource> source = m_source;
    const int size = pageSize();
    const QList<CaseRegisterRow>* previous = fullPageBefore(page);
    const std::optional<CaseRegisterRow> after =
        previous ? std::optional(previous->last()) : std::nullopt;
    m_worker->run<QList<CaseRegisterRow>>(
        this,
        [source, page, size, after] {
        return source ? source->page(qint64(page) * size, size, after ? &*after : nullptr)
                      : QList<CaseRegisterRow>();
        },
        [this, generation, page](const QList<CaseRegisterRow>& rows) {
        if (generation != m_generation)
            return;
        m_requested.remove(page);
        insertPage(page, rows);
    },
        [this, generation, page](const QString& message) {
        if (generation != m_generation)
            return;
        m_requested.remove(page);
        emit loadFailed(message);
    });
}

void CaseRegisterModel::loadFirstPage()
{
    if (!m_worker && totalCount() > 0 && !loadedRow(0))
        fetchWantedPages();
}

int CaseRegisterModel::loadedRowOf(qint64 id) const
{
    const int pages = (rowCount() + pageSize() - 1) / pageSize();
    for (int page = 0; page < pages; ++page) {
        const QList<CaseRegisterRow>* rows = loadedPage(page);
        for (int i = 0; rows && i < rows->size(); ++i) {
            if (rows->at(i).id == id)
                return page * pageSize() + i;
        }
    }
    return -1;
}

int CaseRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CaseRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_source)
        return {};
    const CaseRegisterRow* row = loadedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return QCoreApplication::translate("dpo::CaseRegisterModel", "Loading…");
        return {};
    }
    const bool deadline =
        index.column() == m_source->deadlineColumn() && (row->banded || row->overdue);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString text = row->cells.value(index.column());
        return text.isEmpty() && role == Qt::DisplayRole ? QStringLiteral("—") : text;
    }
    case Qt::ForegroundRole:
        if (deadline)
            return QBrush(deadlineBandColour(row->open, row->overdue, row->daysLeft));
        return {};
    case Qt::FontRole:
        if (deadline && row->overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DeadlineBandRole:
        if (deadline)
            return deadlineBandColour(row->open, row->overdue, row->daysLeft).name();
        return {};
    case IdRole:
        return row->id;
    case SubjectIdRole:
        return row->subjectId;
    default:
        return {};
    }
}

QVariant CaseRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

QList<CaseRegisterRow> CaseRegisterModel::fetchPage(qint64 offset, int limit,
                                                    const QList<CaseRegisterRow>* previous) const
{
    if (!m_source)
        return {};
    return m_source->page(offset, limit, previous ? &previous->last() : nullptr);
}

} // namespace dpo

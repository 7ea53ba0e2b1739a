// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/AuditListModel.h"

#include "core/Shades.h"

#include "domain/Vocabulary.h"

#include "domain/DocumentLanguage.h"

#include <QBrush>
#include <QColor>

namespace dpo {

AuditListModel::AuditListModel(Database& database, QObject* parent)
    : WindowedTableModel(kPageSize, kCachedPages, parent), m_database(database)
{
}

void AuditListModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    m_span = {};
    resetRows([this] {
        m_span = AuditListService(m_database).count(m_filter);
        return m_span.rows;
    });
}

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<AuditListRow> AuditListModel::fetchPage(qint64 offset, int limit,
                                              const QList<AuditListRow>* previous) const
{
    const AuditListService service(m_database);
    return previous ? service.after(m_filter, m_span, previous->last().seq, limit)
                    : service.window(m_filter, m_span, offset, limit);
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const AuditListRow* row = loadedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return role == Qt::ForegroundRole ? QVariant(QBrush(Shades::muted())) : QVariant();
    }
    if (role == Qt::ForegroundRole)
        return row->action.endsWith(QStringLiteral("_failed")) ? QVariant(QBrush(Shades::alarm()))
                                                               : QVariant();
    if (role == Qt::ToolTipRole) // the codes as stored, behind their names
        return index.column() == Details  ? QVariant(row->details)
               : index.column() == Action ? QVariant(row->action)
               : index.column() == Entity ? QVariant(row->entity)
                                          : QVariant();
    switch (index.column()) {
    case Seq:
        return row->seq;
    case Time:
        return displayInstant(row->at);
    case Officer:
        return row->officer;
    case Action:
        return Vocabulary().name(Vocabulary::Kind::AuditAction, row->action);
    case Entity: {
        const QString entity = Vocabulary().name(Vocabulary::Kind::AuditEntity, row->entity);
        return row->entityId.isEmpty() ? entity : entity + QLatin1Char(' ') + row->entityId;
    }
    case Subject:
        return row->subjectRef;
    case Details:
        return row->details;
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("Seq.");
    case Time:
        return tr("Time");
    case Officer:
        return tr("Officer");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace dpo

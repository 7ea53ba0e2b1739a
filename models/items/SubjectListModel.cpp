// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SubjectListModel.h"

#include "core/Shades.h"

#include "domain/DocumentLanguage.h"
#include "domain/Inn.h"
#include "domain/Vocabulary.h"
#include "services/SubjectRecordService.h"

#include <QBrush>
#include <QColor>

namespace dpo {

SubjectListModel::SubjectListModel(Database& database, Session session, QObject* parent)
    : WindowedTableModel(kPageSize, kCachedPages, parent), m_database(database),
      m_session(std::move(session))
{
}

void SubjectListModel::setFilter(const SubjectFilter& filter)
{
    m_filter = filter;
    m_more = false;
    resetRows([this] {
        const SubjectCount count = SubjectListService(m_database, m_session).count(m_filter);
        m_more = count.more;
        m_matched = count.matched;
        m_matchedMore = count.matchedMore;
        return count.rows;
    });
}

int SubjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<SubjectListRow> SubjectListModel::fetchPage(qint64 offset, int limit,
                                                  const QList<SubjectListRow>* previous) const
{
    const SubjectListService service(m_database, m_session);
    // Scrolling on: continue from the previous page's last key, an index seek. Keys that do not
    // compare (NULLs) give nothing, and the window is read by offset instead.
    QList<SubjectListRow> rows;
    if (previous)
        rows = service.after(m_filter, previous->last(), limit);
    return rows.isEmpty() ? service.window(m_filter, offset, limit, m_total) : rows;
}

QVariant SubjectListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole &&
        role != Qt::ForegroundRole)
        return {};
    const SubjectListRow* row = loadedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QBrush(Shades::muted());
        return {};
    }
    const SubjectSummary& s = row->subject;
    if (role == Qt::BackgroundRole)
        return row->minor ? QVariant(QBrush(Shades::minorRow())) : QVariant();
    const char* category = index.column() == Inn     ? "identity_document"
                           : index.column() == Phone ? "contacts"
                           : index.column() == Surname || index.column() == GivenName ||
                                   index.column() == Patronymic || index.column() == BirthDate
                               ? "personal_details"
                               : nullptr;
    const bool blocked = category && s.isBlocked(QLatin1StringView(category));
    if (role == Qt::ForegroundRole)
        return blocked ? QVariant(QBrush(Shades::muted())) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (blocked)
            return tr("Blocked under a withdrawal of consent: not shown until it is unblocked.");
        return row->minor ? tr("Under 18: policy 9.1 says the platform keeps no data of minors.")
                          : QVariant();
    }
    switch (index.column()) {
    case PlatformRef:
        return s.platformRef;
    case Inn:
        return blocked ? SubjectRecordService::blockedMarker() : Mask::inn(s.inn);
    case Surname:
        return blocked ? SubjectRecordService::blockedMarker() : s.surname;
    case GivenName:
        return s.givenName;
    case Patronymic:
        return s.patronymic;
    case BirthDate:
        return displayDate(s.birthDate);
    case Phone:
        return blocked ? SubjectRecordService::blockedMarker() : Mask::phone(s.phone);
    case Consent: {
        // The date alone while the consent stands; a withdrawal or no consent says so.
        const QString date = displayInstant(s.consentGivenAt).left(10); // the day in Bishkek
        if (s.consentState == QStringLiteral("given"))
            return date;
        return date.isEmpty()
                   ? consentStateDisplayName(s.consentState)
                   : date + QStringLiteral(" · ") + consentStateDisplayName(s.consentState);
    }
    case Status:
        return row->minor ? statusDisplayName(s.status) + QStringLiteral(" · ") + tr("under 18")
                          : statusDisplayName(s.status);
    default:
        return {};
    }
}

QString SubjectListModel::statusDisplayName(const QString& status)
{
    return Vocabulary().name(Vocabulary::Kind::SubjectStatus, status);
}

QString SubjectListModel::consentStateDisplayName(const QString& state)
{
    return Vocabulary().name(Vocabulary::Kind::ConsentState, state);
}

QVariant SubjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlatformRef:
        return tr("Platform ref.");
    case Inn:
        return tr("INN");
    case Surname:
        return tr("Surname");
    case GivenName:
        return tr("Given name");
    case Patronymic:
        return tr("Patronymic");
    case BirthDate:
        return tr("Birth date");
    case Phone:
        return tr("Phone");
    case Consent:
        return tr("Consent", "column: date of the latest consent");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void SubjectListModel::sort(int column, Qt::SortOrder order)
{
    SubjectFilter filter = m_filter;
    switch (column) {
    case Surname:
    case GivenName:
    case Patronymic:
        filter.sort = SubjectFilter::Sort::Name;
        break;
    case Inn:
        filter.sort = SubjectFilter::Sort::Inn;
        break;
    case Consent:
        filter.sort = SubjectFilter::Sort::ConsentDate;
        break;
    case Status:
        filter.sort = SubjectFilter::Sort::Status;
        break;
    default:
        return; // not an order the list keeps an index for
    }
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

} // namespace dpo

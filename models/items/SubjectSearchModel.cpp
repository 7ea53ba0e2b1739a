// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/SubjectSearchModel.h"

#include "domain/Inn.h"

namespace dpo {

SubjectSearchModel::SubjectSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void SubjectSearchModel::setSubjects(QList<SubjectSummary> subjects)
{
    beginResetModel();
    m_subjects = std::move(subjects);
    endResetModel();
}

int SubjectSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

int SubjectSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubjectSearchModel::statusDisplayName(const QString& status)
{
    if (status == QStringLiteral("active"))
        return tr("Active", "subject status");
    if (status == QStringLiteral("blocked"))
        return tr("Blocked", "subject status");
    if (status == QStringLiteral("depersonalised"))
        return tr("Depersonalised", "subject status");
    if (status == QStringLiteral("destroyed"))
        return tr("Destroyed", "subject status");
    return status;
}

QVariant SubjectSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_subjects.size())
        return {};
    const SubjectSummary& s = m_subjects.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformRef: return s.platformRef;
    case Inn: return Mask::inn(s.inn);
    case Surname: return s.surname;
    case GivenName: return s.givenName;
    case Patronymic: return s.patronymic;
    case BirthDate: return s.birthDate.toString(QStringLiteral("dd.MM.yyyy"));
    case Phone: return Mask::phone(s.phone);
    case Status: return statusDisplayName(s.status);
    default: return {};
    }
}

QVariant SubjectSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformRef: return tr("Platform ref.");
    case Inn: return tr("INN");
    case Surname: return tr("Surname");
    case GivenName: return tr("Given name");
    case Patronymic: return tr("Patronymic");
    case BirthDate: return tr("Birth date");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SubjectService.h"

#include <QAbstractTableModel>

namespace dpo {

// The result of one subject search, for a table view. INN and phone are shown masked.
class SubjectSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlatformRef, Inn, Surname, GivenName, Patronymic, BirthDate, Phone, Status, ColumnCount };

    explicit SubjectSearchModel(QObject* parent = nullptr);

    void setSubjects(QList<SubjectSummary> subjects);
    const SubjectSummary& subjectAt(int row) const { return m_subjects.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusDisplayName(const QString& status);

private:
    QList<SubjectSummary> m_subjects;
};

} // namespace dpo

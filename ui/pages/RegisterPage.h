// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/RegisterService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace dpo {

class Database;

// A section's register, read-only: withdrawal requests or disclosures. Open cases first, overdue ones in red; reloaded each time the
// section is shown. A double click on a row of one subject opens that subject's record.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    RegisterPage(Database& database, RegisterService::Register which, const QString& title,
                 const QString& explanation, QWidget* parent = nullptr);
    void reload();
    int rowCount() const;

signals:
    void openSubject(qint64 subjectId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_database;
    RegisterService::Register m_which;
    QLabel* m_summary;
    QTableWidget* m_table;
    QList<qint64> m_subjectIds;
};

} // namespace dpo

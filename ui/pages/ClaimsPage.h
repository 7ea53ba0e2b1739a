// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace dpo {

class ClaimDialog;
class Database;

// Pre-trial claims and requests for own data: open ones first, the nearest due date first, days
// left in colour (10 or more, under 10, under 5, overdue); Register… opens ClaimDialog.
class ClaimsPage : public QWidget
{
    Q_OBJECT
public:
    ClaimsPage(Database& database, Session session, QWidget* parent = nullptr);
    void reload();
    ClaimDialog* openRegistration(); // the dialog, shown without blocking
    int rowCount() const;

signals:
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_database;
    Session m_session;
    QCheckBox* m_openOnly;
    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QLabel;
class QTimer;

namespace dpo {

class Database;
class SubjectSearchModel;

// Search as you type (debounced) over the subjects; INN and phone masked.
class SubjectsPage : public QWidget
{
    Q_OBJECT
public:
    SubjectsPage(Database& database, QWidget* parent = nullptr);
    void focusSearch();
    void search(const QString& text);

private:
    Database& m_database;
    QLineEdit* m_searchEdit;
    QTableView* m_view;
    QLabel* m_countLabel;
    QTimer* m_debounce;
    SubjectSearchModel* m_model;
};

} // namespace dpo

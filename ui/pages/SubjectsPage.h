// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dpo {

class Database;
class SubjectListModel;

// Every subject, a million or more, in a table that loads the rows it shows; search as you type
// (debounced), filters, and sorting by name, INN or status. INN and phone masked.
class SubjectsPage : public QWidget
{
    Q_OBJECT
public:
    SubjectsPage(Database& database, QWidget* parent = nullptr);
    void focusSearch();
    SubjectListModel* model() const { return m_model; }

private:
    void applyFilter();
    void showCount();

    QLineEdit* m_searchEdit;
    QComboBox* m_statusBox;
    QComboBox* m_consentBox;
    QCheckBox* m_openCasesBox;
    QCheckBox* m_minorsBox;
    QTableView* m_view;
    QLabel* m_countLabel;
    QTimer* m_debounce;
    SubjectListModel* m_model;
};

} // namespace dpo

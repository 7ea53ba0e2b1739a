// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

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
class SubjectRecordPane;
class UserPrompts;

// Every subject, a million or more, in a table that loads the rows it shows; search as you type
// (debounced), filters, and sorting by name, INN, date of consent or status; INN and phone
// masked. The selected subject's record below the list.
class SubjectsPage : public QWidget
{
    Q_OBJECT
public:
    SubjectsPage(Database& database, const Session& session, UserPrompts& prompts,
                 QWidget* parent = nullptr);
    void focusSearch();
    // The list as a dashboard card opens it: every subject, or only those under 18.
    void showAll(bool minorsOnly);
    SubjectListModel* model() const { return m_model; }
    SubjectRecordPane* record() const { return m_record; }

signals:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void showCount();
    void showCurrentSubject();
    void focusList();

    QLineEdit* m_searchEdit;
    QComboBox* m_statusBox;
    QComboBox* m_consentBox;
    QCheckBox* m_openCasesBox;
    QCheckBox* m_minorsBox;
    QTableView* m_view;
    QLabel* m_countLabel;
    QTimer* m_debounce;
    SubjectListModel* m_model;
    SubjectRecordPane* m_record;
};

} // namespace dpo

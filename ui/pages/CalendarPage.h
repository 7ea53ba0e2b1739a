// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/CalendarService.h"
#include "widgets/SubmitDialog.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dpo {

class Database;
class UserPrompts;
class YearView;
class CalendarImportDialog;

// One edit of the calendar: set a day (holiday, day off by decree, working weekend day, public
// holiday that is a working day), move a marked day to another date, or remove it; each with the
// decree it rests on.
class CalendarEditDialog : public SubmitDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Set,
        Move,
        Remove
    };
    CalendarEditDialog(Mode mode, const QDate& day, const CalendarService::Day& current,
                       QWidget* parent = nullptr);
    Mode mode() const { return m_mode; }
    QDate day() const;
    QDate target() const;
    QString kind() const;
    QString name() const;
    QString decree() const;

private:
    Mode m_mode;
    QDateEdit* m_day;
    QDateEdit* m_target = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_decree;
};

// The working-day calendar the due dates are counted on: a year view, the year's marked days,
// and (for supervisors and administrators) the edits a government decree brings.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(Database& database, Session session, UserPrompts& prompts,
                 QWidget* parent = nullptr);
    void showYear(int year);
    void selectDay(const QDate& day);
    CalendarEditDialog*
    openEdit(CalendarEditDialog::Mode mode); // on the selected day, without blocking
    // Asks for the shown year's calendar file, and previews it in a dialog that imports it (not
    // blocking); null when no file was chosen or it could not be read (the error is shown).
    CalendarImportDialog* openImport();
    static QString kindName(const QString& kind);
    static QString
    localName(const QString& name); // the interface language's half of "Kyrgyz — Russian"

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void updateSelection();
    CalendarService::Day marked(const QDate& day) const;

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QSpinBox* m_year;
    YearView* m_view;
    QTableWidget* m_table;
    QLabel* m_selection;
    QList<QPushButton*> m_editButtons;
    QPushButton* m_importButton;
    QList<CalendarService::Day> m_days;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/CaseRegisterModel.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace dpo {

class Database;
class DatabaseWorker;

// The page every case register is (claims, withdrawal requests; the feed's rejected events, the
// tasks and the officer-opened cases are to be): a heading with Register…, the rule it follows,
// the view's filters, the register as a windowed table (CaseRegisterModel) with its count and
// the overdue ones, and the selected case's pane below. The register is read on a thread of its
// own (a DatabaseWorker), so a slow or silent server never holds up the window; the page shows
// the last view's rows until the new one's arrive. A case type's page says only what
// differs: its filters (addFilter), its register for the chosen filters (source), and how its
// pane shows a case (showCase, shownCaseId).
class CaseRegisterPage : public QWidget
{
    Q_OBJECT
public:
    struct Names
    {
        QString page;    // the object names tests and the main window find: "claimsPage"
        QString table;   // "claimsRegister"
        QString summary; // "claimsSummary"
        QString registerButton;
        QString rule = {}; // the rule's label, when a test reads it
    };

    void reload();
    bool isLoading() const;     // a reload's count has not come back yet (`loaded` will say)
    int rowCount() const;       // every row of the view, loaded or not
    void selectCase(qint64 id); // selected when listed in this view; shown in the pane anyway
    QTableView* table() const { return m_table; }
    // The cases of the selected rows among those loaded (a selection far into a large register
    // may hold rows not read yet: `unread` counts them).
    QList<qint64> selectedCaseIds(int* unread = nullptr) const;
    CaseRegisterModel* model() const { return m_model; }

signals:
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);
    void registerRequested();
    void loaded(); // the reload's count and first rows are shown (or the reason they are not)

protected:
    CaseRegisterPage(Database& database, const Names& names, const QString& heading,
                     const QString& rule, bool canRegister, QWidget* parent);
    // Called once by the subclass's constructor, after its filters: the pane below the register.
    void setPane(QWidget* pane);
    // A change reloads; `description` says what the filter shows (its tooltip).
    void addFilter(QComboBox* filter, const QString& description);
    void addFilterWidget(QWidget* widget);     // the subclass reloads on its changes
    void addHeaderButton(QPushButton* button); // beside "Register…", before it
    // Rows may be selected several at a time (Shift, Ctrl), for a bulk action; the pane shows the
    // current one.
    void allowSelectingMany();
    // What the register's table holds and how to use it, for a screen reader.
    void setRegisterDescription(const QString& description);
    // The register button's text ("Register…" by default) and what it registers.
    void setRegisterButton(const QString& text, const QString& description);
    void hideRegisterButton();                 // a register whose entries come from elsewhere
    void setFiltersLabel(const QString& text); // "Show:" by default
    void setRule(const QString& text);
    // Called first by every reload (a rule that quotes a setting reads it again).
    virtual void aboutToReload() {}
    // The summary's second half: "%Ln overdue." by default.
    virtual QString overdueText(int count) const;
    virtual std::shared_ptr<const CaseRegisterSource> source() const = 0;
    virtual void showCase(qint64 id) = 0;
    virtual qint64 shownCaseId() const = 0;
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    bool selectLoadedRow(qint64 id);
    void showLoaded();
    void fitColumns();

    DatabaseWorker* m_worker;
    CaseRegisterModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_rule;
    QPushButton* m_register;
    QHBoxLayout* m_filters;
    QLabel* m_filtersLabel;
    QWidget* m_pane = nullptr;
    QTimer* m_slowHint;          // says "Reading…" when a reload takes a while
    QString m_failure;           // the database's answer when this reload's reading failed
    QStringList m_fittedHeaders; // the columns were sized to the rows under these headers
};

} // namespace dpo

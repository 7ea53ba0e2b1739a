// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRegisterPage.h"

#include "db/DatabaseWorker.h"

#include "widgets/FormHelpers.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/WindowedView.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dpo {

CaseRegisterPage::CaseRegisterPage(Database& database, const Names& names, const QString& heading,
                                   const QString& rule, bool canRegister, QWidget* parent)
    : QWidget(parent),
      m_worker(new DatabaseWorker(database, QStringLiteral("dpo-") + names.table, this)),
      m_model(new CaseRegisterModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_rule(new QLabel(rule, this)),
      m_register(new QPushButton(tr("Register…"), this)), m_filters(new QHBoxLayout),
      m_slowHint(new QTimer(this))
{
    m_model->setWorker(m_worker);
    setObjectName(names.page);
    m_register->setObjectName(names.registerButton);
    m_register->setEnabled(canRegister);
    connect(m_register, &QPushButton::clicked, this, &CaseRegisterPage::registerRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(makeHeading(this, heading), 1);
    top->addWidget(m_register);
    m_rule->setWordWrap(true);
    m_rule->setObjectName(names.rule);
    m_filtersLabel = new QLabel(tr("Show:"), this);
    m_filters->addWidget(m_filtersLabel);
    m_summary->setObjectName(names.summary);
    setUpWindowedView(m_table, m_model, names.table, {});
    m_table->setAccessibleName(heading);
    m_table->setAccessibleDescription(
        tr("Select a case to see it below; a double click opens its subject"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseRegisterPage::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 subject = index.data(CaseRegisterModel::SubjectIdRole).toLongLong())
            emit openSubject(subject);
    });
    connect(m_model, &CaseRegisterModel::loadFailed, this, [this](const QString& message) {
        m_failure = message;
        m_summary->setText(message);
    });
    connect(m_model, &CaseRegisterModel::reloaded, this, &CaseRegisterPage::showLoaded);
    m_slowHint->setSingleShot(true);
    m_slowHint->setInterval(300);
    connect(m_slowHint, &QTimer::timeout, this,
            [this] { m_summary->setText(tr("Reading the register…")); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rule);
}

void CaseRegisterPage::setPane(QWidget* pane)
{
    m_pane = pane;
    m_filters->addStretch(1);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    QSplitter* split = listAboveDetail(this, m_filters, m_table, m_summary, pane, 3, 2);
    layout->addWidget(split, 1);
}

void CaseRegisterPage::addFilter(QComboBox* filter, const QString& description)
{
    keepNarrow(filter);
    filter->setToolTip(description);
    m_filters->addWidget(filter);
    connect(filter, &QComboBox::currentIndexChanged, this, &CaseRegisterPage::reload);
}

void CaseRegisterPage::addFilterWidget(QWidget* widget)
{
    m_filters->addWidget(widget);
}

void CaseRegisterPage::addHeaderButton(QPushButton* button)
{
    auto* top = static_cast<QHBoxLayout*>(layout()->itemAt(0)->layout());
    top->insertWidget(top->indexOf(m_register), button);
}

void CaseRegisterPage::setRegisterDescription(const QString& description)
{
    m_table->setAccessibleDescription(description);
}

void CaseRegisterPage::setRegisterButton(const QString& text, const QString& description)
{
    m_register->setText(text);
    m_register->setToolTip(description);
}

void CaseRegisterPage::setFiltersLabel(const QString& text)
{
    m_filtersLabel->setText(text);
}

void CaseRegisterPage::hideRegisterButton()
{
    m_register->hide();
}

void CaseRegisterPage::setRule(const QString& text)
{
    m_rule->setText(text);
}

QString CaseRegisterPage::overdueText(int count) const
{
    //: %Ln: the number of cases overdue.
    return tr("%Ln overdue.", nullptr, count);
}

void CaseRegisterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

int CaseRegisterPage::rowCount() const
{
    return int(m_model->totalCount());
}

void CaseRegisterPage::reload()
{
    aboutToReload();
    m_failure.clear();
    m_slowHint->start();
    m_model->setSource(source()); // answered by showLoaded
}

bool CaseRegisterPage::isLoading() const
{
    return m_model->isReloading();
}

void CaseRegisterPage::showLoaded()
{
    m_slowHint->stop();
    {
        const QSignalBlocker quiet(m_table->selectionModel()); // refilling is not a new selection
        if (const qint64 shown = shownCaseId())
            selectLoadedRow(shown);
    }
    if (m_failure.isEmpty()) { // else the summary says what the database answered, not "0 entries"
        const qint64 total = m_model->totalCount();
        const qint64 overdue = m_model->overdueCount();
        //: %Ln: the number of entries in the register.
        m_summary->setText(tr("%Ln entries.", nullptr, int(total)) +
                           (overdue ? QLatin1Char(' ') + overdueText(int(overdue)) : QString()));
        fitColumns();
    }
    emit loaded();
}

void CaseRegisterPage::fitColumns()
{
    // Once per set of columns, when there are rows to measure: the columns as wide as the first
    // rows' words (the view measures the rows in sight only, never the whole register), the last
    // one taking what is left. Later reloads keep the widths the officer sees (or set).
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    if (m_model->totalCount() == 0 || headers == m_fittedHeaders)
        return;
    m_fittedHeaders = headers;
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    }
}

bool CaseRegisterPage::selectLoadedRow(qint64 id)
{
    const int row = m_model->loadedRowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void CaseRegisterPage::selectCase(qint64 id)
{
    if (!selectLoadedRow(id))
        showCase(id); // not in this view: shown all the same
}

void CaseRegisterPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // Of several selected, the one the officer clicked last.
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex shown =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current
                                                                                     : rows.first();
    if (const qint64 id = shown.siblingAtColumn(0).data(CaseRegisterModel::IdRole).toLongLong())
        showCase(id);
}

void CaseRegisterPage::allowSelectingMany()
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleDescription(tr("Select a case to see it below, or several with Shift or "
                                         "Ctrl to act on them at once; a double click opens its "
                                         "subject"));
}

QList<qint64> CaseRegisterPage::selectedCaseIds(int* unread) const
{
    QList<qint64> ids;
    int missing = 0;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows) {
        if (const qint64 id = row.data(CaseRegisterModel::IdRole).toLongLong())
            ids << id;
        else
            ++missing;
    }
    if (unread)
        *unread = missing;
    return ids;
}

} // namespace dpo

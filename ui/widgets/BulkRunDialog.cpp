// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BulkRunDialog.h"
#include "core/Shades.h"

#include "core/Error.h"
#include "widgets/JobThread.h"

#include <memory>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

BulkRunDialog::BulkRunDialog(Database& database, const QString& title, const QString& caseHeader,
                             QList<qint64> ids, std::function<QString(qint64)> step,
                             QWidget* parent)
    : QDialog(parent), m_ids(std::move(ids)), m_step(std::move(step)),
      m_job(new JobThread(database, this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this)), m_cases(new QTableWidget(this))
{
    setObjectName(QStringLiteral("bulkRunDialog"));
    setWindowTitle(title);
    auto* heading = new QLabel(title, this);
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* rule = new QLabel(tr("Each case is done as its own step, with its own audit entry; a "
                               "case that is refused says why and the others go on. Cancel "
                               "stops before the next case: those done stay done."),
                            this);
    rule->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setAccessibleName(tr("Result of the action"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Cases done so far"));
    m_progress->setRange(0, int(m_ids.size()));
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(QStringLiteral("cancelBulk"));
    m_cancel->setText(tr("Ca&ncel", "a bulk action"));
    m_cancel->setAccessibleName(tr("Cancel: stop before the next case"));
    m_cancel->setAccessibleDescription(tr("The cases done stay done; the rest are not touched"));
    m_close->setObjectName(QStringLiteral("closeBulk"));
    m_close->setText(tr("C&lose", "a dialog"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Close the result; a running action is cancelled first"));
    m_cases->setObjectName(QStringLiteral("bulkCases"));
    m_cases->setTabKeyNavigation(false); // arrows within, Tab on to Close
    m_cases->setAccessibleName(tr("What became of each case"));
    m_cases->setAccessibleDescription(tr("Each case: done or refused, and why it was refused"));
    m_cases->setColumnCount(3);
    m_cases->setHorizontalHeaderLabels(
        {caseHeader, tr("Result"), tr("Details", "of a case's result")});
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(rule);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_cases, 1);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &BulkRunDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkRunDialog::reject);
    connect(m_job, &JobThread::progressed, this, &BulkRunDialog::showProgress);
    resize(760, 480);
}

bool BulkRunDialog::isRunning() const
{
    return m_job->isRunning();
}

void BulkRunDialog::start()
{
    auto result = std::make_shared<BulkRun::Result>();
    auto failure = std::make_shared<QString>();
    const bool started = m_job->start(
        [ids = m_ids, step = m_step, result, failure](JobProgress& progress) {
        try {
            *result = BulkRun::run(ids, step, &progress);
        } catch (const Error& e) {
            *failure = e.message();
        }
        },
        [this, result, failure] {
        m_result = *result;
        m_failure = *failure;
        showResult();
    });
    if (!started)
        return;
    m_summary->setText(tr("Working…"));
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void BulkRunDialog::cancel()
{
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling after the case under way…"));
}

void BulkRunDialog::reject()
{
    if (m_job->isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void BulkRunDialog::showProgress()
{
    if (const JobProgress* progress = m_job->progress())
        m_progress->setValue(int(progress->done()));
}

void BulkRunDialog::showResult()
{
    m_cancel->hide();
    m_progress->setValue(int(m_result.cases.size()));
    const bool allDone = m_failure.isEmpty() && m_result.refused() == 0 && !m_result.cancelled;
    m_summary->setText(m_failure.isEmpty() ? m_result.summary() : m_failure);
    m_summary->setStyleSheet(allDone ? QString() : Shades::textStyle(Shades::alarm()));
    m_cases->setRowCount(int(m_result.cases.size()));
    int row = 0;
    // The refused first: they are what the officer has to look at.
    QList<BulkRun::CaseResult> cases = m_result.cases;
    std::stable_sort(cases.begin(), cases.end(),
                     [](const auto& a, const auto& b) { return !a.done && b.done; });
    for (const BulkRun::CaseResult& c : cases) {
        auto* id = new QTableWidgetItem;
        id->setData(Qt::DisplayRole, c.id);
        m_cases->setItem(row, 0, id);
        m_cases->setItem(row, 1,
                         new QTableWidgetItem(c.done ? tr("Done", "a case of a bulk action")
                                                     : tr("Refused", "a case of a bulk action")));
        const QString& detail = c.done ? c.note : c.reason;
        auto* reason = new QTableWidgetItem(detail);
        reason->setToolTip(detail);
        m_cases->setItem(row, 2, reason);
        ++row;
    }
    m_cases->resizeColumnToContents(0);
    m_cases->resizeColumnToContents(1);
    emit finished();
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace dpo

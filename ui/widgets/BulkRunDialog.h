// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/BulkRun.h"

#include <functional>
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dpo {

class Database;
class JobThread;

// A bulk action under way and then its result: a progress bar over the cases with Cancel (which
// stops before the next case; those done stay done), then "118 done, 2 refused." and a row per
// case with what became of it and, when refused, why. The cases run on a thread of their own.
class BulkRunDialog : public QDialog
{
    Q_OBJECT
public:
    // `step` runs on the job's thread, once per case, throws dpo::Error to refuse one and returns
    // what it did (shown beside the case; may be empty).
    BulkRunDialog(Database& database, const QString& title, const QString& caseHeader,
                  QList<qint64> ids, std::function<QString(qint64)> step,
                  QWidget* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const;
    const BulkRun::Result& result() const { return m_result; }
    void reject() override; // while running: cancel, then close

signals:
    void finished(); // every case done, refused or not reached; `result` holds them

private:
    void showProgress();
    void showResult();

    QList<qint64> m_ids;
    std::function<QString(qint64)> m_step;
    BulkRun::Result m_result;
    QString m_failure; // the run as a whole refused (too many cases)
    JobThread* m_job;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QTableWidget* m_cases;
    bool m_closeWhenDone = false;
};

} // namespace dpo

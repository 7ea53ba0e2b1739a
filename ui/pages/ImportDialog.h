// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JobProgress.h"
#include "core/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dpo {

class Database;
class JobThread;
class UserPrompts;

// File → Import…: the platform's export of subjects (CSV, docs/import.md) or a file of its change
// feed (JSON Lines, docs/feed.md), run on a thread of its own with a progress bar and a Cancel
// button. The whole file is one transaction: a refused or cancelled file writes nothing. A refused
// file's problems are listed one per line (file, line, column or field, reason), sortable, to
// copy or save; an imported one's warnings and flags the same way.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Subjects,
        Feed,
    };

    ImportDialog(Database& database, const Session& session, UserPrompts& prompts,
                 QWidget* parent = nullptr);

    // The file to import, and its kind guessed from its name (.jsonl, .ndjson: the feed).
    void setFile(const QString& path);
    Kind kind() const;
    void start();
    void cancel();
    // Called on the job's thread at each of its reports (a test holds the job at a chosen point).
    void setJobObserver(JobProgress::Observer observer) { m_observer = std::move(observer); }
    bool isRunning() const;
    // The listed problems (or warnings) as FILE:LINE: field: reason, in the table's order.
    QStringList listedLines(bool selectedOnly = false) const;

    void reject() override; // while a job runs: cancel it, then close

signals:
    void finished(bool wrote); // the job ended; `wrote`: the database changed
    void dataImported();

private:
    struct Outcome
    {
        bool wrote = false;
        bool cancelled = false;
        bool refused = false;
        QString summary;
        QStringList lines; // problems (refused) or warnings and flags (written)
    };
    void chooseFile();
    void showProgress();
    void finish(const Outcome& outcome);
    void fillTable(const QStringList& lines);
    void copyLines();
    void saveLines();
    void updateButtons();
    static Outcome runJob(Database& database, const Session& session, Kind kind,
                          const QString& path, JobProgress& progress);

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QLineEdit* m_path;
    QComboBox* m_kind;
    QPushButton* m_choose;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QProgressBar* m_progressBar;
    QLabel* m_stage;
    QLabel* m_summary;
    QTableWidget* m_lines;
    QPushButton* m_copy;
    QPushButton* m_save;
    JobThread* m_job; // a job under way is cancelled and waited for when the dialog goes
    JobProgress::Observer m_observer;
    QString m_jobFile; // the file of the listed lines
    QString m_closingLine;
    bool m_closeWhenDone = false;
};

} // namespace dpo

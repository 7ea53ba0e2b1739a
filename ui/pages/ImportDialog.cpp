// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"
#include "core/Shades.h"

#include "core/Error.h"
#include "core/LineProblems.h"
#include "core/SaveFile.h"
#include "db/Database.h"
#include "domain/Permissions.h"
#include "feed/FeedService.h"
#include "import/SubjectImportService.h"
#include "UserPrompts.h"
#include "widgets/JobThread.h"

#include <memory>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
bool isFeedFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("jsonl") || suffix == QStringLiteral("ndjson");
}

// The description, not the tooltip, which says why a button is off when it is.
void name(QWidget* widget, const char* objectName, const QString& accessibleName,
          const QString& description = {})
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    widget->setAccessibleDescription(description);
}
} // namespace

ImportDialog::ImportDialog(Database& database, const Session& session, UserPrompts& prompts,
                           QWidget* parent)
    : QDialog(parent), m_database(database), m_session(session), m_prompts(prompts),
      m_path(new QLineEdit(this)), m_kind(new QComboBox(this)), m_choose(new QPushButton(this)),
      m_start(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this)), m_progressBar(new QProgressBar(this)),
      m_stage(new QLabel(this)), m_summary(new QLabel(this)), m_lines(new QTableWidget(this)),
      m_copy(new QPushButton(this)), m_save(new QPushButton(this)),
      m_job(new JobThread(database, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a file"));
    auto* intro = new QLabel(
        tr("The platform's export of subjects (CSV) or a file of its change feed (JSON Lines). "
           "The whole file is checked and written as one step: when any line is wrong, or when "
           "you cancel, nothing is written."),
        this);
    intro->setWordWrap(true);

    name(m_path, "importFile", tr("File to import"), tr("The file's path: type it or choose it"));
    m_path->setPlaceholderText(tr("Choose a file…"));
    m_choose->setText(tr("C&hoose…", "a file"));
    name(m_choose, "chooseImportFile", tr("Choose the file to import"),
         tr("Open a file chooser; the contents are guessed from the file's name"));
    name(m_kind, "importKind", tr("What the file holds"),
         tr("A CSV export of subjects, or a JSON Lines file of the change feed"));
    m_kind->addItem(tr("Subjects: the platform's export (CSV)"), int(Kind::Subjects));
    m_kind->addItem(tr("The platform's change feed (JSON Lines)"), int(Kind::Feed));

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto* kindRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Contents:"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);

    m_start->setText(tr("&Import", "start importing the file"));
    name(m_start, "startImport", tr("Import the file"),
         tr("Check the whole file and write it as one step"));
    m_cancel->setText(tr("Ca&ncel import"));
    name(m_cancel, "cancelImport", tr("Cancel the import; nothing is written"),
         tr("Stop the import before it writes; the database stays as it was"));
    name(m_progressBar, "importProgress", tr("Progress of the import"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    name(m_stage, "importStage", tr("Stage of the import"));
    auto* jobRow = new QHBoxLayout;
    jobRow->addWidget(m_start);
    jobRow->addWidget(m_progressBar, 1);
    jobRow->addWidget(m_cancel);
    jobRow->addStretch(); // the button keeps its size while no bar is shown

    name(m_summary, "importSummary", tr("Result of the import"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    name(m_lines, "importProblems", tr("Problems and warnings, one per line of the file"),
         tr("File, line, column and reason of each; a header sorts, Ctrl+C copies the selected"));
    m_lines->setColumnCount(4);
    m_lines->setHorizontalHeaderLabels(
        {tr("File"), tr("Line", "of a file"), tr("Column or field"), tr("Reason")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setTabKeyNavigation(false); // arrows within, Tab on to Copy, Save, Close
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSortingEnabled(true);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_lines->setWordWrap(false);
    auto* copyAction = new QAction(tr("Copy"), m_lines);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ImportDialog::copyLines);
    m_lines->addAction(copyAction);

    m_copy->setText(tr("Cop&y lines"));
    name(m_copy, "copyProblems", tr("Copy the selected lines, or all of them"),
         tr("To the clipboard as FILE:LINE: column: reason, one per line"));
    m_save->setText(tr("&Save lines…"));
    name(m_save, "saveProblems", tr("Save the lines to a text file"),
         tr("One problem per line, as FILE:LINE: column: reason"));
    m_close->setText(tr("C&lose", "a dialog"));
    name(m_close, "closeImport", tr("Close"),
         tr("Close the dialog; a running import is cancelled first"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addLayout(kindRow);
    layout->addLayout(jobRow);
    layout->addWidget(m_stage);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_start, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_copy, &QPushButton::clicked, this, &ImportDialog::copyLines);
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::saveLines);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_job, &JobThread::progressed, this, &ImportDialog::showProgress);
    m_stage->setText(tr("Nothing imported yet."));
    updateButtons();
    resize(900, 560);
}

void ImportDialog::setFile(const QString& path)
{
    m_path->setText(path);
    m_kind->setCurrentIndex(m_kind->findData(int(isFeedFile(path) ? Kind::Feed : Kind::Subjects)));
}

ImportDialog::Kind ImportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ImportDialog::chooseFile()
{
    const QString path = m_prompts.openFileName(
        this, tr("Choose the file to import"),
        tr("Platform files (*.csv *.jsonl *.ndjson);;Subjects (*.csv);;Change feed (*.jsonl "
           "*.ndjson);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::isRunning() const
{
    return m_job->isRunning();
}

void ImportDialog::start()
{
    const QString path = m_path->text().trimmed();
    if (m_job->isRunning() || path.isEmpty())
        return;
    m_jobFile = path;
    m_closingLine.clear();
    m_summary->clear();
    m_summary->setStyleSheet(QString());
    fillTable({});
    m_progressBar->setRange(0, 0);
    m_stage->setText(tr("Starting…"));
    const Kind jobKind = kind();
    auto outcome = std::make_shared<Outcome>();
    // The job gets copies and the database (which outlives every window), never the dialog's
    // members: the dialog's members go before its JobThread child has stopped the job.
    m_job->start(
        [database = &m_database, session = m_session, jobKind, path,
         outcome](JobProgress& progress) {
        *outcome = runJob(*database, session, jobKind, path, progress);
        },
        [this, outcome] { finish(*outcome); }, m_observer);
    updateButtons();
}

// On the job's thread: the services open its own connection, and nothing here touches a widget.
ImportDialog::Outcome ImportDialog::runJob(Database& database, const Session& session, Kind jobKind,
                                           const QString& path, JobProgress& progress)
{
    Outcome outcome;
    const QString fileName = QFileInfo(path).fileName();
    try {
        if (jobKind == Kind::Subjects) {
            SubjectImportService service(database);
            service.setProgress(&progress);
            const auto result = service.importSubjects(session, path);
            outcome.wrote = true;
            //: %1: the file's name; %2: the number of subjects.
            outcome.summary = tr("%1: %L2 subjects imported.").arg(fileName).arg(result.imported);
            if (result.warningCount > 0)
                outcome.summary +=
                    QLatin1Char(' ') +
                    //: %1: the number of warnings; %2: the number listed.
                    tr("%L1 warnings; the rows were imported. The first %L2 are listed.")
                        .arg(result.warningCount)
                        .arg(result.warnings.size());
            outcome.lines = result.warnings;
        } else {
            FeedService service(database);
            service.setProgress(&progress);
            const auto result = service.applyFile(session, path);
            outcome.wrote = result.batchId > 0;
            qint64 applied = 0;
            for (const qint64 n : result.applied)
                applied += n;
            outcome.summary =
                outcome.wrote
                    ?
                    //: %1: the feed file's name; %2 to %5: numbers of events; %6: the number of
                    //: flags.
                    tr("%1: %L2 events read: %L3 applied, %L4 applied before and skipped, %L5 "
                       "refused by a privacy rule. %L6 flags for the officer (Change feed "
                       "section).")
                        .arg(fileName)
                        .arg(result.events())
                        .arg(applied)
                        .arg(result.skipped)
                        .arg(result.refused)
                        .arg(result.flagged)
                    //: %1: the feed file's name; %2: the number of events.
                    : tr("%1: every one of its %L2 events was applied before; nothing changed.")
                          .arg(fileName)
                          .arg(result.events());
            outcome.lines = result.flags;
        }
    } catch (const Error& e) {
        outcome.cancelled = e.kind() == Error::Kind::Cancelled;
        outcome.refused = !outcome.cancelled;
        outcome.summary = e.message();
        outcome.lines = e.message().split(QLatin1Char('\n'));
    } catch (const std::exception& e) { // out of memory, say: said, and nothing was committed
        outcome.refused = true;
        outcome.summary = QString::fromLocal8Bit(e.what());
        outcome.lines = {outcome.summary};
    }
    return outcome;
}

void ImportDialog::showProgress()
{
    const JobProgress* progress = m_job->progress();
    if (!progress || !m_job->isRunning())
        return;
    switch (progress->stage()) {
    case JobProgress::Stage::Starting:
        return;
    case JobProgress::Stage::Checking:
        m_stage->setText(tr("Checking every line of the file; nothing is written yet."));
        break;
    case JobProgress::Stage::Writing:
        m_stage->setText(
            tr("Writing, in one transaction: a cancel now undoes everything written so far."));
        break;
    case JobProgress::Stage::Finishing:
        m_stage->setText(tr("Finishing (indexes, the audit entry, the commit): it can no longer "
                            "be cancelled."));
        m_progressBar->setRange(0, 0);
        m_cancel->setEnabled(false);
        return;
    }
    const qint64 total = progress->total();
    if (total <= 0)
        return;
    // Per mille keeps the bar's range in an int for a file of any size.
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(std::min<qint64>(progress->done(), total) * 1000 / total));
}

void ImportDialog::finish(const Outcome& outcome)
{
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(outcome.wrote ? 1000 : 0);
    if (outcome.cancelled)
        //: The import's state: the officer cancelled it; nothing was imported.
        m_stage->setText(tr("Cancelled."));
    else if (outcome.refused)
        //: The import's state: the file was refused; nothing was imported.
        m_stage->setText(tr("Refused."));
    else
        m_stage->setText(tr("Done."));

    // A refusal's message is its listed lines and then a closing line (how many, and that
    // nothing was written); a refusal of the whole file (unreadable, not allowed) is one line.
    QStringList listed;
    QStringList other;
    for (const QString& line : outcome.lines)
        (LineProblems::parse(line, m_jobFile) ? listed : other) << line;
    if (outcome.refused)
        m_closingLine = other.join(QLatin1Char(' '));
    m_summary->setText(outcome.refused ? m_closingLine : outcome.summary);
    m_summary->setStyleSheet(outcome.refused ? Shades::textStyle(Shades::alarm()) : QString());
    fillTable(listed);
    updateButtons();
    emit finished(outcome.wrote);
    if (outcome.wrote)
        emit dataImported();
    if (m_closeWhenDone)
        QDialog::reject();
}

void ImportDialog::fillTable(const QStringList& lines)
{
    m_lines->setSortingEnabled(false);
    m_lines->setRowCount(0);
    m_lines->setRowCount(int(lines.size()));
    int row = 0;
    for (const QString& text : lines) {
        const auto line = LineProblems::parse(text, m_jobFile);
        auto* file = new QTableWidgetItem(QFileInfo(line->file).fileName());
        file->setToolTip(line->file);
        file->setData(Qt::UserRole, line->file);
        auto* number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, line->line); // a number: sorts 9 before 10
        auto* reason = new QTableWidgetItem(line->reason);
        reason->setToolTip(line->reason);
        m_lines->setItem(row, 0, file);
        m_lines->setItem(row, 1, number);
        m_lines->setItem(row, 2, new QTableWidgetItem(line->field));
        m_lines->setItem(row, 3, reason);
        ++row;
    }
    m_lines->setSortingEnabled(true);
    m_lines->sortByColumn(1, Qt::AscendingOrder);
    m_lines->resizeColumnToContents(0);
    m_lines->resizeColumnToContents(1);
    m_lines->resizeColumnToContents(2);
}

QStringList ImportDialog::listedLines(bool selectedOnly) const
{
    QStringList lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (selectedOnly && !m_lines->item(row, 0)->isSelected())
            continue;
        LineProblems::Line line;
        line.file = m_lines->item(row, 0)->data(Qt::UserRole).toString();
        line.line = m_lines->item(row, 1)->data(Qt::DisplayRole).toLongLong();
        line.field = m_lines->item(row, 2)->text();
        line.reason = m_lines->item(row, 3)->text();
        lines << line.text();
    }
    return lines;
}

void ImportDialog::copyLines()
{
    QStringList lines = listedLines(true);
    if (lines.isEmpty())
        lines = listedLines();
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ImportDialog::saveLines()
{
    QStringList lines = listedLines();
    if (lines.isEmpty())
        return;
    const QString suggested =
        QFileInfo(m_jobFile).completeBaseName() + QStringLiteral("-problems.txt");
    const QString path =
        m_prompts.saveFileName(this, tr("Save the lines"), tr("Text files (*.txt)"), suggested);
    if (path.isEmpty())
        return;
    if (!m_closingLine.isEmpty())
        lines << m_closingLine;
    try {
        // Lines name subjects' references and values: the owner's only, like every file of
        // personal data the console writes.
        writeFileAtomically(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Save the lines"), e.message());
    }
}

void ImportDialog::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    const bool allowed = Permissions::allows(m_session.role, Permission::ImportSubjects);
    m_start->setEnabled(!running && allowed && !m_path->text().trimmed().isEmpty());
    m_start->setToolTip(allowed ? QString() : tr("Your role may not import files."));
    m_choose->setEnabled(!running);
    m_path->setReadOnly(running);
    m_kind->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    m_progressBar->setVisible(running || m_progressBar->value() > 0);
    const bool any = m_lines->rowCount() > 0;
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"
#include "core/Shades.h"

#include "domain/Vocabulary.h"

#include "core/Error.h"
#include "core/JobProgress.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "items/AuditListModel.h"
#include "services/AuditExportService.h"
#include "services/AuditListService.h"
#include "services/SigningKeyService.h"
#include "UserPrompts.h"
#include "widgets/JobThread.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/WindowedView.h"

#include <memory>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace dpo {

namespace {
const QDate kAnyDate(2000, 1, 1); // the date edits' "any": their minimum, shown as special text

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(AuditPage::tr("any day"));
    edit->setDate(kAnyDate);
    // Wide enough for "any day" in every language, beside the calendar button.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    return edit;
}
} // namespace

AuditPage::AuditPage(Database& database, Session session, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_from(makeDateEdit(this, QStringLiteral("auditFrom"))),
      m_to(makeDateEdit(this, QStringLiteral("auditTo"))), m_officer(new QComboBox(this)),
      m_action(new QComboBox(this)), m_subject(new QLineEdit(this)), m_entity(new QLineEdit(this)),
      m_view(new QTableView(this)), m_countLabel(new QLabel(this)),
      m_detail(new QPlainTextEdit(this)),
      m_verifyButton(new QPushButton(tr("Verify the chain"), this)),
      m_exportButton(new QPushButton(tr("Export", "button: export the audit trail"), this)),
      m_exportLanguage(new QComboBox(this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_verifyLabel(new QLabel(this)),
      m_debounce(new QTimer(this)), m_model(new AuditListModel(database, this)),
      m_exportJob(new JobThread(database, this))
{
    setObjectName(QStringLiteral("auditPage"));
    QLabel* heading = makeHeading(this, tr("Audit trail"));

    m_officer->setObjectName(QStringLiteral("auditOfficer"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_subject->setObjectName(QStringLiteral("auditSubject"));
    m_subject->setAccessibleName(tr("Subject's platform reference"));
    m_subject->setPlaceholderText(tr("Subject: platform reference"));
    m_subject->setClearButtonEnabled(true);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->setPlaceholderText(tr("Entity, e.g. subject"));
    m_entity->setClearButtonEnabled(true);
    m_countLabel->setObjectName(QStringLiteral("auditCount"));
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setAccessibleName(tr("The selected entry in full"));
    m_detail->setAccessibleDescription(tr("The entry's fields, its hash and the previous one's"));
    m_from->setAccessibleName(tr("From", "a period"));
    m_from->setToolTip(tr("Show the entries written on this day or later"));
    m_to->setAccessibleName(tr("To", "a period"));
    m_to->setToolTip(tr("Show the entries written on this day or earlier"));
    m_officer->setToolTip(tr("Show only the entries of one officer"));
    m_action->setToolTip(tr("Show only one kind of action"));
    m_subject->setToolTip(tr("Show only the entries about one subject"));
    m_entity->setToolTip(tr("Show only the entries about one kind of record"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_view->setAccessibleDescription(
        tr("The entries the filters show, newest first; select one to read it in full below"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an entry to see it in full, with its hashes."));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(
        tr("Re-computes every entry's hash from the first one (docs/audit.md)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancelButton->setToolTip(tr("Stop the running job; an export stopped writes no file"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(
        tr("The entries the filters show, for an inspection; the export is audited"));
    // Language names in their own language; the PDF's language, whatever the console's.
    m_exportLanguage->setObjectName(QStringLiteral("exportLanguage"));
    m_exportLanguage->addItem(QStringLiteral("Кыргызча"), QStringLiteral("ky"));
    m_exportLanguage->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_exportLanguage->setToolTip(tr("The language of the printed export"));
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Print preview…"), this, [this] { printShown(true); });
    exportMenu->addAction(tr("Print…"), this, [this] { printShown(false); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Save as PDF…"), this,
                          [this] { exportShown(int(AuditExportService::Format::Pdf)); });
    exportMenu->addAction(tr("Save as CSV…"), this,
                          [this] { exportShown(int(AuditExportService::Format::Csv)); });
    exportMenu->addAction(tr("Save as JSON Lines…"), this,
                          [this] { exportShown(int(AuditExportService::Format::Jsonl)); });
    m_exportButton->setMenu(exportMenu);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyLabel->setObjectName(QStringLiteral("verifyResult"));
    m_verifyLabel->setWordWrap(true);
    m_detail->setTabChangesFocus(true); // read, not typed in: Tab goes on
    m_cancelButton->hide();
    m_progress->hide();

    setUpWindowedView(
        m_view, m_model, QStringLiteral("auditView"),
        {QStringLiteral("0000000"), QStringLiteral("00.00.0000 00:00"),
         QStringLiteral("administrator"),
         // A long action's and entity's name in the UI's language.
         Vocabulary().name(Vocabulary::Kind::AuditAction, QStringLiteral("withdrawal.register")),
         Vocabulary().name(Vocabulary::Kind::AuditEntity, QStringLiteral("withdrawal_request")) +
             QStringLiteral(" 00000"),
         QStringLiteral("OG-00000000")});

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::applyFilter);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_officer, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    for (QLineEdit* edit : {m_subject, m_entity})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        //: %Ln: the number of audit entries.
        m_countLabel->setText(tr("%Ln entries, newest first.", nullptr,
                                 int(qMin<qint64>(m_model->totalCount(), INT_MAX))));
        m_detail->clear();
    });
    connect(m_model, &AuditListModel::loadFailed, m_countLabel, &QLabel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showCurrentEntry);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditPage::showCurrentEntry);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancel.storeRelaxed(1);
        m_exportJob->cancel();
    });
    connect(m_exportJob, &JobThread::progressed, this, &AuditPage::showExportProgress);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_officer);
    filters->addWidget(m_action);
    filters->addWidget(m_subject);
    filters->addWidget(m_entity);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_verifyLabel, 2);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_verifyButton);
    top->addWidget(m_exportLanguage);
    top->addWidget(m_exportButton);
    QSplitter* splitter = listAboveDetail(this, filters, m_view, m_countLabel, m_detail, 3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

AuditPage::~AuditPage()
{
    if (m_worker) {
        m_cancel.storeRelaxed(1);
        m_worker->wait();
        delete m_worker; // its queued result goes nowhere: this page is gone
    }
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The lists of officers and actions, and the newest entries, each time the section is shown.
    const QString officer = m_officer->currentData().toString();
    const QString action = m_requestedAction.isNull() ? m_action->currentData().toString()
                                                      : std::exchange(m_requestedAction, QString());
    QStringList officers, actions;
    try {
        const AuditListService service(m_database);
        officers = service.officers();
        actions = service.actions();
    } catch (const Error& e) {
        m_countLabel->setText(e.message());
    }
    const QSignalBlocker blockOfficer(m_officer), blockAction(m_action);
    m_officer->clear();
    m_officer->addItem(tr("Any officer"), QString());
    for (const QString& name : std::as_const(officers))
        m_officer->addItem(name, name);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(officer)));
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    QStringList families;
    const Vocabulary words;
    for (const QString& a : std::as_const(actions)) {
        const QString family = a.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        if (!families.contains(family)) {
            families << family;
            m_action->addItem(words.name(Vocabulary::Kind::AuditFamily, family), family);
        }
        m_action->addItem(QStringLiteral("    ") + words.name(Vocabulary::Kind::AuditAction, a), a);
    }
    if (!action.isEmpty() && m_action->findData(action) < 0) // asked for by the dashboard, none yet
        m_action->addItem(
            QStringLiteral("    ") + words.name(Vocabulary::Kind::AuditAction, action), action);
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    applyFilter();
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDate)
        filter.to = m_to->date();
    filter.officer = m_officer->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.subjectRef = m_subject->text().trimmed();
    filter.entity = m_entity->text().trimmed();
    m_model->setFilter(filter);
}

void AuditPage::showCurrentEntry()
{
    const QModelIndex current = m_view->currentIndex();
    const AuditListRow* row = current.isValid() ? m_model->loadedRow(current.row()) : nullptr;
    if (!row)
        return;
    const QByteArray details =
        QJsonDocument::fromJson(row->details.toUtf8()).toJson(QJsonDocument::Indented);
    const QString text =
        //: The details of one audit entry, in a tooltip. %1: its sequence number; %2: the time in
        //: Bishkek; %3: the time in UTC; %4: the officer's user name; %5: the action, e.g. "Claim
        //: registered"; %6: the entity, e.g. "Claim"; %7: the entity's number; %8: the subject's
        //: platform reference or "—"; %9: the previous entry's hash; %10: this entry's hash; %11:
        //: the details as JSON.
        tr("Entry %1\nTime: %2 (Bishkek), %3 UTC\nOfficer: %4\nAction: %5\nEntity: %6 %7\n"
           "Subject: %8\nPrevious hash: %9\nHash: %10\nDetails:\n%11")
            .arg(row->seq)
            .arg(displayInstant(row->at), row->at.toUTC().toString(Qt::ISODateWithMs), row->officer,
                 row->action, row->entity, row->entityId,
                 row->subjectRef.isEmpty() ? QStringLiteral("—") : row->subjectRef, row->prevHash)
            .arg(row->hash, QString::fromUtf8(details));
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void AuditPage::exportShown(int format)
{
    if (m_verifying || m_exportJob->isRunning())
        return; // one job at a time: the bar and Cancel are shared
    AuditExportService::Options options;
    options.filter = m_model->filter();
    options.format = AuditExportService::Format(format);
    options.language = m_exportLanguage->currentData().toString();
    const QString code = AuditExportService::formatCode(options.format);
    const QString filter =
        options.format == AuditExportService::Format::Pdf   ? tr("PDF documents (*.pdf)")
        : options.format == AuditExportService::Format::Csv ? tr("CSV files (*.csv)")
                                                            : tr("JSON Lines (*.jsonl)");
    const QString path = m_prompts.saveFileName(
        this, tr("Export the audit trail"), filter,
        QStringLiteral("audit-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), code));
    if (path.isEmpty())
        return;
    try {
        if (SigningKeyService(m_database).hasActiveKey()) {
            // Every export is signed once the organisation has a key: the one `keys init`
            // recorded for this database's key on this computer, or one the officer picks; and
            // its passphrase.
            options.signingKeyPath = SigningKeyService(m_database).rememberedKeyPath();
            if (options.signingKeyPath.isEmpty() || !QFileInfo::exists(options.signingKeyPath))
                options.signingKeyPath = m_prompts.openFileName(
                    this, tr("The organisation's signing key"), tr("PEM files (*.pem)"));
            if (options.signingKeyPath.isEmpty())
                return;
            bool accepted = false;
            options.passphrase = m_prompts
                                     .askPassword(this, tr("Signing key"),
                                                  tr("Passphrase of the signing key:"), &accepted)
                                     .toUtf8();
            if (!accepted)
                return;
        }
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Export the audit trail"), e.message());
        return;
    }
    // The job works on copies of the session and the options (the Database outlives the page):
    // the page may go, with a new language, before the job has stopped.
    struct Outcome
    {
        AuditExportSummary summary;
        QString error;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    Database& database = m_database;
    const Session session = m_session;
    const bool started = m_exportJob->start(
        [&database, session, options, path, outcome](JobProgress& progress) {
        try {
            AuditExportService service(database);
            service.setProgress(&progress);
            outcome->summary = service.exportTo(session, options, path);
        } catch (const Error& e) {
            outcome->cancelled = e.kind() == Error::Kind::Cancelled;
            outcome->error = e.message();
        } catch (const std::exception& e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
        },
        [this, outcome, path, before = m_verifyLabel->text(),
         beforeStyle = m_verifyLabel->styleSheet()] {
        showJobRunning(false, QString());
        // The last verification's result stays in view; the export's says so in the status bar.
        m_verifyLabel->setText(before);
        m_verifyLabel->setStyleSheet(beforeStyle);
        if (outcome->cancelled) {
            m_verifyLabel->setText(tr("Export cancelled: nothing was saved."));
            emit exportFinished(false);
            return;
        }
        if (!outcome->error.isEmpty()) {
            m_prompts.showError(this, tr("Export the audit trail"), outcome->error);
            emit exportFinished(false);
            return;
        }
        const AuditExportSummary& s = outcome->summary;
        QString done = s.signaturePath.isEmpty() ?
                                                 //: %1: the number of entries; %2: the file's path.
                           tr("Exported %L1 entries to %2.").arg(s.entries).arg(path)
                                                 :
                                                 //: %1: the number of entries; %2: the file's path;
                                                 //: %3: the signature file's path.
                           tr("Exported %L1 entries to %2, signed (%3).")
                               .arg(s.entries)
                               .arg(path, s.signaturePath);
        //: Follows the export's message. %1: the time-stamping authority's date and time (UTC).
        if (s.timeStampedAt.isValid())
            done += QLatin1Char(' ') +
                    tr("Time-stamped by the authority at %1 UTC.")
                        .arg(s.timeStampedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        emit statusMessage(done);
        m_model->setFilter(m_model->filter()); // the export is an entry of its own
        emit exportFinished(true);
    });
    if (started)
        showJobRunning(true, tr("Exporting…"));
}

bool AuditPage::isExporting() const
{
    return m_exportJob->isRunning();
}

void AuditPage::showExportProgress()
{
    const JobProgress* progress = m_exportJob->progress();
    if (!progress || !m_exportJob->isRunning())
        return;
    const qint64 total = progress->total();
    if (total > 0) {
        // Per mille keeps the bar's range in an int for any trail.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(progress->done(), total) * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
    switch (progress->stage()) {
    case JobProgress::Stage::Starting:
        m_verifyLabel->setText(tr("Exporting…"));
        break;
    case JobProgress::Stage::Checking:
        m_verifyLabel->setText(tr("Exporting: reading the entries…"));
        break;
    case JobProgress::Stage::Writing:
        m_verifyLabel->setText(tr("Exporting: laying out the pages…"));
        break;
    case JobProgress::Stage::Finishing:
        m_verifyLabel->setText(tr("Exporting: signing and saving…"));
        m_cancelButton->setEnabled(false); // too late to stop: it is being saved
        break;
    }
}

void AuditPage::showJobRunning(bool running, const QString& text)
{
    m_verifyButton->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setVisible(running);
    m_progress->setRange(0, 0);
    m_progress->setVisible(running);
    m_verifyLabel->setStyleSheet(QString());
    if (running)
        m_verifyLabel->setText(text);
}

void AuditPage::printShown(bool preview)
{
    AuditExportService::Options options;
    options.filter = m_model->filter();
    options.format = AuditExportService::Format::Pdf;
    options.language = m_exportLanguage->currentData().toString();
    auto drawings = std::make_shared<int>(0);
    const auto paint = [this, options, drawings](QPrinter* printer) {
        try {
            AuditExportService::Options drawing = options;
            drawing.auditEntry = (*drawings)++ == 0; // the preview redraws; one entry
            AuditExportService(m_database).print(m_session, drawing, *printer);
        } catch (const Error& e) {
            m_prompts.showError(this, tr("Print the audit trail"), e.message());
        }
    };
    if (preview) {
        m_prompts.printPreview(this, tr("Audit trail"), paint);
    } else {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Audit trail"));
        if (!m_prompts.choosePrinter(this, &printer))
            return; // cancelled: nothing printed, nothing audited
        paint(&printer);
    }
    m_model->setFilter(m_model->filter());
}

void AuditPage::verifyChain()
{
    if (m_verifying)
        return;
    if (m_exportJob->isRunning())
        return;
    m_verifying = true;
    m_cancel.storeRelaxed(0);
    showJobRunning(true, tr("Verifying…"));
    // A worker thread with its own connection: the window stays responsive and can cancel.
    m_worker = QThread::create([this] {
        AuditVerification result;
        AnchorCheck anchors;
        QString error;
        try {
            AuditVerifier verifier(m_database);
            verifier.setProgressInterval(5000);
            result = verifier.verify([this](qint64 checked, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, checked, total] { onVerificationProgress(checked, total); },
                    Qt::QueuedConnection);
                return m_cancel.loadRelaxed() == 0;
            });
            // The database's anchors too: a chain whose every hash was recomputed after a
            // rewrite still hashes and links (docs/audit.md, "Anchors").
            if (result.intact()) {
                const AuditAnchorService service(m_database);
                anchors = service.check(service.anchors());
            }
        } catch (const Error& e) {
            error = e.message();
        }
        m_database.closeThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, result, anchors, error] { onVerificationFinished(result, anchors, error); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void AuditPage::onVerificationProgress(qint64 checked, qint64 total)
{
    if (total <= 0)
        return;
    // Per mille keeps the bar's range in an int for any chain length.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(checked * 1000 / total));
}

void AuditPage::onVerificationFinished(const AuditVerification& result, const AnchorCheck& anchors,
                                       const QString& error)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_verifying = false;
    showJobRunning(false, QString());
    const QString when = displayInstant(QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        m_verifyLabel->setText(error);
        m_prompts.showError(this, tr("Verify the audit chain"), error);
    } else if (result.cancelled) {
        //: %1: the number of entries verified.
        m_verifyLabel->setText(tr("Verification cancelled after %L1 entries.").arg(result.entries));
    } else {
        try {
            AuditVerifier(m_database).recordVerification(m_session, result);
        } catch (const Error& e) {
            emit statusMessage(e.message());
        }
        if (result.intact() && !anchors.holds()) {
            const QString text =
                //: %1: the anchored entry's number; %2: the date and time of its time-stamp;
                //: %3: why it does not hold, in words.
                tr("The entries hash and link, but the chain does not hold the anchor of entry "
                   "%1, time-stamped %2: %3. The history up to that entry was rewritten after "
                   "it was anchored.")
                    .arg(anchors.brokenAt)
                    .arg(displayInstant(anchors.brokenStampedAt), anchors.problem);
            m_verifyLabel->setText(text);
            m_verifyLabel->setStyleSheet(Shades::textStyle(Shades::alarm(), " font-weight: bold;"));
            m_prompts.showError(this, tr("Verify the audit chain"), text);
        } else if (result.intact()) {
            //: %1: the number of entries; %2: a date and time; %3: the officer's name; %4: the
            //: beginning of the head's hash.
            QString text = tr("Intact: %L1 entries verified on %2 by %3; head %4.")
                               .arg(result.entries)
                               .arg(when, m_session.displayName,
                                    result.headHash.left(16) + QStringLiteral("…"));
            //: Follows "Intact: …". %L1: the number of anchors; %2: the last anchored entry.
            if (anchors.checked > 0)
                text += QLatin1Char(' ') + tr("It holds all %L1 anchors, the last at entry %2.")
                                               .arg(anchors.checked)
                                               .arg(anchors.lastSeq);
            m_verifyLabel->setText(text);
            m_verifyLabel->setStyleSheet(Shades::textStyle(Shades::good()));
        } else {
            const QString text =
                //: %1: the broken entry's sequence number; %2: a problem code, e.g. "hash"; %3:
                //: what is wrong, in words.
                tr("Broken at entry %1 (%2): %3")
                    .arg(result.brokenSeq)
                    .arg(AuditVerification::problemCode(result.problem), result.detail);
            m_verifyLabel->setText(text);
            m_verifyLabel->setStyleSheet(Shades::textStyle(Shades::alarm(), " font-weight: bold;"));
            m_prompts.showError(this, tr("Verify the audit chain"), text);
        }
        m_model->setFilter(m_model->filter()); // the verification is an entry of its own
    }
    emit verificationFinished(result);
}

} // namespace dpo

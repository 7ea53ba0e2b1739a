// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/AuditAnchorService.h"
#include "services/AuditVerifier.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace dpo {

class AuditListModel;
class Database;
class UserPrompts;

// The audit section: every entry of the chain, newest first, a million or more, with filters
// (period, officer, action, subject, entity), the selected entry in full, and verification of
// the whole chain with a progress bar and a cancel button (in a worker thread).
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(Database& database, Session session, UserPrompts& prompts, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditListModel* model() const { return m_model; }
    void verifyChain();
    bool isVerifying() const { return m_verifying; }
    // The entries the filters show, exported or printed (AuditExportService); audited. An export
    // runs on its own thread with a progress bar and Cancel (a million entries take a while).
    void exportShown(int format); // AuditExportService::Format
    bool isExporting() const;
    void printShown(bool preview);
    // Shows this action's entries the next time the section is shown (the dashboard's audit card).
    void showAction(const QString& action) { m_requestedAction = action; }

signals:
    void verificationFinished(const dpo::AuditVerification& result);
    void statusMessage(const QString& message);
    void exportFinished(bool saved);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showCurrentEntry();
    void onVerificationProgress(qint64 checked, qint64 total);
    void onVerificationFinished(const dpo::AuditVerification& result,
                                const dpo::AnchorCheck& anchors, const QString& error);
    void showExportProgress();
    // The bar and Cancel while a job (verification or export) runs; the buttons that start one.
    void showJobRunning(bool running, const QString& text);

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_officer;
    QComboBox* m_action;
    QString m_requestedAction;
    QLineEdit* m_subject;
    QLineEdit* m_entity;
    QTableView* m_view;
    QLabel* m_countLabel;
    QPlainTextEdit* m_detail;
    QPushButton* m_verifyButton;
    QPushButton* m_exportButton;
    QComboBox* m_exportLanguage;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_verifyLabel;
    QTimer* m_debounce;
    AuditListModel* m_model;
    bool m_verifying = false;
    QAtomicInt m_cancel;
    class QThread* m_worker = nullptr;
    class JobThread* m_exportJob;
};

} // namespace dpo

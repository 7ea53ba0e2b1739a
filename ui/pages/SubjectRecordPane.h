// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LetterKind.h"

#include "core/Session.h"
#include "services/SubjectRecordService.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace dpo {

class Database;
class UserPrompts;

// One subject's record under the subjects list: profile (INN, phone and email masked, each
// revealed by an explicit, audited click), consents, data categories and their state, transfers,
// requests and claims, disclosures and notifications, and the subject's audit entries; and the
// subject data report in Kyrgyz or Russian (print preview, print, PDF).
class SubjectRecordPane : public QWidget
{
    Q_OBJECT
public:
    SubjectRecordPane(Database& database, Session session, UserPrompts& prompts,
                      QWidget* parent = nullptr);

    void showSubject(qint64 subjectId); // 0 clears the pane
    qint64 subjectId() const { return m_record.profile.id; }

    void previewReport();
    void printReport();
    void saveReportAsPdf();
    // A subject under 18 (policy 9.1): opens the officer's case to destroy their data, once the
    // officer confirms, and asks for it to be shown.
    void openMinorCase();

signals:
    void subjectShown(qint64 subjectId);
    void statusMessage(const QString& message);
    void caseOpened(dpo::CaseType caseType, qint64 caseId);

private:
    void showRecord();
    void reveal(SubjectRecordService::Field field);
    void refreshAudit();
    void unblockSelectedCategory();
    void showAudit();
    QString reportLanguage() const;
    QString reportHtml(int output); // empty when it failed (the error was shown)
    QWidget* buildProfileTab();
    void addMaskedRow(QFormLayout* form, const QString& label, SubjectRecordService::Field field);

    Database& m_database;
    Session m_session;
    UserPrompts& m_prompts;
    SubjectRecord m_record;
    QLabel* m_title;
    QLabel* m_subtitle;
    QComboBox* m_languageBox;
    QPushButton* m_reportButton;
    QTabWidget* m_tabs;
    QHash<QString, QLabel*> m_profileValues;
    QHash<int, QPushButton*> m_revealButtons;
    QTableWidget* m_consents;
    QTableWidget* m_categories;
    QPushButton* m_unblock;
    QPushButton* m_minorCase;
    QTableWidget* m_transfers;
    QTableWidget* m_withdrawals;
    QTableWidget* m_claims;
    QTableWidget* m_disclosures;
    QTableWidget* m_notifications;
    QTableWidget* m_audit;
};

} // namespace dpo

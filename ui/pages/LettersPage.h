// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseRegisterPage.h"
#include "domain/LetterKind.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace dpo {

class Database;

// The register of outgoing letters (OutgoingLetterService), a CaseRegisterPage: every letter the
// console made, newest first, with its number and date, what it is, the case it answers and the
// addressee; found by number or addressee. Nothing is registered here (a letter is numbered when
// it is made, in its case); the selected letter's case opens from the pane below.
class LettersPage : public CaseRegisterPage
{
    Q_OBJECT
public:
    explicit LettersPage(Database& database, QWidget* parent = nullptr);
    void setSearch(const QString& text); // as typed, reloaded at once

signals:
    // The case a letter answers.
    void openCase(dpo::CaseType caseType, qint64 caseId);

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;
    void showCase(qint64 id) override;
    qint64 shownCaseId() const override { return m_shown; }

private:
    Database& m_database;
    QLineEdit* m_search;
    QTimer* m_typing;        // a reload once the officer pauses, not on every key
    QLabel* m_hint;          // what to do while no letter is selected
    QWidget* m_details;      // the selected letter, a line per register column
    QList<QLabel*> m_values; // in the register's column order
    QPushButton* m_openCase;
    qint64 m_shown = 0;
    const LetterKind* m_shownKind = nullptr; // of the letter shown
    qint64 m_shownCase = 0;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <memory>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dpo {

class Database;
class StepRunner;
class UserPrompts;

// The platform's change feed as the officer follows it (docs/feed.md): how many events wait in
// the inbox and since when, the flagged events to review (each reviewed with a note of what was
// done), and the rejected events to retry or dismiss. The services check and audit each step.
class FeedPage : public QWidget
{
    Q_OBJECT
public:
    FeedPage(Database& database, const Session& session, UserPrompts& prompts,
             QWidget* parent = nullptr);
    ~FeedPage() override;
    void reload();
    void reviewFlag(); // asks for the note
    void retryEvent();
    void dismissEvent(); // asks for the reason

signals:
    void statusMessage(const QString& message);
    void openSubject(qint64 subjectId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedId(QTableWidget* table) const;
    void updateButtons();

    Database& m_database;
    const Session& m_session;
    UserPrompts& m_prompts;
    QLabel* m_state;
    QTableWidget* m_flags;
    QTableWidget* m_rejected;
    QPushButton* m_review;
    QPushButton* m_subject;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
    std::unique_ptr<StepRunner> m_steps;
};

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace dpo {

class Database;
class DisclosureDialog;
class DisclosurePane;
class UserPrompts;

// Disclosures to third parties (policy 4.6.1-4.6.4), newest first, with how many of their
// subjects were notified and how many notices failed; filters by period, recipient, ground,
// channel, not notified, delivery failed; Record… opens DisclosureDialog; the selected
// disclosure's subjects and notices in DisclosurePane below.
class DisclosuresPage : public QWidget
{
    Q_OBJECT
public:
    DisclosuresPage(Database& database, Session session, UserPrompts& prompts,
                    QWidget* parent = nullptr);
    void reload();
    void showUnnotified(); // the lists as the dashboard opens them
    void showUndelivered();
    DisclosureDialog* openRecording();
    int rowCount() const;
    void selectDisclosure(qint64 disclosureId);
    DisclosurePane* pane() const { return m_pane; }

signals:
    void openSubject(qint64 subjectId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    Database& m_database;
    QLabel* m_note = nullptr; // what the register flags, with the notice target as it is set
    Session m_session;
    UserPrompts& m_prompts;
    QComboBox* m_view;
    QComboBox* m_ground;
    QComboBox* m_channel;
    QComboBox* m_recipient;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_summary;
    DisclosurePane* m_pane;
};

} // namespace dpo

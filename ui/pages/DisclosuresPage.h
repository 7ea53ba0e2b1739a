// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseWorkPage.h"
#include "core/Session.h"

class QComboBox;
class QDateEdit;

namespace dpo {

class Database;
class DisclosureDialog;
class BulkRunDialog;
class DisclosurePane;
class SubmitDialog;
class UserPrompts;

// Disclosures to third parties (policy 4.6.1-4.6.4), a CaseRegisterPage: newest first, with how
// many of their subjects were notified and how many notices failed; filters by period,
// recipient, ground, channel, not notified, delivery failed; Record… opens DisclosureDialog; the
// selected disclosure's subjects and notices in DisclosurePane below.
class DisclosuresPage : public CaseWorkPage
{
    Q_OBJECT
public:
    DisclosuresPage(Database& database, Session session, UserPrompts& prompts,
                    QWidget* parent = nullptr);
    void showUnnotified(); // the lists as the dashboard opens them
    void showUndelivered();
    DisclosureDialog* openRecording();
    // Queue notices…: the channel asked for, then the selected disclosures' notices queued.
    SubmitDialog* openQueueNotices();
    // Every selected disclosure's subjects not yet notified, a notice each by `channel` to the
    // address in their record (DisclosureService::queueNotices), one disclosure at a time; the
    // run's dialog (null when nothing is selected).
    BulkRunDialog* queueNoticesOfSelected(const QString& channel);
    void selectDisclosure(qint64 disclosureId) { selectCase(disclosureId); }
    DisclosurePane* pane() const { return m_pane; }

protected:
    std::shared_ptr<const CaseRegisterSource> source() const override;
    void aboutToReload() override;
    QString overdueText(int count) const override;

private:
    QComboBox* m_view;
    QComboBox* m_ground;
    QComboBox* m_channel;
    QComboBox* m_recipient;
    QDateEdit* m_from;
    QDateEdit* m_to;
    DisclosurePane* m_pane;
};

} // namespace dpo

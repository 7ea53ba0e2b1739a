// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DisclosureService.h"
#include "widgets/SubmitDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;

namespace dpo {

struct Session;
class DocumentPicker;
class SubjectLookup;
class UserPrompts;

// Recording a disclosure: its subjects (one or more), the recipient (from the list or new), the
// legal ground with what it requires, the categories, the day, and the request document.
class DisclosureDialog : public SubmitDialog
{
    Q_OBJECT
public:
    DisclosureDialog(Database& database, const Session& session, UserPrompts& prompts,
                     QWidget* parent = nullptr);
    DisclosureService::Registration registration() const;
    void addSubject(const QString& platformRef);

private:
    void updateGround();
    SubjectLookup* m_lookup;
    QListWidget* m_subjects;
    QComboBox* m_recipient;
    QLineEdit* m_newRecipient;
    QComboBox* m_newRecipientKind;
    QComboBox* m_country;
    QComboBox* m_ground;
    QLineEdit* m_requestNumber;
    QDateEdit* m_requestDate;
    QLineEdit* m_requestBody;
    QLineEdit* m_groundReference; // the law, the consent's record or the treaty, by the ground
    QLineEdit* m_purpose;
    QListWidget* m_categories;
    QDateEdit* m_disclosedOn;
    QCheckBox* m_outside;
    QLineEdit* m_note;
    DocumentPicker* m_documents;
};

// A notice to one subject: through the outbox (a channel, the address from the record unless
// given), or recorded as sent by hand (the time, and the tracking number of a letter by post).
class NoticeDialog : public SubmitDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Outbox,
        ByHand
    };
    NoticeDialog(Mode mode, const QString& subject, QWidget* parent = nullptr);
    Mode mode() const { return m_mode; }
    QString channel() const;
    QString address() const;
    QDateTime sentAt() const;
    QString tracking() const;

private:
    Mode m_mode;
    QComboBox* m_channel;
    QLineEdit* m_address;
    QDateTimeEdit* m_sentAt = nullptr;
    QLineEdit* m_tracking = nullptr;
};

} // namespace dpo

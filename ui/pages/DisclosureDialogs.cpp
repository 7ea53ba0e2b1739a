// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureDialogs.h"

#include "domain/DocumentLanguage.h"
#include "services/ReferenceDataService.h"
#include "widgets/DocumentPicker.h"
#include "widgets/FormHelpers.h"
#include "widgets/SubjectLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace dpo {

DisclosureDialog::DisclosureDialog(Database& database, const Session& session, UserPrompts& prompts,
                                   QWidget* parent)
    : SubmitDialog(tr("Record a disclosure to a third party"), tr("Record"), parent),
      m_lookup(new SubjectLookup(database, session, this)), m_subjects(new QListWidget(this)),
      m_recipient(new QComboBox(this)), m_newRecipient(new QLineEdit(this)),
      m_newRecipientKind(
          vocabularyCombo(this, Vocabulary::Kind::RecipientKind, "newRecipientKind")),
      m_country(new QComboBox(this)),
      m_ground(vocabularyCombo(this, Vocabulary::Kind::DisclosureGround, "disclosureGround")),
      m_requestNumber(new QLineEdit(this)),
      m_requestDate(dateField(this, bishkekToday(), "requestDate")),
      m_requestBody(new QLineEdit(this)), m_groundReference(new QLineEdit(this)),
      m_purpose(new QLineEdit(this)),
      m_categories(checkList(this, ReferenceDataService(database).categories(),
                             "disclosureCategories", 120)),
      m_disclosedOn(dateField(this, bishkekToday(), "disclosedOn")),
      m_outside(new QCheckBox(tr("Outside platform cooperation: each subject is notified (4.6.4)"),
                              this)),
      m_note(new QLineEdit(this)), m_documents(new DocumentPicker(
                                       prompts, tr("The request document"),
                                       [this](const QString& error) { showError(error); }, this))
{
    setObjectName(QStringLiteral("disclosureDialog"));
    m_lookup->setObjectName(QStringLiteral("disclosureSubjectLookup"));
    m_subjects->setObjectName(QStringLiteral("disclosureSubjects"));
    m_subjects->setAccessibleName(tr("Subjects of the disclosure"));
    m_subjects->setAccessibleDescription(tr("The platform references of the subjects added"));
    m_lookup->setAccessibleName(tr("Find a subject to add"));
    m_lookup->setToolTip(tr("A platform reference, or a name to choose from"));
    m_subjects->setMaximumHeight(80);
    auto* add = new QPushButton(tr("Add subject"), this);
    add->setObjectName(QStringLiteral("addDisclosureSubject"));
    add->setToolTip(tr("Add the subject found above to the disclosure"));
    connect(add, &QPushButton::clicked, this, [this] { addSubject(m_lookup->text()); });
    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_lookup, 1);
    subjectRow->addWidget(add);
    m_recipient->setObjectName(QStringLiteral("disclosureRecipient"));
    m_recipient->setToolTip(tr("Who received the data: a known recipient, or a new one below"));
    m_recipient->addItem(tr("A new recipient (below)"), qint64(0));
    const ReferenceDataService reference(database);
    const QString language = ReferenceDataService::uiLanguage();
    m_country->setObjectName(QStringLiteral("newRecipientCountry"));
    m_country->setToolTip(tr("Where the recipient is; outside the Kyrgyz Republic the disclosure "
                             "is a transfer abroad"));
    QHash<QString, QString> countryNames;
    for (const ReferenceDataService::Entry& c : reference.countries()) {
        countryNames.insert(c.code, c.name.in(language));
        m_country->addItem(c.name.in(language), c.code);
    }
    // A recipient abroad reads as such in the list too.
    for (const ReferenceDataService::Recipient& r : reference.recipients()) {
        m_recipient->addItem(r.country == QLatin1String("KG")
                                 ? r.name
                                 :
                                 //: A recipient in a list. %1: its name; %2: its country's name.
                                 tr("%1 (%2)", "a recipient and its country")
                                     .arg(r.name, countryNames.value(r.country, r.country)),
                             r.id);
        m_recipient->setItemData(m_recipient->count() - 1, r.country, Qt::UserRole + 1);
    }
    m_newRecipient->setObjectName(QStringLiteral("newRecipientName"));
    m_newRecipient->setToolTip(tr("The name of a recipient not yet on the list"));
    m_newRecipientKind->setToolTip(tr("What kind of body or person the new recipient is"));
    m_ground->setToolTip(tr("The legal ground the data was disclosed on"));
    m_newRecipient->setPlaceholderText(tr("The body or person the data went to"));
    m_newRecipientKind->setCurrentIndex(m_newRecipientKind->findData(QStringLiteral("state_body")));
    m_requestNumber->setObjectName(QStringLiteral("requestNumber"));
    m_requestNumber->setToolTip(tr("The number of the state body's request"));
    m_requestDate->setToolTip(tr("The date of the state body's request"));
    m_requestBody->setObjectName(QStringLiteral("requestBody"));
    m_requestBody->setToolTip(tr("The body that issued the request"));
    m_requestBody->setPlaceholderText(tr("The body that issued the request"));
    m_groundReference->setObjectName(QStringLiteral("groundReference"));
    m_purpose->setObjectName(QStringLiteral("disclosurePurpose"));
    m_purpose->setToolTip(tr("What the recipient receives the data for"));
    m_purpose->setPlaceholderText(tr("What the recipient receives the data for"));
    m_disclosedOn->setMaximumDate(bishkekToday());
    m_disclosedOn->setToolTip(tr("The day the data went to the recipient; not in the future"));
    m_categories->setAccessibleDescription(tr("Tick every data category the recipient received"));
    m_outside->setObjectName(QStringLiteral("outsidePlatform"));
    m_outside->setToolTip(tr("Ticked: every subject gets a notice of the disclosure (policy "
                             "4.6.4); unticked: a disclosure within the platform's cooperation"));
    m_outside->setChecked(true);
    m_note->setObjectName(QStringLiteral("disclosureNote"));
    m_note->setToolTip(tr("Anything the register should say besides the fields above"));
    m_documents->setObjectName(QStringLiteral("disclosureDocuments"));
    form()->addRow(tr("Subjects:"), subjectRow);
    form()->addRow(QString(), m_subjects);
    form()->addRow(tr("Recipient:"), m_recipient);
    form()->addRow(tr("New recipient:"), m_newRecipient);
    form()->addRow(tr("Kind:"), m_newRecipientKind);
    form()->addRow(tr("Country:"), m_country);
    form()->addRow(tr("Purpose:"), m_purpose);
    form()->addRow(tr("Legal ground:"), m_ground);
    form()->addRow(tr("Request number:"), m_requestNumber);
    form()->addRow(tr("Request date:"), m_requestDate);
    form()->addRow(tr("Issued by:"), m_requestBody);
    form()->addRow(tr("Law:"), m_groundReference);
    //: A field's accessible name: the data categories that were disclosed.
    m_categories->setAccessibleName(tr("Data disclosed"));
    //: A label: the data categories that were disclosed.
    form()->addRow(tr("Data disclosed:"), m_categories);
    form()->addRow(tr("Disclosed on:"), m_disclosedOn);
    form()->addRow(QString(), m_outside);
    form()->addRow(tr("Note:"), m_note);
    form()->addRow(tr("Documents:"), m_documents);
    connect(m_ground, &QComboBox::currentIndexChanged, this, &DisclosureDialog::updateGround);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this] {
        const bool fresh = m_recipient->currentData().toLongLong() == 0;
        m_newRecipient->setEnabled(fresh);
        m_newRecipientKind->setEnabled(fresh);
        // A recipient on the list keeps its country: shown, not chosen.
        m_country->setEnabled(fresh);
        const QString country =
            fresh ? QStringLiteral("KG") : m_recipient->currentData(Qt::UserRole + 1).toString();
        m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    });
    m_ground->setCurrentIndex(m_ground->findData(QStringLiteral("state_request")));
    updateGround();
    resize(680, 880);
}

void DisclosureDialog::addSubject(const QString& platformRef)
{
    const QString ref = platformRef.trimmed();
    if (ref.isEmpty() || !m_subjects->findItems(ref, Qt::MatchExactly).isEmpty())
        return;
    m_subjects->addItem(ref);
    m_lookup->clear();
}

void DisclosureDialog::updateGround()
{
    const QString ground = m_ground->currentData().toString();
    const bool request = ground == QStringLiteral("state_request");
    for (QWidget* w : {static_cast<QWidget*>(m_requestNumber), static_cast<QWidget*>(m_requestDate),
                       static_cast<QWidget*>(m_requestBody)})
        w->setEnabled(request);
    // One field names what the ground rests on: the law, the consent's record or the treaty.
    auto* label = qobject_cast<QLabel*>(form()->labelForField(m_groundReference));
    if (ground == QStringLiteral("consent")) {
        label->setText(tr("Consent:"));
        m_groundReference->setPlaceholderText(
            tr("Where the subject's consent is recorded: its document, number, date"));
    } else if (ground == QStringLiteral("treaty")) {
        label->setText(tr("Treaty:"));
        m_groundReference->setPlaceholderText(tr("The treaty's name, place and date"));
    } else {
        label->setText(tr("Law:"));
        m_groundReference->setPlaceholderText(tr("The law, its article and paragraph"));
    }
    m_groundReference->setToolTip(m_groundReference->placeholderText());
    m_groundReference->setEnabled(ground == QStringLiteral("law") ||
                                  ground == QStringLiteral("consent") ||
                                  ground == QStringLiteral("treaty"));
}

DisclosureService::Registration DisclosureDialog::registration() const
{
    DisclosureService::Registration r;
    for (int i = 0; i < m_subjects->count(); ++i)
        r.subjectRefs << m_subjects->item(i)->text();
    if (r.subjectRefs.isEmpty() && !m_lookup->text().trimmed().isEmpty())
        r.subjectRefs << m_lookup->text().trimmed(); // one subject typed and not added
    r.recipientId = m_recipient->currentData().toLongLong();
    r.newRecipientName = m_newRecipient->text().trimmed();
    r.newRecipientKind = m_newRecipientKind->currentData().toString();
    r.newRecipientCountry = m_country->currentData().toString();
    r.ground = m_ground->currentData().toString();
    r.requestNumber = m_requestNumber->text().trimmed();
    r.requestDate = m_requestDate->date();
    r.requestBody = m_requestBody->text().trimmed();
    const QString reference = m_groundReference->text().trimmed();
    if (r.ground == QStringLiteral("law"))
        r.lawReference = reference;
    else if (r.ground == QStringLiteral("consent"))
        r.consentReference = reference;
    else if (r.ground == QStringLiteral("treaty"))
        r.treatyReference = reference;
    r.purpose = m_purpose->text().trimmed();
    r.categories = checkedCodes(m_categories);
    r.disclosedOn = m_disclosedOn->date();
    r.outsidePlatform = m_outside->isChecked();
    r.note = m_note->text().trimmed();
    r.documents = m_documents->documents();
    return r;
}

NoticeDialog::NoticeDialog(Mode mode, const QString& subject, QWidget* parent)
    //: %1: the subject's platform reference.
    : SubmitDialog(mode == Mode::Outbox ? tr("Notify %1 through the outbox").arg(subject) :
                                        //: %1: the subject's platform reference.
                       tr("A notice to %1 sent by hand").arg(subject),
                   mode == Mode::Outbox ? tr("Queue") : tr("Record"), parent),
      m_mode(mode),
      m_channel(vocabularyCombo(this, Vocabulary::Kind::NotificationChannel, "noticeChannel")),
      m_address(new QLineEdit(this))
{
    setObjectName(QStringLiteral("noticeDialog"));
    m_address->setObjectName(QStringLiteral("noticeAddress"));
    m_channel->setToolTip(tr("The way the notice goes to the subject"));
    m_address->setToolTip(tr("Where the notice goes: a postal address, a phone number or an "
                             "e-mail address"));
    form()->addRow(tr("Channel:"), m_channel);
    form()->addRow(tr("Address:"), m_address);
    if (mode == Mode::Outbox) {
        m_address->setPlaceholderText(tr("Empty: the address in the subject's record"));
    } else {
        m_channel->setCurrentIndex(m_channel->findData(QStringLiteral("post")));
        m_sentAt = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        m_sentAt->setObjectName(QStringLiteral("noticeSentAt"));
        m_sentAt->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        m_sentAt->setCalendarPopup(true);
        m_sentAt->setToolTip(tr("When the notice was handed over for sending"));
        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("noticeTracking"));
        m_tracking->setPlaceholderText(tr("Required for post, e.g. RR123456789KG"));
        m_tracking->setToolTip(tr("The post's tracking number of the letter"));
        form()->addRow(tr("Sent:"), m_sentAt);
        form()->addRow(tr("Tracking number:"), m_tracking);
    }
    resize(480, 200);
}

QString NoticeDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString NoticeDialog::address() const
{
    return m_address->text().trimmed();
}

QDateTime NoticeDialog::sentAt() const
{
    return m_sentAt ? m_sentAt->dateTime().toUTC() : QDateTime();
}

QString NoticeDialog::tracking() const
{
    return m_tracking ? m_tracking->text().trimmed() : QString();
}

} // namespace dpo

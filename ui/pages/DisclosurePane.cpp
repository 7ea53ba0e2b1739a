// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosurePane.h"
#include "domain/Permissions.h"

#include "core/Error.h"
#include "DisclosureDialogs.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/NoticeLetterService.h"
#include "services/ReferenceDataService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "widgets/ReadOnlyTable.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

DisclosurePane::DisclosurePane(Database& database, Session session, UserPrompts& prompts,
                               QWidget* parent)
    : CasePane(database, std::move(session), prompts, QStringLiteral("disclosure"),
               tr("Disclosures"), parent),
      m_subjects(makeReadOnlyTable(this, QStringLiteral("disclosureSubjectsTable"))),
      m_notices(makeReadOnlyTable(this, QStringLiteral("disclosureNoticesTable"))),
      m_notify(makeStepButton(this, tr("Notify…"), "notifySubject",
                              tr("Queue the notice to the selected subject in the outbox, to the "
                                 "address in their record"))),
      m_byHand(makeStepButton(this, tr("Sent by hand…"), "noticeByHand",
                              tr("Record a notice to the selected subject sent outside the "
                                 "console: the day, the way and the address")))
{
    m_subjects->setAccessibleName(tr("Subjects of the disclosure"));
    m_subjects->setAccessibleDescription(
        tr("Whose data was disclosed; select one to notify them, a double click opens them"));
    m_notices->setAccessibleName(tr("Notices to the subjects"));
    m_notices->setAccessibleDescription(
        tr("Each notice: to whom, which way, its state and when it was sent"));
    setLetter(
        [this] {
        const DisclosureService::SubjectLine* s = selectedSubject();
        return std::make_unique<NoticeLetterService>(m_database, s ? s->subjectId : 0);
        },
        //: A dialog's title. %1: the disclosure's number.
        [this] { return tr("Notice of disclosure No. %1").arg(disclosureId()); },
        [this](const QString& language) {
        const DisclosureService::SubjectLine* s = selectedSubject();
        return QStringLiteral("notice-%1-%2-%3.pdf")
            .arg(disclosureId())
            .arg(s ? s->platformRef : QString(), language);
    });
    setAttach(
        [this](const AttachmentService::Document& document) {
        AttachmentService(m_database)
            .add(m_session, AttachmentService::Owner::Disclosure, disclosureId(), document);
        },
        [this] {
        //: %1: the disclosure's number.
        return tr("The document is attached to disclosure No. %1.").arg(disclosureId());
    });
    connect(m_notify, &QPushButton::clicked, this, &DisclosurePane::openNotify);
    connect(m_byHand, &QPushButton::clicked, this, &DisclosurePane::openSentByHand);
    connect(m_subjects, &QTableWidget::itemSelectionChanged, this, &DisclosurePane::updateActions);
    connect(m_subjects, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_details.subjects.size())
            emit openSubject(m_details.subjects[row].subjectId);
    });
    m_subjects->setMaximumHeight(140);
    m_notices->setMaximumHeight(140);

    QVBoxLayout* layout = caseLayout();
    layout->addLayout(factsBesideDocuments(), 1);
    layout->addWidget(m_subjects);
    layout->addWidget(m_notices);
    stepsLayout()->addLayout(stepRow({m_notify, m_byHand}));
    showDisclosure(0);
}

DisclosurePane::~DisclosurePane() = default;

void DisclosurePane::showDisclosure(qint64 id)
{
    readCase(id, m_details,
             [&] { return DisclosureService(m_database).details(id, bishkekToday()); });
}

void DisclosurePane::stepDone(const QString& done)
{
    const int row = m_subjects->currentRow();
    CasePane::stepDone(done);
    selectSubject(row);
}

qint64 DisclosurePane::factsSubjectId() const
{
    const DisclosureService::SubjectLine* s = selectedSubject();
    return s ? s->subjectId : 0;
}

void DisclosurePane::selectSubject(int row)
{
    if (row >= 0 && row < m_subjects->rowCount())
        m_subjects->selectRow(row);
}

const DisclosureService::SubjectLine* DisclosurePane::selectedSubject() const
{
    const int row = m_subjects->currentRow();
    return row >= 0 && row < m_details.subjects.size() && !m_subjects->selectedItems().isEmpty()
               ? &m_details.subjects[row]
               : nullptr;
}

void DisclosurePane::showDetails()
{
    const DisclosureService::Details& d = m_details;
    if (d.row.id == 0) {
        m_title->setText(tr("Select a disclosure in the list to see its subjects and notices."));
        m_facts->clear();
        m_documents->setDocuments({}, false);
        fillReadOnlyTable(m_subjects, {}, {});
        fillReadOnlyTable(m_notices, {}, {});
        updateActions();
        return;
    }
    const Vocabulary words;
    m_title->setText(
        //: A case's title. %1: the disclosure's number; %2: its date.
        tr("Disclosure No. %1 of %2").arg(d.row.id).arg(displayDate(d.row.disclosedOn)));
    const QHash<QString, QString> categoryNames = ReferenceDataService(m_database).categoryNames();
    QStringList categories;
    for (const QString& c : d.categories)
        categories << categoryNames.value(c, c);
    FactsTable facts;
    facts.add(tr("Recipient:"),
              //: A recipient. %1: its name; %2: its kind, e.g. "Credit bureau".
              FactsTable::escape(tr("%1 (%2)").arg(
                  d.row.recipient, words.name(Vocabulary::Kind::RecipientKind, d.recipientKind))));
    const QString country =
        ReferenceDataService(m_database).countryNames().value(d.row.country, d.row.country);
    facts.add(
        tr("Country:"),
        //: %1: the recipient's country's name.
        FactsTable::escape(d.row.abroad() ? tr("%1: a transfer abroad").arg(country) : country));
    facts.add(tr("Purpose:"),
              //: The purpose of a disclosure when none was recorded.
              FactsTable::escape(d.purpose.isEmpty() ? tr("not recorded") : d.purpose));
    QString ground = words.name(Vocabulary::Kind::DisclosureGround, d.row.ground);
    if (d.row.ground == QStringLiteral("state_request"))
        ground +=
            //: A state body's request number. %1: the number.
            QStringLiteral(": ") + joinNonEmpty({d.requestBody, tr("No. %1").arg(d.requestNumber),
                                                 displayDate(d.requestDate)});
    else if (const QString reference = DisclosureService::groundReference(
                 d.row.ground, d.lawReference, d.consentReference, d.treatyReference);
             !reference.isEmpty())
        ground += QStringLiteral(": ") + reference;
    facts.add(tr("Ground:"), FactsTable::escape(ground));
    //: A label: the data categories that were disclosed.
    facts.add(tr("Data disclosed:"), FactsTable::escape(categories.join(QStringLiteral("; "))));
    facts.add(tr("Notices:"),
              FactsTable::escape(d.row.outsidePlatform
                                     ?
                                     //: %1: the number of subjects notified; %2: the number of
                                     //: subjects; %3: the number of notices not delivered.
                                     tr("%1 of %2 subjects notified; %3 not delivered")
                                         .arg(d.row.notified)
                                         .arg(d.row.subjects)
                                         .arg(d.row.undelivered)
                                     : tr("not required (platform cooperation)")));
    facts.add(tr("Note:"), FactsTable::escape(d.note));
    facts.add(tr("Recorded by:"), FactsTable::escape(d.officer));
    m_facts->setText(facts.html());
    m_documents->setDocuments(d.documents,
                              Permissions::allows(m_session.role, Permission::WorkOnCases));

    QList<QStringList> subjects;
    for (const DisclosureService::SubjectLine& s : d.subjects)
        subjects << QStringList{s.platformRef, s.name,
                                //: A subject's notice state: the subject was notified of the
                                //: disclosure.
                                s.notified ? tr("notified")
                                : s.late   ? tr("not notified: late")
                                           : tr("not yet notified")};
    const int row = m_subjects->currentRow();
    fillReadOnlyTable(m_subjects, {tr("Subject"), tr("Name"), tr("Notice")}, subjects);
    for (int i = 0; i < d.subjects.size(); ++i)
        if (d.subjects[i].late)
            m_subjects->item(i, 2)->setForeground(QBrush(QColor(0xb0, 0x1c, 0x1c)));
    selectSubject(row);
    QHash<qint64, QString> refs;
    for (const DisclosureService::SubjectLine& s : d.subjects)
        refs.insert(s.subjectId, s.platformRef);
    QList<QStringList> notices;
    for (const DisclosureService::Notification& n : d.notifications)
        notices << QStringList{refs.value(n.subjectId),
                               words.name(Vocabulary::Kind::NotificationChannel, n.channel),
                               n.address,
                               words.name(Vocabulary::Kind::NotificationState, n.state),
                               displayInstant(n.sentAt),
                               displayInstant(n.stateAt),
                               joinNonEmpty({n.stateNote, n.trackingNumber}),
                               n.via == QStringLiteral("by_hand") ? tr("by hand") : tr("outbox")};
    fillReadOnlyTable(m_notices,
                      {tr("Subject"), tr("Channel"), tr("Address"), tr("State"), tr("Sent"),
                       tr("State since"), tr("Note"), tr("Via")},
                      notices);
    updateActions();
}

void DisclosurePane::updateActions()
{
    const bool writer =
        m_details.row.id > 0 && Permissions::allows(m_session.role, Permission::WorkOnCases);
    const bool chosen = selectedSubject() != nullptr;
    m_notify->setEnabled(writer && chosen && m_details.row.outsidePlatform);
    m_byHand->setEnabled(writer && chosen && m_details.row.outsidePlatform);
    m_letter->setAvailable(writer && chosen);
}

NoticeDialog* DisclosurePane::openNotify()
{
    return openNotice(
        NoticeDialog::Mode::Outbox,
        [this](const NoticeDialog& dialog, qint64 id, qint64 subject) {
        DisclosureService(m_database)
            .queueNotification(m_session, id, subject, dialog.channel(), dialog.address());
        },
        tr("The notice is in the outbox."));
}

NoticeDialog* DisclosurePane::openSentByHand()
{
    return openNotice(
        NoticeDialog::Mode::ByHand,
        [this](const NoticeDialog& dialog, qint64 id, qint64 subject) {
        DisclosureService(m_database)
            .recordSentByHand(m_session, id, subject, dialog.channel(), dialog.address(),
                              dialog.sentAt(), dialog.tracking());
        },
        tr("The notice sent by hand is recorded."));
}

NoticeDialog* DisclosurePane::openNotice(
    NoticeDialog::Mode mode,
    std::function<void(const NoticeDialog&, qint64 disclosureId, qint64 subjectId)> step,
    const QString& done)
{
    const DisclosureService::SubjectLine* s = selectedSubject();
    if (!s)
        return nullptr;
    auto* dialog = new NoticeDialog(mode, s->platformRef, this);
    // The disclosure and subject as chosen now, whatever is selected when the dialog is accepted.
    const qint64 id = disclosureId();
    const qint64 subject = s->subjectId;
    m_steps->submit(
        dialog, [dialog, id, subject, step = std::move(step)] { step(*dialog, id, subject); },
        done);
    return dialog;
}

} // namespace dpo

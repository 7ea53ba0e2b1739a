// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosuresPage.h"

#include "core/Error.h"
#include "db/Database.h"
#include "DisclosureDialogs.h"
#include "DisclosurePane.h"
#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "domain/Vocabulary.h"
#include "items/DisclosureRegister.h"
#include "services/DisclosureService.h"
#include "services/ReferenceDataService.h"
#include "widgets/CaseWidgets.h"
#include "widgets/FormHelpers.h"
#include "widgets/SubmitDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace dpo {

namespace {
const QDate kAnyDay(2000, 1, 1); // a period field at its minimum means "open-ended"

QComboBox* anyCombo(QWidget* parent, const QString& any, Vocabulary::Kind kind, const char* name)
{
    QComboBox* combo = vocabularyCombo(parent, kind, name);
    combo->insertItem(0, any, QString());
    combo->setCurrentIndex(0);
    return combo;
}

QDateEdit* periodField(QWidget* parent, const char* name)
{
    QDateEdit* edit = dateField(parent, kAnyDay, name);
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(QStringLiteral("—"));
    return edit;
}
} // namespace

DisclosuresPage::DisclosuresPage(Database& database, Session session, UserPrompts& prompts,
                                 QWidget* parent)
    : CaseWorkPage(database, std::move(session), prompts,
                   {QStringLiteral("disclosuresPage"), QStringLiteral("disclosuresRegister"),
                    QStringLiteral("disclosuresSummary"), QStringLiteral("recordDisclosure"),
                    QStringLiteral("disclosuresNote")},
                   tr("Disclosures to third parties"), QString(), parent),
      m_view(new QComboBox(this)),
      m_ground(anyCombo(this, tr("Any ground"), Vocabulary::Kind::DisclosureGround,
                        "disclosuresGround")),
      m_channel(anyCombo(this, tr("Any channel"), Vocabulary::Kind::NotificationChannel,
                         "disclosuresChannel")),
      m_recipient(new QComboBox(this)), m_from(periodField(this, "disclosuresFrom")),
      m_to(periodField(this, "disclosuresTo")),
      m_pane(new DisclosurePane(database, m_session, prompts, this))
{
    setRegisterButton(tr("Record…"), tr("Record a disclosure of personal data to a third party"));
    m_view->setObjectName(QStringLiteral("disclosuresView"));
    m_view->addItem(tr("All", "disclosures"), 0);
    m_view->addItem(tr("Not everyone notified"), 1);
    m_view->addItem(tr("A delivery failed"), 2);
    m_view->addItem(tr("Transfers abroad"), 3);
    m_recipient->setObjectName(QStringLiteral("disclosuresRecipient"));
    m_recipient->addItem(tr("Any recipient"), qint64(0));
    try {
        for (const ReferenceDataService::Recipient& r : ReferenceDataService(database).recipients())
            m_recipient->addItem(r.name, r.id);
    } catch (const Error&) {
        // The list still works without the recipient filter.
    }
    addFilter(m_view, tr("Show all disclosures, or those with a subject not yet notified, a failed "
                         "delivery, or a recipient abroad"));
    addFilter(m_ground, tr("Show only the disclosures on one legal ground"));
    addFilter(m_channel, tr("Show only the disclosures whose notices go one way"));
    addFilter(m_recipient, tr("Show only the disclosures to one recipient"));
    addFilterWidget(new QLabel(tr("From:", "a period"), this));
    addFilterWidget(m_from);
    addFilterWidget(new QLabel(tr("To:", "a period"), this));
    addFilterWidget(m_to);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DisclosuresPage::reload);
    m_from->setAccessibleName(tr("Disclosed from"));
    m_from->setToolTip(tr("Show the disclosures made on this day or later; a dash for any day"));
    m_to->setAccessibleName(tr("Disclosed to"));
    m_to->setToolTip(tr("Show the disclosures made on this day or earlier; a dash for any day"));
    auto* queue = new QPushButton(tr("Queue notices…"), this);
    queue->setObjectName(QStringLiteral("queueSelectedNotices"));
    queue->setToolTip(tr("Queues a notice for every subject of the selected disclosures (Shift or "
                         "Ctrl to select several) not notified yet"));
    queue->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    connect(queue, &QPushButton::clicked, this, &DisclosuresPage::openQueueNotices);
    addHeaderButton(queue);
    allowSelectingMany();
    setCasePane(m_pane);
    connect(this, &CaseRegisterPage::registerRequested, this, &DisclosuresPage::openRecording);
}

void DisclosuresPage::showUnnotified()
{
    m_view->setCurrentIndex(m_view->findData(1));
}

void DisclosuresPage::showUndelivered()
{
    m_view->setCurrentIndex(m_view->findData(2));
}

void DisclosuresPage::aboutToReload()
{
    // The policy (4.6.4) sets no period for the notice: the flag is the organisation's own target,
    // a setting an administrator changes, shown as it is set now.
    try {
        //: %n: the organisation's own target, a number of working days.
        setRule(tr("Each disclosure names its legal ground (policy 4.6.1-4.6.3, the subject's "
                   "consent, or an international treaty under 1.1.6), its purpose and the "
                   "recipient's country, and every subject outside platform cooperation is "
                   "notified (policy 4.6.4). The policy sets no period for the notice; the "
                   "organisation's own target is %n working day(s) (a setting), and a subject not "
                   "notified by then is flagged.",
                   nullptr, DisclosureService::noticeWorkingDays(m_database.connection())));
    } catch (const Error&) {
        setRule(QString()); // the register below reports the database's trouble
    }
}

QString DisclosuresPage::overdueText(int count) const
{
    //: %Ln: the number of disclosures.
    return tr("%Ln not notified within the organisation's own target.", nullptr, count);
}

std::shared_ptr<const CaseRegisterSource> DisclosuresPage::source() const
{
    DisclosureService::Filter f;
    f.from = m_from->date() > kAnyDay ? m_from->date() : QDate();
    f.to = m_to->date() > kAnyDay ? m_to->date() : QDate();
    f.recipientId = m_recipient->currentData().toLongLong();
    f.ground = m_ground->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.unnotifiedOnly = m_view->currentData().toInt() == 1;
    f.failedOnly = m_view->currentData().toInt() == 2;
    f.abroadOnly = m_view->currentData().toInt() == 3;
    return std::make_shared<DisclosureRegister>(m_database, bishkekToday(), f);
}

DisclosureDialog* DisclosuresPage::openRecording()
{
    auto* dialog = new DisclosureDialog(m_database, m_session, m_prompts, this);
    dpo::openRegistration(
        dialog,
        [this, dialog] {
        return DisclosureService(m_database).record(m_session, dialog->registration());
        },
        [this](qint64 id) {
        //: %1: the disclosure's number.
        emit statusMessage(tr("Disclosure No. %1 recorded; notify each subject.").arg(id));
        reload();
        selectDisclosure(id);
    });
    return dialog;
}

SubmitDialog* DisclosuresPage::openQueueNotices()
{
    const int selected = int(selectedForBulk(tr("Queue notices"), {}).size());
    if (selected == 0)
        return nullptr;
    //: A dialog's title. %1: the number of selected disclosures.
    auto* dialog = new SubmitDialog(tr("Queue the notices of %L1 disclosures").arg(selected),
                                    tr("Queue", "notices"), this);
    dialog->setObjectName(QStringLiteral("queueNoticesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* rule = new QLabel(tr("Each subject of the selected disclosures who has no notice yet (or "
                               "only a failed one) gets one through the outbox, by this channel, "
                               "at the address in their record and in their language (policy "
                               "4.6.4). A disclosure with a subject whose record has no such "
                               "address is refused whole: notify that one by one."),
                            dialog);
    rule->setWordWrap(true);
    dialog->form()->addRow(rule);
    QComboBox* channel =
        vocabularyCombo(dialog, Vocabulary::Kind::NotificationChannel, "queueNoticesChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("platform")));
    channel->setToolTip(tr("The way every queued notice goes to its subject"));
    dialog->form()->addRow(tr("Channel:"), channel);
    dialog->setSubmit([this, channel] {
        queueNoticesOfSelected(channel->currentData().toString());
        return QString();
    });
    dialog->open();
    return dialog;
}

BulkRunDialog* DisclosuresPage::queueNoticesOfSelected(const QString& channel)
{
    const QList<qint64> ids = selectedForBulk(tr("Queue notices"), {});
    if (ids.isEmpty())
        return nullptr;
    //: A dialog's title. %1: the number of selected disclosures.
    return runBulk(tr("Queue the notices of the selected disclosures (%L1)").arg(ids.size()),
                   tr("Disclosure No."), ids,
                   [database = &m_database, session = m_session, channel](qint64 id) {
        //: %Ln: the number of notices queued.
        return tr("%Ln notice(s) queued", nullptr,
                  DisclosureService(*database).queueNotices(session, id, channel));
    });
}

} // namespace dpo

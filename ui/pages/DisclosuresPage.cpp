// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosuresPage.h"
#include "domain/Permissions.h"

#include "core/Error.h"
#include "db/Database.h"
#include "DisclosureDialogs.h"
#include "DisclosurePane.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/DisclosureService.h"
#include "services/ReferenceDataService.h"
#include "widgets/CaseWidgets.h"
#include "widgets/FormHelpers.h"
#include "widgets/ReadOnlyTable.h"

#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kNotifiedColumn = 5;
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
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_view(new QComboBox(this)),
      m_ground(anyCombo(this, tr("Any ground"), Vocabulary::Kind::DisclosureGround,
                        "disclosuresGround")),
      m_channel(anyCombo(this, tr("Any channel"), Vocabulary::Kind::NotificationChannel,
                         "disclosuresChannel")),
      m_recipient(new QComboBox(this)), m_from(periodField(this, "disclosuresFrom")),
      m_to(periodField(this, "disclosuresTo")),
      m_table(makeReadOnlyTable(this, QStringLiteral("disclosuresRegister"))),
      m_summary(new QLabel(this)), m_pane(new DisclosurePane(database, m_session, prompts, this))
{
    setObjectName(QStringLiteral("disclosuresPage"));
    QLabel* heading = makeHeading(this, tr("Disclosures to third parties"));
    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("disclosuresNote"));
    m_note = note;
    note->setWordWrap(true);
    auto* record = new QPushButton(tr("Record…"), this);
    record->setObjectName(QStringLiteral("recordDisclosure"));
    record->setEnabled(Permissions::allows(m_session.role, Permission::WorkOnCases));
    m_view->setObjectName(QStringLiteral("disclosuresView"));
    m_view->addItem(tr("All", "disclosures"), 0);
    m_view->addItem(tr("Not everyone notified"), 1);
    m_view->addItem(tr("A delivery failed"), 2);
    m_recipient->setObjectName(QStringLiteral("disclosuresRecipient"));
    m_recipient->addItem(tr("Any recipient"), qint64(0));
    try {
        for (const ReferenceDataService::Recipient& r : ReferenceDataService(database).recipients())
            m_recipient->addItem(r.name, r.id);
    } catch (const Error&) {
        // The list still works without the recipient filter.
    }
    m_summary->setObjectName(QStringLiteral("disclosuresSummary"));
    connect(record, &QPushButton::clicked, this, &DisclosuresPage::openRecording);
    for (QComboBox* filter : {m_view, m_ground, m_channel, m_recipient}) {
        keepNarrow(filter);
        connect(filter, &QComboBox::currentIndexChanged, this, &DisclosuresPage::reload);
    }
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &DisclosuresPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DisclosuresPage::showSelected);
    connect(m_pane, &DisclosurePane::disclosureChanged, this, &DisclosuresPage::reload);
    connect(m_pane, &DisclosurePane::statusMessage, this, &DisclosuresPage::statusMessage);
    connect(m_pane, &DisclosurePane::openSubject, this, &DisclosuresPage::openSubject);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(record);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_ground),
                       static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_recipient)})
        filters->addWidget(w);
    filters->addWidget(new QLabel(tr("From:", "a period"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:", "a period"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addLayout(filters);
    layout->addWidget(makeRegisterSplit(this, m_table, m_summary, m_pane), 1);
}

void DisclosuresPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DisclosuresPage::showUnnotified()
{
    m_view->setCurrentIndex(m_view->findData(1));
}

void DisclosuresPage::showUndelivered()
{
    m_view->setCurrentIndex(m_view->findData(2));
}

int DisclosuresPage::rowCount() const
{
    return m_table->rowCount();
}

void DisclosuresPage::selectDisclosure(qint64 disclosureId)
{
    if (!selectRowWithId(m_table, disclosureId))
        m_pane->showDisclosure(disclosureId);
}

void DisclosuresPage::showSelected()
{
    if (const qint64 id = selectedRowId(m_table))
        m_pane->showDisclosure(id);
}

void DisclosuresPage::reload()
{
    // The policy (4.6.4) sets no period for the notice: the flag is the organisation's own target,
    // a setting an administrator changes, shown as it is set now.
    try {
        m_note->setText(tr(
            "Each disclosure names its legal ground (policy 4.6.1-4.6.3), and every subject "
            "outside platform "
            "cooperation is notified (policy 4.6.4). The policy sets no period for the notice; the "
            "organisation's own target is %n working day(s) (a setting), and a subject not "
            "notified by "
            "then is flagged.",
            nullptr, DisclosureService::noticeWorkingDays(m_database.connection())));
    } catch (const Error&) {
        m_note->clear(); // the register below reports the database's trouble
    }
    DisclosureService::Filter f;
    f.from = m_from->date() > kAnyDay ? m_from->date() : QDate();
    f.to = m_to->date() > kAnyDay ? m_to->date() : QDate();
    f.recipientId = m_recipient->currentData().toLongLong();
    f.ground = m_ground->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.unnotifiedOnly = m_view->currentData().toInt() == 1;
    f.failedOnly = m_view->currentData().toInt() == 2;
    QList<DisclosureService::Row> rows;
    try {
        rows = DisclosureService(m_database).list(f, bishkekToday());
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    const Vocabulary words;
    QList<QStringList> cells;
    int late = 0;
    for (const DisclosureService::Row& r : rows) {
        late += r.late;
        cells << QStringList{QString::number(r.id),
                             displayDate(r.disclosedOn),
                             r.recipient,
                             words.name(Vocabulary::Kind::DisclosureGround, r.ground),
                             QString::number(r.subjects),
                             r.outsidePlatform ? tr("%1 of %2").arg(r.notified).arg(r.subjects)
                                               : tr("not required (platform cooperation)"),
                             r.undelivered ? QString::number(r.undelivered) : QString()};
    }
    const QSignalBlocker quiet(m_table);
    fillReadOnlyTable(m_table,
                      {tr("No."), tr("Date"), tr("Recipient"), tr("Legal ground"), tr("Subjects"),
                       tr("Notified"), tr("Not delivered")},
                      cells);
    for (int row = 0; row < rows.size(); ++row) {
        setRowId(m_table, row, rows[row].id);
        if (rows[row].id == m_pane->disclosureId())
            m_table->selectRow(row);
        if (rows[row].late)
            paintDeadline(m_table->item(row, kNotifiedColumn), true, true,
                          -1); // past the notice period
    }
    m_summary->setText(
        tr("%Ln entries.", nullptr, int(rows.size())) +
        (late ? QLatin1Char(' ') +
                    tr("%Ln not notified within the organisation's own target.", nullptr, late)
              : QString()));
}

DisclosureDialog* DisclosuresPage::openRecording()
{
    auto* dialog = new DisclosureDialog(m_database, m_prompts, this);
    dpo::openRegistration(
        dialog,
        [this, dialog] {
        return DisclosureService(m_database).record(m_session, dialog->registration());
        },
        [this](qint64 id) {
        emit statusMessage(tr("Disclosure No. %1 recorded; notify each subject.").arg(id));
        reload();
        selectDisclosure(id);
    });
    return dialog;
}

} // namespace dpo

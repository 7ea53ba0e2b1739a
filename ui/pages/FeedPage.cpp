// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedPage.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Permissions.h"
#include "domain/Vocabulary.h"
#include "feed/FeedFlags.h"
#include "feed/FeedInbox.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

FeedPage::FeedPage(Database& database, const Session& session, UserPrompts& prompts,
                   QWidget* parent)
    : QWidget(parent), m_database(database), m_session(session), m_prompts(prompts),
      m_state(new QLabel(this)), m_flags(makeReadOnlyTable(this, QStringLiteral("feedFlags"))),
      m_rejected(makeReadOnlyTable(this, QStringLiteral("feedRejected"))),
      m_review(new QPushButton(tr("Reviewed…", "a flagged feed event"), this)),
      m_subject(new QPushButton(tr("Open the subject"), this)),
      m_retry(new QPushButton(tr("Retry", "a rejected feed event"), this)),
      m_dismiss(new QPushButton(tr("Dismiss…", "a rejected feed event"), this))
{
    setObjectName(QStringLiteral("feedPage"));
    m_flags->setAccessibleName(tr("Flagged events"));
    m_flags->setAccessibleDescription(tr("Events applied that cross an officer's decision; select "
                                         "one to review it"));
    m_rejected->setAccessibleName(tr("Rejected events"));
    m_rejected->setAccessibleDescription(tr("Events not applied and why; each holds back its "
                                            "subject's later events"));
    m_steps = std::make_unique<StepRunner>(this, m_prompts, tr("Change feed"),
                                           [this](const QString& text) {
        reload();
        if (!text.isEmpty())
            emit statusMessage(text);
    });
    auto* note = new QLabel(
        tr("The platform's changes (subjects, consents, transfers, withdrawal forms signed in the "
           "app) arrive as a feed: a file applied with File → Import… or from the command line, "
           "or the inbox the "
           "platform writes on the server, applied by the feed's worker. Events that cross an "
           "officer's decision are flagged here; events whose values do not hold are rejected "
           "and hold back their subject's later events."),
        this);
    note->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("feedState"));
    m_state->setWordWrap(true);
    m_review->setObjectName(QStringLiteral("reviewFlag"));
    m_review->setToolTip(tr("Record that the selected flagged event was looked at, with a note"));
    m_subject->setObjectName(QStringLiteral("flagSubject"));
    m_subject->setToolTip(tr("Open the record of the selected event's subject"));
    m_retry->setObjectName(QStringLiteral("retryEvent"));
    m_retry->setToolTip(tr("Apply the selected rejected event again, after its cause is mended"));
    m_dismiss->setObjectName(QStringLiteral("dismissEvent"));
    m_dismiss->setToolTip(tr("Give up the selected rejected event, with the reason; its subject's "
                             "later events go on"));
    connect(m_review, &QPushButton::clicked, this, &FeedPage::reviewFlag);
    connect(m_retry, &QPushButton::clicked, this, &FeedPage::retryEvent);
    connect(m_dismiss, &QPushButton::clicked, this, &FeedPage::dismissEvent);
    connect(m_subject, &QPushButton::clicked, this, [this] {
        const int row = m_flags->currentRow();
        if (row >= 0)
            emit openSubject(m_flags->item(row, 0)->data(Qt::UserRole + 1).toLongLong());
    });
    for (QTableWidget* table : {m_flags, m_rejected})
        connect(table, &QTableWidget::itemSelectionChanged, this, &FeedPage::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(this, tr("The platform's change feed")));
    layout->addWidget(note);
    layout->addWidget(m_state);
    layout->addWidget(makeHeading(this, tr("Flagged events to review")));
    layout->addWidget(m_flags, 3);
    auto* flagButtons = new QHBoxLayout;
    flagButtons->addWidget(m_review);
    flagButtons->addWidget(m_subject);
    flagButtons->addStretch(1);
    layout->addLayout(flagButtons);
    layout->addWidget(makeHeading(this, tr("Rejected events")));
    layout->addWidget(m_rejected, 2);
    auto* eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_retry);
    eventButtons->addWidget(m_dismiss);
    eventButtons->addStretch(1);
    layout->addLayout(eventButtons);
    updateButtons();
}

FeedPage::~FeedPage() = default;

void FeedPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void FeedPage::reload()
{
    const QLocale locale;
    const Vocabulary words;
    // Not through m_steps: its end reloads the page.
    try {
        {
            const FeedInbox::Status s = FeedInbox(m_database).status();
            m_state->setText(
                //: %1: the number of events waiting; %2: empty or " (the oldest arrived DATE)"; %3:
                //: the number rejected; %4: the number of flags to review.
                tr("Waiting in the inbox: %1%2. Rejected: %3. To review: %4.")
                    .arg(locale.toString(s.pending),
                         s.oldestPending.isValid()
                             ?
                             //: Appended to the number of events waiting. %1: a date and time.
                             tr(" (the oldest arrived %1)").arg(displayInstant(s.oldestPending))
                             : QString(),
                         locale.toString(s.rejected), locale.toString(s.openFlags)));
            QList<QStringList> rows;
            const QList<FeedFlags::Flag> flags = FeedFlags(m_database).open();
            for (const FeedFlags::Flag& f : flags)
                rows << QStringList{displayInstant(f.flaggedAt),
                                    words.name(Vocabulary::Kind::FeedFlagKind, f.kind),
                                    f.subjectRef, f.detail, f.eventId};
            fillReadOnlyTable(m_flags,
                              //: A column: when the feed flagged the event for the officer.
                              {tr("Flagged"), tr("What"), tr("Subject"), tr("Detail"),
                               tr("Event", "its id in the feed")},
                              rows);
            for (int i = 0; i < flags.size(); ++i) {
                m_flags->item(i, 0)->setData(Qt::UserRole, flags[i].id);
                m_flags->item(i, 0)->setData(Qt::UserRole + 1, flags[i].subjectId);
            }
            rows.clear();
            const QList<FeedInbox::Rejected> rejected = FeedInbox(m_database).rejected();
            for (const FeedInbox::Rejected& r : rejected)
                rows << QStringList{QString::number(r.seq), displayInstant(r.receivedAt),
                                    r.subjectRef, r.reason};
            fillReadOnlyTable(m_rejected,
                              {tr("No."),
                               //: A column: when the event arrived in the inbox.
                               tr("Arrived"), tr("Subject"),
                               //: A column: why the event was rejected.
                               tr("Why rejected")},
                              rows);
            for (int i = 0; i < rejected.size(); ++i)
                m_rejected->item(i, 0)->setData(Qt::UserRole, rejected[i].seq);
        }
    } catch (const Error& e) {
        m_state->setText(e.message());
    }
    updateButtons();
}

qint64 FeedPage::selectedId(QTableWidget* table) const
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toLongLong()
                                           : 0;
}

void FeedPage::updateButtons()
{
    const bool mayReview = Permissions::allows(m_session.role, Permission::WorkOnCases);
    const bool mayResolve = Permissions::allows(m_session.role, Permission::ImportSubjects);
    const bool flag = selectedId(m_flags) > 0;
    const bool event = selectedId(m_rejected) > 0;
    m_review->setEnabled(mayReview && flag);
    m_subject->setEnabled(
        flag && m_flags->item(m_flags->currentRow(), 0)->data(Qt::UserRole + 1).toLongLong() > 0);
    m_retry->setEnabled(mayResolve && event);
    m_dismiss->setEnabled(mayResolve && event);
}

void FeedPage::reviewFlag()
{
    const qint64 id = selectedId(m_flags);
    if (id == 0)
        return;
    bool accepted = false;
    const QString note = m_prompts.askText(
        //: A dialog's title: marking a flag as reviewed by the officer.
        this, tr("Reviewed"), tr("What was done about it (the note goes into the audit trail):"),
        &accepted);
    if (!accepted)
        return;
    m_steps->run([&] { FeedFlags(m_database).review(m_session, id, note); },
                 tr("The flagged event is reviewed."));
}

void FeedPage::retryEvent()
{
    const qint64 seq = selectedId(m_rejected);
    if (seq == 0)
        return;
    m_steps->run([&] { FeedInbox(m_database).retry(m_session, seq); },
                 //: %1: the inbox event's sequence number.
                 tr("Inbox event %1 is pending again: the worker applies it next.").arg(seq));
}

void FeedPage::dismissEvent()
{
    const qint64 seq = selectedId(m_rejected);
    if (seq == 0)
        return;
    bool accepted = false;
    const QString reason = m_prompts.askText(
        this, tr("Dismiss"), tr("Why the event is dismissed (it goes into the audit trail):"),
        &accepted);
    if (!accepted)
        return;
    m_steps->run([&] { FeedInbox(m_database).dismiss(m_session, seq, reason); },
                 //: %1: the inbox event's sequence number.
                 tr("Inbox event %1 is dismissed.").arg(seq));
}

} // namespace dpo

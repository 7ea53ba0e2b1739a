// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimPane.h"
#include "domain/ClaimWorkflow.h"
#include "domain/Permissions.h"

#include "services/LetterService.h"

#include "ClaimDialog.h"
#include "ClaimStepDialogs.h"
#include "core/Error.h"
#include "CorrectionDialog.h"
#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "items/DeadlineBand.h"
#include "services/ClaimLetterService.h"
#include "services/SubjectReportService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "WithdrawalDialogs.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpo {

namespace {
// What a request to correct data changed and whom it told, as rows of the facts.
void addCorrectionFacts(FactsTable& facts, const RectificationService::Details& r)
{
    const Vocabulary words;
    QStringList corrected;
    for (const RectificationService::Corrected& c : r.corrections) {
        const QString value = c.newValue.isEmpty() ? ClaimPane::tr("(removed or since erased)")
                              : c.field == QStringLiteral("sex")
                                  ? words.name(Vocabulary::Kind::Sex, c.newValue)
                                  : c.newValue;
        corrected << FactsTable::escape(
            //: One correction made. %1: the field's name, e.g. "Phone"; %2: the new value; %3: the
            //: date; %4: the officer's user name.
            ClaimPane::tr("%1: %2 (%3, %4)")
                .arg(words.name(Vocabulary::Kind::SubjectField, c.field), value,
                     displayDate(bishkekDate(c.correctedAt)), c.officer));
    }
    //: A label: the subject's data the claim corrected, listed after it.
    facts.add(ClaimPane::tr("Corrected:"), corrected.isEmpty()
                                               ? FactsTable::escape(ClaimPane::tr("nothing yet"))
                                               : corrected.join(QStringLiteral("<br>")));
    if (r.corrections.isEmpty())
        return;
    QStringList told;
    for (const RectificationService::Notice& n : r.notices)
        told << FactsTable::escape(
            //: %1: the recipient's name; %2: a date; %3: how they were told, e.g. "by e-mail".
            n.notifiedOn.isValid() ? ClaimPane::tr("%1: told on %2, %3")
                                         .arg(n.recipient, displayDate(n.notifiedOn),
                                              words.name(Vocabulary::Kind::NoticeMethod, n.method))
                                   :
                                   //: %1: the recipient's name.
                ClaimPane::tr("%1: not yet told").arg(n.recipient));
    facts.add(ClaimPane::tr("Recipients to tell:"),
              told.isEmpty() ? FactsTable::escape(ClaimPane::tr("none received the data"))
                             : told.join(QStringLiteral("<br>")));
}
} // namespace

ClaimPane::ClaimPane(Database& database, Session session, UserPrompts& prompts, QWidget* parent)
    : CasePane(database, std::move(session), prompts, QStringLiteral("claim"), tr("Claims"),
               parent),
      m_links(new QListWidget(this)),
      m_draft(
          makeStepButton(this, tr("Draft answer…"), "draftAnswer",
                         tr("Write the answer and its outcome; the letter is printed from it"))),
      m_sent(makeStepButton(this, tr("Answer sent…"), "answerSent",
                            tr("Record the day and the way the written answer was sent"))),
      m_close(makeStepButton(this, tr("Close…", "a claim"), "closeClaim",
                             tr("Close the case once its answer is sent"))),
      m_recalculate(makeStepButton(
          this, tr("Recalculate due date"), "recalculateDue",
          tr("Count the due date again on the calendar as it is now (after a calendar change)"))),
      m_link(makeStepButton(this, tr("Link…"), "linkClaim",
                            tr("Link this case to a withdrawal, a disclosure or another claim"))),
      m_unlink(makeStepButton(this, tr("Unlink"), "unlinkClaim",
                              tr("Remove the selected link; the linked case stays as it is"))),
      m_report(makeStepButton(this, tr("Data report…"), "subjectReport",
                              tr("The subject data report that answers a request for own data "
                                 "(Law No. 58 Art. 17), as PDF in the letter's language"))),
      m_correct(makeStepButton(this, tr("Correct data…"), "correctData",
                               tr("Correct the fields the subject's documents show to be wrong "
                                  "(privacy policy 12.3)"))),
      m_told(makeStepButton(this, tr("Recipient told…"), "correctionRecipientTold",
                            tr("Record that a recipient of the corrected data was told of the "
                               "correction")))
{
    setLetter([this] { return std::make_unique<ClaimLetterService>(m_database); },
              //: A dialog's title. %1: the claim's number.
              [this] { return tr("Answer letter: No. %1").arg(claimId()); },
              [this](const QString& language) {
        return QStringLiteral("answer-%1-%2.pdf").arg(claimId()).arg(language);
    });
    setAttach(
        [this](const AttachmentService::Document& document) {
        ClaimService(m_database).attach(m_session, claimId(), document);
        },
        //: %1: the claim's number.
        [this] { return tr("The document is attached to No. %1.").arg(claimId()); });
    m_links->setObjectName(QStringLiteral("claimLinkList"));
    m_links->setAccessibleName(tr("Linked requests and disclosures"));
    m_links->setAccessibleDescription(
        tr("The withdrawals, disclosures and claims this case is linked to; select one to unlink "
           "it"));
    m_links->setMaximumHeight(90);

    connect(m_draft, &QPushButton::clicked, this, &ClaimPane::openDraft);
    connect(m_sent, &QPushButton::clicked, this, &ClaimPane::openAnswerSent);
    connect(m_close, &QPushButton::clicked, this, &ClaimPane::openClose);
    connect(m_recalculate, &QPushButton::clicked, this, &ClaimPane::recalculateDueDate);
    connect(m_link, &QPushButton::clicked, this, &ClaimPane::openLink);
    connect(m_unlink, &QPushButton::clicked, this, &ClaimPane::unlinkSelected);
    connect(m_report, &QPushButton::clicked, this, &ClaimPane::saveSubjectReport);
    connect(m_correct, &QPushButton::clicked, this, &ClaimPane::openCorrection);
    connect(m_told, &QPushButton::clicked, this, &ClaimPane::openRecipientTold);
    connect(m_links, &QListWidget::currentRowChanged, this, &ClaimPane::updateActions);

    auto* lists = new QGridLayout;
    lists->addWidget(m_documents, 0, 0, 2, 1);
    lists->addWidget(new QLabel(tr("Linked requests, disclosures and claims"), this), 0, 1);
    lists->addWidget(m_links, 1, 1);
    auto* linkButtons = new QVBoxLayout;
    linkButtons->addWidget(m_link);
    linkButtons->addWidget(m_unlink);
    linkButtons->addStretch(1);
    lists->addLayout(linkButtons, 1, 2);
    lists->setColumnStretch(0, 1);
    lists->setColumnStretch(1, 1);

    QVBoxLayout* layout = caseLayout();
    layout->addWidget(m_facts, 1);
    layout->addLayout(lists);
    stepsLayout()->addLayout(
        stepRow({m_correct, m_told, m_draft, m_sent, m_close, m_recalculate}, {m_report}));
    showClaim(0);
}

ClaimPane::~ClaimPane() = default;

void ClaimPane::showClaim(qint64 claimId)
{
    readCase(claimId, m_details, [&] {
        ClaimService::Details d = ClaimService(m_database).details(claimId, bishkekToday());
        m_rectification = d.row.kind == ClaimService::Kind::RectificationRequest
                              ? RectificationService(m_database).details(claimId)
                              : RectificationService::Details{};
        return d;
    });
}

void ClaimPane::showDetails()
{
    const ClaimService::Details& d = m_details;
    m_documents->setDocuments({}, false);
    m_links->clear();
    if (d.row.id == 0) {
        m_title->setText(tr("Select a claim or request in the list to work on it."));
        m_facts->clear();
        updateActions();
        return;
    }
    const Vocabulary words;
    m_title->setText(
        //: A case's title. %1: the claim's kind, e.g. "Pre-trial claim"; %2: its number; %3: its
        //: state, e.g. "Answered".
        tr("%1 No. %2: %3")
            .arg(words.name(Vocabulary::Kind::ClaimKind, ClaimService::kindCode(d.row.kind)))
            .arg(d.row.id)
            .arg(words.name(Vocabulary::Kind::ClaimState, d.row.state)));
    FactsTable facts;
    const auto row = [&facts](const QString& label, const QString& html) {
        facts.add(label, html);
    };
    row(tr("Claimant:"), FactsTable::escape(d.row.claimant) +
                             (d.claimantContact.isEmpty()
                                  ? QString()
                                  : QStringLiteral(", ") + FactsTable::escape(d.claimantContact)));
    if (!d.authority.isEmpty())
        row(tr("Request:"),
            //: A state body's request. %1: the body's name; %2: the body's own number of its
            //: request; %3: the request's date.
            FactsTable::escape(tr("%1, No. %2 of %3")
                                   .arg(words.name(Vocabulary::Kind::Authority, d.authority),
                                        d.requestNumber, displayDate(d.requestDate))));
    if (d.subjectId > 0)
        row(tr("Subject:"),
            QStringLiteral("<a href=\"subject\">%1</a>").arg(FactsTable::escape(d.row.subjectRef)));
    //: A label: the day and way the claim was received (the claim, not a document).
    row(tr("Received:"),
        //: How a case arrived. %1: the date; %2: the channel, e.g. "by post".
        FactsTable::escape(tr("%1, %2").arg(
            displayDate(d.row.receivedOn), words.name(Vocabulary::Kind::ClaimChannel, d.channel))));
    QString due = FactsTable::escape(displayDate(d.row.dueOn));
    if (d.row.open)
        due += QStringLiteral(" &nbsp;<span style=\"color:%1\"><b>%2</b></span>")
                   .arg(deadlineBandColour(true, d.row.overdue, d.row.daysLeft).name(),
                        FactsTable::escape(DeadlineCalendar::deadlineText(d.row.daysLeft)));
    row(tr("Answer due:"), due);
    row(tr("About:"), FactsTable::escape(d.subjectMatter));
    row(tr("Answer:"),
        FactsTable::escape(d.answerText.size() > 600 ? d.answerText.left(600) + QStringLiteral("…")
                                                     : d.answerText));
    if (d.row.answerSentOn.isValid()) {
        const QString method =
            d.answerMethod == QStringLiteral("post")            ? tr("by post", "answer sent")
            : d.answerMethod == QStringLiteral("hand_delivery") ? tr("by hand", "answer sent")
                                                                : tr("by email", "answer sent");
        QString sent = tr("%1, %2").arg(displayDate(d.row.answerSentOn), method);
        if (!d.answerTracking.isEmpty())
            //: Appended to how an answer was sent. %1: the post's tracking number.
            sent += tr(", tracking number %1").arg(d.answerTracking);
        row(tr("Sent:"), FactsTable::escape(sent));
    }
    if (!d.row.outcome.isEmpty()) {
        QString outcome = words.name(Vocabulary::Kind::ClaimOutcome, d.row.outcome);
        if (d.row.state != QStringLiteral("closed"))
            //: %1: the outcome, e.g. "Satisfied".
            outcome = tr("%1 (as drafted)").arg(outcome);
        if (!d.outcomeReason.isEmpty())
            outcome += QStringLiteral(". ") + d.outcomeReason;
        if (!d.refusalParagraph.isEmpty())
            outcome += QStringLiteral(". ") +
                       //: %1: the paragraph's number, e.g. "2" or "3.1".
                       tr("Law No. 58 Art. 15, paragraph %1").arg(d.refusalParagraph);
        row(tr("Outcome:"), FactsTable::escape(outcome));
    }
    if (isRectification())
        addCorrectionFacts(facts, m_rectification);
    row(tr("Registered by:"), FactsTable::escape(d.officer));
    m_facts->setText(facts.html());

    m_documents->setDocuments(d.documents,
                              Permissions::allows(m_session.role, Permission::WorkOnCases));
    for (const ClaimService::Link& link : d.links) {
        auto* item =
            //: A linked case. %1: its number; %2: what it is, e.g. "disclosure to Bank X on 3 March
            //: 2026".
            new QListWidgetItem(tr("No. %1: %2").arg(link.id).arg(link.description), m_links);
        item->setData(Qt::UserRole, link.id);
        item->setData(Qt::UserRole + 1, int(link.kind));
    }
    m_letter->setLanguage(d.preferredLanguage);
    updateActions();
}

void ClaimPane::updateActions()
{
    const bool shown = m_details.row.id > 0;
    const bool writer = Permissions::allows(m_session.role, Permission::WorkOnCases);
    // The steps the workflow's table allows now (the service checks the same table).
    const auto may = [&](ClaimWorkflow::Step step) {
        return shown && writer && ClaimWorkflow::workflow().allows(step, m_details.row.state);
    };
    m_draft->setEnabled(may(ClaimWorkflow::Step::DraftAnswer));
    m_sent->setEnabled(may(ClaimWorkflow::Step::LogAnswerSent));
    m_recalculate->setEnabled(may(ClaimWorkflow::Step::RecalculateDue));
    m_close->setEnabled(may(ClaimWorkflow::Step::Close));
    m_link->setEnabled(shown && writer);
    m_unlink->setEnabled(writer && m_links->currentRow() >= 0);
    m_letter->setAvailable(shown && writer && !m_details.answerText.isEmpty());
    m_report->setVisible(m_details.row.kind == ClaimService::Kind::AccessRequest &&
                         m_details.subjectId > 0);
    m_report->setEnabled(shown && writer);
    m_correct->setVisible(isRectification());
    m_correct->setEnabled(may(ClaimWorkflow::Step::DraftAnswer));
    m_told->setVisible(isRectification());
    m_told->setEnabled(shown && writer && m_details.row.state != QStringLiteral("closed") &&
                       m_rectification.untold > 0);
}

CorrectionDialog* ClaimPane::openCorrection()
{
    QStringList already;
    for (const RectificationService::Corrected& c : m_rectification.corrections)
        already << c.field;
    const qint64 id = m_details.row.id;
    auto* dialog = new CorrectionDialog(id, already, this);
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        RectificationService(m_database)
            .correct(m_session, id, dialog->corrections(), versionOf(id));
        },
        //: %1: the claim's number.
        tr("The data of No. %1 is corrected; tell each recipient listed.").arg(id));
    return dialog;
}

SentDialog* ClaimPane::openRecipientTold()
{
    const RectificationService::Notice* untold = nullptr;
    for (const RectificationService::Notice& n : m_rectification.notices)
        if (!untold && !n.notifiedOn.isValid())
            untold = &n;
    if (!untold)
        return nullptr;
    const RectificationService::Notice notice = *untold;
    auto* dialog =
        //: A dialog's title. %1: the recipient's name.
        new SentDialog(tr("%1 told of the correction").arg(notice.recipient),
                       Vocabulary::Kind::NoticeMethod, m_details.row.receivedOn, tr("Note:"), this);
    m_steps->submit(
        dialog,
        [this, dialog, notice] {
        RectificationService(m_database)
            .recordNotice(m_session, notice.id, dialog->sentOn(), dialog->method(), dialog->note());
        },
        //: %1: the recipient's name.
        tr("%1 is recorded as told.").arg(notice.recipient));
    return dialog;
}

AnswerDraftDialog* ClaimPane::openDraft()
{
    auto* dialog = new AnswerDraftDialog(m_details, this);
    const qint64 id = m_details.row.id;
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        ClaimService(m_database).draftAnswer(m_session, id, dialog->draft(), versionOf(id));
        },
        //: %1: the claim's number.
        tr("The answer to No. %1 is drafted.").arg(id));
    return dialog;
}

AnswerSentDialog* ClaimPane::openAnswerSent()
{
    auto* dialog = new AnswerSentDialog(m_details, this);
    const qint64 id = m_details.row.id;
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        ClaimService(m_database).logAnswer(m_session, id, dialog->answer(), versionOf(id));
        },
        //: %1: the claim's number.
        tr("The answer to No. %1 is logged as sent.").arg(id));
    return dialog;
}

CloseClaimDialog* ClaimPane::openClose()
{
    auto* dialog = new CloseClaimDialog(m_details, this);
    const qint64 id = m_details.row.id;
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        const OutcomeFields& o = dialog->outcome();
        ClaimService(m_database)
            .close(m_session, id, o.outcome(), o.reason(), o.paragraph(), versionOf(id));
        },
        //: %1: the claim's number.
        tr("No. %1 is closed.").arg(id));
    return dialog;
}

ClaimLinkDialog* ClaimPane::openLink()
{
    auto* dialog = new ClaimLinkDialog(this);
    const qint64 id = m_details.row.id;
    m_steps->submit(
        dialog,
        [this, dialog, id] {
        ClaimService(m_database).link(m_session, id, dialog->kind(), dialog->targetId());
        },
        //: %1: the claim's number.
        tr("No. %1 is linked.").arg(id));
    return dialog;
}

void ClaimPane::recalculateDueDate()
{
    const qint64 id = m_details.row.id;
    const QDate before = m_details.row.dueOn;
    if (!m_prompts.confirm(this, tr("Recalculate the due date"),
                           //: %1: the claim's number; %2: its due date now.
                           tr("Count the due date of No. %1 again on today's calendar? It is now "
                              "%2; the change is recorded in the audit trail.")
                               .arg(id)
                               .arg(displayDate(before))))
        return;
    QDate after;
    if (m_steps->run(
            [&] {
        after = ClaimService(m_database).recalculateDueDate(m_session, id, versionOf(id));
            },
            QString()))
        //: %1: the claim's number; %2: its due date.
        emit statusMessage(tr("The due date of No. %1 is %2.").arg(id).arg(displayDate(after)));
}

void ClaimPane::unlinkSelected()
{
    const QListWidgetItem* item = m_links->currentItem();
    if (!item)
        return;
    const qint64 id = m_details.row.id;
    const auto kind = ClaimService::LinkKind(item->data(Qt::UserRole + 1).toInt());
    const qint64 target = item->data(Qt::UserRole).toLongLong();
    m_steps->run([&] { ClaimService(m_database).unlink(m_session, id, kind, target); },
                 tr("The link is removed."));
}

void ClaimPane::saveSubjectReport()
{
    // In the letter's language; with a bilingual letter, in Russian, the text that prevails
    // (policy 2.5).
    const QString language = m_letter->language() == QLatin1String(LetterService::kBilingual)
                                 ? QStringLiteral("ru")
                                 : m_letter->language();
    const QString path = m_prompts.saveFileName(
        this, tr("Save the subject data report"), tr("PDF (*.pdf)"),
        QStringLiteral("report-%1-%2.pdf").arg(m_details.row.subjectRef, language));
    if (path.isEmpty())
        return;
    try {
        SubjectReportService(m_database).writePdf(m_session, m_details.subjectId, language, path);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Subject data report"), e.message());
        return;
    }
    //: %1: the file's path.
    emit statusMessage(tr("The subject data report is saved: %1").arg(path));
}

} // namespace dpo

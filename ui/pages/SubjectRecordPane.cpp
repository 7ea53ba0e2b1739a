// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectRecordPane.h"
#include "domain/Permissions.h"

#include "services/ReferenceDataService.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/SubjectReportService.h"
#include "services/WithdrawalService.h"
#include "UserPrompts.h"
#include "widgets/ReadOnlyTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
using K = Vocabulary::Kind;

// A section of a tab: a bold caption over its table.
QWidget* captioned(QWidget* parent, const QString& caption, const QString& description,
                   QTableWidget* table)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()), box);
    label->setTextFormat(Qt::RichText);
    table->setAccessibleName(caption);
    table->setAccessibleDescription(description);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    return box;
}
} // namespace

SubjectRecordPane::SubjectRecordPane(Database& database, Session session, UserPrompts& prompts,
                                     QWidget* parent)
    : QWidget(parent), m_database(database), m_session(std::move(session)), m_prompts(prompts),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_languageBox(new QComboBox(this)),
      m_reportButton(new QPushButton(
          tr("Data report", "button: the subject data report (Law No. 58 Art. 17)"), this)),
      m_tabs(new QTabWidget(this)),
      m_consents(makeReadOnlyTable(this, QStringLiteral("consentsTable"))),
      m_categories(makeReadOnlyTable(this, QStringLiteral("categoriesTable"))),
      m_unblock(new QPushButton(tr("Unblock…"), this)),
      m_minorCase(new QPushButton(tr("Open a minor's case…"), this)),
      m_transfers(makeReadOnlyTable(this, QStringLiteral("transfersTable"))),
      m_withdrawals(makeReadOnlyTable(this, QStringLiteral("withdrawalsTable"))),
      m_claims(makeReadOnlyTable(this, QStringLiteral("claimsTable"))),
      m_disclosures(makeReadOnlyTable(this, QStringLiteral("disclosuresTable"))),
      m_notifications(makeReadOnlyTable(this, QStringLiteral("notificationsTable"))),
      m_audit(makeReadOnlyTable(this, QStringLiteral("auditTable")))
{
    setObjectName(QStringLiteral("subjectRecord"));
    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("recordSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setWordWrap(
        true); // a minor's warning is long: it wraps rather than widen the window

    // Language names are written in their own language, never translated.
    m_languageBox->setObjectName(QStringLiteral("reportLanguage"));
    m_languageBox->addItem(QStringLiteral("Кыргызча"), QStringLiteral("ky"));
    m_languageBox->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_languageBox->setToolTip(
        tr("The language of the report, whatever the language of the console"));
    m_reportButton->setObjectName(QStringLiteral("reportButton"));
    m_reportButton->setToolTip(
        tr("The subject data report: everything held about this subject (Law No. 58 Art. 17)"));
    auto* menu = new QMenu(m_reportButton);
    menu->addAction(tr("Print preview…"), this, &SubjectRecordPane::previewReport);
    menu->addAction(tr("Print…"), this, &SubjectRecordPane::printReport);
    menu->addAction(tr("Save as PDF…"), this, &SubjectRecordPane::saveReportAsPdf);
    m_reportButton->setMenu(menu);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_minorCase->setObjectName(QStringLiteral("openMinorCase"));
    m_minorCase->setToolTip(tr("Destroy the data of this subject under 18 without waiting for a "
                               "request (policy 9.1, 12.4)"));
    m_minorCase->hide();
    connect(m_minorCase, &QPushButton::clicked, this, &SubjectRecordPane::openMinorCase);
    header->addWidget(m_minorCase);
    header->addWidget(new QLabel(tr("Report in:"), this));
    header->addWidget(m_languageBox);
    header->addWidget(m_reportButton);

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->addTab(buildProfileTab(), QString());
    m_tabs->addTab(m_consents, QString());
    auto* categories = new QWidget(this);
    auto* categoriesLayout = new QVBoxLayout(categories);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->addWidget(m_categories, 1);
    m_unblock->setObjectName(QStringLiteral("unblockCategory"));
    m_unblock->setAccessibleDescription(
        tr("Put the selected blocked category back in use, with the "
           "reason"));
    m_unblock->setToolTip(
        tr("Supervisors and administrators put a blocked category back in use, with the reason."));
    categoriesLayout->addWidget(m_unblock, 0, Qt::AlignRight);
    connect(m_unblock, &QPushButton::clicked, this, &SubjectRecordPane::unblockSelectedCategory);
    connect(m_categories, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_categories->currentRow();
        m_unblock->setEnabled(Permissions::allows(m_session.role, Permission::UnblockData) &&
                              row >= 0 && row < m_record.categories.size() &&
                              m_record.categories[row].state == QStringLiteral("blocked"));
    });
    m_unblock->setEnabled(false);
    m_tabs->addTab(categories, QString());
    m_tabs->addTab(m_transfers, QString());
    auto* cases = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(cases);
    casesLayout->addWidget(captioned(cases, tr("Requests to withdraw consent"),
                                     tr("Each request: received, its step and its target date"),
                                     m_withdrawals));
    casesLayout->addWidget(captioned(cases, tr("Claims and requests for own data"),
                                     tr("Each claim: what it is, received, its state and due date"),
                                     m_claims));
    m_tabs->addTab(cases, QString());
    auto* disclosures = new QWidget(this);
    auto* disclosuresLayout = new QVBoxLayout(disclosures);
    disclosuresLayout->addWidget(captioned(
        disclosures, tr("Disclosures to third parties"),
        tr("Each disclosure of the subject's data: to whom, on what ground, when"), m_disclosures));
    disclosuresLayout->addWidget(captioned(
        disclosures, tr("Notifications of the subject"),
        tr("Each notice sent to the subject: which way, its state and when"), m_notifications));
    m_tabs->addTab(disclosures, QString());
    m_tabs->addTab(m_audit, QString());
    // What each tab holds, for its tooltip and a screen reader; the tables are named for the tab.
    const QString tabs[][2] = {
        {{}, tr("Who the subject is; masked values are shown in full on request, audited")},
        {tr("Consents"),
         tr("Each consent given or withdrawn: its policy version, channel and day")},
        {tr("Data categories"),
         tr("Each category held and its state: in use, blocked, depersonalised, destroyed or "
            "kept; select a blocked one to unblock it")},
        {tr("Transfers"), tr("Each transfer of the subject's data to a recipient, and when")},
        {{}, tr("The subject's withdrawal requests and claims, with their state and due date")},
        {{}, tr("Disclosures of the subject's data to third parties, and the notices sent")},
        {tr("Audit"), tr("The audit entries about this subject, newest first")}};
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tabs[i][1]);
    for (const auto& [table, tab] : {std::pair{m_consents, 1}, std::pair{m_categories, 2},
                                     std::pair{m_transfers, 3}, std::pair{m_audit, 6}}) {
        table->setAccessibleName(tabs[tab][0]);
        table->setAccessibleDescription(tabs[tab][1]);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    showSubject(0);
}

void SubjectRecordPane::unblockSelectedCategory()
{
    const int row = m_categories->currentRow();
    if (row < 0 || row >= m_record.categories.size())
        return;
    const SubjectRecord::Category category = m_record.categories[row];
    bool accepted = false;
    const QString reason =
        //: A dialog's title. %1: the data category's name.
        m_prompts.askText(this, tr("Unblock %1").arg(m_categories->item(row, 0)->text()),
                          tr("Why is it unblocked (the decision or court ruling)?"), &accepted);
    if (!accepted)
        return;
    try {
        WithdrawalService(m_database)
            .unblock(m_session, m_record.profile.id, category.code, reason);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Unblock"), e.message());
        return;
    }
    //: %1: the data category's name.
    emit statusMessage(tr("%1 is unblocked.").arg(m_categories->item(row, 0)->text()));
    showSubject(m_record.profile.id);
}

QWidget* SubjectRecordPane::buildProfileTab()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profileTab"));
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* form = new QFormLayout(page);
    form->setLabelAlignment(Qt::AlignLeft);
    const auto plain = [&](const QString& key, const QString& label) {
        auto* value = new QLabel(page);
        value->setObjectName(key + QStringLiteral("Value"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_profileValues.insert(key, value);
        form->addRow(label, value);
    };
    plain(QStringLiteral("name"), tr("Full name"));
    plain(QStringLiteral("platformRef"), tr("Platform reference"));
    addMaskedRow(form, tr("INN"), SubjectRecordService::Field::Inn);
    addMaskedRow(form, tr("Identity document"), SubjectRecordService::Field::IdDocument);
    plain(QStringLiteral("birthDate"), tr("Date of birth"));
    plain(QStringLiteral("sex"), tr("Sex"));
    addMaskedRow(form, tr("Phone"), SubjectRecordService::Field::Phone);
    addMaskedRow(form, tr("Email"), SubjectRecordService::Field::Email);
    plain(QStringLiteral("registrationAddress"), tr("Registration address"));
    plain(QStringLiteral("residenceAddress"), tr("Residence address"));
    plain(QStringLiteral("region"), tr("Region"));
    plain(QStringLiteral("language"), tr("Preferred language"));
    plain(QStringLiteral("status"), tr("Status"));
    //: A label: when the subject's record was created.
    plain(QStringLiteral("created"), tr("Record created"));
    plain(QStringLiteral("accountClosed"), tr("Account closed on the platform"));
    scroll->setWidget(page);
    return scroll;
}

void SubjectRecordPane::addMaskedRow(QFormLayout* form, const QString& label,
                                     SubjectRecordService::Field field)
{
    const QString key = SubjectRecordService::fieldCode(field);
    auto* row = new QWidget(form->parentWidget());
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* value = new QLabel(row);
    value->setObjectName(key + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* button = new QPushButton(tr("Show", "reveal a masked value"), row);
    button->setObjectName(key + QStringLiteral("Reveal"));
    button->setToolTip(tr("Shows the whole value; the audit log records who saw it and when."));
    connect(button, &QPushButton::clicked, this, [this, field] { reveal(field); });
    layout->addWidget(value);
    layout->addWidget(button);
    layout->addStretch(1);
    m_profileValues.insert(key, value);
    m_revealButtons.insert(int(field), button);
    form->addRow(label, row);
}

void SubjectRecordPane::showSubject(qint64 subjectId)
{
    m_record = {};
    if (subjectId > 0) {
        try {
            m_record = SubjectRecordService(m_database).record(subjectId);
        } catch (const Error& e) {
            m_prompts.showError(this, tr("Subject record"), e.message());
            m_record = {};
        }
    }
    showRecord();
    emit subjectShown(m_record.profile.id);
}

void SubjectRecordPane::openMinorCase()
{
    const QString title = tr("A minor's case");
    if (!m_prompts.confirm(this, title,
                           //: %1: the subject's full name.
                           tr("Open a case to destroy the data of %1, who is under 18 (policy "
                              "9.1)? It is decided and executed under Withdrawals; its letter goes "
                              "to the parent or guardian at the subject's address.")
                               .arg(m_record.profile.fullName())))
        return;
    try {
        const qint64 id =
            WithdrawalService(m_database).openMinorCase(m_session, m_record.profile.platformRef);
        //: %1: the case's number.
        emit statusMessage(tr("Case No. %1 is opened for a subject under 18.").arg(id));
        emit caseOpened(CaseType::WithdrawalRequest, id);
    } catch (const Error& e) {
        m_prompts.showError(this, title, e.message());
    }
}

void SubjectRecordPane::showRecord()
{
    const SubjectRecord& r = m_record;
    const SubjectRecord::Profile& p = r.profile;
    const bool any = p.id > 0;
    m_tabs->setEnabled(any);
    m_reportButton->setEnabled(any);
    m_languageBox->setEnabled(any);
    const Vocabulary words;
    const auto term = [&](K kind, const QString& code) {
        return code.isEmpty() ? QString() : words.name(kind, code);
    };
    const QString ui = ReferenceDataService::uiLanguage();
    m_title->setText(any ? (p.fullName().isEmpty() ? tr("Depersonalised subject") : p.fullName())
                         : tr("Select a subject in the list to see everything held about them."));
    QString subtitle;
    m_minorCase->hide();
    if (any) {
        subtitle = QStringLiteral("%1 · %2").arg(p.platformRef.toHtmlEscaped(),
                                                 term(K::SubjectStatus, p.status).toHtmlEscaped());
        const QDate adult = QDate::currentDate().addYears(-18);
        const bool minor = p.birthDate.isValid() && p.birthDate > adult;
        m_minorCase->setVisible(minor &&
                                Permissions::allows(m_session.role, Permission::WorkOnCases));
        if (minor)
            subtitle +=
                QStringLiteral(" · <span style=\"color:#a35a00\"><b>%1</b></span>")
                    .arg(tr("Under 18: policy 9.1 says the platform keeps no data of minors.")
                             .toHtmlEscaped());
        m_languageBox->setCurrentIndex(p.preferredLanguage == QStringLiteral("ru") ? 1 : 0);
    }
    m_subtitle->setText(subtitle);

    const auto set = [&](const QString& key, const QString& value) {
        m_profileValues.value(key)->setText(any && value.isEmpty() ? QStringLiteral("—") : value);
    };
    set(QStringLiteral("name"), p.fullName());
    set(QStringLiteral("platformRef"), p.platformRef);
    set(QStringLiteral("inn"), p.inn);
    set(QStringLiteral("id_document"), p.idDocument);
    set(QStringLiteral("birthDate"), displayDate(p.birthDate));
    set(QStringLiteral("sex"), term(K::Sex, p.sex));
    set(QStringLiteral("phone"), p.phone);
    set(QStringLiteral("email"), p.email);
    set(QStringLiteral("registrationAddress"), p.registrationAddress);
    set(QStringLiteral("residenceAddress"), p.residenceAddress);
    set(QStringLiteral("region"), p.region);
    set(QStringLiteral("language"), term(K::Language, p.preferredLanguage));
    set(QStringLiteral("status"), term(K::SubjectStatus, p.status));
    set(QStringLiteral("created"), displayInstant(p.createdAt));
    set(QStringLiteral("accountClosed"),
        p.accountClosedAt.isValid() ? displayInstant(p.accountClosedAt) : QString());
    for (auto it = m_revealButtons.cbegin(); it != m_revealButtons.cend(); ++it) {
        const QString key = SubjectRecordService::fieldCode(SubjectRecordService::Field(it.key()));
        const bool masked = any && m_profileValues.value(key)->text().contains(QLatin1Char('*'));
        it.value()->setVisible(masked);
        it.value()->setEnabled(masked);
        it.value()->setText(tr("Show", "reveal a masked value"));
    }

    QList<QStringList> rows;
    for (const SubjectRecord::Consent& c : r.consents)
        rows << QStringList{
            QStringLiteral("%1 (%2)").arg(c.policyCode, displayDate(c.policyEffectiveFrom)),
            displayInstant(c.givenAt), term(K::ConsentChannel, c.channel),
            displayInstant(c.withdrawnAt), c.withdrawnPurposes.join(QStringLiteral(", "))};
    fillReadOnlyTable(
        m_consents,
        {tr("Policy version"), tr("Given"), tr("How"), tr("Withdrawn"), tr("Purposes withdrawn")},
        rows);
    rows.clear();
    for (const SubjectRecord::Category& c : r.categories)
        rows << QStringList{c.name.in(ui),
                            c.policyClause,
                            term(K::CategoryState, c.state),
                            term(K::KeepGround, c.legalGround),
                            displayDate(c.keptUntil),
                            displayInstant(c.changedAt)};
    fillReadOnlyTable(m_categories,
                      {tr("Category"), tr("Policy clause"), tr("State"), tr("Legal ground"),
                       tr("Kept until"),
                       //: A column: when the category's state last changed.
                       tr("Changed")},
                      rows);
    rows.clear();
    // A recipient abroad reads with its country (policy 1.1.6, docs/disclosures.md).
    const auto recipient = [&](const QString& name, bool abroad, const LocalizedName& country) {
        //: A recipient abroad. %1: its name; %2: its country's name.
        return abroad ? tr("%1 (%2, abroad)").arg(name, country.in(ui)) : name;
    };
    for (const SubjectRecord::Transfer& t : r.transfers)
        rows << QStringList{displayInstant(t.at), recipient(t.recipient, t.abroad(), t.countryName),
                            term(K::RecipientKind, t.recipientKind), t.category.in(ui),
                            t.purpose.in(ui)};
    fillReadOnlyTable(m_transfers,
                      {tr("Date"), tr("Recipient"), tr("Kind"), tr("Category"), tr("Purpose")},
                      rows);
    rows.clear();
    for (const SubjectRecord::Withdrawal& w : r.withdrawals)
        rows << QStringList{
            QString::number(w.id),
            displayDate(w.receivedOn),
            displayDate(w.dueOn),
            term(K::WithdrawalChannel, w.channel),
            term(K::WithdrawalScope, w.scope),
            joinNonEmpty(
                {term(K::WithdrawalState, w.state), term(K::RejectionReason, w.rejectionReason)}),
            w.tasksPending == 0
                ? QString()
                //: Tasks of a withdrawal. %1: the number not yet done; %2: the number overdue.
                : tr("%1 not yet done, %2 overdue").arg(w.tasksPending).arg(w.tasksOverdue)};
    fillReadOnlyTable(m_withdrawals,
                      {tr("No."),
                       //: A column: the day the request was received.
                       tr("Received"), tr("Due"), tr("How"), tr("Scope"), tr("State"),
                       tr("Tasks", "of the platform's systems")},
                      rows);
    rows.clear();
    for (const SubjectRecord::Claim& c : r.claims)
        rows << QStringList{
            QString::number(c.id),
            term(K::ClaimKind, c.kind),
            displayDate(c.receivedOn),
            displayDate(c.dueOn),
            c.subjectMatter,
            joinNonEmpty({term(K::ClaimState, c.state), term(K::ClaimOutcome, c.outcome)}),
            displayDate(c.answerSentOn)};
    fillReadOnlyTable(m_claims,
                      {tr("No."), tr("Kind"), tr("Received"), tr("Due"), tr("About"), tr("State"),
                       //: A column: the day the claim was answered.
                       tr("Answered")},
                      rows);
    rows.clear();
    for (const SubjectRecord::Disclosure& d : r.disclosures)
        rows << QStringList{
            QString::number(d.id),
            displayDate(d.disclosedOn),
            recipient(d.recipient, d.abroad(), d.countryName),
            d.purpose,
            term(K::DisclosureGround, d.ground),
            d.requestNumber.isEmpty()
                ? d.reference()
                //: What a disclosure rests on. %1: the state body's number of its request; %2: the
                //: request's date; %3: the body's name.
                : tr("request No. %1 of %2, %3")
                      .arg(d.requestNumber, displayDate(d.requestDate), d.requestBody),
            d.categoriesIn(ui)};
    fillReadOnlyTable(m_disclosures,
                      {tr("No."), tr("Date"), tr("Recipient"), tr("Purpose"), tr("Legal ground"),
                       tr("Request, law, consent or treaty"), tr("Categories")},
                      rows);
    rows.clear();
    for (const SubjectRecord::Notification& n : r.notifications)
        rows << QStringList{
            QString::number(n.disclosureId),
            term(K::NotificationChannel, n.channel),
            n.address,
            term(K::Language, n.language),
            displayInstant(n.sentAt),
            joinNonEmpty({term(K::NotificationState, n.state), displayInstant(n.stateAt),
                          n.stateNote, n.trackingNumber})};
    fillReadOnlyTable(m_notifications,
                      {tr("Disclosure"), tr("Channel"), tr("Address"), tr("Language"), tr("Sent"),
                       tr("Delivery")},
                      rows);

    m_tabs->setTabText(0, tr("Profile"));
    //: A tab's title. %1: the number of consents.
    m_tabs->setTabText(1, tr("Consents (%1)").arg(r.consents.size()));
    //: A tab's title. %1: the number of data categories.
    m_tabs->setTabText(2, tr("Data categories (%1)").arg(r.categories.size()));
    //: A tab's title. %1: the number of transfers.
    m_tabs->setTabText(3, tr("Transfers (%1)").arg(r.transfers.size()));
    m_tabs->setTabText(4,
                       //: A tab's title. %1: the number of requests and claims.
                       tr("Requests and claims (%1)").arg(r.withdrawals.size() + r.claims.size()));
    //: A tab's title. %1: the number of disclosures.
    m_tabs->setTabText(5, tr("Disclosures (%1)").arg(r.disclosures.size()));
    showAudit();
}

void SubjectRecordPane::reveal(SubjectRecordService::Field field)
{
    const qint64 id = m_record.profile.id;
    if (id <= 0)
        return;
    try {
        const QString value = SubjectRecordService(m_database).reveal(m_session, id, field);
        m_profileValues.value(SubjectRecordService::fieldCode(field))
            ->setText(value.isEmpty() ? QStringLiteral("—") : value);
        m_revealButtons.value(int(field))->setEnabled(false);
        m_revealButtons.value(int(field))->setText(tr("Shown", "a masked value was revealed"));
        refreshAudit();
        emit statusMessage(tr("Shown in full; the audit log records it."));
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Show a masked value"), e.message());
    }
}

void SubjectRecordPane::refreshAudit()
{
    try {
        m_record.audit =
            SubjectRecordService(m_database).auditLines(m_record.profile.id, &m_record.moreAudit);
    } catch (const Error& e) {
        emit statusMessage(e.message());
    }
    showAudit();
}

void SubjectRecordPane::showAudit()
{
    QList<QStringList> rows;
    for (const SubjectRecord::AuditLine& a : std::as_const(m_record.audit))
        rows << QStringList{QString::number(a.seq),
                            displayInstant(a.at),
                            a.officer,
                            a.action,
                            (a.entity + QLatin1Char(' ') + a.entityId).trimmed(),
                            a.details};
    fillReadOnlyTable(
        m_audit, {tr("Seq."), tr("Time"), tr("Officer"), tr("Action"), tr("Entity"), tr("Details")},
        rows);
    //: A tab's title. %1: the number of entries shown (the latest).
    m_tabs->setTabText(6, m_record.moreAudit ? tr("Audit (latest %1)").arg(m_record.audit.size()) :
                                             //: A tab's title. %1: the number of entries.
                              tr("Audit (%1)").arg(m_record.audit.size()));
}

QString SubjectRecordPane::reportLanguage() const
{
    return m_languageBox->currentData().toString();
}

QString SubjectRecordPane::reportHtml(int output)
{
    try {
        const QString html = SubjectReportService(m_database)
                                 .prepare(m_session, m_record.profile.id, reportLanguage(),
                                          SubjectReportService::Output(output));
        refreshAudit(); // the report is an audit entry of its own
        return html;
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Subject data report"), e.message());
        return {};
    }
}

void SubjectRecordPane::previewReport()
{
    if (m_record.profile.id <= 0)
        return;
    const QString html = reportHtml(int(SubjectReportService::Output::Preview));
    if (html.isEmpty())
        return;
    //: A dialog's title. %1: the subject's platform reference.
    m_prompts.printPreview(this, tr("Subject data report: %1").arg(m_record.profile.platformRef),
                           [html](QPrinter* printer) {
        SubjectReportService::render(html, *printer);
    });
}

void SubjectRecordPane::printReport()
{
    if (m_record.profile.id <= 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Subject data report: %1").arg(m_record.profile.platformRef));
    if (!m_prompts.choosePrinter(this, &printer))
        return; // cancelled: nothing printed, nothing audited
    const QString html = reportHtml(int(SubjectReportService::Output::Print));
    if (html.isEmpty())
        return;
    SubjectReportService::render(html, printer);
    emit statusMessage(tr("The subject data report went to the printer."));
}

void SubjectRecordPane::saveReportAsPdf()
{
    if (m_record.profile.id <= 0)
        return;
    const QString suggested =
        QStringLiteral("%1-%2.pdf").arg(m_record.profile.platformRef, reportLanguage());
    const QString path = m_prompts.saveFileName(this, tr("Save the subject data report"),
                                                tr("PDF documents (*.pdf)"), suggested);
    if (path.isEmpty())
        return;
    try {
        SubjectReportService(m_database)
            .writePdf(m_session, m_record.profile.id, reportLanguage(), path);
    } catch (const Error& e) {
        m_prompts.showError(this, tr("Subject data report"), e.message());
        return;
    }
    refreshAudit();
    //: %1: the file's path.
    emit statusMessage(tr("Saved the subject data report to %1.").arg(path));
}

} // namespace dpo

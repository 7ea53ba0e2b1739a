// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectReportService.h"

#include "core/Error.h"
#include "core/SaveFile.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/AccessControl.h"
#include "services/AuditService.h"

#include "reports/PdfArchive.h"
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QJsonObject>
#include <QPageLayout>

#include <QPdfWriter>
#include <QTextDocument>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::SubjectReport";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Builds the report's HTML in the document's language.
class ReportWriter
{
public:
    explicit ReportWriter(const DocumentLanguage& language)
        : m_language(language), m_words(language)
    {
    }

    QString t(const char* source) const { return m_language.translate(kContext, source); }
    QString term(Vocabulary::Kind kind, const QString& code) const
    {
        return code.isEmpty() ? QString() : m_words.name(kind, code);
    }
    QString date(const QDate& d) const { return m_language.date(d); }
    QString instant(const QDateTime& i) const { return m_language.instant(i); }

    void heading(const QString& text) { m_html += QStringLiteral("<h2>%1</h2>").arg(esc(text)); }
    void paragraph(const QString& text, const QString& cssClass = {})
    {
        m_html += cssClass.isEmpty()
                      ? QStringLiteral("<p>%1</p>").arg(esc(text))
                      : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, esc(text));
    }
    void fields(const QList<QPair<QString, QString>>& rows)
    {
        m_html += QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const auto& [label, value] : rows)
            m_html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>")
                          .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
        m_html += QStringLiteral("</table>");
    }
    // A table, or a line saying there is nothing when `rows` is empty.
    // `widths` in percent, one per column: without them narrow columns break words anywhere.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths)
    {
        if (rows.isEmpty()) {
            paragraph(t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "None.")), QStringLiteral("none"));
            return;
        }
        m_html += QStringLiteral(
            "<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (int i = 0; i < header.size(); ++i)
            m_html += QStringLiteral("<th width=\"%1%\">%2</th>")
                          .arg(widths.value(i))
                          .arg(esc(header[i]));
        m_html += QStringLiteral("</tr>");
        for (const QStringList& row : rows) {
            m_html += QStringLiteral("<tr>");
            for (const QString& cell : row)
                m_html += QStringLiteral("<td>%1</td>")
                              .arg(cell.isEmpty() ? QStringLiteral("—") : esc(cell));
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }
    void raw(const QString& html) { m_html += html; }
    QString finish() const { return m_html; }
    const QString& code() const { return m_language.code(); }

private:
    const DocumentLanguage& m_language;
    Vocabulary m_words;
    QString m_html;
};

QString outputCode(SubjectReportService::Output output)
{
    switch (output) {
    case SubjectReportService::Output::Preview:
        return QStringLiteral("preview");
    case SubjectReportService::Output::Print:
        return QStringLiteral("print");
    case SubjectReportService::Output::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}
} // namespace

SubjectReportService::SubjectReportService(Database& database) : m_database(database) {}

QString SubjectReportService::prepareInTransaction(const Session& session, qint64 subjectId,
                                                   const QString& language, Output output) const
{
    requirePermission(
        m_database, session, Permission::ReadPersonalData,
        QCoreApplication::translate("dpo::SubjectReportService", "make a subject data report"));
    const DocumentLanguage document(language);
    const SubjectRecord record = SubjectRecordService(m_database).unmaskedRecord(subjectId);
    AuditService::append(m_database.connection(), session, QStringLiteral("subject.report"),
                         QStringLiteral("subject"), QString::number(subjectId), subjectId,
                         QJsonObject{{QStringLiteral("language"), language},
                                     {QStringLiteral("output"), outputCode(output)}});
    return html(record, document, HolderService::holder(m_database.connection()),
                session.displayName, QDateTime::currentDateTimeUtc());
}

QString SubjectReportService::prepare(const Session& session, qint64 subjectId,
                                      const QString& language, Output output) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, subjectId, language, output);
    transaction.commit();
    return text;
}

void SubjectReportService::writePdf(const Session& session, qint64 subjectId,
                                    const QString& language, const QString& path) const
{
    TransactionGuard transaction(m_database.connection());
    const QString text = prepareInTransaction(session, subjectId, language, Output::Pdf);
    const QByteArray bytes =
        pdf(text, DocumentLanguage(language).translate(kContext, "Subject data report"));
    writeFileAtomically(path, bytes);
    transaction.commit();
}

QByteArray SubjectReportService::pdf(const QString& html, const QString& title)
{
    // PDF/A-1b: a report or letter the subject or an authority keeps.
    return archivalPdf({title, {}}, [&](QPdfWriter& writer) { render(html, writer); });
}

void SubjectReportService::render(const QString& html, QPagedPaintDevice& device)
{
    // QTextDocument::print adds 2 cm margins of its own on every side.
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(2, 0, 0, 0), QPageLayout::Millimeter));
    QTextDocument document;
    // DejaVu Sans has every Kyrgyz letter (ң, ө, ү); scripts/common.sh installs it.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setStyleStrategy(
        QFont::PreferNoShaping); // no ligatures: "office@" must not become "oﬃce@"
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 15pt; margin-bottom: 2pt; } h2 { font-size: 11.5pt; "
                       "margin-top: 12pt; margin-bottom: 4pt; }"
                       "p.lead { color: #333333; } p.none { color: #666666; font-style: italic; }"
                       "table.list { border-collapse: collapse; } table.list th { "
                       "background-color: #e8ecf0; text-align: left; "
                       "border: 1px solid #b0b8c0; } table.list td { border: 1px solid #c8cdd2; }"
                       "td.label { color: #444444; padding-right: 12pt; } p.small { font-size: "
                       "8pt; color: #555555; }"));
    document.setHtml(html);
    document.print(&device);
}

QString SubjectReportService::html(const SubjectRecord& record, const DocumentLanguage& language,
                                   const Holder& holder, const QString& officer,
                                   const QDateTime& madeAt)
{
    using K = Vocabulary::Kind;
    ReportWriter w(language);
    const SubjectRecord::Profile& p = record.profile;
    w.raw(QStringLiteral("<h1>%1</h1>")
              .arg(esc(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Subject data report")))));
    w.paragraph(
        //: The report's opening sentence. %1: the organisation's name; %2: its tax number.
        w.t(QT_TRANSLATE_NOOP(
                "dpo::SubjectReport",
                "The personal data that %1 (INN %2), the holder of the data array, holds about the "
                "data subject named below, given at the subject's request under Article 17 of the "
                "Law "
                "of the Kyrgyz Republic No. 58 \"On personal information\"."))
            .arg(holder.name(language.code()), holder.inn),
        QStringLiteral("lead"));
    w.fields({{w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Made on")), w.instant(madeAt)},
              {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Made by")), officer}});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "1. The subject")));
    w.fields({
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Full name")), p.fullName()},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Platform reference")), p.platformRef},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Personal identification number (INN)")),
         p.inn},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Identity document")), p.idDocument},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Date of birth")), w.date(p.birthDate)},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Sex")), w.term(K::Sex, p.sex)},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Phone")), p.phone},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Email")), p.email},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Registration address")),
         p.registrationAddress},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Residence address")), p.residenceAddress},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Region")), p.region},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Preferred language")),
         w.term(K::Language, p.preferredLanguage)},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Status of the record")),
         w.term(K::SubjectStatus, p.status)},
        //: A label: when the subject's record was created.
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Record created")), w.instant(p.createdAt)},
        {w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Account closed on the platform")),
         p.accountClosedAt.isValid() ? w.instant(p.accountClosedAt) : QString()},
    });

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "2. Consents")));
    QList<QStringList> rows;
    for (const SubjectRecord::Consent& c : record.consents)
        rows << QStringList{c.policyCode + QStringLiteral(" (") + w.date(c.policyEffectiveFrom) +
                                QLatin1Char(')'),
                            w.instant(c.givenAt), w.term(K::ConsentChannel, c.channel),
                            c.withdrawnAt.isValid() ? w.instant(c.withdrawnAt) : QString(),
                            c.withdrawnPurposes.join(QStringLiteral(", "))};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Policy version")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Given")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "How")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Withdrawn")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Purposes withdrawn"))},
            rows, {20, 17, 21, 17, 25});

    w.heading(
        w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "3. Categories of data held and their state")));
    rows.clear();
    for (const SubjectRecord::Category& c : record.categories)
        rows << QStringList{
            c.name.in(w.code()), c.policyClause, w.term(K::CategoryState, c.state),
            joinNonEmpty({w.term(K::KeepGround, c.legalGround),
                          c.keptUntil.isValid()
                              ?
                              //: In a table cell: how long a category is kept. %1: a date.
                              w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "until %1"))
                                  .arg(w.date(c.keptUntil))
                              : QString()}),
            w.instant(c.changedAt)};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Category")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Policy clause")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "State")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Legal ground")),
             //: A column: when the category's state last changed.
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Changed"))},
            rows, {34, 13, 19, 21, 13});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "4. Transfers to recipients")));
    rows.clear();
    // A recipient abroad reads with its country (policy 1.1.6, docs/disclosures.md).
    const auto recipient = [&](const QString& name, bool abroad, const LocalizedName& country) {
        //: A recipient abroad. %1: the recipient's name; %2: its country's name.
        return abroad ? w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "%1 (%2, abroad)"))
                            .arg(name, country.in(w.code()))
                      : name;
    };
    for (const SubjectRecord::Transfer& t : record.transfers)
        rows << QStringList{w.instant(t.at), recipient(t.recipient, t.abroad(), t.countryName),
                            w.term(K::RecipientKind, t.recipientKind), t.category.in(w.code()),
                            t.purpose.in(w.code())};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Date")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Recipient")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Kind")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Category")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Purpose"))},
            rows, {15, 30, 19, 18, 18});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "5. Requests to withdraw consent")));
    rows.clear();
    for (const SubjectRecord::Withdrawal& r : record.withdrawals)
        rows << QStringList{QString::number(r.id), w.date(r.receivedOn),
                            w.term(K::WithdrawalChannel, r.channel),
                            w.term(K::WithdrawalScope, r.scope),
                            joinNonEmpty({w.term(K::WithdrawalState, r.state),
                                          w.term(K::RejectionReason, r.rejectionReason)})};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "No.")),
             //: A column: the day the request or claim was received.
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Received")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "How")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Scope")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "State"))},
            rows, {8, 14, 27, 24, 27});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "6. Claims and requests for own data")));
    rows.clear();
    for (const SubjectRecord::Claim& c : record.claims)
        rows << QStringList{
            QString::number(c.id),
            w.term(K::ClaimKind, c.kind),
            w.date(c.receivedOn),
            c.subjectMatter,
            joinNonEmpty({w.term(K::ClaimState, c.state), w.term(K::ClaimOutcome, c.outcome)}),
            w.date(c.answerSentOn)};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "No.")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Kind")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Received")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "About")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "State")),
             //: A column: the day the claim was answered.
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Answered"))},
            rows, {7, 17, 13, 33, 18, 12});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "7. Disclosures to third parties")));
    rows.clear();
    for (const SubjectRecord::Disclosure& d : record.disclosures) {
        // The ground with what it rests on, in one cell: six columns would break the words.
        const QString rests =
            d.requestNumber.isEmpty()
                ? d.reference()
                //: What a disclosure rests on, in a table cell. %1: the state body's number of its
                //: request; %2: the request's date; %3: the body's name.
                : w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "request No. %1 of %2, %3"))
                      .arg(d.requestNumber, w.date(d.requestDate), d.requestBody);
        const QString ground = w.term(K::DisclosureGround, d.ground);
        rows << QStringList{w.date(d.disclosedOn),
                            recipient(d.recipient, d.abroad(), d.countryName), d.purpose,
                            rests.isEmpty() ? ground : ground + QStringLiteral(": ") + rests,
                            d.categoriesIn(w.code())};
    }
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Date")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Recipient")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Purpose")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Legal ground")),
             //: A column: the data categories that were disclosed.
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Data disclosed"))},
            rows, {14, 23, 18, 26, 19});

    w.heading(w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "8. Notifications sent to the subject")));
    rows.clear();
    for (const SubjectRecord::Notification& n : record.notifications)
        rows << QStringList{
            w.term(K::NotificationChannel, n.channel), n.address, w.instant(n.sentAt),
            joinNonEmpty({w.term(K::NotificationState, n.state), n.trackingNumber})};
    w.table({w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Channel")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Address")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Sent")),
             w.t(QT_TRANSLATE_NOOP("dpo::SubjectReport", "Delivery"))},
            rows, {22, 30, 20, 28});

    w.paragraph(
        w.t(QT_TRANSLATE_NOOP(
            "dpo::SubjectReport",
            "Times are Bishkek time. The subject may ask for their data to be corrected, blocked "
            "or destroyed, and may withdraw consent by a written application (policy 12.1.3).")),
        QStringLiteral("small"));
    return w.finish();
}

} // namespace dpo

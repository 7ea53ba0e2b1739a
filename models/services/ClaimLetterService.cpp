// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClaimLetterService.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/RectificationService.h"

#include <QCoreApplication>
#include <QDate>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::ClaimLetter";

// What a rectification changed, field by field, and whom it told: a value a later withdrawal
// removed is not printed.
void addCorrections(LetterBody& body, const RectificationService::Details& d,
                    const DocumentLanguage& document)
{
    const auto t = [&](const char* source) { return document.translate(kContext, source); };
    const Vocabulary words(document);
    if (d.corrections.isEmpty())
        return;
    QList<QStringList> rows;
    for (const RectificationService::Corrected& c : d.corrections) {
        QString value = c.newValue;
        if (c.field == QStringLiteral("sex") && !value.isEmpty())
            value = words.name(Vocabulary::Kind::Sex, value);
        else if (c.field == QStringLiteral("birth_date") && !value.isEmpty())
            value = document.date(QDate::fromString(value, Qt::ISODate));
        else if (value.isEmpty())
            value = t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "(removed)"));
        rows << QStringList{words.name(Vocabulary::Kind::SubjectField, c.field), value,
                            document.date(bishkekDate(c.correctedAt))};
    }
    body.paragraph(t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "We corrected your data as follows:")))
        .table({t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Data")),
                t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Now reads")),
                t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Corrected on"))},
               rows);
    if (d.notices.isEmpty()) {
        body.paragraph(t(QT_TRANSLATE_NOOP(
            "dpo::ClaimLetter", "We gave this data to no other organisation: no one else needs "
                                "to be told of the correction.")));
        return;
    }
    QList<QStringList> told;
    for (const RectificationService::Notice& n : d.notices)
        told << QStringList{n.recipient,
                            n.notifiedOn.isValid()
                                ? document.date(n.notifiedOn)
                                : t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "To be told"))};
    body.paragraph(t(QT_TRANSLATE_NOOP("dpo::ClaimLetter",
                                       "The organisations that received this data are told of "
                                       "the correction:")))
        .table({t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Organisation")),
                t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Told on"))},
               told);
}

} // namespace

ClaimLetterService::ClaimLetterService(Database& database)
    : LetterService(database, CaseType::Claim)
{
}

LetterContent ClaimLetterService::content(qint64 claimId, const QString& language) const
{
    const DocumentLanguage document(language);
    const auto t = [&](const char* source) { return document.translate(kContext, source); };
    QSqlQuery q = prepareQuery(
        m_database.connection(),
        QStringLiteral(
            "SELECT kind, claimant_name, claimant_contact, received_on, subject_matter, state, "
            "outcome, outcome_reason, "
            "answer_text, answer_sent_on, refusal_paragraph, due_on, request_number, "
            "request_date FROM claims WHERE id = ?"));
    q.addBindValue(claimId);
    execQuery(q, QT_TRANSLATE_NOOP("dpo::Sql", "read the claims"));
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    //: %1: the claim's number.
                    QCoreApplication::translate("dpo::ClaimService", "Claim %1 does not exist.")
                        .arg(claimId));
    const bool access = q.value(0).toString() == QStringLiteral("access_request");
    const bool authority = q.value(0).toString() == QStringLiteral("authority_request");
    const bool rectification = q.value(0).toString() == QStringLiteral("rectification_request");
    const QString answer = q.value(8).toString();
    if (answer.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the claim's number.
                    QCoreApplication::translate("dpo::ClaimLetterService",
                                                "Claim %1 has no answer yet: draft it first.")
                        .arg(claimId));
    const Vocabulary words(document);
    LetterContent letter;
    letter.addresseeName = q.value(1).toString();
    letter.addresseeAddress = q.value(2).toString();
    // A body's request is answered by its own number and date; a subject's by ours.
    if (authority) {
        //: A letter's heading, answering a state body. %1: the body's own number of its request;
        //: %2: the request's date. Uses the letter's formal register.
        letter.heading =
            t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Answer to your request No. %1 of %2"))
                .arg(q.value(12).toString(), document.date(q.value(13).toDate()));
    } else {
        QString heading;
        if (rectification)
            //: A letter's heading. %1: the claim's number; %2: the date it was received.
            heading = t(QT_TRANSLATE_NOOP(
                "dpo::ClaimLetter",
                "Answer to your request to correct your personal data No. %1 of %2"));
        else if (access)
            //: A letter's heading. %1: the claim's number; %2: the date it was received.
            heading = t(QT_TRANSLATE_NOOP(
                "dpo::ClaimLetter", "Answer to your request for your personal data No. %1 of %2"));
        else
            //: A letter's heading. %1: the claim's number; %2: the date it was received.
            heading = t(QT_TRANSLATE_NOOP("dpo::ClaimLetter",
                                          "Answer to your pre-trial claim No. %1 of %2"));
        letter.heading = heading.arg(claimId).arg(document.date(q.value(3).toDate()));
    }
    letter.body
        .labelled(LetterBody::Label::Italic,
                  t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "You wrote about:")),
                  q.value(4).toString())
        .paragraph(answer);
    // The outcome as drafted or as closed: the letter is usually printed before it is sent.
    const QString outcome = q.value(6).toString();
    const QString paragraph = q.value(10).toString();
    if (!outcome.isEmpty())
        letter.body.labelled(
            LetterBody::Label::Bold, t(QT_TRANSLATE_NOOP("dpo::ClaimLetter", "Outcome:")),
            words.name(Vocabulary::Kind::ClaimOutcome, outcome) +
                (q.value(7).toString().isEmpty() ? QString()
                                                 : QStringLiteral(". ") + q.value(7).toString()));
    if (rectification)
        addCorrections(letter.body, RectificationService(m_database).details(claimId), document);
    // The letter says the answer came within the 30 days of policy 14.2 only when it did: sent (or,
    // not sent yet, dated today) on or before the claim's due date. A late answer says nothing of
    // it.
    const QDate answeredOn = q.value(9).isNull() ? bishkekToday() : q.value(9).toDate();
    const bool inTime = answeredOn <= q.value(11).toDate();
    QString closing;
    if (rectification)
        closing = t(QT_TRANSLATE_NOOP(
            "dpo::ClaimLetter",
            "You undertook to tell us of changes to your data with the documents that show them "
            "(privacy policy 12.3); we update the data we hold accordingly (1.1.7). If you "
            "disagree with this answer, you may appeal to the State Agency for Personal Data "
            "Protection or to a court."));
    else if (authority && inTime)
        closing = t(QT_TRANSLATE_NOOP(
            "dpo::ClaimLetter",
            "This information is given within a week of your request, as Article 17 of the Law "
            "No. 58 \"On personal information\" requires of the holder of personal data."));
    else if (authority)
        closing = t(QT_TRANSLATE_NOOP("dpo::ClaimLetter",
                                      "This information is given under Article 17 of the Law "
                                      "No. 58 \"On personal information\"."));
    else if (!access && inTime)
        closing = t(
            QT_TRANSLATE_NOOP("dpo::ClaimLetter",
                              "This written answer is given within 30 calendar days of your claim "
                              "(policy 14.2). If you disagree, you may go to court."));
    else if (!access)
        closing = t(QT_TRANSLATE_NOOP("dpo::ClaimLetter",
                                      "If you disagree with this answer, you may go to court."));
    else if (!paragraph.isEmpty())
        closing =
            //: The closing of a letter refusing a subject's access request. %1: the paragraph's
            //: number, e.g. "2" or "3.1". Name the agency in full, as a letter does.
            t(QT_TRANSLATE_NOOP(
                  "dpo::ClaimLetter",
                  "Your request is refused, in whole or in part, under paragraph %1 of "
                  "Article 15 of the Law No. 58 \"On personal information\". You may appeal this "
                  "refusal to the State Agency for Personal Data Protection or to a court."))
                .arg(paragraph);
    else if (outcome == QStringLiteral("satisfied"))
        closing = t(QT_TRANSLATE_NOOP(
            "dpo::ClaimLetter", "The report of the personal data we hold about you is enclosed "
                                "(Law No. 58, Art. 17)."));
    else
        closing = t(QT_TRANSLATE_NOOP(
            "dpo::ClaimLetter",
            "A refusal to give you your data must be reasoned and cite the paragraph of "
            "Article 15 of the Law No. 58 it rests on; you may appeal it to the State "
            "Agency for Personal Data Protection or to a court."));
    letter.body.paragraph(closing);
    return letter;
}

} // namespace dpo

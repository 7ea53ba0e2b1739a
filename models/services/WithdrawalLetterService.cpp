// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/WithdrawalLetterService.h"
#include "domain/WithdrawalWorkflow.h"

#include "core/Error.h"
#include "core/Session.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/TaskService.h"
#include "services/WithdrawalService.h"

#include <QCoreApplication>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::WithdrawalLetter";

} // namespace

WithdrawalLetterService::WithdrawalLetterService(Database& database)
    : LetterService(database, CaseType::WithdrawalRequest)
{
}

LetterContent WithdrawalLetterService::content(qint64 requestId, const QString& language) const
{
    const DocumentLanguage document(language);
    const auto t = [&](const char* source) { return document.translate(kContext, source); };
    const Vocabulary words(document);
    const WithdrawalService::Details d =
        WithdrawalService(m_database)
            .detailsWithin(m_database.connection(), requestId, bishkekToday());
    const bool rejected = d.row.state == QStringLiteral("rejected");
    if (!WithdrawalWorkflow::workflow()
             .statesFor(WithdrawalWorkflow::Step::Letter)
             .contains(d.row.state))
        throw Error(Error::Kind::BadInput,
                    //: %1: the request's number.
                    QCoreApplication::translate(
                        "dpo::WithdrawalLetterService",
                        "Request %1 is not executed or rejected yet: the reply says what was done.")
                        .arg(requestId));
    // The category names in the letter's language, from the reference data.
    QHash<QString, QString> categoryName;
    QSqlQuery names =
        prepareQuery(m_database.connection(),
                     QStringLiteral("SELECT code, name_ky, name_ru FROM data_categories"));
    execQuery(names, QT_TRANSLATE_NOOP("dpo::Sql", "read the reference data"));
    while (names.next())
        categoryName.insert(names.value(0).toString(),
                            names.value(language == QStringLiteral("ru") ? 2 : 1).toString());

    if (d.row.retentionReview())
        throw Error(Error::Kind::BadInput,
                    //: %1: the case's number.
                    QCoreApplication::translate("dpo::WithdrawalLetterService",
                                                "Case %1 is a retention review: it writes to no "
                                                "one.")
                        .arg(requestId));
    const bool minor = d.row.minorCase();
    if (minor && rejected)
        throw Error(Error::Kind::BadInput,
                    //: %1: the case's number.
                    QCoreApplication::translate("dpo::WithdrawalLetterService",
                                                "Case %1 found the subject is not under 18: there "
                                                "is nothing to write to a parent or guardian.")
                        .arg(requestId));
    if (minor && d.replyToAddress.isEmpty())
        throw Error(Error::Kind::BadInput,
                    //: %1: the case's number.
                    QCoreApplication::translate("dpo::WithdrawalLetterService",
                                                "Case %1 knows no address of the minor's parent or "
                                                "guardian: it closes without a letter.")
                        .arg(requestId));

    LetterContent letter;
    letter.addresseeName = d.replyToName;
    letter.addresseeAddress = d.replyToAddress;
    letter.heading =
        //: A letter's heading. %1: the request's number; %2: the date it was received.
        t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                            "Reply to your written request to withdraw consent No. %1 of %2"))
            .arg(requestId)
            .arg(document.date(d.row.receivedOn));
    const QString executedOn = document.date(bishkekDate(d.executedAt));
    if (minor) {
        // To the parent or guardian (policy 9.1, 12.4): named where the officer knows them.
        if (letter.addresseeName.isEmpty())
            //: A letter's addressee. %1: the minor's full name.
            letter.addresseeName = t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                                       "To the parent or legal guardian of %1"))
                                       .arg(d.minorName);
        //: A letter's heading. %1: the case's number; %2: its date.
        letter.heading = t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                             "On the personal data of a person under 18: case "
                                             "No. %1 of %2"))
                             .arg(requestId)
                             .arg(document.date(d.row.receivedOn));
        letter.body
            .paragraph(
                //: A letter to a minor's parent. %1: the minor's full name.
                t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                    "We found that we held personal data of %1, who is "
                                    "under 18. We do not knowingly collect personal data "
                                    "of persons under 18, and we destroy such data as "
                                    "soon as possible once we learn of it (privacy policy "
                                    "9.1); on registering, a user confirms being 18 "
                                    "(12.4)."))
                    .arg(d.minorName))
            //: %1: a date.
            .paragraph(t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                           "We stopped processing this data on %1."))
                           .arg(executedOn));
    } else if (rejected) {
        const QString note = d.rejectionNote;
        letter.body
            .paragraph(t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                           "Your request cannot be carried out, for this reason:")))
            .labelled(LetterBody::Label::Bold,
                      words.name(Vocabulary::Kind::RejectionReason, d.rejectionReason) +
                          (note.isEmpty() ? QString() : QStringLiteral(".")),
                      note)
            .paragraph(t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                           "Consent is withdrawn by a written application of the "
                                           "subject (policy 12.1.3). You may send it again, "
                                           "with what is missing, at any time.")));
        return letter;
    } else {
        letter.body.paragraph(
            d.scope == QStringLiteral("full") ?
                                              //: %1: a date.
                t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                    "Your consent to the processing of your personal data is "
                                    "withdrawn as of %1."))
                    .arg(executedOn)
                                              :
                                              //: %1: a date.
                t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                    "Your consent is withdrawn, as of %1, for what your request "
                                    "names."))
                    .arg(executedOn));
    }
    if (!d.decisions.isEmpty()) {
        QList<QStringList> rows;
        for (const WithdrawalService::Decision& x : d.decisions) {
            QString outcome = words.name(Vocabulary::Kind::CategoryState,
                                         DecisionActions::categoryState(x.action));
            if (x.action == DecisionAction::Keep)
                //: What became of a category, in a letter's table. %1: a date; %2: the legal ground
                //: (and its paragraph or law).
                outcome =
                    t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                        "Kept until %1 on this ground: %2"))
                        .arg(document.date(x.keepUntil),
                             joinNonEmpty(
                                 {words.name(Vocabulary::Kind::KeepGround, x.ground),
                                  x.ground == QStringLiteral("law58_art15")
                                      ?
                                      //: Follows the name of Article 15 as a ground, in a letter.
                                      //: %1: the paragraph's number, e.g. "2" or "3.1".
                                      t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "paragraph %1"))
                                          .arg(x.groundDetail)
                                      : x.groundDetail}));
            rows << QStringList{categoryName.value(x.category, x.category), outcome};
        }
        letter.body
            .paragraph(minor ? t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                                   "What was done with each kind of the data:"))
                             : t(QT_TRANSLATE_NOOP(
                                   "dpo::WithdrawalLetter",
                                   "What was done with each kind of your data (policy 12.1.4):")))
            .table({t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Data")),
                    t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "What was done"))},
                   rows);
    }
    // What each of the platform's systems confirmed (docs/tasks.md), and when.
    QList<QStringList> confirmed;
    for (const TaskService::Task& task : TaskService::list(
             m_database.connection(), TaskService::Filter{false, false, requestId, 0, {}})) {
        if (task.kind != QLatin1String("system"))
            continue;
        QString when;
        if (task.state == QLatin1String("done"))
            when = document.date(bishkekDate(task.outcomeAt));
        else if (task.isBackup())
            when =
                //: When a backup's copies are gone, in a letter's table. %1: a date.
                t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Backup copies are overwritten by %1"))
                    .arg(document.date(task.dueOn));
        else
            when = t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Not yet confirmed"));
        confirmed << QStringList{
            task.systemName, categoryName.value(task.category, task.category),
            words.name(Vocabulary::Kind::CategoryState,
                       DecisionActions::categoryState(
                           DecisionActions::fromCode(task.action).value_or(DecisionAction::Block))),
            when};
    }
    if (!confirmed.isEmpty())
        letter.body
            .paragraph(t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                           "What each of our systems that held this data is to "
                                           "do, and when it confirmed it:")))
            .table({t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "System")),
                    t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Data")),
                    t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Decision")),
                    t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Confirmed on"))},
                   confirmed);
    if (!d.purposes.isEmpty()) {
        QSqlQuery purposes =
            prepareQuery(m_database.connection(),
                         QStringLiteral("SELECT %1 FROM processing_purposes p JOIN "
                                        "withdrawal_request_purposes w ON w.purpose_code = p.code "
                                        "WHERE w.request_id = ? ORDER BY p.sort_order")
                             .arg(language == QStringLiteral("ru") ? QStringLiteral("p.name_ru")
                                                                   : QStringLiteral("p.name_ky")));
        purposes.addBindValue(requestId);
        execQuery(purposes, QT_TRANSLATE_NOOP("dpo::Sql", "read the request's purposes"));
        QStringList list;
        while (purposes.next())
            list << purposes.value(0).toString();
        letter.body.paragraph(
            t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter", "Your data is no longer processed for:")) +
            QLatin1Char(' ') + list.join(QStringLiteral("; ")) + QLatin1Char('.'));
    }
    QStringList told;
    for (const WithdrawalService::Notice& n : d.notices)
        told << n.recipient;
    if (!told.isEmpty())
        letter.body.paragraph((minor ? t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                                           "The organisations that received this "
                                                           "data are told what was done with it:"))
                                     : t(QT_TRANSLATE_NOOP("dpo::WithdrawalLetter",
                                                           "The organisations that received your "
                                                           "data are told of the withdrawal:"))) +
                              QLatin1Char(' ') + told.join(QStringLiteral(", ")) +
                              QLatin1Char('.'));
    return letter;
}

} // namespace dpo

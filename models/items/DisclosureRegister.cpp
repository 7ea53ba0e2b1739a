// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/DisclosureRegister.h"
#include "items/DueRegister.h"

#include "domain/DeadlineCalendar.h"
#include "domain/DocumentLanguage.h"
#include "domain/Vocabulary.h"
#include "services/ReferenceDataService.h"

#include <QCoreApplication>
#include <utility>

namespace dpo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dpo::DisclosureRegister", text);
}
} // namespace

DisclosureRegister::DisclosureRegister(Database& database, QDate today,
                                       DisclosureService::Filter filter)
    : m_database(database), m_today(today), m_filter(std::move(filter))
{
}

QStringList DisclosureRegister::headers() const
{
    return translatedHeaders("dpo::DisclosureRegister",
                             {QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "No."),
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Date"),
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Recipient"),
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Transfer abroad"),
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Legal ground"),
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Subjects"),
                              //: A column: how many of the disclosure's subjects were notified.
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Notified"),
                              //: A column: how many notices to subjects could not be delivered.
                              QT_TRANSLATE_NOOP("dpo::DisclosureRegister", "Not delivered")});
}

qint64 DisclosureRegister::count() const
{
    return DisclosureService(m_database).count(m_filter);
}

qint64 DisclosureRegister::overdueCount() const
{
    return DisclosureService(m_database).lateCount(m_filter, m_today);
}

QList<CaseRegisterRow> DisclosureRegister::page(qint64 offset, int limit,
                                                const CaseRegisterRow* after) const
{
    DisclosureService::Row last;
    if (after) {
        last.id = after->id;
        last.disclosedOn = after->sortDate;
    }
    const Vocabulary words;
    const QHash<QString, QString> countries = ReferenceDataService(m_database).countryNames();
    QList<CaseRegisterRow> out;
    for (const DisclosureService::Row& r :
         DisclosureService(m_database)
             .page(m_filter, m_today, offset, limit, after ? &last : nullptr)) {
        CaseRegisterRow row;
        row.id = r.id;
        // Until every subject is told, the notice period's days in words beside the colour.
        const bool waiting = r.outsidePlatform && r.notified < r.subjects;
        const int daysLeft = waiting ? int(m_today.daysTo(r.noticeDue)) : 0;
        //: A table cell: subjects notified of a disclosure. %1: how many are notified; %2: how many
        //: subjects it concerned.
        QString notified = r.outsidePlatform ? tr("%1 of %2").arg(r.notified).arg(r.subjects)
                                             : tr("not required (platform cooperation)");
        if (waiting)
            notified += QStringLiteral(" · ") + DeadlineCalendar::deadlineText(daysLeft);
        row.cells = {QString::number(r.id),
                     displayDate(r.disclosedOn),
                     r.recipient,
                     r.abroad() ? countries.value(r.country, r.country) : QString(),
                     words.name(Vocabulary::Kind::DisclosureGround, r.ground),
                     QString::number(r.subjects),
                     notified,
                     r.undelivered ? QString::number(r.undelivered) : QString()};
        row.open = true;
        row.overdue = r.late; // past the notice period
        row.daysLeft = daysLeft;
        row.sortDate = r.disclosedOn;
        row.banded = waiting;
        out << row;
    }
    return out;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#include "items/OutgoingLetterRegister.h"

#include "domain/DocumentLanguage.h"
#include "domain/LetterKind.h"
#include "domain/Vocabulary.h"
#include "items/DueRegister.h"
#include "services/OutgoingLetterService.h"

#include <utility>

namespace dpo {

OutgoingLetterRegister::OutgoingLetterRegister(Database& database, QString search)
    : m_database(database), m_search(std::move(search))
{
}

QStringList OutgoingLetterRegister::headers() const
{
    return translatedHeaders("dpo::OutgoingLetterRegister",
                             {QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Outgoing No."),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Date"),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Letter"),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Case"),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Addressee"),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Language"),
                              QT_TRANSLATE_NOOP("dpo::OutgoingLetterRegister", "Made by")});
}

qint64 OutgoingLetterRegister::count() const
{
    return OutgoingLetterService(m_database).count(m_search);
}

QList<CaseRegisterRow> OutgoingLetterRegister::page(qint64 offset, int limit,
                                                    const CaseRegisterRow* after) const
{
    OutgoingLetterService::Letter last; // where the previous page ended (date, id)
    if (after) {
        last.id = after->id;
        last.registeredOn = after->sortDate;
    }
    const Vocabulary words;
    QList<CaseRegisterRow> out;
    for (const OutgoingLetterService::Letter& l :
         OutgoingLetterService(m_database).page(m_search, offset, limit, after ? &last : nullptr)) {
        CaseRegisterRow row;
        row.id = l.id;
        row.subjectId = l.subjectId; // a notice's subject opens on a double click
        row.cells = {l.number,
                     displayDate(l.registeredOn),
                     LetterKinds::name(l.kind),
                     LetterKinds::caseName(l.kind, l.caseId),
                     l.addressee,
                     words.name(Vocabulary::Kind::Language, l.language),
                     l.officer};
        row.sortDate = l.registeredOn;
        row.banded = false;
        out << row;
    }
    return out;
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "services/ReferenceDataService.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QListWidget>

namespace dpo {

// A combo box of a vocabulary's terms in the UI's language, each item's data its code.
inline QComboBox* vocabularyCombo(QWidget* parent, Vocabulary::Kind kind, const char* objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    const Vocabulary words;
    for (const QString& code : Vocabulary::codes(kind))
        combo->addItem(words.name(kind, code), code);
    return combo;
}

// A filter's combo box that does not widen the window to its longest item (a recipient's name,
// a ground's full title): it shows about `characters` characters and elides the rest.
inline void keepNarrow(QComboBox* combo, int characters = 18)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

// A date field as the console writes dates (25.11.2026), with a calendar pop-up.
inline QDateEdit* dateField(QWidget* parent, const QDate& date, const char* objectName)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

// A list of reference entries (categories, purposes) to tick, each item's data its code.
inline QListWidget* checkList(QWidget* parent, const QList<ReferenceDataService::Entry>& entries,
                              const char* objectName, int maximumHeight = 110)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    const QString language = ReferenceDataService::uiLanguage();
    for (const ReferenceDataService::Entry& e : entries) {
        auto* item = new QListWidgetItem(e.name.in(language), list);
        item->setData(Qt::UserRole, e.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(maximumHeight);
    return list;
}

// The codes of the ticked items.
inline QStringList checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

} // namespace dpo

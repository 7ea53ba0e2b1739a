// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolderBox.h"

#include "core/Error.h"
#include "domain/Permissions.h"
#include "services/HolderService.h"
#include "widgets/CaseWidgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dpo {

namespace {
QLineEdit* field(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(300); // HolderService's limit: the refusal is never needed from here
    return edit;
}
} // namespace

HolderBox::HolderBox(Database& database, const Session& session, const StepRunner& steps,
                     QWidget* parent)
    : QGroupBox(tr("The holder of the data, as letters name it"), parent), m_database(database),
      m_session(session), m_steps(steps), m_nameKy(field(this, "holderNameKy")),
      m_nameRu(field(this, "holderNameRu")), m_addressKy(field(this, "holderAddressKy")),
      m_addressRu(field(this, "holderAddressRu")), m_positionKy(field(this, "signatoryPositionKy")),
      m_positionRu(field(this, "signatoryPositionRu")), m_inn(field(this, "holderInn")),
      m_save(new QPushButton(tr("Save the holder's details"), this))
{
    setObjectName(QStringLiteral("holderBox"));
    m_save->setObjectName(QStringLiteral("saveHolder"));
    m_save->setToolTip(tr("Save the holder's details; the next letters carry them"));
    m_inn->setMaxLength(14);
    connect(m_save, &QPushButton::clicked, this, &HolderBox::save);

    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("In Kyrgyz"), this), 0, 1);
    grid->addWidget(new QLabel(tr("In Russian"), this), 0, 2);
    // A grid's field has no label of its own for a screen reader (it would read the box's title
    // for each): each is named by its row and column.
    const auto row =
        [&](int r, const QString& label, const QString& what, QLineEdit* ky, QLineEdit* ru) {
        auto* rowLabel = new QLabel(label, this);
        rowLabel->setBuddy(ky);
        grid->addWidget(rowLabel, r, 0);
        grid->addWidget(ky, r, 1);
        ky->setToolTip(what);
        QString field = label;
        if (field.endsWith(QLatin1Char(':')))
            field.chop(1);
        if (!ru) {
            ky->setAccessibleName(field);
            return;
        }
        //: A field's accessible name. %1: the field, e.g. "Name".
        ky->setAccessibleName(tr("%1 in Kyrgyz", "a field of the holder").arg(field));
        //: A field's accessible name. %1: the field, e.g. "Name".
        ru->setAccessibleName(tr("%1 in Russian", "a field of the holder").arg(field));
        ru->setToolTip(what);
        grid->addWidget(ru, r, 2);
    };
    row(1, tr("Name:", "holder"),
        tr("The holder's name as the letterhead of every letter gives it"), m_nameKy, m_nameRu);
    row(2, tr("Postal address:"), tr("The address letters give for answers"), m_addressKy,
        m_addressRu);
    row(3, tr("Signatory's position:"), tr("The position of whoever signs the letters"),
        m_positionKy, m_positionRu);
    row(4, tr("INN:"), tr("The holder's taxpayer number, 14 digits"), m_inn, nullptr);
    grid->addWidget(m_save, 5, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    const bool edits = Permissions::allows(m_session.role, Permission::ChangeSettings);
    for (QLineEdit* e : findChildren<QLineEdit*>())
        e->setReadOnly(!edits);
    m_save->setEnabled(edits);
}

void HolderBox::reload()
{
    const Holder h = HolderService(m_database).holder(); // the page catches a read error
    const auto set = [](QLineEdit* edit, const QString& text) {
        edit->setText(text);
        edit->setCursorPosition(0); // a long name shows its beginning
    };
    set(m_nameKy, h.nameKy);
    set(m_nameRu, h.nameRu);
    set(m_addressKy, h.addressKy);
    set(m_addressRu, h.addressRu);
    set(m_positionKy, h.positionKy);
    set(m_positionRu, h.positionRu);
    set(m_inn, h.inn);
}

Holder HolderBox::entered() const
{
    return Holder{.nameKy = m_nameKy->text(),
                  .nameRu = m_nameRu->text(),
                  .inn = m_inn->text(),
                  .addressKy = m_addressKy->text(),
                  .addressRu = m_addressRu->text(),
                  .positionKy = m_positionKy->text(),
                  .positionRu = m_positionRu->text()};
}

void HolderBox::save()
{
    const Holder h = entered();
    m_steps.run([this, h] { HolderService(m_database).setHolder(m_session, h); },
                tr("The holder's details are saved; the next letters use them."));
}

} // namespace dpo

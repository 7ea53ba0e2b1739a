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
    m_inn->setMaxLength(14);
    connect(m_save, &QPushButton::clicked, this, &HolderBox::save);

    auto* grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("In Kyrgyz"), this), 0, 1);
    grid->addWidget(new QLabel(tr("In Russian"), this), 0, 2);
    const auto row = [&](int r, const QString& label, QLineEdit* ky, QLineEdit* ru) {
        grid->addWidget(new QLabel(label, this), r, 0);
        grid->addWidget(ky, r, 1);
        if (ru)
            grid->addWidget(ru, r, 2);
    };
    row(1, tr("Name:", "holder"), m_nameKy, m_nameRu);
    row(2, tr("Postal address:"), m_addressKy, m_addressRu);
    row(3, tr("Signatory's position:"), m_positionKy, m_positionRu);
    row(4, tr("INN:"), m_inn, nullptr);
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemsPage.h"

#include "core/Error.h"
#include "domain/Permissions.h"
#include "domain/Vocabulary.h"
#include "services/ReferenceDataService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "widgets/FormHelpers.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

SystemDialog::SystemDialog(Database& database, const DataSystem& system, QWidget* parent)
    : SubmitDialog(system.id == 0 ? tr("Add a data system") :
                                  //: A dialog's title. %1: the data system's name.
                       tr("Change %1").arg(system.name),
                   system.id == 0 ? tr("Add", "a data system") : tr("Save"), parent),
      m_id(system.id), m_code(new QLineEdit(system.code, this)),
      m_name(new QLineEdit(system.name, this)),
      m_kind(vocabularyCombo(this, Vocabulary::Kind::SystemKind, "systemKind")),
      m_confirmedBy(vocabularyCombo(this, Vocabulary::Kind::SystemConfirmer, "systemConfirmer")),
      m_owner(new QLineEdit(system.owner, this)), m_rotation(new QSpinBox(this)),
      m_active(new QCheckBox(tr("Gets the tasks of withdrawals executed from now on"), this)),
      m_categories(
          checkList(this, ReferenceDataService(database).categories(), "systemCategories", 220))
{
    setObjectName(QStringLiteral("systemDialog"));
    m_code->setObjectName(QStringLiteral("systemCode"));
    m_code->setReadOnly(system.id != 0); // the platform's workers know it by its code
    m_code->setPlaceholderText(tr("photos, crm, core-db: a-z, 0-9, '.', '_', '-'"));
    m_code->setToolTip(tr("The code the platform's workers know the system by; it cannot change "
                          "later"));
    m_name->setObjectName(QStringLiteral("systemName"));
    m_name->setToolTip(tr("The system's name as the tasks and letters show it"));
    m_kind->setToolTip(tr("What kind of store the system is"));
    m_confirmedBy->setToolTip(tr("Who confirms its tasks: its own worker through the outbox, or "
                                 "an officer by hand"));
    m_owner->setObjectName(QStringLiteral("systemOwner"));
    m_owner->setToolTip(tr("The team or person who answers for it, and how to reach them"));
    m_owner->setPlaceholderText(tr("The team or person who answers for it, and how to reach them"));
    m_rotation->setObjectName(QStringLiteral("systemRotation"));
    m_rotation->setRange(1, 3650);
    m_rotation->setValue(system.rotationDays > 0 ? system.rotationDays : 30);
    m_rotation->setSuffix(tr(" days", "a backup's rotation"));
    m_rotation->setToolTip(tr("A backup: after how many days a copy is overwritten"));
    m_active->setObjectName(QStringLiteral("systemActive"));
    m_active->setToolTip(tr("Unticked: the system gets no new tasks; its open tasks stay"));
    m_active->setChecked(system.active);
    if (system.id != 0) {
        m_kind->setCurrentIndex(m_kind->findData(system.kind));
        m_confirmedBy->setCurrentIndex(m_confirmedBy->findData(system.confirmedBy));
    }
    for (int i = 0; i < m_categories->count(); ++i)
        if (system.categories.contains(m_categories->item(i)->data(Qt::UserRole).toString()))
            m_categories->item(i)->setCheckState(Qt::Checked);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SystemDialog::updateRotation);
    form()->addRow(tr("Code:"), m_code);
    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Confirmed by:"), m_confirmedBy);
    form()->addRow(tr("Owner:"), m_owner);
    form()->addRow(tr("Backup rotation:"), m_rotation);
    form()->addRow(QString(), m_active);
    m_categories->setAccessibleName(tr("Data categories it holds"));
    m_categories->setAccessibleDescription(tr("Tick every data category the system holds: an "
                                              "executed withdrawal gives it a task for each"));
    form()->addRow(tr("Data categories it holds:"), m_categories);
    updateRotation();
    resize(560, 520);
}

void SystemDialog::updateRotation()
{
    m_rotation->setEnabled(m_kind->currentData().toString() == QLatin1String("backup"));
}

DataSystem SystemDialog::system() const
{
    DataSystem s;
    s.id = m_id;
    s.code = m_code->text().trimmed();
    s.name = m_name->text().trimmed();
    s.kind = m_kind->currentData().toString();
    s.confirmedBy = m_confirmedBy->currentData().toString();
    s.owner = m_owner->text().trimmed();
    s.rotationDays = m_rotation->isEnabled() ? m_rotation->value() : 0;
    s.active = m_active->isChecked();
    s.categories = checkedCodes(m_categories);
    return s;
}

SystemsPage::SystemsPage(Database& database, const Session& session, UserPrompts& prompts,
                         QWidget* parent)
    : QWidget(parent), m_database(database), m_session(session), m_prompts(prompts),
      m_table(makeReadOnlyTable(this, QStringLiteral("systemsView"))),
      m_add(new QPushButton(tr("Add a system…"), this)),
      m_change(new QPushButton(tr("Change…"), this))
{
    setObjectName(QStringLiteral("systemsPage"));
    m_table->setAccessibleName(tr("Data systems"));
    m_table->setAccessibleDescription(tr("Every system that holds subjects' data; select one to "
                                         "change it"));
    m_add->setToolTip(tr("Add a system that holds subjects' data"));
    m_change->setToolTip(tr("Change the selected system: its name, who confirms, its categories"));
    m_steps = std::make_unique<StepRunner>(this, m_prompts, tr("Data systems"),
                                           [this](const QString& text) {
        reload();
        if (!text.isEmpty())
            emit statusMessage(text);
    });
    auto* title = new QLabel(tr("The platform's data systems"), this);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    auto* note = new QLabel(
        tr("Each system that holds subjects' data, the categories it holds and who confirms for "
           "it. An executed withdrawal gives every active system a task per category it destroys, "
           "depersonalises or blocks; a backup's is done when its copies rotate out. "
           "Administrators add and change systems; every change is in the audit trail. A system "
           "is never deleted: made inactive, it gets no new tasks."),
        this);
    note->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addSystem"));
    m_change->setObjectName(QStringLiteral("changeSystem"));
    connect(m_add, &QPushButton::clicked, this, &SystemsPage::openAdd);
    connect(m_change, &QPushButton::clicked, this, &SystemsPage::openChange);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SystemsPage::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &SystemsPage::openChange);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

SystemsPage::~SystemsPage() = default;

void SystemsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SystemsPage::reload()
{
    try {
        m_systems = SystemsService(m_database).list();
    } catch (const Error& e) {
        m_systems.clear();
        m_prompts.showError(this, tr("Data systems"), e.message());
    }
    const Vocabulary words;
    const QHash<QString, QString> categoryNames = ReferenceDataService(m_database).categoryNames();
    QList<QStringList> rows;
    for (const DataSystem& s : m_systems) {
        QStringList categories;
        for (const QString& c : s.categories)
            categories << categoryNames.value(c, c);
        rows << QStringList{
            s.code, s.name, words.name(Vocabulary::Kind::SystemKind, s.kind),
            words.name(Vocabulary::Kind::SystemConfirmer, s.confirmedBy), s.owner,
            //: A backup's rotation in a table cell. %n: a number of days.
            s.rotationDays > 0 ? tr("%n day(s)", "a backup's rotation", s.rotationDays) : QString(),
            s.active ? tr("yes") : tr("no, gets no new tasks"),
            categories.join(QStringLiteral("; "))};
    }
    fillReadOnlyTable(m_table,
                      {tr("Code"), tr("Name", "of a data system"), tr("Kind"), tr("Confirmed by"),
                       tr("Owner"), tr("Rotation"), tr("Active", "a data system"),
                       tr("Data categories")},
                      rows);
    updateButtons();
}

int SystemsPage::rowCount() const
{
    return m_table->rowCount();
}

void SystemsPage::updateButtons()
{
    const bool manager = Permissions::allows(m_session.role, Permission::ManageSystems);
    m_add->setEnabled(manager);
    const int row = m_table->currentRow();
    m_change->setEnabled(manager && row >= 0 && row < m_systems.size() &&
                         m_table->selectionModel()->hasSelection());
}

SystemDialog* SystemsPage::openAdd()
{
    auto* dialog = new SystemDialog(m_database, DataSystem{}, this);
    m_steps->submit(
        dialog, [this, dialog] { SystemsService(m_database).add(m_session, dialog->system()); },
        tr("The data system is added; withdrawals executed from now on give it tasks."));
    return dialog;
}

SystemDialog* SystemsPage::openChange()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_systems.size())
        return nullptr;
    auto* dialog = new SystemDialog(m_database, m_systems[row], this);
    m_steps->submit(
        dialog, [this, dialog] { SystemsService(m_database).change(m_session, dialog->system()); },
        //: %1: the data system's code.
        tr("The data system %1 is changed.").arg(m_systems[row].code));
    return dialog;
}

} // namespace dpo

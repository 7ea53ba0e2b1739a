// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficersPage.h"

#include "domain/Permissions.h"
#include "HolderBox.h"
#include "SigningBox.h"

#include "core/Error.h"
#include "db/Database.h"
#include "domain/DocumentLanguage.h"
#include "security/PasswordHasher.h"
#include "services/OfficerService.h"
#include "services/SettingsService.h"
#include "UserPrompts.h"
#include "widgets/CaseWidgets.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/SubmitDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpo {

namespace {
QComboBox* roleCombo(QWidget* parent, Role current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleCombo"));
    combo->setToolTip(
        OfficersPage::tr("An auditor reads; an officer works cases; a supervisor also "
                         "approves keeps; an administrator also manages officers and "
                         "settings"));
    for (const Role r : {Role::Officer, Role::Supervisor, Role::Auditor, Role::Administrator})
        combo->addItem(roleDisplayName(r), roleCode(r));
    combo->setCurrentIndex(combo->findData(roleCode(current)));
    return combo;
}

QLineEdit* passwordField(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

OfficersPage::OfficersPage(Database& database, const Session& session, UserPrompts& prompts,
                           QWidget* parent)
    : QWidget(parent), m_database(database), m_session(session), m_prompts(prompts),
      m_table(new QTableWidget(this)), m_add(new QPushButton(tr("Add an officer…"), this)),
      m_reset(new QPushButton(tr("Reset the password…"), this)),
      m_active(new QPushButton(tr("Deactivate"), this)),
      m_role(new QPushButton(tr("Change the role…"), this)),
      m_saveSettings(new QPushButton(tr("Save the settings"), this))
{
    setObjectName(QStringLiteral("officersPage"));
    m_steps =
        std::make_unique<StepRunner>(this, m_prompts, tr("Officers"), [this](const QString& text) {
            reload();
            if (!text.isEmpty())
                emit statusMessage(text);
        });
    auto* title = new QLabel(tr("Officers and settings"), this);
    title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    auto* note = new QLabel(tr("Administrators manage the accounts and the team's settings; every "
                               "change is in the audit trail. "
                               "A reset password must be changed at the next sign-in."),
                            this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("officersView"));
    m_table->setTabKeyNavigation(false); // arrows within, Tab on to the next control
    m_table->setAccessibleName(tr("Officers"));
    m_table->setAccessibleDescription(
        tr("Every account: user name, name, role, whether it is active; select one to change it"));
    m_add->setObjectName(QStringLiteral("addOfficer"));
    m_add->setToolTip(tr("Create an account with its role and a first password"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_active->setObjectName(QStringLiteral("toggleActive"));
    m_active->setToolTip(tr("Stop the selected officer from signing in, or let them again; their "
                            "entries in the audit trail stay"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_role->setToolTip(tr("Give the selected officer another role"));
    m_saveSettings->setObjectName(QStringLiteral("saveSettings"));
    m_saveSettings->setToolTip(tr("Save every setting above at once; each change is audited"));
    connect(m_add, &QPushButton::clicked, this, &OfficersPage::openAdd);
    connect(m_reset, &QPushButton::clicked, this, &OfficersPage::openResetPassword);
    connect(m_role, &QPushButton::clicked, this, &OfficersPage::openChangeRole);
    connect(m_active, &QPushButton::clicked, this, &OfficersPage::toggleActive);
    connect(m_saveSettings, &QPushButton::clicked, this, &OfficersPage::saveSettings);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OfficersPage::updateButtons);
    updateButtons(); // the buttons' states and the reset's tooltip before any row is read

    // Wide enough for either word, so that it does not jump when the selection changes.
    m_active->setMinimumWidth(
        std::max(m_active->fontMetrics().horizontalAdvance(tr("Deactivate")),
                 m_active->fontMetrics().horizontalAdvance(tr("Reactivate"))) +
        32);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_reset, m_active, m_role})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* settings = new QGroupBox(tr("The team's settings"), this);
    auto* form = new QFormLayout(settings);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number, not a line of text
    for (const SettingsService::Setting& s : SettingsService::known()) {
        auto* spin = new QSpinBox(settings);
        spin->setObjectName(QString::fromLatin1(s.key));
        spin->setRange(s.minimum, s.maximum);
        spin->setToolTip(SettingsService::tr(s.help));
        form->addRow(SettingsService::tr(s.description), spin);
        m_settings.insert(QString::fromLatin1(s.key), spin);
    }
    form->addRow(m_saveSettings);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_holder = new HolderBox(m_database, m_session, *m_steps, this);
    layout->addWidget(settings);
    layout->addWidget(m_holder);
    m_signing = new SigningBox(m_database, m_session, *m_steps, this);
    layout->addWidget(m_signing);
    const bool manager = Permissions::allows(m_session.role, Permission::ManageOfficers);
    const bool changesSettings = Permissions::allows(m_session.role, Permission::ChangeSettings);
    m_add->setEnabled(manager);
    m_saveSettings->setEnabled(changesSettings);
    for (QSpinBox* spin : std::as_const(m_settings))
        spin->setEnabled(changesSettings);
    reload();
}

void OfficersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void OfficersPage::reload()
{
    QList<Officer> officers;
    try {
        officers = OfficerService(m_database).officers();
        m_holder->reload();
        m_signing->reload();
        for (auto it = m_settings.begin(); it != m_settings.end(); ++it)
            it.value()->setValue(
                SettingsService(m_database).integer(it.key().toLatin1().constData()));
    } catch (const Error& e) {
        emit statusMessage(e.message());
        return;
    }
    const qint64 selected = selectedOfficer();
    QList<QStringList> rows;
    for (const Officer& o : officers) {
        QStringList state;
        state << (o.active ? tr("Active", "officer") : tr("Deactivated", "officer"));
        if (o.locked)
            //: %1: a date and time.
            state << tr("locked until %1").arg(displayInstant(o.lockedUntil));
        if (o.mustChangePassword)
            state << tr("must change the password");
        if (!o.dbLogin.isEmpty()) {
            //: %1: the officer's PostgreSQL login.
            state << tr("connects as the login %1").arg(o.dbLogin);
        }
        rows << QStringList{o.username, o.displayName, roleDisplayName(o.role),
                            state.join(QStringLiteral("; "))};
    }
    const QSignalBlocker quiet(m_table);
    fillReadOnlyTable(m_table, {tr("User name"), tr("Name"), tr("Role"), tr("State")}, rows);
    for (int row = 0; row < officers.size(); ++row) {
        setRowId(m_table, row, officers[row].id);
        m_table->item(row, 0)->setData(Qt::UserRole + 2, officers[row].active);
        m_table->item(row, 0)->setData(Qt::UserRole + 3, !officers[row].dbLogin.isEmpty());
        if (officers[row].id == selected)
            m_table->selectRow(row);
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

qint64 OfficersPage::selectedOfficer() const
{
    return selectedRowId(m_table);
}

void OfficersPage::updateButtons()
{
    const bool admin = Permissions::allows(m_session.role, Permission::ManageOfficers);
    const qint64 id = selectedOfficer();
    const bool other = id > 0 && id != m_session.officerId; // one's own account is not changed here
    m_role->setEnabled(admin && other);
    m_active->setEnabled(admin && other);
    const int row = m_table->currentRow();
    const QTableWidgetItem* first = row < 0 ? nullptr : m_table->item(row, 0);
    const bool active = !first || first->data(Qt::UserRole + 2).toBool();
    // An own login's password is the server's: the console may not set it (the server refuses).
    const bool ownLogin = first && first->data(Qt::UserRole + 3).toBool();
    m_reset->setEnabled(admin && other && !ownLogin);
    m_reset->setToolTip(ownLogin ? tr("This officer signs in with their own database login: they "
                                      "change its password themselves, and only the server's "
                                      "administrator can reset it")
                                 : tr("Give the selected officer a temporary password to change "
                                      "at the next sign-in"));
    m_active->setText(active ? tr("Deactivate") : tr("Reactivate"));
}

OfficersPage::~OfficersPage() = default;

SubmitDialog* OfficersPage::openAdd()
{
    auto* dialog = new SubmitDialog(tr("Add an officer"), tr("Add"), this);
    dialog->setObjectName(QStringLiteral("addOfficerDialog"));
    auto* username = new QLineEdit(dialog);
    username->setObjectName(QStringLiteral("username"));
    username->setToolTip(tr("The name the officer signs in with"));
    auto* name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("displayName"));
    name->setToolTip(tr("The officer's name as the audit trail and the letters show it"));
    QComboBox* role = roleCombo(dialog, Role::Officer);
    QLineEdit* password = passwordField(dialog, "password");
    password->setToolTip(tr("The password the officer signs in with; give it to them in person"));
    dialog->form()->addRow(tr("User name:"), username);
    dialog->form()->addRow(tr("Name:", "person"), name);
    dialog->form()->addRow(tr("Role:"), role);
    dialog->form()->addRow(tr("First password:"), password);
    dialog->form()->addRow(new QLabel(
        //: %1: a number of characters.
        tr("At least %1 characters, without the user name; the officer chooses their own at the "
           "first sign-in.")
            .arg(PasswordHasher::kMinimumLength),
        dialog));
    // On a server each officer is best a login of their own: the server then knows who asks and
    // refuses what their role may not do (docs/deployment.md, "One login per officer").
    QCheckBox* ownLogin = nullptr;
    if (m_database.isPostgres()) {
        ownLogin = new QCheckBox(tr("Create their database login, named as the user name"), dialog);
        ownLogin->setObjectName(QStringLiteral("ownLogin"));
        ownLogin->setChecked(true);
        ownLogin->setToolTip(tr("The officer connects to the server as themselves, with this "
                                "password, and the server checks what their role may do; without "
                                "it they connect with the team's shared login"));
        dialog->form()->addRow(ownLogin);
    }
    m_steps->submit(
        dialog,
        [this, username, name, role, password, ownLogin] {
        OfficerService(m_database)
            .createOfficer(m_session, username->text().trimmed(), name->text().trimmed(),
                           roleFromCode(role->currentData().toString()), password->text(),
                           ownLogin && ownLogin->isChecked()
                               ? OfficerService::Login::OwnLogin
                               : OfficerService::Login::ConsolePassword);
        },
        tr("The officer is added."));
    return dialog;
}

SubmitDialog* OfficersPage::openResetPassword()
{
    const qint64 id = selectedOfficer();
    auto* dialog = new SubmitDialog(tr("Reset the password"), tr("Reset"), this);
    dialog->setObjectName(QStringLiteral("resetPasswordDialog"));
    QLineEdit* password = passwordField(dialog, "temporaryPassword");
    password->setToolTip(tr("The officer changes it at the next sign-in"));
    auto* note = new QLabel(tr("Give the officer this temporary password in person; they choose "
                               "their own at the next sign-in."),
                            dialog);
    note->setWordWrap(true);
    dialog->form()->addRow(note);
    dialog->form()->addRow(tr("Temporary password:"), password);
    m_steps->submit(
        dialog,
        [this, id, password] {
        OfficerService(m_database).resetPassword(m_session, id, password->text());
        },
        tr("The password is reset; it must be changed at the next sign-in."));
    return dialog;
}

SubmitDialog* OfficersPage::openChangeRole()
{
    const qint64 id = selectedOfficer();
    Role current = Role::Officer;
    for (const Officer& o : OfficerService(m_database).officers())
        if (o.id == id)
            current = o.role;
    auto* dialog = new SubmitDialog(tr("Change the role"), tr("Change"), this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    QComboBox* role = roleCombo(dialog, current);
    dialog->form()->addRow(tr("Role:"), role);
    m_steps->submit(
        dialog,
        [this, id, role] {
        OfficerService(m_database)
            .changeRole(m_session, id, roleFromCode(role->currentData().toString()));
        },
        tr("The role is changed."));
    return dialog;
}

void OfficersPage::toggleActive()
{
    const qint64 id = selectedOfficer();
    const int row = m_table->currentRow();
    if (id <= 0 || row < 0)
        return;
    const bool active = m_table->item(row, 0)->data(Qt::UserRole + 2).toBool();
    if (active &&
        !m_prompts.confirm(this, tr("Deactivate"),
                           //: %1: the officer's name.
                           tr("Deactivate %1? They can no longer sign in until reactivated.")
                               .arg(m_table->item(row, 0)->text())))
        return;
    m_steps->run(
        [this, id, active] { OfficerService(m_database).setActive(m_session, id, !active); },
        active ? tr("The officer is deactivated.") : tr("The officer is reactivated."));
}

void OfficersPage::saveSettings()
{
    m_steps->run(
        [this] {
        QList<QPair<QString, int>> values;
        for (auto it = m_settings.constBegin(); it != m_settings.constEnd(); ++it)
            values << qMakePair(it.key(), it.value()->value());
        SettingsService(m_database).setIntegers(m_session, values);
        },
        tr("The settings are saved."));
}

} // namespace dpo

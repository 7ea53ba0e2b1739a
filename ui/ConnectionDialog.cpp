// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"
#include "core/Shades.h"

#include "core/Error.h"
#include "db/DatabaseUrl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpo {

ConnectionDialog::ConnectionDialog(ConnectionProfiles& profiles, QWidget* parent)
    : QDialog(parent), m_profiles(profiles), m_profileBox(new QComboBox(this)),
      m_urlEdit(new QLineEdit(this)), m_nameEdit(new QLineEdit(this)),
      m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Connect to a consent database"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(
        tr("sqlite:/path/consent.sqlite or postgresql://user@host:5432/dbname"));
    m_urlEdit->setMinimumWidth(460);
    m_urlEdit->setToolTip(tr("Where the consent database is: a SQLite file or a PostgreSQL "
                             "server; no password in it"));
    m_profileBox->setToolTip(tr("A connection saved before; choosing one fills in its URL"));
    m_nameEdit->setToolTip(tr("The name the connection is saved under"));
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setPlaceholderText(tr("A name for this connection", "profile name placeholder"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Shades::textStyle(Shades::alarm()));
    m_errorLabel->hide();

    auto* hint = new QLabel(tr("The PostgreSQL password is asked for when the server wants it, or "
                               "read from PGPASSWORD or ~/.pgpass. It is never saved."),
                            this);
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Saved connection:"), m_profileBox);
    form->addRow(tr("Database URL:"), m_urlEdit);
    auto* saveButton = new QPushButton(tr("Save as profile"), this);
    saveButton->setToolTip(tr("Save the URL under the name for the next start; no password is "
                              "saved"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_nameEdit, 1);
    saveRow->addWidget(saveButton);
    form->addRow(tr("Profile name:"), saveRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Connect", "button"), QDialogButtonBox::AcceptRole)
        ->setToolTip(tr("Open the database at the URL"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close the console"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileChosen);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    const QString last = m_profiles.lastUsed();
    int lastIndex = 0;
    const auto all = m_profiles.all();
    for (int i = 0; i < all.size(); ++i) {
        m_profileBox->addItem(all[i].name, all[i].url);
        if (all[i].name == last)
            lastIndex = i;
    }
    m_profileBox->setCurrentIndex(lastIndex);
    profileChosen(lastIndex);
}

QString ConnectionDialog::url() const
{
    return m_urlEdit->text().trimmed();
}

QString ConnectionDialog::profileName() const
{
    return m_profileBox->currentData().toString() == url() ? m_profileBox->currentText()
                                                           : QString();
}

void ConnectionDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ConnectionDialog::profileChosen(int index)
{
    if (index < 0)
        return;
    m_urlEdit->setText(m_profileBox->itemData(index).toString());
    m_nameEdit->setText(index == 0 ? QString() : m_profileBox->itemText(index));
    showError(QString());
}

void ConnectionDialog::saveProfile()
{
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the profile a name before saving it."));
        return;
    }
    try {
        DatabaseUrl::parse(url());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_profiles.save({name, url()});
    if (m_profileBox->findText(name) < 0)
        m_profileBox->addItem(name, url());
    m_profileBox->setItemData(m_profileBox->findText(name), url());
    m_profileBox->setCurrentIndex(m_profileBox->findText(name));
    showError(QString());
}

void ConnectionDialog::validateAndAccept()
{
    try {
        DatabaseUrl::parse(url());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_profiles.setLastUsed(m_profileBox->currentText());
    accept();
}

} // namespace dpo

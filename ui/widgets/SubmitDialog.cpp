// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmitDialog.h"
#include "core/Shades.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpo {

SubmitDialog::SubmitDialog(const QString& title, const QString& okText, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(Shades::textStyle(Shades::alarm()));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setToolTip(tr("Save what the form says and close it; a problem is shown under the form"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close the form without saving anything"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SubmitDialog::submit()
{
    const QString error = m_submit ? m_submit() : QString();
    if (error.isEmpty())
        accept();
    else
        showError(error);
}

void SubmitDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void SubmitDialog::showEvent(QShowEvent* event)
{
    for (QPlainTextEdit* text : findChildren<QPlainTextEdit*>())
        text->setTabChangesFocus(true);
    QDialog::showEvent(event);
}

} // namespace dpo

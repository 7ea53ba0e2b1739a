// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace dpo {

void WidgetUserPrompts::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

bool WidgetUserPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

QString WidgetUserPrompts::askPassword(QWidget* parent, const QString& title, const QString& label,
                                       bool* accepted)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), accepted);
}

QString WidgetUserPrompts::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString WidgetUserPrompts::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

} // namespace dpo

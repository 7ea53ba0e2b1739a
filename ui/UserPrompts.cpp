// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include "widgets/DocumentViewer.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>

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

QString WidgetUserPrompts::openFileName(QWidget* parent, const QString& caption,
                                        const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString WidgetUserPrompts::saveFileName(QWidget* parent, const QString& caption,
                                        const QString& filter, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void WidgetUserPrompts::showInformation(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString WidgetUserPrompts::askText(QWidget* parent, const QString& title, const QString& label,
                                   bool* accepted)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), accepted);
}

void WidgetUserPrompts::printPreview(QWidget* parent, const QString& title,
                                     const std::function<void(QPrinter*)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter* p) { paint(p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool WidgetUserPrompts::choosePrinter(QWidget* parent, QPrinter* printer)
{
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void WidgetUserPrompts::showDocument(QWidget* parent, const QString& fileName,
                                     const QString& mediaType, const QByteArray& content)
{
    // Shown from memory inside the console: no copy of personal data is left on disk.
    DocumentViewer viewer(fileName, mediaType, content, parent);
    viewer.exec();
}

} // namespace dpo

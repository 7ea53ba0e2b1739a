// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

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

QString WidgetUserPrompts::saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                        const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void WidgetUserPrompts::showInformation(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString WidgetUserPrompts::askText(QWidget* parent, const QString& title, const QString& label, bool* accepted)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), accepted);
}

void WidgetUserPrompts::printPreview(QWidget* parent, const QString& title,
                                     const std::function<void(QPrinter*)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) { paint(p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool WidgetUserPrompts::choosePrinter(QWidget* parent, QPrinter* printer)
{
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void WidgetUserPrompts::showDocument(QWidget* parent, const QString& fileName, const QString& mediaType,
                                     const QByteArray& content)
{
    const QImage image = QImage::fromData(content);
    if (!image.isNull()) {
        QDialog dialog(parent);
        dialog.setWindowTitle(fileName);
        auto* label = new QLabel(&dialog);
        label->setPixmap(QPixmap::fromImage(image.width() > 1600 ? image.scaledToWidth(1600, Qt::SmoothTransformation) : image));
        auto* scroll = new QScrollArea(&dialog);
        scroll->setWidget(label);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(scroll);
        dialog.resize(1000, 800);
        dialog.exec();
        return;
    }
    // Not an image Qt reads (a PDF, most TIFFs): a copy readable by this user only, for the
    // system's viewer. The copy stays in the temporary folder; the stored document is unchanged.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/dpo-console");
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString suffix = mediaType == QStringLiteral("application/pdf") ? QStringLiteral("pdf") : QStringLiteral("tiff");
    QTemporaryFile copy(folder + QStringLiteral("/document-XXXXXX.") + suffix);
    copy.setAutoRemove(false);
    if (!copy.open() || copy.write(content) != content.size()) {
        showError(parent, fileName, QCoreApplication::translate("dpo::UserPrompts", "Cannot make a copy of %1 to show: %2").arg(fileName, copy.errorString()));
        return;
    }
    copy.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName())))
        showError(parent, fileName, QCoreApplication::translate("dpo::UserPrompts", "No program on this computer opens %1. A checked copy is at %2.").arg(fileName, copy.fileName()));
}

} // namespace dpo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QString>

class QPrinter;
class QWidget;

namespace dpo {

// Every modal question the GUI asks goes through here, so that tests can answer it instead of
// blocking on a real message box or file dialog.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void showInformation(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    // Empty and `accepted` false when cancelled.
    virtual QString askPassword(QWidget* parent, const QString& title, const QString& label,
                                bool* accepted) = 0;
    // A line of text (a reason); empty and `accepted` false when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label,
                            bool* accepted) = 0;
    virtual QString openFileName(QWidget* parent, const QString& caption,
                                 const QString& filter) = 0;
    // `suggested` is the file name offered; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                 const QString& suggested) = 0;
    // A print preview of what `paint` draws (it may be called again for each change of setup).
    virtual void printPreview(QWidget* parent, const QString& title,
                              const std::function<void(QPrinter*)>& paint) = 0;
    // The print dialog: false when cancelled; otherwise `printer` is set up as chosen.
    virtual bool choosePrinter(QWidget* parent, QPrinter* printer) = 0;
    // Shows a stored document whose hash was checked, inside the console (DocumentViewer).
    virtual void showDocument(QWidget* parent, const QString& fileName, const QString& mediaType,
                              const QByteArray& content) = 0;
};

// The real dialogs.
class WidgetUserPrompts : public UserPrompts
{
public:
    void showError(QWidget* parent, const QString& title, const QString& text) override;
    void showInformation(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    QString askPassword(QWidget* parent, const QString& title, const QString& label,
                        bool* accepted) override;
    QString askText(QWidget* parent, const QString& title, const QString& label,
                    bool* accepted) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                         const QString& suggested) override;
    void printPreview(QWidget* parent, const QString& title,
                      const std::function<void(QPrinter*)>& paint) override;
    bool choosePrinter(QWidget* parent, QPrinter* printer) override;
    void showDocument(QWidget* parent, const QString& fileName, const QString& mediaType,
                      const QByteArray& content) override;
};

} // namespace dpo

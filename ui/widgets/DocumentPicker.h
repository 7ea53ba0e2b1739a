// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AttachmentService.h"

#include <functional>
#include <QWidget>

class QListWidget;

namespace dpo {

class UserPrompts;

// The documents a registration brings (a written request, a claim's letter): a list and an
// "Add document…" button; each file is read and checked (type by content, size) when added.
class DocumentPicker : public QWidget
{
    Q_OBJECT
public:
    // `showError` receives what is wrong with a file the officer chose.
    DocumentPicker(UserPrompts& prompts, const QString& caption,
                   std::function<void(const QString&)> showError, QWidget* parent = nullptr);
    void addFile(const QString& path);
    const QList<AttachmentService::Document>& documents() const { return m_documents; }

    static QString fileFilter();

private:
    UserPrompts& m_prompts;
    QString m_caption;
    std::function<void(const QString&)> m_showError;
    QListWidget* m_list;
    QList<AttachmentService::Document> m_documents;
};

} // namespace dpo

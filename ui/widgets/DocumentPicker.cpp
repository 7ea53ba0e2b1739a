// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPicker.h"

#include "core/Error.h"
#include "UserPrompts.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace dpo {

DocumentPicker::DocumentPicker(UserPrompts& prompts, const QString& caption,
                               std::function<void(const QString&)> showError, QWidget* parent)
    : QWidget(parent), m_prompts(prompts), m_caption(caption), m_showError(std::move(showError)),
      m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setAccessibleName(tr("Documents to attach"));
    m_list->setAccessibleDescription(tr("The files attached to the case when the form is saved"));
    m_list->setMaximumHeight(70);
    auto* add = new QPushButton(tr("Add document…"), this);
    add->setObjectName(QStringLiteral("addDocument"));
    add->setToolTip(tr("Choose a scan or a file (PDF, JPEG, PNG, TIFF) to attach"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFileName(this, m_caption, fileFilter());
        if (!path.isEmpty())
            addFile(path);
    });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addWidget(add, 0, Qt::AlignTop);
}

QString DocumentPicker::fileFilter()
{
    return tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)");
}

void DocumentPicker::addFile(const QString& path)
{
    try {
        const AttachmentService::Document document = AttachmentService::readFile(path);
        AttachmentService::validate(document);
        m_documents << document;
        //: A document to pick. %1: its file name; %2: its size, e.g. "1.2 MB".
        m_list->addItem(tr("%1 (%2)").arg(document.fileName,
                                          QLocale().formattedDataSize(document.content.size())));
    } catch (const Error& e) {
        m_showError(e.message());
    }
}

} // namespace dpo

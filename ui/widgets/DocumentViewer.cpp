// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentViewer.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace dpo {

namespace {
constexpr int kPageWidth = 900; // pixels
}

DocumentViewer::DocumentViewer(const QString& fileName, const QString& mediaType,
                               const QByteArray& content, QWidget* parent)
    : QDialog(parent), m_column(new QVBoxLayout), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("documentViewer"));
    setWindowTitle(fileName);
    m_note->setObjectName(QStringLiteral("documentNote"));
    m_note->setWordWrap(true);
    auto* pages = new QWidget(this);
    pages->setLayout(m_column);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);

    if (mediaType == QStringLiteral("application/pdf")) {
        QBuffer buffer;
        buffer.setData(content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() == QPdfDocument::Status::Loading) { // a device may load in the background
            QEventLoop wait;
            connect(&pdf, &QPdfDocument::statusChanged, &wait, &QEventLoop::quit);
            QTimer::singleShot(10000, &wait, &QEventLoop::quit);
            wait.exec();
        }
        if (pdf.status() != QPdfDocument::Status::Ready) {
            //: %1: the file's name.
            m_problem = tr("%1 cannot be read as a PDF.").arg(fileName);
        } else {
            for (int page = 0; page < pdf.pageCount() && page < kMaxPages; ++page) {
                const QSizeF points = pdf.pagePointSize(page);
                const QSize size(kPageWidth, qMax(1, qRound(points.height() * kPageWidth /
                                                            qMax(1.0, points.width()))));
                // The page is rendered on transparency: paper is white.
                QImage paper(size, QImage::Format_RGB32);
                paper.fill(Qt::white);
                QPainter(&paper).drawImage(0, 0, pdf.render(page, size));
                addPage(paper);
            }
            if (pdf.pageCount() > kMaxPages)
                m_note->setText(
                    //: %1: the number of pages shown; %2: the number of pages.
                    tr("The first %1 of %2 pages are shown.").arg(kMaxPages).arg(pdf.pageCount()));
        }
    } else {
        const QImage image = QImage::fromData(content);
        if (image.isNull())
            m_problem =
                //: %1: the file's name.
                tr("%1 cannot be shown: this computer reads no image of this kind.").arg(fileName);
        else
            addPage(image.width() > kPageWidth
                        ? image.scaledToWidth(kPageWidth, Qt::SmoothTransformation)
                        : image);
    }
    if (!m_problem.isEmpty())
        m_note->setText(m_problem);
    m_note->setVisible(!m_note->text().isEmpty());
    resize(kPageWidth + 60, 900);
}

void DocumentViewer::addPage(const QImage& image)
{
    auto* page = new QLabel;
    page->setPixmap(QPixmap::fromImage(image));
    page->setFrameShape(QFrame::Box);
    m_column->addWidget(page, 0, Qt::AlignHCenter);
    ++m_pages;
}

} // namespace dpo

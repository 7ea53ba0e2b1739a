// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace dpo {

// A stored document shown inside the console, from memory (no copy on disk): the pages of a
// PDF (Qt PDF) or an image (JPEG, PNG, TIFF), one below the other, scaled to the window's width.
class DocumentViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 50; // a longer document shows its first pages and says so

    DocumentViewer(const QString& fileName, const QString& mediaType, const QByteArray& content,
                   QWidget* parent = nullptr);
    int pagesShown() const { return m_pages; }
    QString problem() const { return m_problem; } // empty when the document could be shown

private:
    void addPage(const QImage& image);
    QVBoxLayout* m_column;
    QLabel* m_note;
    int m_pages = 0;
    QString m_problem;
};

} // namespace dpo

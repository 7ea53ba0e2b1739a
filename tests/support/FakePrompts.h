// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserPrompts.h"

#include <QPrinter>
#include <QStringList>

namespace dpo::test {

// Answers the GUI's modal questions instead of real dialogs, and records them. Printing goes to
// PDF files a test can read back.
class FakePrompts : public UserPrompts
{
public:
    QString password;
    bool acceptPassword = true;
    bool confirmAnswer = true;
    QString saveAnswer;    // what saveFileName returns
    QString openAnswer;    // what openFileName returns
    QString printerOutput; // the PDF a "printer" writes to; empty: the print dialog is cancelled
    QString previewOutput; // the PDF a preview is drawn into
    int passwordQuestions = 0;
    int confirmations = 0;
    int previews = 0;
    int previewDrawings = 1; // how often a preview asks for its pages
    QStringList errors;
    QStringList informations;
    QStringList shownDocuments; // file names
    QByteArray lastDocument;

    void showError(QWidget*, const QString&, const QString& text) override { errors << text; }
    void showInformation(QWidget*, const QString&, const QString& text) override
    {
        informations << text;
    }
    bool confirm(QWidget*, const QString&, const QString&) override
    {
        ++confirmations;
        return confirmAnswer;
    }
    QString askPassword(QWidget*, const QString&, const QString&, bool* accepted) override
    {
        ++passwordQuestions;
        *accepted = acceptPassword;
        return password;
    }
    QString textAnswer; // what askText returns; empty: cancelled
    QString askText(QWidget*, const QString&, const QString&, bool* accepted) override
    {
        *accepted = !textAnswer.isEmpty();
        return textAnswer;
    }
    QString openFileName(QWidget*, const QString&, const QString&) override { return openAnswer; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        return saveAnswer;
    }
    void printPreview(QWidget*, const QString&,
                      const std::function<void(QPrinter*)>& paint) override
    {
        ++previews;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(previewOutput);
        for (int i = 0; i < previewDrawings; ++i)
            paint(&printer);
    }
    bool choosePrinter(QWidget*, QPrinter* printer) override
    {
        if (printerOutput.isEmpty())
            return false;
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printerOutput);
        return true;
    }
    void showDocument(QWidget*, const QString& fileName, const QString&,
                      const QByteArray& content) override
    {
        shownDocuments << fileName;
        lastDocument = content;
    }
};

} // namespace dpo::test

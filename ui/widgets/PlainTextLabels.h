// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace dpo {

// Every QLabel of the program shows its text as plain text unless its code asked for rich text
// (Qt::RichText, with the data in it escaped). A label left on Qt::AutoText guesses: a name such
// as "<img src=file:///…>" or "<s>Асанов</s>" from the database or the platform's feed would be
// rendered as markup, loading a local file or striking the name through. The filter sets
// Qt::PlainText on each such label when it is first polished, before it is ever drawn.
class PlainTextLabels : public QObject
{
    Q_OBJECT
public:
    // Installs the filter on the application once; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace dpo

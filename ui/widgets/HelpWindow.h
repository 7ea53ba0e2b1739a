// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QListWidget;
class QTextBrowser;

namespace dpo {

// The user guide (Help → User guide, F1) in the interface's language: a topic per section of the
// window, what each case's steps are and what the law asks at each, and the window's keys, read
// from its menus so that the list cannot drift from them. Not modal: the officer reads it beside
// the case.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString menu;   // where it is, e.g. "File"
        QString action; // what it does, e.g. "Import"
        QString keys;   // as the platform writes them, e.g. "Ctrl+I"
    };

    HelpWindow(const QString& language, const QList<Shortcut>& shortcuts,
               QWidget* parent = nullptr);

    // Scrolls to a topic: a section's id (dashboard, subjects, withdrawals, …) or "keyboard".
    void showTopic(const QString& topic);
    QString currentTopic() const { return m_topic; }

    // The guide's HTML in a language (English when it has none), the keys put in its table.
    static QString guideHtml(const QString& language, const QList<Shortcut>& shortcuts);
    // The topics, in order, with their headings, as the guide in that language has them.
    static QList<std::pair<QString, QString>> topics(const QString& html);

private:
    QListWidget* m_contents;
    QTextBrowser* m_browser;
    QString m_topic;
};

} // namespace dpo

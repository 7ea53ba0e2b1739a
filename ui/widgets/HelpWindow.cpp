// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HelpWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dpo {

namespace {
QString readGuide(const QString& language)
{
    QFile file(QStringLiteral(":/help/guide_%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(QStringLiteral(":/help/guide_en.html"));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString HelpWindow::guideHtml(const QString& language, const QList<Shortcut>& shortcuts)
{
    QString table = QStringLiteral("<table cellpadding=\"4\">");
    for (const Shortcut& s : shortcuts)
        table += QStringLiteral("<tr><td><b>%1</b></td><td>%2 → %3</td></tr>")
                     .arg(s.keys.toHtmlEscaped(), s.menu.toHtmlEscaped(), s.action.toHtmlEscaped());
    table += QStringLiteral("</table>");
    return readGuide(language).replace(QStringLiteral("<!--shortcuts-->"), table);
}

QList<std::pair<QString, QString>> HelpWindow::topics(const QString& html)
{
    static const QRegularExpression heading(QStringLiteral("<h2 id=\"(\\w+)\">(.*?)</h2>"));
    QList<std::pair<QString, QString>> found;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        found.append({match.captured(1), match.captured(2)});
    }
    return found;
}

HelpWindow::HelpWindow(const QString& language, const QList<Shortcut>& shortcuts, QWidget* parent)
    : QDialog(parent), m_contents(new QListWidget(this)), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User guide"));
    setModal(false);
    resize(1000, 720);
    const QString html = guideHtml(language, shortcuts);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Topics of the guide"));
    m_contents->setAccessibleDescription(tr("Choose a topic to read it on the right."));
    for (const auto& [id, title] : topics(html)) {
        auto* item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, id);
    }
    m_contents->setMaximumWidth(260);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showTopic(item->data(Qt::UserRole).toString());
    });

    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setAccessibleDescription(
        tr("The guide's text; the arrow keys and Page Up or Page Down scroll it."));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeHelp"));
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the guide"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* body = new QHBoxLayout;
    body->addWidget(m_contents);
    body->addWidget(m_browser, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
}

void HelpWindow::showTopic(const QString& topic)
{
    m_topic = topic;
    m_browser->scrollToAnchor(topic);
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole).toString() == topic) {
            const QSignalBlocker quiet(m_contents); // already shown: no second scroll
            m_contents->setCurrentRow(i);
        }
    }
}

} // namespace dpo

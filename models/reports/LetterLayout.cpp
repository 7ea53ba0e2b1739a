// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LetterLayout.h"

#include "core/Error.h"
#include "domain/DocumentLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace dpo {

namespace {
constexpr const char* kContext = "dpo::LetterLayout";

QString layoutTemplate()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/letters/letter.html"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        QString html = QString::fromUtf8(file.readAll());
        // The maintainers' note at the top is not part of the letter.
        if (html.startsWith(QLatin1String("<!--")))
            html = html.mid(html.indexOf(QLatin1String("-->")) + 3).trimmed();
        return html;
    }();
    return text;
}
} // namespace

LetterBody& LetterBody::paragraph(const QString& text)
{
    m_html += QStringLiteral("<p>%1</p>").arg(letterText(text));
    return *this;
}

LetterBody& LetterBody::labelled(Label style, const QString& label, const QString& text)
{
    const QString tag = style == Label::Italic ? QStringLiteral("i") : QStringLiteral("b");
    m_html += QStringLiteral("<p><%1>%2</%1> %3</p>").arg(tag, letterText(label), letterText(text));
    return *this;
}

LetterBody& LetterBody::table(const QStringList& headers, const QList<QStringList>& rows)
{
    const auto row = [](const QStringList& cells, const QString& tag) {
        QString html = QStringLiteral("<tr>");
        for (const QString& cell : cells)
            html += QStringLiteral("<%1>%2</%1>").arg(tag, letterText(cell));
        return html + QStringLiteral("</tr>");
    };
    m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                             "width=\"100%\">") +
              row(headers, QStringLiteral("th"));
    for (const QStringList& cells : rows)
        m_html += row(cells, QStringLiteral("td"));
    m_html += QStringLiteral("</table>");
    return *this;
}

QString letterText(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString layOutLetter(const LetterContent& content, const Holder& holder,
                     const OutgoingLetterService::Letter& outgoing,
                     const DocumentLanguage& language, const QString& signatory)
{
    const auto t = [&](const char* source) { return language.translate(kContext, source); };
    const QString& code = language.code();
    const bool numbered = !outgoing.number.isEmpty(); // a preview of a letter not yet made is not
    const QHash<QString, QString> values{
        {QStringLiteral("holder_name"), letterText(holder.name(code))},
        {QStringLiteral("holder_inn"),
         //: The holder's tax number in a letter's heading. %1: the number.
         letterText(t(QT_TRANSLATE_NOOP("dpo::LetterLayout", "INN %1")).arg(holder.inn))},
        {QStringLiteral("holder_address"), letterText(holder.address(code))},
        {QStringLiteral("outgoing_number"),
         //: In a letter's heading. %1: the letter's outgoing number.
         letterText(t(QT_TRANSLATE_NOOP("dpo::LetterLayout", "Outgoing No. %1"))
                        .arg(numbered ? outgoing.number : QStringLiteral("______")))},
        {QStringLiteral("outgoing_date"),
         //: In a letter's heading, after the outgoing number ("No. 12 of 3 March 2026"). %1: the
         //: letter's date.
         letterText(numbered ? t(QT_TRANSLATE_NOOP("dpo::LetterLayout", "of %1"))
                                   .arg(language.date(outgoing.registeredOn))
                             : t(QT_TRANSLATE_NOOP("dpo::LetterLayout",
                                                   "(numbered when printed or saved)")))},
        {QStringLiteral("addressee_name"), letterText(content.addresseeName)},
        {QStringLiteral("addressee_address"), letterText(content.addresseeAddress)},
        {QStringLiteral("heading"), letterText(content.heading)},
        {QStringLiteral("body"), content.body.html()},
        {QStringLiteral("signatory_position"), letterText(holder.position(code))},
        {QStringLiteral("signatory_name"), letterText(signatory)},
        {QStringLiteral("signature"),
         letterText(t(QT_TRANSLATE_NOOP("dpo::LetterLayout", "(signature)")))},
    };
    const QString layout = layoutTemplate();
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString html;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(layout); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd())
            throw Error(
                Error::Kind::Database,
                //: %1: the placeholder's name in the layout file.
                QCoreApplication::translate(
                    "dpo::LetterLayout", "The letter layout asks for \"%1\", which no letter has.")
                    .arg(m.captured(1)));
        html += layout.mid(from, m.capturedStart() - from) + *value;
        from = m.capturedEnd();
    }
    if (layout.isEmpty())
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("dpo::LetterLayout",
                                                "The letter layout is missing from this build."));
    return html + layout.mid(from);
}

} // namespace dpo

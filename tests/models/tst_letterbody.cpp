// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LetterLayout.h"

#include <QTest>

using namespace dpo;

// A letter's body is said in plain text and marked up in one place: whatever a claimant or an
// officer wrote is escaped there, line breaks kept, in paragraphs, labels and table cells alike.
class TestLetterBody : public QObject
{
    Q_OBJECT
private slots:
    void textIsEscapedEverywhere()
    {
        const QString hostile = QStringLiteral("<b>Bold</b> & \"quoted\"\nsecond line");
        LetterBody body;
        body.paragraph(hostile)
            .labelled(LetterBody::Label::Italic, QStringLiteral("You wrote <about>:"), hostile)
            .table({QStringLiteral("Data"), QStringLiteral("<th>")}, {{hostile, hostile}});
        const QString html = body.html();
        QVERIFY2(!html.contains(QStringLiteral("<b>Bold")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<about>")));
        QCOMPARE(html.count(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;<br>"
                                           "second line")),
                 4);
        QVERIFY(html.contains(QStringLiteral("<i>You wrote &lt;about&gt;:</i>")));
        QVERIFY(html.contains(QStringLiteral("<th>&lt;th&gt;</th>")));
    }

    void partsStayInOrder()
    {
        LetterBody body;
        body.paragraph(QStringLiteral("first"))
            .labelled(LetterBody::Label::Bold, QStringLiteral("Outcome:"), QStringLiteral("kept"))
            .table({QStringLiteral("A")}, {{QStringLiteral("one")}, {QStringLiteral("two")}})
            .paragraph(QStringLiteral("last"));
        const QString html = body.html();
        QCOMPARE(html, QStringLiteral("<p>first</p><p><b>Outcome:</b> kept</p>"
                                      "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "width=\"100%\"><tr><th>A</th></tr><tr><td>one</td></tr>"
                                      "<tr><td>two</td></tr></table><p>last</p>"));
    }
};

QTEST_GUILESS_MAIN(TestLetterBody)
#include "tst_letterbody.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LetterKind.h"

#include <QSet>
#include <QTest>

using namespace dpo;

// The one table of letter kinds: every case type has its letter, each code once, and the
// register's words for a kind this console does not know are the code as stored.
class TestLetterKind : public QObject
{
    Q_OBJECT
private slots:
    void everyCaseTypeHasOneKind_data()
    {
        QTest::addColumn<CaseType>("caseType");
        QTest::addColumn<QString>("code");
        QTest::newRow("claim") << CaseType::Claim << QStringLiteral("claim.letter");
        QTest::newRow("withdrawal")
            << CaseType::WithdrawalRequest << QStringLiteral("withdrawal.letter");
        QTest::newRow("disclosure")
            << CaseType::Disclosure << QStringLiteral("disclosure.notice_letter");
    }
    void everyCaseTypeHasOneKind()
    {
        QFETCH(CaseType, caseType);
        QFETCH(QString, code);
        const LetterKind& kind = LetterKinds::of(caseType);
        QCOMPARE(QString::fromLatin1(kind.code), code);
        const LetterKind* found = LetterKinds::find(code);
        QVERIFY(found);
        QCOMPARE(found, &kind);
        QVERIFY(LetterKinds::name(code) != code);
        QVERIFY(LetterKinds::caseName(code, 14).contains(QStringLiteral("14")));
        QVERIFY(!LetterKinds::refusedAction(kind).isEmpty());
        QVERIFY(QString::fromLatin1(kind.addresseeSql).startsWith(QLatin1Char('(')));
        // The PDF's title is in the letter's language, not the console's.
        const QString english = QString::fromLatin1(kind.title).arg(14);
        for (const char* language : {"ky", "ru"}) {
            const QString title = LetterKinds::title(kind, 14, QString::fromLatin1(language));
            QVERIFY2(title.contains(QStringLiteral("14")) && title != english,
                     qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + title));
        }
        QVERIFY(LetterKinds::title(kind, 14, QStringLiteral("ky")) !=
                LetterKinds::title(kind, 14, QStringLiteral("ru")));
    }

    void codesAreUnique()
    {
        QSet<QString> codes;
        for (const LetterKind& kind : LetterKinds::all())
            codes.insert(QString::fromLatin1(kind.code));
        QCOMPARE(codes.size(), qsizetype(LetterKinds::all().size()));
    }

    void unknownKindIsShownAsStored()
    {
        const QString newer = QStringLiteral("rectification.letter");
        QVERIFY(!LetterKinds::find(newer));
        QCOMPARE(LetterKinds::name(newer), newer);
        QCOMPARE(LetterKinds::caseName(newer, 7), QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestLetterKind)
#include "tst_letterkind.moc"

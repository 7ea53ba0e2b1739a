// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtTest>

namespace dpo::test {

// What a letter's or report's text (read back from its PDF) breaks of the glossary
// (translations/glossary.json): each rule of `language` ("ky" or "ru") that forbids a term in any
// text, as «the text found»: why. A glossary that cannot be read, or has no such rule, is a breach.
QStringList glossaryBreaches(const QString& text, const QString& language);

} // namespace dpo::test

// Fails the test when `text` uses a term the glossary forbids in `language`.
#define DPO_VERIFY_GLOSSARY(text, language)                                                        \
    do {                                                                                           \
        const QStringList dpoBreaches = dpo::test::glossaryBreaches((text), (language));           \
        QVERIFY2(dpoBreaches.isEmpty(), qPrintable(dpoBreaches.join(QStringLiteral("; "))));       \
    } while (false)

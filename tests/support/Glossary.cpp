// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glossary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dpo::test {

QStringList glossaryBreaches(const QString& text, const QString& language)
{
    QFile file(QStringLiteral(DPO_SOURCE_DIR "/translations/glossary.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())};
    const QJsonArray rules =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rules")).toArray();
    QStringList breaches;
    int applied = 0;
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        // A rule bound to a source string or a context speaks of one message, not of a page.
        if (rule.value(QStringLiteral("language")).toString() != language ||
            !rule.contains(QStringLiteral("forbid")) ||
            rule.contains(QStringLiteral("when_source")) ||
            rule.contains(QStringLiteral("when_context")))
            continue;
        const QRegularExpression forbid(rule.value(QStringLiteral("forbid")).toString(),
                                        QRegularExpression::UseUnicodePropertiesOption);
        if (!forbid.isValid()) {
            breaches << QStringLiteral("invalid rule %1: %2")
                            .arg(forbid.pattern(), forbid.errorString());
            continue;
        }
        ++applied;
        const QRegularExpressionMatch match = forbid.match(text);
        if (match.hasMatch())
            breaches << QStringLiteral("«%1»: %2")
                            .arg(match.captured(), rule.value(QStringLiteral("why")).toString());
    }
    if (applied == 0)
        breaches << QStringLiteral("the glossary has no rule for %1").arg(language);
    return breaches;
}

} // namespace dpo::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SubjectFields.h"

#include "core/TextSafety.h"
#include "domain/Inn.h"

#include <QCoreApplication>
#include <QRegularExpression>

// The messages keep the import's context, where they were first said and translated.
namespace dpo {

QString SubjectFields::normalisePhone(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
            c != QLatin1Char('-'))
            digits += c;
    }
    if (digits.startsWith(QLatin1Char('+')))
        digits = digits.mid(1);
    else if (digits.startsWith(QLatin1Char('0')))
        digits = QStringLiteral("996") + digits.mid(1);
    static const QRegularExpression kyrgyz(QStringLiteral("^996[0-9]{9}$"));
    return kyrgyz.match(digits).hasMatch() ? QLatin1Char('+') + digits : QString();
}

namespace {
SubjectFields::Checked freeText(const QString& text, int maxLength)
{
    if (text.size() > maxLength)
        //: Follows a column's name in an import error; the subject is the value. %1: a number of
        //: characters.
        return {text, QCoreApplication::translate("dpo::SubjectImportService",
                                                  "is longer than %1 characters")
                          .arg(maxLength)};
    if (TextSafety::hasControlOrDirection(text))
        return {text,
                QCoreApplication::translate("dpo::SubjectImportService",
                                            "has a control or text-direction character in it")};
    return {text, {}};
}
} // namespace

SubjectFields::Checked SubjectFields::name(const QString& text)
{
    return freeText(text, kMaxNameLength);
}

SubjectFields::Checked SubjectFields::address(const QString& text)
{
    return freeText(text, kMaxAddressLength);
}

SubjectFields::Checked SubjectFields::platformRef(const QString& text)
{
    const auto refused = [&](const char* why) {
        return Checked{text, QCoreApplication::translate("dpo::SubjectImportService", why)};
    };
    if (text.isEmpty())
        return refused(QT_TRANSLATE_NOOP("dpo::SubjectImportService", "is empty"));
    if (text.size() > 64)
        return refused(
            QT_TRANSLATE_NOOP("dpo::SubjectImportService", "is longer than 64 characters"));
    if (TextSafety::hasControlOrDirection(text))
        return refused(QT_TRANSLATE_NOOP("dpo::SubjectImportService",
                                         "has a control or text-direction character in it"));
    if (startsAsFormula(text))
        return refused(QT_TRANSLATE_NOOP(
            "dpo::SubjectImportService",
            "starts with =, +, - or @, which a spreadsheet would run as a formula"));
    return {text, {}};
}

bool SubjectFields::startsAsFormula(const QString& text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

SubjectFields::Checked SubjectFields::inn(const QString& text)
{
    if (!Inn::isWellFormed(text))
        return {text,
                //: Follows a column's name in an import error. %1: the value as given.
                QCoreApplication::translate("dpo::SubjectImportService", "\"%1\" is not 14 digits")
                    .arg(text)};
    return {text, {}};
}

SubjectFields::Checked SubjectFields::phone(const QString& text)
{
    if (text.isEmpty())
        return {};
    const QString normalised = normalisePhone(text);
    if (normalised.isEmpty())
        //: Follows a column's name in an import error. %1: the value as given.
        return {text, QCoreApplication::translate(
                          "dpo::SubjectImportService",
                          "\"%1\" is not a Kyrgyz number such as +996 555 123 456")
                          .arg(text)};
    return {normalised, {}};
}

SubjectFields::Checked SubjectFields::email(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!text.isEmpty() && !pattern.match(text).hasMatch())
        //: Follows a column's name in an import error. %1: the value as given.
        return {text, QCoreApplication::translate("dpo::SubjectImportService",
                                                  "\"%1\" is not an e-mail address")
                          .arg(text)};
    return {text, {}};
}

SubjectFields::Checked SubjectFields::idDocument(const QString& text)
{
    const QString value = text.toUpper().remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9]{6,8}$"));
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        return {value,
                //: Follows a column's name in an import error. %1: the value as given.
                QCoreApplication::translate(
                    "dpo::SubjectImportService",
                    "\"%1\" is not an identity document number such as ID1234567 or AN1234567")
                    .arg(text)};
    return {value, {}};
}

SubjectFields::Checked SubjectFields::language(const QString& text)
{
    const QString value = text.toLower();
    if (value.isEmpty())
        return {QStringLiteral("ky"), {}};
    if (value != QStringLiteral("ky") && value != QStringLiteral("ru"))
        return {value,
                //: Follows a column's name in an import error. %1: the value as given.
                QCoreApplication::translate("dpo::SubjectImportService", "\"%1\" is not ky or ru")
                    .arg(text)};
    return {value, {}};
}

SubjectFields::Checked SubjectFields::sex(const QString& text)
{
    const QString value = text.toUpper();
    if (!value.isEmpty() && value != QStringLiteral("F") && value != QStringLiteral("M"))
        return {value,
                //: Follows a column's name in an import error. %1: the value as given.
                QCoreApplication::translate("dpo::SubjectImportService", "\"%1\" is not F or M")
                    .arg(text)};
    return {value, {}};
}

SubjectFields::Checked SubjectFields::birthDate(const QString& text, const QDate& today)
{
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        //: Follows a column's name in an import error. %1: the value as given.
        return {text, QCoreApplication::translate("dpo::SubjectImportService",
                                                  "\"%1\" is not a date in the form YYYY-MM-DD")
                          .arg(text)};
    if (date > today)
        return {text,
                //: Follows a column's name in an import error. %1: the date as given.
                QCoreApplication::translate("dpo::SubjectImportService", "%1 is in the future")
                    .arg(text)};
    return {text, {}};
}

bool SubjectFields::isMinor(const QDate& birthDate, const QDate& today)
{
    return birthDate.isValid() && birthDate.addYears(18) > today;
}

} // namespace dpo

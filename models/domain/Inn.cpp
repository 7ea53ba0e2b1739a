// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Inn.h"

namespace dpo {

bool Inn::isWellFormed(const QString& inn)
{
    if (inn.size() != 14)
        return false;
    for (QChar c : inn)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QDate Inn::embeddedBirthDate(const QString& inn)
{
    if (!isWellFormed(inn))
        return {};
    return QDate(inn.mid(5, 4).toInt(), inn.mid(3, 2).toInt(), inn.mid(1, 2).toInt());
}

QChar Inn::embeddedSex(const QString& inn)
{
    if (!isWellFormed(inn))
        return {};
    if (inn[0] == QLatin1Char('1'))
        return QLatin1Char('F');
    if (inn[0] == QLatin1Char('2'))
        return QLatin1Char('M');
    return {};
}

namespace {
QString maskMiddle(const QString& value, int keepStart, int keepEnd)
{
    if (value.size() <= keepStart + keepEnd)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(keepStart) + QString(value.size() - keepStart - keepEnd, QLatin1Char('*')) +
           value.right(keepEnd);
}
} // namespace

QString Mask::inn(const QString& inn)
{
    return inn.isEmpty() ? QString() : maskMiddle(inn, 1, 4);
}

QString Mask::phone(const QString& phone)
{
    if (phone.isEmpty())
        return {};
    return maskMiddle(phone, phone.startsWith(QStringLiteral("+996")) ? 4 : 1, 4);
}

QString Mask::document(const QString& number)
{
    return number.isEmpty() ? QString() : maskMiddle(number, 2, 3);
}

QString Mask::email(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return maskMiddle(email, 1, 0);
    return maskMiddle(email.left(at), 1, 0) + email.mid(at);
}

QString Mask::contact(const QString& address)
{
    if (address.startsWith(QLatin1Char('+')))
        return phone(address);
    if (address.indexOf(QLatin1Char('@')) > 0)
        return email(address);
    return maskMiddle(address, 2, 2); // a Telegram handle, a platform account
}

QString NameFold::fold(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_C).toLower().simplified();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QString NameFold::prefixUpperBound(const QString& prefix)
{
    QString upper = prefix;
    while (!upper.isEmpty()) {
        const char16_t last = upper.back().unicode();
        if (last < 0xFFFF && !QChar::isSurrogate(last + 1)) {
            upper.back() = QChar(char16_t(last + 1));
            return upper;
        }
        upper.chop(1);
    }
    return QString(1, QChar(0xFFFF));
}

} // namespace dpo

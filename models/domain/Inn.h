// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace dpo {

// Personal identification number (ПИН/INN): 14 digits. Commonly the first digit is the sex
// (1 female, 2 male) and the next eight the birth date DDMMYYYY; any 14 digits are accepted and
// an embedded date that does not parse is a warning, never a refusal (docs/import.md).
namespace Inn {
bool isWellFormed(const QString& inn);       // exactly 14 ASCII digits
QDate embeddedBirthDate(const QString& inn); // invalid QDate when it does not parse
QChar embeddedSex(const QString& inn);       // 'F', 'M' or null
} // namespace Inn

// Masks for lists: the first digit and the last four stay, e.g. 2*********1234.
namespace Mask {
QString inn(const QString& inn);
QString phone(const QString& phone);     // +996*****1234
QString document(const QString& number); // AN****567
QString email(const QString& email);     // a*******@mail.kg
// A notification address of any channel: a phone, an email, or a handle.
QString contact(const QString& address);
} // namespace Mask

// Case folding for name search: NFC, lower case, ё as е. ң, ө, ү fold with their capitals
// because QString::toLower follows Unicode.
namespace NameFold {
QString fold(const QString& name);
// The smallest string greater than every string that starts with `prefix`; with it a prefix
// search is a range `>= prefix AND < upper`, which an ordinary index serves on both backends.
QString prefixUpperBound(const QString& prefix);
} // namespace NameFold

} // namespace dpo

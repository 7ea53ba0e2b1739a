// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace dpo {

// The rules a subject's values follow wherever they come from (the CSV import, the change feed):
// each check takes the value as written and gives the value as stored, or the reason it is
// refused (docs/import.md). The messages name the value, never the column: the caller says where.
namespace SubjectFields {

struct Checked
{
    QString value;   // as stored; empty when the input was empty
    QString problem; // empty: accepted
    bool ok() const { return problem.isEmpty(); }
};

// 1-64 characters, no control or direction-changing character, not starting as a spreadsheet
// formula would (= + - @): the reference is a cell of the audit CSV, which must stay byte-exact.
Checked platformRef(const QString& text);
// A name (surname, given name, patronymic: at most kMaxNameLength characters) or an address (at
// most kMaxAddressLength): no control or direction-changing character, which would break a
// line of a letter, a register or a terminal, or reorder what a reader sees. Empty is accepted
// (the caller says whether the field is required).
constexpr int kMaxNameLength = 100;
constexpr int kMaxAddressLength = 300;
Checked name(const QString& text);
Checked address(const QString& text);
// Begins with = + - @, a tab or a carriage return (OWASP's list for CSV injection).
bool startsAsFormula(const QString& text);
Checked inn(const QString& text);
Checked phone(const QString& text); // +996XXXXXXXXX from the ways people write it
Checked email(const QString& text);
Checked idDocument(const QString& text);                    // ID1234567, AN1234567
Checked language(const QString& text);                      // ky (when empty) or ru
Checked sex(const QString& text);                           // F or M
Checked birthDate(const QString& text, const QDate& today); // YYYY-MM-DD, not in the future

// Under 18 on `today` (policy 9.1: the platform does not process minors' data).
bool isMinor(const QDate& birthDate, const QDate& today);

// +996XXXXXXXXX, or empty when the text is not a Kyrgyz number.
QString normalisePhone(const QString& text);

} // namespace SubjectFields

} // namespace dpo

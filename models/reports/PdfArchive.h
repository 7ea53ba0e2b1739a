// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QPdfWriter;

namespace dpo {

// What a document says of itself in its XMP metadata besides its title: properties of DPO
// Console's own schema (docs/audit.md), e.g. an audit export's chain head and signing key.
struct PdfProperty
{
    QString name;        // an XML name: letters and digits
    QString description; // what it holds, for the schema's declaration (English)
    QString value;
};

struct PdfDescription
{
    QString title;
    QList<PdfProperty> properties;
};

// A PDF/A-1b document (ISO 19005-1, level B: fonts embedded, no transparency, an sRGB output
// intent, XMP metadata that agrees with the document information dictionary): what an archive
// keeps and can still read in decades. `render` draws the pages on the writer it is given.
QByteArray archivalPdf(const PdfDescription& description,
                       const std::function<void(QPdfWriter&)>& render);

// The XMP DPO Console writes for `description` at `created` (whole seconds), with the PDF/A
// extension schema that declares its own properties, as PDF/A-1 requires of a custom schema.
QByteArray archivalXmp(const PdfDescription& description, const QDateTime& created);

// The XMP namespace of DPO Console's own properties: a URN under its OID arc (docs/audit.md).
inline constexpr char kDpoXmpNamespace[] =
    "urn:oid:2.25.308651225434039306797816210709104594785.2/";

} // namespace dpo
